// Test helper: extract a gold set's abstracts (checking exact offsets) and run the shared gold-dev scorer on them.
import { expect } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { extractPaper } from '../../src/extract/index.ts';

/** Exits the test with the scorer's SUMMARY line when a floor in `mins` ("k=v,…") is not met. */
export function expectGoldScores(scorer: string, abstractsFile: string, goldFile: string, mins: string): void {
  const abstracts = JSON.parse(readFileSync(abstractsFile, 'utf8')) as { id: string; title: string; abstract: string }[];
  const papers = abstracts.map((a, i) => {
    const p = extractPaper({ id: a.id, title: a.title, abstract: a.abstract, authors: [], year: null, url: null, source: { file: path.basename(abstractsFile), line: null, record: i } });
    for (const c of p.claims) expect(a.abstract.slice(c.start, c.end)).toBe(c.text);
    return p;
  });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bg-gold-')), 'claims.json');
  writeFileSync(file, JSON.stringify({ format: 'boundgraph.claims', version: 1, papers, errors: [] }));
  const r = spawnSync(process.execPath, [scorer, file, goldFile, '--min', mins], { encoding: 'utf8' });
  expect(r.stdout).toMatch(/SUMMARY/);
  expect(r.status, r.stdout.split('\n').slice(-2).join('\n')).toBe(0);
}
