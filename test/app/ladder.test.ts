// The bounds ladder: tiers from a growth comparator, equal/incomparable marking, improvements, CSV.
import { describe, expect, it } from 'vitest';
import { buildIndex, visibleNodeIds, safeHttpUrl } from '../../src/state/graph-index.ts';
import { buildLadder, growthTiers, selectionClaims, type GrowthOps } from '../../src/state/ladder.ts';
import { ladderToCsv, csvCell } from '../../src/state/csv.ts';
import { DEFAULT_FILTERS } from '../../src/state/types.ts';

// A toy growth: {p, l} = n^p log^l n, compared lexicographically; {x} values are incomparable with everything.
type G = { p: number; l: number } | { x: string };
const toy: GrowthOps = {
  key: (g) => JSON.stringify(g),
  compare: (a, b) => {
    const A = a as G, B = b as G;
    if ('x' in A || 'x' in B) return JSON.stringify(A) === JSON.stringify(B) ? 'equal' : 'incomparable';
    if (A.p !== B.p) return A.p < B.p ? 'less' : 'greater';
    if (A.l !== B.l) return A.l < B.l ? 'less' : 'greater';
    return 'equal';
  },
};

function claim(text: string, growth: G | null, role = 'result', resource = 'time') {
  return { start: -1, end: -1, text, notation: 'O', soft: false, expr: text, latex: text, growth, resource, role, subject: null, sentence: null };
}

function env() {
  const paper = (key: string, year: number, cluster: number, claims: unknown[]) =>
    ({ key, attributes: { type: 'paper', label: key, title: `Title ${key}`, year, cluster, claims, x: 0, y: 0, size: 5, color: '#123456', url: 'https://e.org' } });
  return {
    format: 'boundgraph.graph', version: 1, meta: {},
    clusters: [{ id: 0, label: 'zero', color: '#ff0000', size: 3, x: 0, y: 0, terms: [] }, { id: 1, label: 'one', color: '#00ff00', size: 1, x: 0, y: 0, terms: [] }],
    graph: {
      nodes: [
        paper('a', 2019, 0, [claim('n^2', { p: 2, l: 0 }, 'prior'), claim('n log n', { p: 1, l: 1 })]),
        paper('b', 2021, 0, [claim('n', { p: 1, l: 0 }), claim('n log n', { p: 1, l: 1 }, 'result', 'space')]),
        paper('c', 2020, 0, [claim('weird', { x: 'w' }), claim('n log n', { p: 1, l: 1 })]),
        paper('d', 2022, 1, []),
        { key: 'k', attributes: { type: 'concept', label: 'sorting' } },
        { key: 'lonely', attributes: { type: 'concept', label: 'only d' } },
        { key: 'bad', attributes: 'nonsense' },
      ],
      edges: [
        { source: 'a', target: 'k', attributes: { type: 'mentions', weight: 1 } },
        { source: 'b', target: 'k', attributes: { type: 'mentions', weight: 2 } },
        { source: 'd', target: 'lonely', attributes: { type: 'mentions', weight: 1 } },
        { source: 'a', target: 'missing', attributes: { type: 'mentions' } },
      ],
    },
  };
}

describe('growthTiers', () => {
  it('puts strictly smaller classes in lower tiers and incomparable ones side by side', () => {
    const tiers = growthTiers([{ p: 2, l: 0 }, { p: 1, l: 0 }, { p: 1, l: 1 }, { x: 'w' }], toy);
    expect(tiers).toEqual([2, 0, 1, 0]);
  });
  it('survives an inconsistent comparator', () => {
    const cyc: GrowthOps = { key: String, compare: (a, b) => ((Number(a) + 1) % 3 === Number(b) ? 'less' : (Number(b) + 1) % 3 === Number(a) ? 'greater' : 'equal') };
    expect(growthTiers([0, 1, 2], cyc)).toHaveLength(3);
  });
});

describe('buildLadder', () => {
  const index = buildIndex(env());

  it('orders a cluster’s claims slowest first, per resource, grouping equal growth', () => {
    const claims = selectionClaims(index, { kind: 'cluster', id: 0 }, DEFAULT_FILTERS, toy);
    const ladder = buildLadder(index, claims, toy);
    expect(ladder.map((s) => s.resource)).toEqual(['time', 'space']);
    const time = ladder[0].rows.map((r) => [r.claim.text, r.tier, r.incomparable, r.equalCount]);
    expect(time).toEqual([
      ['n', 0, true, 1],
      ['weird', 0, true, 1],
      ['n log n', 1, false, 2], // a (2019) before c (2020)
      ['n log n', 1, false, 2],
      ['n^2', 2, false, 1],
    ]);
    expect(ladder[0].rows[2].paper.id).toBe('a');
  });

  it('derives "improves on" from a prior claim of the same paper and resource', () => {
    const rows = buildLadder(index, selectionClaims(index, { kind: 'node', id: 'a' }, DEFAULT_FILTERS, toy), toy)[0].rows;
    const nlogn = rows.find((r) => r.claim.text === 'n log n')!;
    expect(nlogn.improvesOn.map((i) => i.text)).toEqual(['n^2']);
  });

  it('applies the resource and role filters and uses the papers of a concept', () => {
    const claims = selectionClaims(index, { kind: 'node', id: 'k' }, { ...DEFAULT_FILTERS, roles: ['result'], resources: ['time'] }, toy);
    expect(claims.map((c) => `${c.paper}:${c.text}`).sort()).toEqual(['a:n log n', 'b:n']);
  });

  it('writes CSV with quoting and neutralised formulas', () => {
    const csv = ladderToCsv(buildLadder(index, selectionClaims(index, { kind: 'cluster', id: 0 }, DEFAULT_FILTERS, toy), toy));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('resource,rank,bound,latex,role,subject,paper_id,title,year,url,improves_on');
    expect(lines).toHaveLength(1 + 6);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});

describe('graph index', () => {
  const index = buildIndex(env());
  it('skips malformed records and dangling edges', () => {
    expect(index.nodes.has('bad')).toBe(true); // a node with junk attributes still exists, as a concept
    expect(index.edges).toHaveLength(3);
    expect(index.years).toEqual({ min: 2019, max: 2022 });
  });
  it('hides a cluster together with the entities only its papers mention', () => {
    const all = visibleNodeIds(index, DEFAULT_FILTERS);
    const hidden = visibleNodeIds(index, { ...DEFAULT_FILTERS, hiddenClusters: [1] });
    expect(all.has('d') && all.has('lonely')).toBe(true);
    expect(hidden.has('d') || hidden.has('lonely')).toBe(false);
    expect(hidden.has('k')).toBe(true);
    const onlyBounds = visibleNodeIds(index, { ...DEFAULT_FILTERS, onlyBounds: true });
    expect(onlyBounds.has('d')).toBe(false);
    const years = visibleNodeIds(index, { ...DEFAULT_FILTERS, yearMin: 2020, yearMax: 2021 });
    expect([...years].filter((id) => index.nodes.get(id)!.type === 'paper').sort()).toEqual(['b', 'c']);
  });
  it('rejects a file that is not a graph and only links http(s) URLs', () => {
    expect(() => buildIndex({ format: 'other' })).toThrow(/not a boundgraph graph/);
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' data:text/html,x')).toBeNull();
    expect(safeHttpUrl('https://arxiv.org/abs/1')).toBe('https://arxiv.org/abs/1');
  });
});
