// The streaming contract, as Spark's rdd.pipe, Hadoop Streaming or GNU parallel use it: `extract - --jsonl` reads a
// partition on stdin and writes one claims record per paper per line, in input order; partitions extracted by
// separate processes and built together give byte for byte the graph of one direct build.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repoRoot, 'scripts/boundgraph.mjs');
const cli = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', input, maxBuffer: 1 << 28 });
const atom = path.resolve(repoRoot, '../shared/corpus/arxiv-atom-cs-ds/arxiv.xml');

/** Run a CLI process with stdin from a string, asynchronously (partitions run side by side, like executors). */
function cliAsync(args: string[], input: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args], { cwd: repoRoot });
    let stdout = '', stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    p.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    p.on('close', (status) => resolve({ status, stdout, stderr }));
    p.stdin.end(input);
  });
}

const lines = (s: string) => s.split('\n').filter(Boolean);

let dir: string;
let papersJsonl: string;
let paperLines: string[];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bg-stream-'));
  // 360 real algorithm abstracts as JSON Lines (what a partition of a corpus looks like)
  papersJsonl = path.join(dir, 'papers.jsonl');
  const r = cli(['read', atom, '-o', papersJsonl]);
  expect(r.status, r.stderr).toBe(0);
  paperLines = lines(readFileSync(papersJsonl, 'utf8')).slice(0, 360);
  writeFileSync(papersJsonl, paperLines.join('\n') + '\n');
});

describe('extract - --jsonl', () => {
  it('writes one claims record per input paper, in input order, equal to the claims file of `extract`', () => {
    const streamed = cli(['extract', '-', '--jsonl', '--workers', '2'], paperLines.join('\n') + '\n');
    expect(streamed.status, streamed.stderr).toBe(0);
    const out = lines(streamed.stdout).map((l) => JSON.parse(l) as { id: string; claims: unknown[] });
    expect(out.map((p) => p.id)).toEqual(paperLines.map((l) => (JSON.parse(l) as { id: string }).id));
    expect(out.reduce((n, p) => n + p.claims.length, 0)).toBeGreaterThan(300);
    const whole = cli(['extract', papersJsonl, '--workers', '1']);
    expect(whole.status, whole.stderr).toBe(0);
    const file = JSON.parse(whole.stdout) as { papers: Array<{ id: string; claims: unknown[]; source: unknown }> };
    // the same claims as the batch command; only the source (stdin vs the file) differs
    expect(out.map((p) => ({ ...p, source: null }))).toEqual(file.papers.map((p) => ({ ...p, source: null })));
    expect(streamed.stderr).toMatch(/extracted [\d,]+ claims from [\d,]+ of 360 papers \(streamed/);
  });

  it('reads gzip on stdin and keeps going past a broken line, naming it', () => {
    const text = [paperLines[0], '{"title": "cut off', paperLines[1]].join('\n') + '\n';
    const r = cli(['extract', '-', '--jsonl', '--workers', '1'], gzipSync(text));
    expect(r.status, r.stderr).toBe(0);
    expect(lines(r.stdout)).toHaveLength(2);
    expect(r.stderr).toMatch(/<stdin>:2: /);
  });

  it('treats an empty partition as no papers (exit 0) and garbage as one clear error (exit 2)', () => {
    const empty = cli(['extract', '-', '--jsonl'], '');
    expect(empty.status, empty.stderr).toBe(0);
    expect(empty.stdout).toBe('');
    const garbage = cli(['extract', '-', '--jsonl'], Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)));
    expect(garbage.status).toBe(2);
    expect(lines(garbage.stderr)).toHaveLength(1);
    expect(garbage.stderr).toMatch(/^boundgraph extract: <stdin>: binary/);
  });

  it('refuses --cache with --jsonl with a usage error', () => {
    const r = cli(['extract', '-', '--jsonl', '--cache', path.join(dir, 'c')], paperLines[0] + '\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--cache is not used with --jsonl/);
  });
});

describe('build from claims shards', () => {
  it('gives byte for byte the files of a direct build, whatever the partition and the order of the shards', async () => {
    // three uneven partitions, extracted by three processes at once (as executors would)
    const cuts = [0, 97, 230, paperLines.length];
    const parts = await Promise.all(cuts.slice(1).map((end, i) => cliAsync(['extract', '-', '--jsonl', '--workers', '1'], paperLines.slice(cuts[i], end).join('\n') + '\n')));
    const shards = parts.map((p, i) => {
      expect(p.status, p.stderr).toBe(0);
      const f = path.join(dir, `part-${i}.claims.jsonl${i === 1 ? '.gz' : ''}`);
      writeFileSync(f, i === 1 ? gzipSync(p.stdout) : p.stdout);
      return f;
    });
    // a duplicate of one paper in another shard, as overlapping partitions give: merged like `read` merges
    writeFileSync(shards[2], readFileSync(shards[2], 'utf8') + lines(parts[0].stdout)[5] + '\n');
    const direct = path.join(dir, 'direct'), fromShards = path.join(dir, 'shards');
    const a = cli(['build', papersJsonl, '-o', direct, '--no-cache', '--lod', '0']);
    expect(a.status, a.stderr).toBe(0);
    const b = cli(['build', shards[2], shards[0], shards[1], '-o', fromShards, '--lod', '0']);
    expect(b.status, b.stderr).toBe(0);
    expect(b.stderr).toMatch(/build: 360 papers/);
    const files = (d: string) => ['graph.json', 'claims.json', 'search.json', ...readdirSync(path.join(d, 'clusters')).map((f) => `clusters/${f}`)].sort();
    expect(files(fromShards)).toEqual(files(direct));
    expect(files(direct).length).toBeGreaterThan(4);
    for (const f of files(direct)) expect(readFileSync(path.join(fromShards, f)).equals(readFileSync(path.join(direct, f))), f).toBe(true);
  });

  it('skips a bad shard line with file:line and keeps the rest', () => {
    const good = cli(['extract', '-', '--jsonl', '--workers', '1'], paperLines.slice(0, 12).join('\n') + '\n');
    const recs = lines(good.stdout);
    const f = path.join(dir, 'bad.claims.jsonl');
    writeFileSync(f, [recs[0], '{"id": "x", "title": "t", "claims": "nope", "concepts": [], "abstract": ""}', '{not json', ...recs.slice(1)].join('\n') + '\n');
    const out = path.join(dir, 'bad-out');
    const r = cli(['build', f, '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/bad\.claims\.jsonl:2: not a claims record \("claims" is not a list\)/);
    expect(r.stderr).toMatch(/bad\.claims\.jsonl:3: not valid JSON/);
    expect(r.stderr).toMatch(/build: 12 papers/);
    expect(existsSync(path.join(out, 'graph.json'))).toBe(true);
  });
});
