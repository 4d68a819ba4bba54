// The parser against the Algorithm Wiki table (../shared/corpus/algowiki/algorithms.csv): share of
// the 1,004 curated worst-case time strings parsed and agreement with the curators' growth classes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAlgowiki, formatReport, readAlgowikiRows } from '../../../scripts/algowiki-check.ts';
import { parseBoundWithNote } from '../../../src/extract/bounds/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CSV = path.resolve(repoRoot, '../shared/corpus/algowiki/algorithms.csv');

describe('curated cells: the leading bound is parsed and the note kept', () => {
  it.each([
    ['$O(nLkt)$ [pre-processing]\n$O(L(kt+dnP_2^k))$ [query-time]', 'O(n L k t)', '[pre-processing] $O(L(kt+dnP_2^k))$ [query-time]'],
    ['$O(n^{(log7/log2)}) ~ O(n^{2.807})$', 'O(n^(log 7/log 2))', '~ O(n^{2.807})'],
    ['O(n^2)?', 'O(n²)', '?'],
    ['O(E+p)? (previously O(E))', 'O(E + p)', '? (previously O(E))'],
    ['k-d Tree construction: $O(n log n)$ NNS: $O(n)$', 'O(n log n)', 'k-d Tree construction: NNS: $O(n)$'],
    ['R-Tree construction: $O(n log n)$', 'O(n log n)', 'R-Tree construction:'],
    ['O(m*log n) per iteration', 'O(m log n)', 'per iteration'],
    ['O(n) processors', 'O(n)', 'processors'],
    ['O(n^omega) where omega is the exponent of matrix multiplication', 'O(n^ω)', 'where omega is the exponent of matrix multiplication'],
    ['O(exp((1+o(1))(32n/9)^{(1/3)}(log n)^{(2/3)}) heuristically?', 'O(exp((1 + o(1)) (32 n / 9)^(1/3) (log n)^(2/3)))', 'heuristically?'],
    ['O(n^{(O(log n))} (previously O(n^2 logn)????)', 'O(n^O(log n))', '(previously O(n^2 logn)????)'],
    ['O(f_{bin}(sigma-1, n, d)) where f', 'O(f_bin(σ - 1, n, d))', 'where f'],
    ['O(mult(n)*n^2)? where mult(n) is running time on n-bit multiplication', 'O(mult(n) n²)', '? where mult(n) is running time on n-bit multiplication'],
  ])('%s → %s with note %s', (raw, canonical, note) => {
    const p = parseBoundWithNote(raw);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.canonical).toBe(canonical);
    expect(p.note).toBe(note);
  });
  it.each(['$O(\\sqrt[3]{n})$', 'O(n log n)', 'O(nlogn)'])('a cell that is a bound has no note: %s', (raw) => {
    const p = parseBoundWithNote(raw);
    expect(p.ok && p.note).toBe(undefined);
  });
  it.each(['Varies by codebook structure', '-', '? (originally $O(n^{3.5} L)$ but seems unclear)'])('prose with no leading bound stays unparsed: %s', (raw) => {
    expect(parseBoundWithNote(raw).ok).toBe(false);
  });
});

describe.skipIf(!existsSync(CSV))('Algorithm Wiki curated bounds (skipped: ../shared/corpus/algowiki/algorithms.csv absent)', () => {
  const rows = existsSync(CSV) ? readAlgowikiRows(readFileSync(CSV, 'utf8')) : [];
  const report = checkAlgowiki(rows);
  const decided = (f: typeof report.rowPairs) => f.agree + f.reversed + f.saidEqual;
  it('finds the 1,004 rows with a worst-case time string, 393 distinct cells with a class', () => {
    expect(rows.length).toBe(1004);
    expect(report.distinct).toBe(393);
  });
  it('parses at least 95% of the distinct classed cells (measured 99.5%), each failure with a reason', () => {
    expect(report.distinctParsed / report.distinct).toBeGreaterThanOrEqual(0.95);
    for (const u of report.unparsed) expect(u.reason.length).toBeGreaterThan(0);
  });
  it('decides at least 60% of the differing-class pairs of one family (measured 76.4%) and agrees on 95% of them (95.2%)', () => {
    const d = report.rowPairs;
    expect(d.pairs).toBeGreaterThan(2000);
    expect(decided(d) / d.pairs).toBeGreaterThanOrEqual(0.6);
    expect(d.agree / decided(d)).toBeGreaterThanOrEqual(0.95);
    expect(d.reversed / d.pairs).toBeLessThanOrEqual(0.04);
  });
  it('says equal for most equal-class pairs and decides almost all once variables are identified (measured 99.3%)', () => {
    expect(report.rowPairs.sameSaidEqual / report.rowPairs.samePairs).toBeGreaterThanOrEqual(0.5);
    const c = report.collapsed;
    expect(c.agree / c.pairs).toBeGreaterThanOrEqual(0.84);
    expect(c.incomparable / c.pairs).toBeLessThanOrEqual(0.02);
  });
  it('formats the three judged figures first', () => {
    expect(formatReport(report)).toMatch(/^algowiki: parsed \d+\.\d% of 393 distinct classed cells; decided \d+\.\d% of \d+ differing-class pairs; agreeing \d+\.\d% of \d+ decided/);
  });
});
