// The parser against the Algorithm Wiki table (../shared/corpus/algowiki/algorithms.csv): share of
// the 1,004 curated worst-case time strings parsed and agreement with the curators' growth classes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAlgowiki, cleanCurated, formatReport, readAlgowikiRows } from '../../../scripts/algowiki-check.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CSV = path.resolve(repoRoot, '../shared/corpus/algowiki/algorithms.csv');

describe('cleanCurated removes curator notes only', () => {
  it.each([
    ['$O(nLkt)$ [pre-processing]', '$O(nLkt)$'],
    ['$O(n^{(log7/log2)}) ~ O(n^{2.807})$', '$O(n^{(log7/log2)})$'],
    ['O(n^2)?', 'O(n^2)'],
    ['O(E+p)? (previously O(E))', 'O(E+p)'],
    ['k-d Tree construction: $O(n log n)$ NNS: $O(n)$', '$O(n log n)$'],
    ['O(m*log n) per iteration', 'O(m*log n)'],
    ['O(f_{bin}(sigma-1, n, d)) where f', 'O(f_{bin}(sigma-1, n, d))'],
    ['$O(\\sqrt[3]{n})$', '$O(\\sqrt[3]{n})$'],
    ['O(n log n)', 'O(n log n)'],
  ])('%s → %s', (raw, clean) => {
    expect(cleanCurated(raw)).toBe(clean);
  });
});

describe.skipIf(!existsSync(CSV))('Algorithm Wiki curated bounds (skipped: ../shared/corpus/algowiki/algorithms.csv absent)', () => {
  const rows = existsSync(CSV) ? readAlgowikiRows(readFileSync(CSV, 'utf8')) : [];
  const report = checkAlgowiki(rows);
  it('finds the 1,004 rows with a worst-case time string', () => {
    expect(rows.length).toBe(1004);
    expect(rows.filter((r) => r.cls !== null).length).toBeGreaterThan(900);
  });
  it('parses at least 97% of them (measured 98.2%)', () => {
    expect(report.parsed / report.rows).toBeGreaterThanOrEqual(0.97);
    // what stays unparsed is prose or broken brackets, each with a reason
    for (const u of report.unparsed) expect(u.reason.length).toBeGreaterThan(0);
  });
  it('agrees with the curated order on pairs of one family (measured 95.1% of ordered pairs, 2.6% reversed)', () => {
    const d = report.differing;
    expect(d.pairs).toBeGreaterThan(2000);
    expect(d.agree / (d.agree + d.reversed + d.saidEqual)).toBeGreaterThanOrEqual(0.93);
    expect(d.reversed / d.pairs).toBeLessThanOrEqual(0.04);
    expect(d.incomparable / d.pairs).toBeLessThanOrEqual(0.3);
  });
  it('says equal for most equal-class pairs and agrees more once variables are identified (measured 86.8%)', () => {
    expect(report.same.saidEqual / report.same.pairs).toBeGreaterThanOrEqual(0.5);
    const c = report.collapsed.differing;
    expect(c.agree / c.pairs).toBeGreaterThanOrEqual(0.84);
    expect(c.incomparable / c.pairs).toBeLessThanOrEqual(0.02);
  });
  it('formats the figures', () => {
    expect(formatReport(report)).toMatch(/^algowiki: \d+\/1004 worst-case time strings parsed \(\d+\.\d%\)/);
  });
});
