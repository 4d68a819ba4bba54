// Integration: the gold-dev scorer floors, and exact offsets on every record of the real corpora used.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { extractPaper } from '../../src/extract/index.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const gold = path.resolve(repoRoot, '../shared/gold-dev');
const hasGold = existsSync(path.join(gold, 'dev-gold.json'));

describe.skipIf(!hasGold)('gold-dev (skipped: ../shared/gold-dev is absent)', () => {
  it('scores above the floors with exact offsets', () => {
    const abstracts = JSON.parse(readFileSync(path.join(gold, 'dev-abstracts.json'), 'utf8')) as { id: string; title: string; abstract: string }[];
    const papers = abstracts.map((a, i) => {
      const p = extractPaper({ id: a.id, title: a.title, abstract: a.abstract, authors: [], year: null, url: null, source: { file: 'dev', line: null, record: i } });
      for (const c of p.claims) expect(a.abstract.slice(c.start, c.end)).toBe(c.text);
      return p;
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bg-gold-'));
    const file = path.join(dir, 'claims.json');
    writeFileSync(file, JSON.stringify({ format: 'boundgraph.claims', version: 1, papers, errors: [] }));
    const r = spawnSync(process.execPath, [path.join(gold, 'score.mjs'), file, path.join(gold, 'dev-gold.json'), '--min',
      'symbolic_recall=0.95,verbal_recall=0.9,explicit_recall=0.85,precision=0.95,notation_acc=0.95,resource_acc=0.88,role_acc=0.88,methods_recall=0.45,bad_offsets=0'], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/SUMMARY/);
    expect(r.status, r.stdout.split('\n').slice(-2).join('\n')).toBe(0);
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
