// The bounds ladder: tiers from a growth comparator, equal/incomparable marking, improvements, CSV.
import { describe, expect, it } from 'vitest';
import { buildIndex, visibleNodeIds, safeHttpUrl } from '../../src/state/graph-index.ts';
import { buildLadder, growthTiers, selectionClaims, problemScope, bestByYear, type GrowthOps } from '../../src/state/ladder.ts';
import { worstCaseGrowth, substitutionFor, isGraphProblem } from '../../src/state/worst-case.ts';
import { compareGrowth, growthKey, parseBound, type GrowthSig } from '../../src/extract/bounds/index.ts';
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
    // the frontier: n and the incomparable "weird"; n log n and n^2 are beaten
    expect(ladder[0].rows.map((r) => r.bucket)).toEqual(['frontier', 'frontier', 'upper', 'upper', 'upper']);
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

// ---- problem ladders: frontier, buckets, variants, views, timeline (real growth signatures) ----

const real: GrowthOps = { compare: (a, b) => compareGrowth(a as GrowthSig, b as GrowthSig), key: (g) => growthKey(g as GrowthSig) };
function rclaim(bound: string, role: string, problem: string | null, resource = 'time', notation = 'O') {
  const p = parseBound(bound);
  return { start: -1, end: -1, text: bound, notation, soft: false, expr: bound, latex: bound, growth: p.ok ? p.growth : null, resource, role, subject: problem, problem, method: null, sentence: null };
}
function problemEnv() {
  const paper = (key: string, year: number, claims: unknown[]) => ({ key, attributes: { type: 'paper', label: key, title: `T ${key}`, year, cluster: 0, claims } });
  return {
    format: 'boundgraph.graph', version: 1, meta: {}, clusters: [{ id: 0, label: 'c', color: '#112233', size: 4, x: 0, y: 0, terms: [] }],
    graph: {
      nodes: [
        paper('p1', 2015, [rclaim('O(n^2)', 'result', 'edit distance'), rclaim('O(1)', 'result', 'edit distance')]),
        paper('p2', 2018, [rclaim('O(n^2 / log^2 n)', 'result', 'edit distance'), rclaim('O(n^2)', 'prior', 'edit distance'), rclaim('Omega(n^{2-eps})', 'lower', 'edit distance')]),
        paper('p3', 2020, [rclaim('O(n + k^2)', 'result', 'edit distance'), rclaim('O(nk)', 'prior', 'edit distance')]),
        paper('p4', 2021, [rclaim('O(n)', 'result', 'approximate edit distance'), rclaim('O(n)', 'other', 'edit distance')]),
        { key: 'problem:edit distance', attributes: { type: 'problem', label: 'edit distance', key: 'edit distance', aliases: ['ED'] } },
        { key: 'problem:approximate edit distance', attributes: { type: 'problem', label: 'approximate edit distance', general: 'problem:edit distance' } },
      ],
      edges: [
        { source: 'problem:approximate edit distance', target: 'problem:edit distance', attributes: { type: 'specializes', weight: 1 } },
        { source: 'p2', target: 'p1', attributes: { type: 'improves', weight: 1, resource: 'time', fromLatex: 'O(n^2)', toLatex: 'O(n^2 / log^2 n)', resultClaim: 0, priorClaim: 1 } },
      ],
    },
  };
}

