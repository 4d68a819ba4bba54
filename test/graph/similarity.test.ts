// Paper similarity: tf-idf cosine through an inverted index; top-k, df limits, determinism, scale.
import { describe, it, expect } from 'vitest';
import { similarityEdges, defaultMaxDf, type SparseFeatures } from '../../src/graph/similarity.ts';
import { seededRng } from '../../src/graph/rng.ts';

const vec = (pairs: Array<[number, number]>): SparseFeatures => ({ ids: pairs.map((p) => p[0]), tf: pairs.map((p) => p[1]) });

describe('similarityEdges', () => {
  it('links papers sharing features, not papers sharing none', () => {
    const f = [vec([[0, 1], [1, 1]]), vec([[0, 1], [1, 2]]), vec([[2, 1], [3, 1]]), vec([[2, 1], [3, 1], [4, 1]]), vec([[5, 1]])];
    const e = similarityEdges(f, 6, { k: 3, maxDf: 5 });
    const pairs = e.map((x) => `${x.a}-${x.b}`);
    expect(pairs).toEqual(['0-1', '2-3']);
    for (const x of e) expect(x.weight).toBeGreaterThan(0.5);
  });

  it('ignores features in one paper only or in too many papers', () => {
    const f = [vec([[0, 1], [9, 1]]), vec([[0, 1], [8, 1]]), vec([[0, 1]])];
    expect(similarityEdges(f, 10, { maxDf: 2 })).toEqual([]); // feature 0 is in 3 papers > maxDf
    expect(similarityEdges(f, 10, { maxDf: 3 }).length).toBe(3);
  });

  it('keeps at most k neighbours per paper (plus edges chosen by the other end)', () => {
    const f = Array.from({ length: 30 }, (_, i) => vec([[0, 1], [1 + (i % 3), 1]]));
    const e = similarityEdges(f, 4, { k: 2, maxDf: 30 });
    const chosen = new Map<number, number>();
    for (const x of e) { chosen.set(x.a, (chosen.get(x.a) ?? 0) + 1); }
    expect(e.length).toBeGreaterThan(0);
    expect(e.length).toBeLessThanOrEqual(30 * 2);
    expect(defaultMaxDf(10)).toBe(8);
    expect(defaultMaxDf(1_000_000)).toBe(1500);
  });

  it('is near-linear: 20k synthetic papers with Zipf-like features in seconds, deterministically', () => {
    const rng = seededRng(7);
    const n = 20_000;
    const features: SparseFeatures[] = [];
    for (let i = 0; i < n; i++) {
      const topic = i % 200;
      const pairs: Array<[number, number]> = [];
      for (let j = 0; j < 25; j++) {
        // half the features from the paper's topic vocabulary, half from a global Zipf tail
        const id = j % 2 === 0 ? 50_000 + topic * 40 + Math.floor(rng() * 40) : Math.floor(1 / Math.max(1e-5, rng()) ** 1.2) % 50_000;
        pairs.push([id, 1 + Math.floor(rng() * 3)]);
      }
      const seen = new Set<number>();
      features.push(vec(pairs.filter(([id]) => (seen.has(id) ? false : (seen.add(id), true)))));
    }
    const t0 = performance.now();
    const a = similarityEdges(features, 60_000, { k: 5 });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(20_000);
    expect(a.length).toBeGreaterThan(n);
    // most neighbours share the topic
    const same = a.filter((e) => e.a % 200 === e.b % 200).length;
    expect(same / a.length).toBeGreaterThan(0.9);
    const b = similarityEdges(features, 60_000, { k: 5 });
    expect(b).toEqual(a);
  });
});
