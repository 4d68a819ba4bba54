// `boundgraph build` end to end on the bundled sample: writes graph.json atomically and
// byte-identically, accepts a claims file and a thesaurus, reports errors with exit code 2.
import { describe, it, expect, vi, beforeAll, afterAll } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { readPapers, DEFAULT_INPUT } from '../../src/cli/inputs.ts';
import { extractPaper } from '../../src/extract/index.ts';

let tmp: string;
beforeAll(async () => { tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bg-build-')); });
afterAll(async () => { await fs.rm(tmp, { recursive: true, force: true }); });

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += String(chunk); return true; });
  try {
    return { code: await main(argv), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('boundgraph build', () => {
  it('builds the bundled sample by default, byte-identically twice, with a one-line summary', async () => {
    const a = await run(['build', '-o', path.join(tmp, 'a'), '--no-cache']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr).toMatch(/^build: 75 papers .* clusters, modularity [0-9.]+ .*read [0-9.]+s · extract [0-9.]+s · graph [0-9.]+s · cluster [0-9.]+s · layout [0-9.]+s · write [0-9.]+s\n$/);
    const b = await run(['build', path.relative(process.cwd(), DEFAULT_INPUT), '-o', path.join(tmp, 'b'), '--no-cache']);
    expect(b.code, b.stderr).toBe(0);
    const ja = await fs.readFile(path.join(tmp, 'a', 'graph.json'), 'utf8');
    const jb = await fs.readFile(path.join(tmp, 'b', 'graph.json'), 'utf8');
    expect(ja).toBe(jb);
    const env = JSON.parse(ja);
    expect(env.format).toBe('boundgraph.graph');
    expect(env.meta.corpus.papers).toBe(env.meta.counts.papers);
    expect(env.meta.counts.papers).toBe(75);
    expect(env.graph.nodes.length).toBeGreaterThan(75);
    expect((await fs.readdir(path.join(tmp, 'a'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reuses the extraction cache: a second build extracts nothing', async () => {
    const cache = path.join(tmp, 'cache');
    const first = await run(['build', '-o', path.join(tmp, 'e'), '--cache', cache]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/\(0 cached, 75 extracted\)/);
    const second = await run(['build', '-o', path.join(tmp, 'f'), '--cache', cache]);
    expect(second.stderr).toMatch(/\(75 cached, 0 extracted\)/);
    expect(await fs.readFile(path.join(tmp, 'f', 'graph.json'), 'utf8')).toBe(await fs.readFile(path.join(tmp, 'e', 'graph.json'), 'utf8'));
  });

  it('accepts a claims file and a thesaurus (bad thesaurus lines are reported, the rest applied)', async () => {
    const read = await readPapers([DEFAULT_INPUT]);
    const claimsFile = path.join(tmp, 'claims.json');
    await fs.writeFile(claimsFile, JSON.stringify({ format: 'boundgraph.claims', version: 1, papers: read.papers.slice(0, 30).map(extractPaper), errors: [] }));
    const thesaurus = path.join(tmp, 'thesaurus.csv');
    await fs.writeFile(thesaurus, 'label,replace by\n"broken,quote\nattention,\n');
    const r = await run(['build', claimsFile, '-o', path.join(tmp, 'c'), '--thesaurus', thesaurus]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${thesaurus}:2: `);
    expect(r.stderr).toMatch(/build: 30 papers \(0 cached, 0 extracted\)/);
    const env = JSON.parse(await fs.readFile(path.join(tmp, 'c', 'graph.json'), 'utf8'));
    expect(env.meta.counts.papers).toBe(30);
    expect(env.meta.settings.thesaurus).toBe(1);
    for (const c of env.clusters) expect(c.terms).not.toContain('attention');
  });

  it('exits 2 with one clear line on bad arguments or inputs', async () => {
    const bad = await run(['build', '--bogus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown option --bogus/);
    const missing = await run(['build', path.join(tmp, 'nope.txt'), '-o', path.join(tmp, 'd')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.txt');
    const notClaims = path.join(tmp, 'other.json');
    await fs.writeFile(notClaims, '{"format":"boundgraph.claims","version":7,"papers":[]}');
    const wrong = await run(['build', notClaims, '-o', path.join(tmp, 'd')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/other\.json: not a boundgraph claims file of version 1/);
  });
});
