// The claims and papers tables as pure state: rows from the index, sorting (growth, year, text; stable and total),
// filtering (words, column:value, quotes) and the CSV (quoted, formula-defused).
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/state/graph-index.ts';
import { CLAIM_COLUMNS, PAPER_COLUMNS, claimRows, filterRows, paperRows, sortRows, tableToCsv } from '../../src/state/table.ts';
import { DEFAULT_FILTERS } from '../../src/state/types.ts';
import { problemGraph } from '../app/fixtures/problem-graph.ts';

const plain = (latex: string, text: string) => latex || text;

function index(extra: (env: ReturnType<typeof problemGraph>) => void = () => {}) {
  const env = problemGraph();
  extra(env);
  return buildIndex(env);
}

describe('claims table', () => {
  const idx = index();
  const rows = claimRows(idx, null, DEFAULT_FILTERS, plain);

  it('has one row per claim of the graph, with the problem label', () => {
    expect(rows).toHaveLength(11);
    const r = rows.find((x) => x.claim.id === 'paper:lcs-2015#0')!;
    expect(r.problem).toBe('Longest Common Subsequence');
    expect(r.problemId).toBe('problem:longest common subsequence');
    expect(r.paper.year).toBe(2015);
  });

  it('sorts bounds by growth, slowest first, and reverses with "-"', () => {
    const time = rows.filter((r) => r.claim.resource === 'time' && r.claim.role !== 'lower' && r.claim.role !== 'other');
    const asc = sortRows(time, CLAIM_COLUMNS, 'bound').map((r) => r.bound);
    expect(asc.indexOf('O(n)')).toBeLessThan(asc.findIndex((b) => b.includes('\\log^{2}') || b.includes('log^2')));
    const i2 = asc.findIndex((b) => /^O\(n\^\{2\}\)$/.test(b));
    const iLog = asc.findIndex((b) => b.includes('\\log'));
    expect(iLog).toBeGreaterThanOrEqual(0);
    expect(iLog).toBeLessThan(i2); // n²/log n grows slower than n²
    const desc = sortRows(time, CLAIM_COLUMNS, '-bound').map((r) => r.bound);
    expect(desc[0]).toBe(asc[asc.length - 1]);
  });

  it('sorts years newest first when asked, empty values last either way, ties in a fixed order', () => {
    const byYear = sortRows(rows, CLAIM_COLUMNS, '-year');
    expect(byYear[0].paper.year).toBe(2023);
    expect(byYear.at(-1)!.paper.year).toBe(2009);
    expect(sortRows(rows, CLAIM_COLUMNS, '-year').map((r) => r.id)).toEqual(byYear.map((r) => r.id));
    expect(sortRows([...rows].reverse(), CLAIM_COLUMNS, 'role').map((r) => r.id)).toEqual(sortRows(rows, CLAIM_COLUMNS, 'role').map((r) => r.id));
    const idx2 = index((env) => { (env.graph as { nodes: { attributes: Record<string, unknown> }[] }).nodes[0].attributes.year = null; });
    const r2 = claimRows(idx2, null, DEFAULT_FILTERS, plain);
    expect(sortRows(r2, CLAIM_COLUMNS, 'year').at(-1)!.paper.year).toBeNull();
    expect(sortRows(r2, CLAIM_COLUMNS, '-year').at(-1)!.paper.year).toBeNull();
  });

  it('filters by words in any column, by column:value and by quoted phrases', () => {
    expect(filterRows(rows, CLAIM_COLUMNS, 'space').map((r) => r.claim.resource)).toEqual(['space']);
    expect(filterRows(rows, CLAIM_COLUMNS, 'role:lower')).toHaveLength(1);
    expect(filterRows(rows, CLAIM_COLUMNS, 'year:2015 role:prior')).toHaveLength(1);
    expect(filterRows(rows, CLAIM_COLUMNS, '"approximate lcs"').every((r) => r.problem === 'Approximate LCS')).toBe(true);
    expect(filterRows(rows, CLAIM_COLUMNS, '"approximate lcs"')).toHaveLength(2);
    expect(filterRows(rows, CLAIM_COLUMNS, 'nothing-like-this')).toHaveLength(0);
    expect(filterRows(rows, CLAIM_COLUMNS, '   ')).toHaveLength(rows.length);
  });

  it('keeps the resource, role and year filters when showing every claim', () => {
    expect(claimRows(idx, null, { ...DEFAULT_FILTERS, resources: ['space'] }, plain)).toHaveLength(1);
    expect(claimRows(idx, null, { ...DEFAULT_FILTERS, yearMin: 2018 }, plain).every((r) => r.paper.year! >= 2018)).toBe(true);
  });

  it('shows a non-default setting compactly', () => {
    const idx3 = index((env) => {
      const paper = (env.graph as { nodes: { key: string; attributes: { claims?: Record<string, unknown>[] } }[] }).nodes.find((n) => n.key === 'paper:lcs-2018')!;
      paper.attributes.claims![0].setting = { operation: 'total', model: 'word-ram', variants: [], guarantee: 'worst', condition: 'SETH' };
      paper.attributes.claims![1].setting = { operation: 'query', model: 'cell-probe', variants: ['approximate'], guarantee: 'amortized', condition: null };
    });
    const r = claimRows(idx3, null, DEFAULT_FILTERS, plain);
    expect(r.find((x) => x.id === 'paper:lcs-2018#0')!.setting).toBe('unless SETH');
    expect(r.find((x) => x.id === 'paper:lcs-2018#1')!.setting).toBe('per query · cell probe · approximate · amortized');
    expect(r.find((x) => x.id === 'paper:lcs-2009#0')!.setting).toBe('');
    expect(filterRows(r, CLAIM_COLUMNS, 'setting:seth')).toHaveLength(1);
  });

  it('writes CSV with every row, quoted and formula-defused', () => {
    const idx4 = index((env) => {
      const n = (env.graph as { nodes: { key: string; attributes: { title?: string } }[] }).nodes.find((x) => x.key === 'paper:lcs-2009')!;
      n.attributes.title = '=HYPERLINK("http://x") "quoted", title';
    });
    const r = sortRows(claimRows(idx4, null, DEFAULT_FILTERS, plain), CLAIM_COLUMNS, 'year');
    const csv = tableToCsv('claims', r);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('bound,latex,resource,role,setting,problem,paper_id,title,year,url,claim_text');
    expect(lines).toHaveLength(r.length + 1);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"") ""quoted"", title"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('papers table', () => {
  const idx = index();
  const rows = paperRows(idx, null, DEFAULT_FILTERS, plain);

  it('has one row per paper with its cluster, claim count and best own result', () => {
    expect(rows).toHaveLength(6);
    const r = rows.find((x) => x.id === 'paper:lcs-2015')!;
    expect(r.claims).toBe(2);
    expect(r.cluster).toBe('exact LCS · dynamic programming');
    expect(r.best).toContain('\\log');
    expect(rows.find((x) => x.id === 'paper:lcs-2018')!.best).toBe(''); // no own result
  });

  it('sorts by claims (most first when descending) and by title', () => {
    expect(sortRows(rows, PAPER_COLUMNS, '-claims')[0].claims).toBe(2);
    const titles = sortRows(rows, PAPER_COLUMNS, 'paper').map((r) => r.paper.title.toLowerCase());
    expect(titles).toEqual([...titles].sort());
  });

  it('writes its own CSV columns', () => {
    const csv = tableToCsv('papers', rows);
    expect(csv.split('\r\n')[0]).toBe('paper_id,title,year,authors,cluster,claims,best_result,best_result_latex,url');
    expect(csv).toContain('A. Author; B. Author');
  });
});
