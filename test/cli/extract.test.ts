// End to end: `boundgraph extract` on the bundled sample writes a deterministic claims file that
// validates against public/schema/claims.schema.json (checked with a small validator for the subset used).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'scripts/boundgraph.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8' });

type Schema = { type?: string | string[]; const?: unknown; enum?: unknown[]; required?: string[]; properties?: Record<string, Schema>; items?: Schema; $ref?: string; minItems?: number; maxItems?: number; minimum?: number };
function validate(v: unknown, s: Schema, root: Schema & { $defs?: Record<string, Schema> }, at: string, errs: string[]) {
  if (errs.length > 5) return;
  if (s.$ref) { validate(v, root.$defs![s.$ref.split('/').pop()!], root, at, errs); return; }
  if ('const' in s && v !== s.const) errs.push(`${at}: not ${String(s.const)}`);
  if (s.enum && !s.enum.includes(v)) errs.push(`${at}: ${String(v)} not in enum`);
  if (s.type) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const t = v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) errs.push(`${at}: ${t} is not ${types.join('|')}`);
  }
  if (typeof v === 'number' && s.minimum !== undefined && v < s.minimum) errs.push(`${at}: below minimum`);
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) errs.push(`${at}: too few items`);
    if (s.maxItems !== undefined && v.length > s.maxItems) errs.push(`${at}: too many items`);
    if (s.items) v.forEach((x, i) => validate(x, s.items!, root, `${at}[${i}]`, errs));
  } else if (v && typeof v === 'object') {
    for (const r of s.required ?? []) if (!(r in v)) errs.push(`${at}: missing ${r}`);
    for (const [k, sub] of Object.entries(s.properties ?? {})) if (k in v) validate((v as Record<string, unknown>)[k], sub, root, `${at}.${k}`, errs);
  }
}

describe('boundgraph extract', () => {
  it('writes a valid, deterministic claims file for the bundled sample', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bg-extract-'));
    const a = path.join(dir, 'a.json'), b = path.join(dir, 'b.json');
    const r1 = cli('extract', '-o', a);
    expect(r1.status, r1.stderr).toBe(0);
    expect(r1.stderr).toMatch(/extracted \d+ claims from \d+ of 75 papers/);
    const r2 = cli('extract', 'data/papers-page.txt', '-o', b, '--cache', path.join(dir, 'cache'));
    expect(r2.status, r2.stderr).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    const file = JSON.parse(readFileSync(a, 'utf8'));
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'public/schema/claims.schema.json'), 'utf8'));
    const errs: string[] = [];
    validate(file, schema, schema, '$', errs);
    expect(errs).toEqual([]);
    const claims = file.papers.flatMap((p: { abstract: string; claims: { start: number; end: number; text: string }[] }) => p.claims.map((c) => [p.abstract.slice(c.start, c.end), c.text]));
    expect(claims.length).toBeGreaterThan(50);
    for (const [got, want] of claims) expect(got).toBe(want);
    // a cached re-run extracts nothing new and gives the same bytes
    const r3 = cli('extract', 'data/papers-page.txt', '-o', b, '--cache', path.join(dir, 'cache'));
    expect(r3.stderr).toMatch(/75 cached, 0 extracted/);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  }, 120_000);

  it('rejects a bad option with exit code 2', () => {
    const r = cli('extract', '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option --bogus/);
  });
});
