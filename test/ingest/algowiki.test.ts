// Algorithm Wiki exports: rows → records with curated bounds quoted in their abstract, names → problems and
// restrictions, the problems thesaurus; and the real data in ../shared/corpus/algowiki/api when present.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  algowikiProblemName, algowikiProblems, isAlgowikiHead, readAlgowiki, readDocument, sniffFormat, type Paper,
} from '../../src/ingest/index.ts';
import { listCell, lowerBoundCondition } from '../../src/ingest/algowiki.ts';
import { readPapers } from '../../src/cli/inputs.ts';
import { collect } from './helpers.ts';


const ALGO = (over: Record<string, unknown> = {}) => ({
  'Family Name': 'Sequence Alignment', Variation: 'Edit distance', 'Algo ID': 252, 'Algorithm Name': 'Masek; Patterson', Year: 1980,
  Authors: "['William J. Masek,' 'Michael S. Paterson']", DOI: '', 'Paper/Reference Link': 'https://www.sciencedirect.com/science/article/pii/0022000080900021',
  'Time Complexity (Worst Only)': '$O(mn / log(n))$', 'Space Complexity (Auxiliary)': 'O(n)', 'Computational Model': 'Word RAM',
  'Randomized?': 0, 'Approximate?': 0, 'Parallel?': 0, 'Quantum?': 0, '': '', __1: '', ...over,
});
const PROBLEM = (over: Record<string, unknown> = {}) => ({
  'Family Name': 'Sequence Alignment', Variation: 'Edit Distance, constant-size alphabet', Alias: '', Parents: '', Children: 'Edit Sequence, constant-size alphabet;',
  'Best Known Upper Bound': 'O(mn/log^2(n))', 'Upper Bound Reference': 'https://www.sciencedirect.com/science/article/pii/0022000080900021?via%3Dihub',
  'Best Known Lower Bound': 'Omega((mn)^(1-eps)) for any eps>0', 'Lower Bound Reference': 'Reduction from SETH', ...over,
});

