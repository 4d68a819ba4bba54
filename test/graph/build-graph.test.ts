// buildGraph on hand-made claims: node/edge types and attribute contract, df filter, near-duplicate
// merge, thesaurus, improves edges, clusters, determinism and abstract sharding.
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { buildGraph, serializeEnvelope, parseEnvelope } from '../../src/graph/index.ts';
import { fixturePapers, TOY_GROWTH, paper } from '../fixtures/graph/papers.ts';

const build = (opts = {}) => buildGraph(fixturePapers(), { growth: TOY_GROWTH, ...opts });
const nodes = (env: ReturnType<typeof build>['envelope']) => new Map(env.graph.nodes.map((n) => [n.key, n.attributes as Record<string, unknown>]));
const edges = (env: ReturnType<typeof build>['envelope']) => env.graph.edges.map((e) => ({ s: e.source, t: e.target, ...(e.attributes as Record<string, unknown>) }) as Record<string, unknown>);

describe('buildGraph', () => {
  it('writes the versioned envelope with meta counts and no timestamps', () => {
    const { envelope } = build();
    expect(envelope.format).toBe('boundgraph.graph');
    expect(envelope.version).toBe(1);
    expect(envelope.meta.corpus).toMatchObject({ papers: 12 });
    expect(envelope.meta.corpus.digest).toMatch(/^[0-9a-f]{8}$/);
    expect(envelope.meta.counts.papers).toBe(12);
    expect(envelope.meta.counts.nodes).toBe(envelope.graph.nodes.length);
    expect(envelope.meta.counts.edges).toBe(envelope.graph.edges.length);
    expect(JSON.stringify(envelope.meta)).not.toMatch(/20\d\d-\d\d-\d\dT/);
    expect(parseEnvelope(JSON.parse(serializeEnvelope(envelope))).ok).toBe(true);
  });

  it('gives every node the display attributes and papers their data', () => {
    const { envelope } = build();
    for (const n of envelope.graph.nodes) {
      const a = n.attributes as Record<string, unknown>;
      expect(n.key.startsWith(`${a.type}:`), n.key).toBe(true);
      for (const k of ['type', 'label', 'x', 'y', 'size', 'color']) expect(a[k], `${n.key}.${k}`).toBeDefined();
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y) && (a.size as number) > 0).toBe(true);
    }
    const hip = nodes(envelope).get('paper:att1')!;
    expect(hip.title).toBe('Sparse Attention Variant 1 for Long Context');
    expect(hip.year).toBe(2024);
    expect(hip.url).toBe('https://arxiv.org/abs/att1');
    expect(hip.authors).toEqual(['A. Author', 'B. Author']);
    expect(typeof hip.cluster).toBe('number');
    expect((hip.claims as unknown[]).length).toBe(3);
    expect(hip.abstract).toMatch(/^We study sparse attention/);
    expect(hip.methods).toEqual(['Variant1']);
    for (const e of envelope.graph.edges) {
      const a = e.attributes as Record<string, unknown>;
      expect(['mentions', 'introduces', 'uses', 'studies', 'specializes', 'claims', 'related', 'improves']).toContain(a.type);
      expect(typeof a.weight).toBe('number');
    }
  });

  it('keeps concepts of two or more papers, drops generic ones and merges near-duplicates', () => {
    const n = nodes(build().envelope);
    expect(n.get('concept:sparse attention')?.papers).toBe(4);
    expect(n.get('concept:Long Context')?.papers).toBe(4);
    expect(n.has('concept:model')).toBe(false); // generic
    expect(n.has('concept:only-here-once')).toBe(false); // one paper
    expect(n.has('concept:regret bounds')).toBe(false); // merged into "regret bound"
    expect(n.get('concept:regret bound')?.papers).toBe(4);
    expect(n.has('method:Variant1')).toBe(false); // one paper
    expect(n.get('problem:exploration')?.papers).toBe(4);
    expect(n.get('assumption:SETH')?.papers).toBe(2);
    expect(n.get('assumption:3SUM')?.papers).toBe(1); // assumptions need only one paper
  });

  it('applies a thesaurus: replacements merge, empty replacements drop', () => {
    const thesaurus = new Map([['long context', 'long-context modelling'], ['network pruning', '']]);
    const n = nodes(buildGraph(fixturePapers(), { growth: TOY_GROWTH, thesaurus }).envelope);
    expect(n.has('concept:Long Context')).toBe(false);
    expect(n.get('concept:long-context modelling')?.papers).toBe(4);
    expect(n.has('concept:network pruning')).toBe(false);
    expect(n.has('concept:magnitude pruning')).toBe(true);
  });

  it('groups claims into bound classes per resource and links them with claims edges', () => {
    const { envelope } = build();
    const n = nodes(envelope);
    expect(n.get('bound:time:n')).toMatchObject({ type: 'bound', resource: 'time', growthKey: 'n', label: 'time · n', papers: 2 });
    expect(n.get('bound:time:n^2')?.papers).toBe(2);
    expect(n.get('bound:space:n^3')).toBeDefined();
    const claims = edges(envelope).filter((e) => e.type === 'claims' && e.s === 'paper:att1');
    expect(claims.map((e) => e.t).sort()).toEqual(['bound:space:n^3', 'bound:time:n', 'bound:time:n^2']);
    expect(claims.find((e) => e.t === 'bound:time:n')).toMatchObject({ role: 'result', notation: 'O', latex: 'O(n)' });
  });

  it('adds improves edges from the paper to the beaten prior class, keeping both bounds', () => {
    const imp = edges(build().envelope).filter((e) => e.type === 'improves');
    // att1: O(n) result beats O(n^2) prior in the same sentence; the space prior is another resource.
    // rl1: result and prior in adjacent sentences.
    expect(imp).toHaveLength(2);
    expect(imp[0]).toMatchObject({ s: 'paper:att1', t: 'bound:time:n^2', toBound: 'bound:time:n', fromLatex: 'O(n^{2})', toLatex: 'O(n)', resultClaim: 1, priorClaim: 0, resource: 'time' });
    expect(imp[1]).toMatchObject({ s: 'paper:rl1', t: 'bound:sample:n^2', toBound: 'bound:sample:n' });
  });

  it('clusters the three topics apart and labels clusters by their distinctive terms', () => {
    const { envelope } = build();
    const n = nodes(envelope);
    const clusterOf = (id: string) => n.get(`paper:${id}`)!.cluster;
    for (const prefix of ['att', 'rl', 'pr']) {
      const ids = [1, 2, 3, 4].map((i) => clusterOf(`${prefix}${i}`));
      expect(new Set(ids).size, prefix).toBe(1);
    }
    expect(new Set([clusterOf('att1'), clusterOf('rl1'), clusterOf('pr1')]).size).toBe(3);
    const label = (id: string) => envelope.clusters.find((c) => c.id === clusterOf(id))!.label;
    expect(label('att1')).toMatch(/attention|long context/);
    expect(label('rl1')).toMatch(/reinforcement|regret|markov|decision/);
    expect(label('pr1')).toMatch(/prun/);
    for (const c of envelope.clusters) {
      expect(c.size).toBe(envelope.graph.nodes.filter((x) => (x.attributes as Record<string, unknown>).type === 'paper' && (x.attributes as Record<string, unknown>).cluster === c.id).length);
      expect(c.terms.length).toBeGreaterThan(0);
    }
    expect(envelope.meta.modularity).toBeGreaterThan(0.3);
  });

  it('is deterministic: same input, byte-identical output; another seed may differ only in layout', () => {
    const a = serializeEnvelope(build().envelope);
    const b = serializeEnvelope(build().envelope);
    expect(a).toBe(b);
    const graph = Graph.from(JSON.parse(a).graph);
    expect(graph.order).toBeGreaterThan(12);
  });

  it('moves abstracts, full author lists and urls to shards above the inline limit', () => {
    const { envelope, shards } = build({ inlineAbstractsMax: 5, abstractShards: 4 });
    expect(envelope.meta.abstracts).toMatchObject({ mode: 'sharded' });
    const p = nodes(envelope).get('paper:rl2')!;
    expect(p.abstract).toBeUndefined();
    expect(p.url).toBeUndefined();
    expect(p.authors).toBeUndefined();
    const detail = shards!.get(p.abstractShard as string)!.rl2;
    expect(detail.abstract).toMatch(/^We study reinforcement/);
    expect(detail).toMatchObject({ authors: ['A. Author', 'B. Author'], url: 'https://arxiv.org/abs/rl2' });
    let total = 0;
    for (const rec of shards!.values()) total += Object.keys(rec).length;
    expect(total).toBe(12);
  });

  it('survives odd input: duplicate ids, empty text, no claims', () => {
    const papers = [paper('x', '', ''), paper('x', 'dup', 'dup'), paper('y', 'Only title', '')];
    const { envelope } = buildGraph(papers, { growth: TOY_GROWTH });
    expect(envelope.meta.counts.papers).toBe(2);
    expect(envelope.meta.counts.duplicates).toBe(1);
    expect(envelope.graph.nodes.map((n) => n.key)).toEqual(['paper:x', 'paper:y']);
    expect(envelope.clusters.map((c) => c.label)).toEqual(['other']);
  });
});

describe('buildGraph input order', () => {
  it('gives the same bytes whatever the order of the papers and with a duplicate record', () => {
    const a = fixturePapers();
    const b = [...fixturePapers()].reverse();
    const c = [...fixturePapers().slice(6), ...fixturePapers().slice(0, 6), { ...fixturePapers()[3], abstract: 'short' }];
    const bytes = (ps: ReturnType<typeof fixturePapers>) => serializeEnvelope(buildGraph(ps, { growth: TOY_GROWTH }).envelope);
    expect(bytes(b)).toBe(bytes(a));
    expect(bytes(c)).toBe(bytes(a).replace('"duplicates":0', '"duplicates":1'));
  });
});
