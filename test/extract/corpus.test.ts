// Integration: the gold-dev scorer floors, and exact offsets on every record of the real corpora used.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { extractPaper } from '../../src/extract/index.ts';
import { expectGoldScores } from './gold-score.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const gold = path.resolve(repoRoot, '../shared/gold-dev');
const hasGold = existsSync(path.join(gold, 'dev-gold.json'));

describe.skipIf(!hasGold)('gold-dev (skipped: ../shared/gold-dev is absent)', () => {
  it('scores above the floors with exact offsets', () => {
    expectGoldScores(path.join(gold, 'score.mjs'), path.join(gold, 'dev-abstracts.json'), path.join(gold, 'dev-gold.json'),
      'symbolic_recall=0.95,verbal_recall=0.9,explicit_recall=0.85,precision=0.95,notation_acc=0.95,resource_acc=0.88,role_acc=0.88,methods_recall=0.55,methods_precision=0.85,bad_offsets=0');
  });
});

const sample = path.resolve(repoRoot, 'data/papers-page.txt');
describe.skipIf(!existsSync(sample))('bundled sample', () => {
  it('finds the HiP, matrix-completion and Hamming-distance improvements and the SETH/3SUM mentions', async () => {
    const { readPapers } = await import('../../src/cli/inputs.ts');
    const { papers } = await readPapers([sample]);
    const out = papers.map((p) => extractPaper(p));
    for (const p of out) for (const c of p.claims) expect(p.abstract.slice(c.start, c.end)).toBe(c.text);
    const byTitle = (s: string) => out.find((p) => p.title.includes(s))!;
    const hip = byTitle('HiP Attention');
    const hc = hip.claims.map((c) => `${c.text}|${c.resource}|${c.role}`);
    expect(hc).toEqual(expect.arrayContaining(['O(T^2)|time|prior', 'O(T log T)|time|result', 'O(T^2)|space|prior', 'O(T)|space|result']));
    expect(hip.methods.map((m) => m.name)).toContain('HiP');
    const mc = byTitle('Matrix Completion').claims.map((c) => `${c.text}|${c.role}`);
    expect(mc).toEqual(expect.arrayContaining(['widetilde O(|Omega| k)|result', 'widetilde O(|Omega| k^2)|prior']));
    const ham = byTitle('Hamming');
    expect(ham.claims.map((c) => `${c.text}|${c.role}`)).toEqual(expect.arrayContaining(['O(epsilon^{-0.93}n)|result', 'O(epsilon^{-1}n)|prior']));
    expect(ham.assumptions).toContain('3SUM');
    expect(byTitle('Low-Rank Adaptation').assumptions).toContain('SETH');
  });
});