describe('Algorithm Wiki reader', () => {
  it('is sniffed by content, whatever the file is called', () => {
    const text = JSON.stringify([ALGO()]);
    const bytes = new TextEncoder().encode(text);
    expect(isAlgowikiHead(text)).toBe(true);
    expect(sniffFormat('Algorithms1.json', bytes, text)).toEqual({ kind: 'format', format: 'algowiki' });
    expect(sniffFormat('export.dat', bytes, text)).toEqual({ kind: 'format', format: 'algowiki' });
    expect(sniffFormat('plain.json', new TextEncoder().encode('[{"title":"x"}]'), '[{"title":"x"}]')).toEqual({ kind: 'format', format: 'json' });
  });

  it('an algorithm: one record, its time and space quoted in the abstract and curated with their setting and reference', () => {
    const { papers, issues, sink } = collect();
    readAlgowiki(JSON.stringify([ALGO(), ALGO({ 'Algo ID': 253, 'Algorithm Name': 'Rick', 'Randomized?': 1, 'Approximate?': 1, 'Parallel?': 1, Variation: 'Edit distance, constant-size alphabet' })]), 'A.json', sink);
    expect(issues).toEqual([]);
    expect(papers).toHaveLength(2);
    const p = papers[0];
    expect(p).toMatchObject({ id: 'algowiki:algorithm-252', year: 1980, authors: ['William J. Masek', 'Michael S. Paterson'], url: 'https://www.sciencedirect.com/science/article/pii/0022000080900021' });
    expect(p.title).toBe('Masek; Patterson — Edit distance, $O(mn / log(n))$ (Algorithm Wiki)');
    expect(p.curated!.map((b) => [p.abstract.slice(b.start, b.end), b.resource, b.role, b.problem, b.model, b.variants, b.guarantee])).toEqual([
      ['$O(mn / log(n))$', 'time', 'result', 'Edit distance', 'word-ram', [], 'worst'],
      ['O(n)', 'space', 'result', 'Edit distance', 'word-ram', [], 'worst'],
    ]);
    expect(p.curated![0]).toMatchObject({ source: 'algowiki', reference: 'Algorithm Wiki: Masek; Patterson (Masek & Paterson 1980)', method: 'Masek; Patterson' });
    const [s0, s1] = p.curated![0].sentence;
    expect(p.abstract.slice(s0, s1)).toMatch(/^Algorithm Wiki records .* with worst-case time \$O\(mn \/ log\(n\)\)\$ and auxiliary space O\(n\)\.$/);
    // flags: randomized → expected, approximate → a variant, parallel → the model
    expect(papers[1].curated![0]).toMatchObject({ model: 'parallel', variants: ['approximate', 'input:bounded-alphabet'], guarantee: 'expected' });
    expect(papers[1].abstract).toMatch(/It is in the parallel model, randomized, approximate\.$/);
  });

  it('a problem: its best known upper bound (result) and lower bound with the hypothesis it rests on', () => {
    const { papers, sink } = collect();
    readAlgowiki(JSON.stringify([PROBLEM(), PROBLEM({ Variation: 'Sorting', 'Best Known Upper Bound': '', 'Best Known Lower Bound': '' })]), 'Problems.json', sink);
    expect(papers).toHaveLength(1); // a problem with no recorded bound is a name, not a record
    const p = papers[0];
    expect(p.title).toBe('Best known bounds for Edit Distance, constant-size alphabet (Algorithm Wiki)');
    expect(p.curated!.map((b) => [p.abstract.slice(b.start, b.end), b.role, b.problem, b.variants, b.condition])).toEqual([
      ['O(mn/log^2(n))', 'result', 'Edit Distance', ['input:bounded-alphabet'], null],
      ['Omega((mn)^(1-eps)) for any eps>0', 'lower', 'Edit Distance', ['input:bounded-alphabet'], 'SETH'],
    ]);
    expect(p.abstract).not.toMatch(/https?:/);
    expect(p.url).toBe('https://www.sciencedirect.com/science/article/pii/0022000080900021?via%3Dihub');
  });

  it('rows without a bound are skipped with a reason; reductions and hypotheses are one line; garbage never throws', () => {
    const a = collect();
    readAlgowiki(JSON.stringify([ALGO({ 'Time Complexity (Worst Only)': '-', 'Space Complexity (Auxiliary)': 'not mentioned' }), 7]), 'A.json', a.sink);
    expect(a.issues.map((i) => [i.reason, i.record])).toEqual([['no-bound', 0], ['not-an-object', 1]]);
    const r = collect();
    const res = readDocument(JSON.stringify([{ 'Reduction ID': 1, 'From (Problem)': 'SAT' }]), 'algowiki', 'Reductions.json', r.sink);
    expect(res.fatal).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ reason: 'algowiki-not-read', kind: 'skipped', record: null })]);
    expect(readDocument('[{"Family Name": "x", "Variation": ', 'algowiki', 'cut.json', collect().sink).fatal).toMatch(/invalid JSON/);
    expect(() => readAlgowiki('[{"Family Name": {"a": 1}, "Variation": [1], "Algorithm Name": null, "Time Complexity (Worst Only)": 5}]', 'x.json', collect().sink)).not.toThrow();
  });

  it('problem names: a variation of qualifiers is its family\'s problem; tags for known restrictions', () => {
    const cases: Array<[string, string, string, string[]]> = [
      ['Longest Common Subsequence', 'LCS', 'LCS', []],
      ['Graph Diameter', 'Arbitrary edge weights, Dense graph', 'Graph Diameter', ['arbitrary-edge-weights', 'dense-graph']],
      ['Sequence Alignment', 'Edit Distance, constant-size alphabet', 'Edit Distance', ['input:bounded-alphabet']],
      ['Convex Hull', '2-dimensional; 3-dimensional', 'Convex Hull', ['2-dimensional']],
      ['Maximum Cut', 'Maximum Cut, Approximate', 'Maximum Cut', ['approximate']],
      ['Sorting', '', 'Sorting', []],
      ['Sorting', 'General', 'Sorting', []],
    ];
    for (const [family, variation, name, variants] of cases) expect(algowikiProblemName(family, variation), `${family} / ${variation}`).toEqual({ name, variants });
  });

  it('list cells, hypotheses of lower bounds, the problems thesaurus', () => {
    expect(listCell("['A. B', \"C. O'D\", 'E F,']")).toEqual(['A. B', "C. O'D", 'E F']);
    expect(listCell('BMM; and-or Matrix Product')).toEqual(['BMM', 'and-or Matrix Product']);
    expect(['Reduction from SETH', 'NP-hard', 'Easily derived', 'BMM Hypothesis', 'Reduction #4'].map(lowerBoundCondition)).toEqual(['SETH', 'P≠NP', 'unconditional', 'BMM', null]);
    expect(algowikiProblems([PROBLEM({ Alias: 'ED; Levenshtein distance', Parents: 'String Similarity; Alignment' }), { 'Algo ID': 1, 'Algorithm Name': 'x' }, 'junk']))
      .toEqual([{ name: 'Edit Distance, constant-size alphabet', family: 'Sequence Alignment', aliases: ['ED', 'Levenshtein distance'], parents: ['String Similarity', 'Alignment'] }]);
    expect(algowikiProblems({ not: 'a list' })).toEqual([]);
  });
});

const API = path.resolve(import.meta.dirname, '../../../shared/corpus/algowiki/api');
describe.skipIf(!existsSync(API))('the real Algorithm Wiki export', () => {
  it('reads 1,354 records (1,344 once same-named, same-bound rows merge) from the folder: algorithms with a bound and problems with a best known bound', async () => {
    const r = await readPapers([API]);
    expect(r.stats).toMatchObject({ files: 5, errors: 0, skipped: { 'no-bound': 58, 'algowiki-not-read': 2 } });
    expect(r.stats.papers + r.stats.duplicates).toBe(1354);
    expect(r.stats.papers).toBe(1344);
    const curated = r.papers.flatMap((p) => p.curated ?? []);
    expect(curated.length).toBeGreaterThan(1800);
    // every curated span is real text of its record's abstract
    for (const p of r.papers) for (const b of p.curated ?? []) expect(b.end).toBeLessThanOrEqual(p.abstract.length);
    const lcs = r.papers.filter((p) => /— LCS/.test(p.title));
    expect(lcs.length).toBeGreaterThanOrEqual(14);
    expect(algowikiProblems(JSON.parse(readFileSync(path.join(API, 'Problems.json'), 'utf8')))).toHaveLength(457);
  });
});
