// The bundled sample that `npm start` builds (data/papers-page.txt + data/arxiv-cs-ds-sample.xml, one graph) shows the
// product on a first run: the README's examples have real ladders — several papers, years, more than one growth class —
// (3SUM, a hypothesis in these abstracts, has a page of the lower bounds it implies), and the algorithms sample brings
// years, authors and links.
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { readPapers } from '../../src/cli/inputs.ts';
import { SAMPLE_INPUTS } from '../../src/cli/commands/start.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { buildIndex, type GraphIndex, type PaperNode } from '../../src/state/graph-index.ts';
import { buildLadder, selectionClaims } from '../../src/state/ladder.ts';
import { ladderByProblem } from '../../src/state/problem-groups.ts';
import { DEFAULT_FILTERS } from '../../src/state/types.ts';
import { growthOps } from '../../src/app/growth.ts';

const root = path.resolve(import.meta.dirname, '../..');
let index: GraphIndex;
let atomPapers: number;

beforeAll(async () => {
  const read = await readPapers(SAMPLE_INPUTS.map((f) => path.join(root, f)));
  atomPapers = read.papers.filter((p) => p.source.file.endsWith('.xml')).length;
  index = buildIndex(JSON.parse(JSON.stringify(buildGraph(read.papers.map(extractPaper)).envelope)));
}, 120_000);

describe('the bundled sample', () => {
  it('adds a few hundred arXiv cs.DS papers with years, authors and links to the seed page', () => {
    expect(atomPapers).toBeGreaterThanOrEqual(200);
    expect(atomPapers).toBeLessThanOrEqual(400);
    const papers = index.order.map((id) => index.nodes.get(id)!).filter((n): n is PaperNode => n.type === 'paper');
    const dated = papers.filter((p) => p.year !== null && p.authors.length > 0 && /^https?:\/\/arxiv\.org\/abs\//.test(p.url ?? ''));
    expect(dated.length).toBeGreaterThanOrEqual(200);
    expect(index.years!.max - index.years!.min).toBeGreaterThanOrEqual(8);
  });

  // the problems the README and the page's hints name: each a ladder of several papers over several years
  it.each([
    ['longest common subsequence', 20],
    ['edit distance', 15],
    ['pattern matching', 10],
    ['suffix array', 8],
  ])('%s has a real ladder', (key, minClaims) => {
    const claims = index.claimsByProblem.get(`problem:${key}`) ?? [];
    expect(claims.length, key).toBeGreaterThanOrEqual(minClaims);
    const time = buildLadder(index, claims, growthOps, { view: 'n' }).find((s) => s.resource === 'time');
    expect(time, `${key}: time bounds`).toBeDefined();
    const rows = time!.rows;
    expect(new Set(rows.map((r) => r.group)).size, `${key}: growth classes`).toBeGreaterThanOrEqual(2);
    expect(new Set(rows.map((r) => r.paper.id)).size, `${key}: papers`).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r.paper.year)).size, `${key}: years`).toBeGreaterThanOrEqual(2);
  });

  it('gives the 3SUM hypothesis a page of lower bounds, one ladder per problem it is assumed for', () => {
    const node = index.nodes.get('assumption:3SUM');
    expect(node?.type).toBe('assumption');
    const claims = selectionClaims(index, { kind: 'node', id: 'assumption:3SUM' }, DEFAULT_FILTERS, growthOps);
    const groups = ladderByProblem(index, claims, growthOps);
    const lower = groups.filter((g) => g.problem !== null && g.sections.some((s) => s.rows.some((r) => r.bucket === 'lower')));
    expect(lower.length).toBeGreaterThanOrEqual(1);
    expect(groups.length).toBeGreaterThanOrEqual(3);
    // conditional lower bounds say what they are conditional on
    expect(claims.filter((c) => c.role === 'lower' && c.setting.condition === '3SUM').length).toBeGreaterThanOrEqual(4);
  });

  it('finds "LCS" as an alias of longest common subsequence', () => {
    const lcs = index.nodes.get('problem:longest common subsequence');
    expect(lcs?.type).toBe('problem');
    expect(lcs && 'aliases' in lcs ? lcs.aliases.map((a) => a.toLowerCase()) : []).toContain('lcs');
  });
});