describe('problem ladders', () => {
  const index = buildIndex(problemEnv());
  const sel = { kind: 'node' as const, id: 'problem:edit distance' };

  it('collects the claims about a problem from every paper, with or without its variants', () => {
    expect(problemScope(index, 'problem:edit distance', true)).toEqual(['problem:edit distance', 'problem:approximate edit distance']);
    const own = selectionClaims(index, sel, DEFAULT_FILTERS, real, [], { view: 'n', variants: false });
    const all = selectionClaims(index, sel, DEFAULT_FILTERS, real, [], { view: 'n', variants: true });
    expect(own).toHaveLength(8);
    expect(all).toHaveLength(9);
    expect(all.some((c) => c.problem === 'problem:approximate edit distance')).toBe(true);
  });

  it('puts the best known upper bounds first, then beaten ones, lower bounds and questions', () => {
    const claims = selectionClaims(index, sel, DEFAULT_FILTERS, real, [], { view: 'n', variants: false });
    const time = buildLadder(index, claims, real, { view: 'n' })[0];
    const by = (b: string) => time.rows.filter((r) => r.bucket === b).map((r) => r.claim.text);
    // worst case in n: n + k^2 and nk become n^2; n^2/log^2 n beats them; O(1) is no time bound of the problem
    expect(by('frontier')).toEqual(['O(n^2 / log^2 n)']);
    expect(by('upper')).toEqual(expect.arrayContaining(['O(n^2)', 'O(n + k^2)', 'O(nk)']));
    expect(by('per-operation')).toEqual(['O(1)']);
    expect(by('lower')).toEqual(['Omega(n^{2-eps})']);
    expect(by('other')).toEqual(['O(n)']);
    const order = ['frontier', 'upper', 'per-operation', 'lower', 'other'];
    expect(time.rows.map((r) => r.bucket)).toEqual([...time.rows.map((r) => r.bucket)].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const improved = time.rows.find((r) => r.claim.text === 'O(n^2 / log^2 n)')!;
    expect(improved.improvesOn.map((i) => [i.latex, i.paperId])).toEqual([['O(n^2)', 'p1']]);
  });

  it('keeps bounds over other variables apart in the exact view', () => {
    const claims = selectionClaims(index, sel, DEFAULT_FILTERS, real, [], { view: 'exact', variants: false });
    const frontier = buildLadder(index, claims, real, { view: 'exact' })[0].rows.filter((r) => r.bucket === 'frontier').map((r) => r.claim.text).sort();
    expect(frontier).toEqual(['O(n + k^2)', 'O(n^2 / log^2 n)', 'O(nk)'].sort());
  });

  it('draws the best known bound by year from results only', () => {
    const claims = selectionClaims(index, sel, DEFAULT_FILTERS, real, [], { view: 'n', variants: false });
    const tl = bestByYear(buildLadder(index, claims, real, { view: 'n' })[0], real);
    // O(1) bounds no whole problem: the timeline follows the upper bounds that can be frontier bounds
    expect(tl.map((p) => [p.year, p.best.map((r) => r.claim.text).join(' | '), p.improved])).toEqual([
      [2015, 'O(n^2)', true], [2018, 'O(n^2 / log^2 n)', true], [2020, 'O(n^2 / log^2 n)', false],
    ]);
  });
});

describe('worst case in n', () => {
  const g = (s: string) => { const p = parseBound(s); if (!p.ok) throw new Error(s); return p.growth; };
  const cmp = (a: string, b: string, graph = false) => compareGrowth(worstCaseGrowth(g(a), graph) as GrowthSig, worstCaseGrowth(g(b), graph) as GrowthSig);
  it('sets input sizes to n, edges of a graph to n², a word to log n, and keeps ε and constants', () => {
    expect(cmp('O(nk)', 'O(n^2)')).toBe('equal');
    expect(cmp('O(m + n)', 'O(n)')).toBe('equal');
    expect(cmp('O(m + n)', 'O(n^2)', true)).toBe('equal');
    expect(cmp('O(n^2 / w)', 'O(n^2 / log n)')).toBe('equal');
    expect(cmp('O(n / eps^2)', 'O(n)')).toBe('greater');
    expect(substitutionFor('ε', false)).toBeNull();
    expect(substitutionFor('c', false)).toEqual({ pow: 0 });
    expect(cmp('O(n / p)', 'O(n)')).toBe('equal');
    expect(cmp('O(R log log n + n)', 'O(n^2 log log n)')).toBe('equal');
    expect(isGraphProblem('all pairs shortest path')).toBe(true);
    expect(isGraphProblem('edit distance')).toBe(false);
  });
});
