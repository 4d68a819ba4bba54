// Issue 18, end to end (spawned CLI): output written whole or not at all (stdout on a full device is one line and a
// non-zero exit; a closed reader is quiet; build swaps a staged folder in, keeping the user's files, and concurrent
// builds never mix); empty partitions anywhere; a first JSON Lines record over 64 KB; shards that disagree resolve by
// content whatever their names and order; records of another extractor version are extracted again; serve on a
// graph.json too large for the browser says so.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, writeFileSync, ftruncateSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const bin = path.join(repoRoot, 'scripts/boundgraph.mjs');
const cli = (args: string[], opts: { input?: string; stdout?: number } = {}) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', input: opts.input, maxBuffer: 1 << 28, stdio: ['pipe', opts.stdout ?? 'pipe', 'pipe'] });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
};
const sample = path.join(repoRoot, 'data/papers-page.txt');
const lines = (s: string) => s.split('\n').filter(Boolean);
const oneLineError = (stderr: string) => {
  const ls = lines(stderr);
  expect(ls.some((l) => /^\s+at /.test(l)), stderr).toBe(false);
  return ls[ls.length - 1];
};

let dir: string;
let shard: string;
let records: string[];
let graphFile: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bg-harden-'));
  const r = cli(['extract', sample, '--jsonl', '--workers', '1']);
  expect(r.code, r.stderr).toBe(0);
  records = lines(r.stdout);
  shard = path.join(dir, 'all.jsonl');
  writeFileSync(shard, records.join('\n') + '\n');
  const b = cli(['build', shard, '-o', path.join(dir, 'direct')]);
  expect(b.code, b.stderr).toBe(0);
  graphFile = path.join(dir, 'direct', 'graph.json');
}, 180_000);

describe.skipIf(!existsSync('/dev/full'))('standard output on a full device', () => {
  const cases: [string, () => string[]][] = [
    ['read', () => ['read', sample]],
    ['extract --jsonl', () => ['extract', sample, '--jsonl', '--workers', '1']],
    ['extract (claims file)', () => ['extract', sample, '--workers', '1']],
    ['export csv', () => ['export', graphFile, '--format', 'csv']],
    ['export gexf', () => ['export', graphFile, '--format', 'gexf']],
    ['compare', () => ['compare', 'O(n)', 'O(n^2)']],
    ['compare --json', () => ['compare', '--json', 'O(n)', 'O(m)']],
    ['explain', () => ['explain', 'We give an O(n log n) time algorithm.']],
    ['help', () => ['help', 'build']],
  ];
  it.each(cases)('%s: one line naming the failure, exit 2', (_name, args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = cli(args(), { stdout: full });
      expect(r.code, r.stderr).toBe(2);
      expect(oneLineError(r.stderr)).toMatch(/standard output: cannot write the output \(no space left on the device\)$/);
    } finally { closeSync(full); }
  }, 120_000);
});

