// Pure parts of the explorer's views: colour modes and their legends, the density grid, grouping a selection's
// ladders by problem and the growth sort key.
import { describe, expect, it } from 'vitest';
import { buildIndex, type PaperNode } from '../../src/state/graph-index.ts';
import { NO_VALUE, ROLE_COLOURS, bestRole, colourLegend, paperColourer, yearColour, yearScale } from '../../src/state/colour-modes.ts';
import { densityColour, densityGrid, densityPixels } from '../../src/state/density.ts';
import { groupsByProblem, ladderByProblem } from '../../src/state/problem-groups.ts';
import { compareRank, growthRank } from '../../src/state/growth-rank.ts';
import { parseBound } from '../../src/extract/bounds/index.ts';
import { growthOps } from '../../src/app/growth.ts';
import { problemGraph } from '../app/fixtures/problem-graph.ts';

const idx = buildIndex(problemGraph());
const paper = (id: string) => idx.nodes.get(id) as PaperNode;

describe('colour modes', () => {
  it('keeps cluster colours in cluster mode and spans the year range in year mode', () => {
    expect(paperColourer(idx, 'cluster')).toBeNull();
    const year = paperColourer(idx, 'year')!;
    expect(year(paper('paper:lcs-2009'))).toBe(yearColour(2009, yearScale(idx)));
    expect(year(paper('paper:lcs-2009'))).not.toBe(year(paper('paper:lcs-2023')));
    expect(yearColour(null, idx.years)).toBe(NO_VALUE);
    const legend = colourLegend(idx, 'year');
    expect(legend.gradient).toMatchObject({ low: '2009', high: '2023' });
    expect(legend.items.at(-1)).toEqual({ label: 'no year', colour: NO_VALUE });
  });

  it('spans the 5th to 95th percentile of the years, so a few old papers do not wash out the recent ones', () => {
    const env = problemGraph() as { graph: { nodes: { key: string; attributes: Record<string, unknown> }[] } };
    const papers = env.graph.nodes.filter((n) => n.attributes.type === 'paper');
    // twenty papers of 2020–2023 and one of 1970
    for (let i = 0; i < 20; i++) env.graph.nodes.push({ key: `paper:x${i}`, attributes: { ...papers[0].attributes, year: 2020 + (i % 4), claims: [] } });
    papers[0].attributes.year = 1970;
    const scale = yearScale(buildIndex(env))!;
    expect(scale.min).toBeGreaterThan(1970);
    expect(scale.clipped).toBe(true);
    expect(colourLegend(buildIndex(env), 'year').gradient!.low).toMatch(/^≤ /);
    expect(yearColour(1970, scale)).toBe(yearColour(scale.min, scale));
  });

  it('bins claim counts and names the best claim\'s role (result over lower over prior over question)', () => {
    const claims = paperColourer(idx, 'claims')!;
    expect(claims(paper('paper:lcs-2023'))).not.toBe(claims(paper('paper:lcs-2015'))); // 1 vs 2 claims
    expect(bestRole(paper('paper:lcs-2012'))).toBe('result');
    expect(bestRole(paper('paper:lcs-2018'))).toBe('lower');
    expect(paperColourer(idx, 'role')!(paper('paper:lcs-2018'))).toBe(ROLE_COLOURS.lower);
    expect(bestRole({ ...paper('paper:lcs-2018'), claims: [] })).toBe('none');
    expect(colourLegend(idx, 'role').items.map((i) => i.label)).toEqual(['its own result', 'a lower bound', 'prior bounds only', 'questions only', 'no claims']);
    expect(colourLegend(idx, 'cluster').items).toHaveLength(2);
  });
});

describe('density grid', () => {
  it('peaks where points crowd and stays empty far from them', () => {
    const xy: number[] = [];
    for (let i = 0; i < 50; i++) xy.push(20 + (i % 5), 20 + Math.floor(i / 10));
    xy.push(180, 180);
    const g = densityGrid(xy, null, 200, 200, 4, 12);
    expect(g.cols).toBe(50);
    const at = (x: number, y: number) => g.values[Math.floor(y / 4) * g.cols + Math.floor(x / 4)];
    expect(at(22, 22)).toBeGreaterThan(0.9);
    expect(at(180, 180)).toBeGreaterThan(0);
    expect(at(180, 180)).toBeLessThan(0.2);
    expect(at(100, 100)).toBe(0);
    expect(Math.max(...g.values)).toBeCloseTo(1, 5);
  });

  it('ignores points outside and is transparent where there is nothing', () => {
    const g = densityGrid([-50, -50, 999, 5], null, 100, 100, 10, 10);
    expect(Math.max(...g.values)).toBe(0);
    expect(densityColour(0)[3]).toBe(0);
    expect(densityColour(1)[0]).toBeGreaterThan(200);
    expect(densityPixels(g)).toHaveLength(100 * 4);
  });
});

describe('ladders grouped by problem', () => {
  it('gives each problem its own ladder, most claims first, and never one frontier across problems', () => {
    const claims = [...idx.claimsByProblem.values()].flat();
    const groups = ladderByProblem(idx, claims, growthOps);
    expect(groups.map((g) => g.label)).toEqual(['Longest Common Subsequence', 'Approximate LCS']);
    const frontier = (g: (typeof groups)[number]) => g.sections.flatMap((s) => s.rows).filter((r) => r.bucket === 'frontier').map((r) => r.claim.problem);
    for (const g of groups) expect(new Set(frontier(g)).size).toBe(1);
    expect(groups[1].papers).toBe(1);
  });

  it('puts claims that name no problem last, and groups only for clusters, searches and non-problem entities', () => {
    const c = { ...idx.claimsByProblem.get('problem:longest common subsequence')![0], problem: null, id: 'x#0' };
    const groups = ladderByProblem(idx, [c, ...idx.claimsByProblem.get('problem:approximate longest common subsequence')!], growthOps);
    expect(groups.at(-1)!.problem).toBeNull();
    expect(groupsByProblem(idx, { kind: 'cluster', id: 0 })).toBe(true);
    expect(groupsByProblem(idx, { kind: 'search', query: 'lcs' })).toBe(true);
    expect(groupsByProblem(idx, { kind: 'node', id: 'concept:dynamic programming' })).toBe(true);
    expect(groupsByProblem(idx, { kind: 'node', id: 'problem:longest common subsequence' })).toBe(false);
    expect(groupsByProblem(idx, { kind: 'node', id: 'paper:lcs-2009' })).toBe(false);
    expect(groupsByProblem(idx, null)).toBe(false);
  });
});

describe('growth sort key', () => {
  const rank = (b: string) => { const p = parseBound(b); if (!p.ok) throw new Error(b); return growthRank(p.growth)!; };
  it('orders bounds by growth in n', () => {
    const order = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^{1.5})', 'O(n^2 / log n)', 'O(n^2)', 'O(n^3)', 'O(2^n)'];
    const shuffled = [order[4], order[8], order[0], order[6], order[2], order[7], order[1], order[5], order[3]];
    expect([...shuffled].sort((a, b) => compareRank(rank(a), rank(b)))).toEqual(order);
    expect(compareRank(rank('O(n^2 / log n)'), rank('O(n^2)'))).toBeLessThan(0);
    expect(compareRank(rank('O(n^2)'), rank('O(2^n)'))).toBeLessThan(0);
    expect(compareRank(rank('O(m + n)'), rank('O(n)'))).toBe(0); // m ≤ n in the worst-case-in-n view
    expect(growthRank(null)).toBeNull();
    expect(growthRank({ t: 'garbage' })).toBeNull();
  });
});
