// Clustering: seeded Louvain, small communities folded, c-TF-IDF labels, palette readability.
import { describe, it, expect } from 'vitest';
import { clusterPapers, clusterTerms, clusterLabel, cooccur, isBoundTalk, labelTerms, termPapers } from '../../src/graph/cluster.ts';
import { CLUSTER_PALETTE, luminance, OTHER_COLOR } from '../../src/graph/palette.ts';
import type { SimilarityEdge } from '../../src/graph/similarity.ts';

/** Two 6-cliques joined by one weak edge, a pendant pair and an isolated paper. */
function twoCliques(): { n: number; edges: SimilarityEdge[] } {
  const edges: SimilarityEdge[] = [];
  for (const base of [0, 6]) for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) edges.push({ a: base + i, b: base + j, weight: 0.8 });
  edges.push({ a: 5, b: 6, weight: 0.05 });
  edges.push({ a: 12, b: 13, weight: 0.9 }, { a: 13, b: 0, weight: 0.3 }); // small community next to clique A
  return { n: 15, edges };
}

describe('clusterPapers', () => {
  it('finds the communities, folds small ones into their nearest cluster and isolates into "other"', () => {
    const { n, edges } = twoCliques();
    const c = clusterPapers(n, edges, { seed: 1, minSize: 3 });
    const a = c.assignment;
    expect(new Set([0, 1, 2, 3, 4, 5].map((i) => a[i])).size).toBe(1);
    expect(new Set([6, 7, 8, 9, 10, 11].map((i) => a[i])).size).toBe(1);
    expect(a[0]).not.toBe(a[6]);
    expect(a[12]).toBe(a[0]); // pair 12–13 is too small and leans on clique A
    expect(a[13]).toBe(a[0]);
    const other = c.clusters.find((x) => x.other)!;
    expect(a[14]).toBe(other.id);
    expect(other.color).toBe(OTHER_COLOR);
    expect(c.clusters.reduce((s, x) => s + x.size, 0)).toBe(n);
    expect(c.modularity).toBeGreaterThan(0.3);
  });

  it('is reproducible with a seed', () => {
    const { n, edges } = twoCliques();
    expect(clusterPapers(n, edges, { seed: 3 })).toEqual(clusterPapers(n, edges, { seed: 3 }));
  });
});

describe('cluster labels', () => {
  const names = ['model', 'sparse attention', 'attention', 'long context', 'regret bound', 'reinforcement learning', 'kv cache'];
  it('prefers distinctive terms over ones every cluster uses', () => {
    // cluster 0: attention papers, cluster 1: RL papers; "model" is everywhere
    const papers = [
      [0, 1, 2, 3], [0, 1, 2, 3], [0, 1, 2, 6], [0, 1, 2],
      [0, 4, 5], [0, 4, 5], [0, 4, 5], [0, 5],
    ].map((ids) => ({ ids, tf: ids.map(() => 1) }));
    const terms = clusterTerms(Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1]), 2, papers, names.length, (i) => names[i]);
    expect(terms[0]).not.toContain('model');
    expect(terms[0].slice(0, 2)).toEqual(['sparse attention', 'long context']);
    expect(terms[0]).not.toContain('attention'); // contained in "sparse attention"
    expect(terms[1].slice(0, 2).sort()).toEqual(['regret bound', 'reinforcement learning']);
    expect(clusterLabel(terms[0], false)).toBe('sparse attention · long context');
  });

  it('pairs terms that share no word and names the catch-all "other"', () => {
    expect(clusterLabel(['attention matrix', 'attention mechanism', 'long context'], false)).toBe('attention matrix · long context');
    expect(clusterLabel(['graph'], false)).toBe('graph');
    expect(clusterLabel(['x', 'y'], true)).toBe('other');
    // a term already naming a larger cluster gives way while others remain
    expect(clusterLabel(['large language model', 'english', 'translation'], false, new Set(['large language model']))).toBe('english · translation');
    expect(clusterLabel(['large language model'], false, new Set(['large language model']))).toBe('large language model');
  });
});

describe('label terms that belong together', () => {
  // cluster 0 mixes two topics: quantum papers (0-3) and Cartesian-tree papers (4-6); "quantum walk" shares the quantum papers
  const names = ['quantum computing', 'cartesian tree', 'quantum walk', 'grover search'];
  const papers = [[0, 2], [0, 2], [0, 3], [0], [1], [1], [1]].map((ids) => ({ ids }));
  const usedBy = termPapers(Int32Array.from([0, 0, 0, 0, 0, 0, 0]), papers, (i) => names[i], [['quantum computing', 'cartesian tree', 'grover search']]);

  it('knows which papers use each chosen term (terms not chosen are not tracked)', () => {
    expect(usedBy[0].get('quantum computing')).toEqual([0, 1, 2, 3]);
    expect(usedBy[0].get('cartesian tree')).toEqual([4, 5, 6]);
    expect(usedBy[0].has('quantum walk')).toBe(false);
  });

  it('pairs a term only with one that shares its papers', () => {
    const together = (a: string, b: string) => cooccur(usedBy[0].get(a), usedBy[0].get(b));
    expect(together('quantum computing', 'cartesian tree')).toBe(false);
    expect(clusterLabel(['quantum computing', 'cartesian tree'], false, new Set(), together)).toBe('quantum computing');
    expect(cooccur([0, 1, 2, 3], [0, 2])).toBe(true);
    expect(cooccur([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0, 20])).toBe(false); // one paper in common is chance
    expect(clusterLabel(['quantum computing', 'grover search', 'quantum walk'], false, new Set(), () => true)).toBe('quantum computing · grover search');
  });

  it('never gives two clusters the same label while other terms can tell them apart', () => {
    const terms = ['large language model', 'artificial intelligence', 'medical imaging', 'segmentation'];
    const taken = new Set(['large language model · artificial intelligence']);
    expect(labelTerms(terms, new Set(), () => true, taken)).toEqual(['large language model', 'medical imaging']);
    expect(clusterLabel(terms, false, new Set(), () => true, (t) => t, taken)).toBe('large language model · medical imaging');
    // nothing but taken pairs: a single term not taken
    expect(labelTerms(['a b', 'c d'], new Set(), () => true, new Set(['a b · c d']))).toEqual(['c d', 'a b']);
    expect(labelTerms(['a b', 'c d'], new Set(), () => true, new Set(['a b · c d', 'c d · a b']))).toEqual(['a b']);
  });

  it('writes each term of the label through `display`', () => {
    expect(clusterLabel(['b tree', 'hash table'], false, new Set(), () => true, (t) => (t === 'b tree' ? 'B-tree' : t))).toBe('B-tree · hash table');
  });
});

describe('palette', () => {
  it('has distinct colours readable on white (contrast ≥ 3:1)', () => {
    expect(new Set(CLUSTER_PALETTE).size).toBe(CLUSTER_PALETTE.length);
    for (const c of CLUSTER_PALETTE) expect((1.05) / (luminance(c) + 0.05), c).toBeGreaterThanOrEqual(3);
  });
});

describe('isBoundTalk', () => {
  it('keeps complexity-class phrases out of cluster labels but not topics that contain such a word', () => {
    expect(isBoundTalk('nearly linear')).toBe(true);
    expect(isBoundTalk('exponential time')).toBe(true);
    expect(isBoundTalk('sub-quadratic')).toBe(true);
    expect(isBoundTalk('linear regression')).toBe(false);
    expect(isBoundTalk('sparse attention')).toBe(false);
  });
});