describe('a reader that closes the pipe early', () => {
  it('export | head: exit 0, nothing on stderr', async () => {
    const p = spawn(process.execPath, [bin, 'export', graphFile, '--format', 'csv'], { cwd: repoRoot });
    let stderr = '';
    p.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    p.stdout.once('data', () => p.stdout.destroy());
    const code = await new Promise<number | null>((res) => p.on('close', res));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);
});

describe('empty partitions', () => {
  it('build of empty, whitespace and gzip\'d empty shards with real ones gives the graph of the real ones alone', () => {
    const parts = path.join(dir, 'parts');
    mkdirSync(parts);
    writeFileSync(path.join(parts, 'part-00000'), '');
    writeFileSync(path.join(parts, 'part-00001'), records.slice(0, 40).join('\n') + '\n');
    writeFileSync(path.join(parts, 'part-00002'), '\n \n');
    writeFileSync(path.join(parts, 'part-00003.gz'), gzipSync(''));
    writeFileSync(path.join(parts, 'part-00004'), records.slice(40).join('\n') + '\n');
    const out = path.join(dir, 'from-parts');
    const r = cli(['build', ...readdirSync(parts).map((f) => path.join(parts, f)), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/3 empty partitions/);
    expect(readFileSync(path.join(out, 'graph.json'))).toEqual(readFileSync(graphFile));
  }, 120_000);

  it('all empty: an empty graph, a note, exit 0; extract of an empty partition: no output, exit 0', () => {
    const e1 = path.join(dir, 'e1.jsonl'), e2 = path.join(dir, 'e2.jsonl.gz');
    writeFileSync(e1, '');
    writeFileSync(e2, gzipSync('\n'));
    const out = path.join(dir, 'empty-graph');
    const r = cli(['build', e1, e2, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/every input is an empty partition/);
    const g = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    expect(g.meta.counts.papers).toBe(0);
    for (const args of [['extract', e1, '--jsonl'], ['extract', e2, '--jsonl'], ['extract', '-', '--jsonl']]) {
      const x = cli(args, { input: '' });
      expect(x.code, x.stderr).toBe(0);
      expect(x.stdout).toBe('');
    }
  }, 120_000);
});

describe('format sniffing by the first complete record', () => {
  it('a first JSON Lines record over 64 KB, then many records: read as JSON Lines (file and stdin)', () => {
    const rec = (i: number, extra = '') => JSON.stringify({ id: `2401.${String(10000 + i)}`, title: `Paper number ${i}`, abstract: `We study problem ${i}.${extra}` });
    const text = [rec(0, ' padding'.repeat(12_000)), ...Array.from({ length: 2_000 }, (_, i) => rec(i + 1))].join('\n') + '\n';
    expect(text.indexOf('\n')).toBeGreaterThan(64 * 1024);
    const file = path.join(dir, 'long-first.json');
    writeFileSync(file, text);
    for (const [args, input] of [[['read', file], undefined], [['read', '-'], text]] as const) {
      const r = cli([...args], { input });
      expect(r.code, r.stderr).toBe(0);
      expect(lines(r.stdout)).toHaveLength(2_001);
    }
  }, 120_000);
});

describe('shards that disagree', () => {
  const build = (files: string[], name: string) => {
    const out = path.join(dir, name);
    const r = cli(['build', ...files, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    return { graph: readFileSync(path.join(out, 'graph.json')), stderr: r.stderr };
  };

  it('the same paper with different claims in two shards: the richer record wins whatever the names and the order', () => {
    const i = records.findIndex((l) => JSON.parse(l).claims.length >= 2);
    const poorer = JSON.parse(records[i]);
    poorer.claims = poorer.claims.slice(0, 1);
    const a = path.join(dir, 'a.jsonl'), z = path.join(dir, 'z.jsonl');
    writeFileSync(a, records.join('\n') + '\n');
    writeFileSync(z, JSON.stringify(poorer) + '\n');
    const first = build([a, z], 'dis-1').graph;
    writeFileSync(a, JSON.stringify(poorer) + '\n');
    writeFileSync(z, records.join('\n') + '\n');
    expect(build([z, a], 'dis-2').graph).toEqual(first);
    expect(build([a, z], 'dis-3').graph).toEqual(first);
    expect(first).toEqual(readFileSync(graphFile));
  }, 180_000);

  it('records of another extractor version are extracted again; one without its text is refused in one line', () => {
    const old = records.map((l) => { const o = JSON.parse(l); o.extractor = '0.9.0'; o.claims = []; return JSON.stringify(o); });
    const noText = JSON.parse(records[0]);
    Object.assign(noText, { id: 'gone-1', title: 'A record without text', abstract: '', extractor: '0.9.0' });
    const f = path.join(dir, 'old.jsonl');
    writeFileSync(f, [...old, JSON.stringify(noText)].join('\n') + '\n');
    const r = build([f], 'old-version');
    expect(r.graph).toEqual(readFileSync(graphFile));
    expect(r.stderr).toMatch(/claims records? of another extractor version extracted again/);
    expect(r.stderr).toMatch(/gone-1: claims of extractor 0\.9\.0 \(this is [\d.]+\) and no abstract to extract them again: skipped/);
    const meta = JSON.parse(r.graph.toString('utf8')).meta;
    expect(meta.extractor).toBe(JSON.parse(readFileSync(graphFile, 'utf8')).meta.extractor);
  }, 180_000);
});

describe('build writes its folder as a whole', () => {
  const filesOf = (d: string) => readdirSync(d, { recursive: true }).map(String).sort();

  it('keeps the user\'s files, drops an earlier build\'s, leaves no staging folder', () => {
    const out = path.join(dir, 'site-data');
    mkdirSync(path.join(out, 'clusters'), { recursive: true });
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    writeFileSync(path.join(out, 'clusters', '999.json'), '{}');
    const r = cli(['build', shard, '-o', out, '--lod', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(existsSync(path.join(out, 'clusters', '999.json'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('.boundgraph-'))).toEqual([]);
    expect(filesOf(out)).toContain('claims.json');
  }, 120_000);

  it('two builds into one folder at once: both exit 0 and the folder holds one build\'s files, never a mix', async () => {
    const out = path.join(dir, 'race');
    const few = path.join(dir, 'few.jsonl');
    writeFileSync(few, records.slice(0, 30).join('\n') + '\n');
    const run = (input: string) => new Promise<{ code: number | null; stderr: string }>((res) => {
      const p = spawn(process.execPath, [bin, 'build', input, '-o', out, '--lod', '0'], { cwd: repoRoot });
      let stderr = '';
      p.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
      p.on('close', (code) => res({ code, stderr }));
    });
    const [x, y] = await Promise.all([run(shard), run(few)]);
    expect(x.code, x.stderr).toBe(0);
    expect(y.code, y.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    const search = JSON.parse(readFileSync(path.join(out, 'search.json'), 'utf8'));
    const clusters = readdirSync(path.join(out, 'clusters')).sort();
    const papers = graph.meta.counts.papers;
    expect([30, records.length]).toContain(papers);
    expect(JSON.stringify(search)).toContain(papers === 30 ? JSON.parse(records[0]).id : JSON.parse(records[records.length - 1]).id);
    if (papers === 30) expect(JSON.stringify(search)).not.toContain(JSON.parse(records[records.length - 1]).id);
    expect(clusters).toEqual(graph.clusters.map((c: { id: number }) => `${c.id}.json`).sort());
    expect(readdirSync(dir).filter((n) => n.startsWith('.race.'))).toEqual([]);
  }, 240_000);
});

describe('serve', () => {
  it('a graph.json too large for the browser: one line saying so and how to build with --lod, exit 2', () => {
    const big = path.join(dir, 'big', 'graph.json');
    mkdirSync(path.dirname(big));
    writeFileSync(big, '{"format":"boundgraph.graph","version":1,"meta":{}');
    const fd = openSync(big, 'r+');
    ftruncateSync(fd, 600 * 1024 * 1024); // sparse: no disk used
    closeSync(fd);
    const r = cli(['serve', big, '--port', '0', '--no-build']);
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toMatch(/too large for the explorer \(600 MB.*--lod 0/);
    const missing = cli(['serve', path.join(dir, 'nothing', 'graph.json'), '--no-build']);
    expect(missing.code).toBe(2);
    expect(oneLineError(missing.stderr)).toMatch(/no such file/);
  }, 60_000);
});
