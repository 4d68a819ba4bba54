// `boundgraph read` on hostile files, end to end (spawned CLI): cut and corrupt gzip, UTF-16, control bytes in
// what reaches the terminal, and the temp files an atomic write leaves when its process is killed.
import { describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { removeStaleTemps, tempPathFor, writeFileAtomic } from '../../src/cli/io.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixture = (n: string) => path.join(repoRoot, 'test/fixtures/ingest', n);

function cli(args: string[], cwd = repoRoot): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, 'scripts/boundgraph.mjs'), ...args], { cwd, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
const tmp = () => mkdtempSync(path.join(tmpdir(), 'bg-hostile-'));
const rec = (i: number) => JSON.stringify({ id: `2401.${String(i).padStart(5, '0')}`, title: `Paper ${i}`, abstract: `We give an O(n log n) algorithm ${i}.` });
const jsonl = (n: number) => Array.from({ length: n }, (_, i) => rec(i + 1)).join('\n') + '\n';
const outLines = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string });
const summaryOf = (stderr: string) => stderr.trimEnd().split('\n').at(-1)!;

describe('cut and damaged gzip (item 3)', () => {
  it('the truncated fixture: every complete line kept, the cut one error line', async () => {
    const r = await cli(['read', fixture('truncated.jsonl.gz')]);
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/truncated\.jsonl\.gz:114: error: record cut off by the end of the data \(truncated gzip file, unexpected end of data\)$/),
      'read 1 file, 9 papers, 104 duplicates merged, 0 skipped, 1 error',
    ]);
    expect(outLines(r.stdout)).toHaveLength(9);
  });
  it('a gzip cut at 70%: exactly the records whose line is complete in the decodable prefix', async () => {
    const dir = tmp();
    const gz = zlib.gzipSync(Buffer.from(jsonl(3000)));
    const cut = gz.subarray(0, Math.floor(gz.length * 0.7));
    writeFileSync(path.join(dir, 'cut.jsonl.gz'), cut);
    const prefix = zlib.gunzipSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString('utf8');
    const complete = prefix.split('\n').length - 1;
    expect(complete).toBeGreaterThan(1000);
    const r = await cli(['read', path.join(dir, 'cut.jsonl.gz')]);
    expect(r.code).toBe(0);
    expect(outLines(r.stdout).map((p) => p.id)).toEqual(Array.from({ length: complete }, (_, i) => `2401.${String(i + 1).padStart(5, '0')}`));
    expect(r.stderr.match(/error:/g)).toHaveLength(1);
    expect(summaryOf(r.stderr)).toBe(`read 1 file, ${complete.toLocaleString('en-US')} papers, 0 duplicates merged, 0 skipped, 1 error`);
  });
  it('trailing garbage after the gzip data: every record, one warning; two gzip members: both read', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'garbage.jsonl.gz'), Buffer.concat([zlib.gzipSync(Buffer.from(jsonl(5))), Buffer.from('GARBAGE after the end')]));
    const g = await cli(['read', path.join(dir, 'garbage.jsonl.gz')]);
    expect(outLines(g.stdout)).toHaveLength(5);
    expect(g.stderr).toMatch(/garbage\.jsonl\.gz: warning: bytes after the end of the gzip data were ignored\n/);
    expect(summaryOf(g.stderr)).toBe('read 1 file, 5 papers, 0 duplicates merged, 0 skipped, 0 errors, 1 warning');
    writeFileSync(path.join(dir, 'two.jsonl.gz'), Buffer.concat([zlib.gzipSync(Buffer.from(jsonl(3))), zlib.gzipSync(Buffer.from(rec(9) + '\n'))]));
    const two = await cli(['read', path.join(dir, 'two.jsonl.gz')]);
    expect(outLines(two.stdout).map((p) => p.id)).toEqual(['2401.00001', '2401.00002', '2401.00003', '2401.00009']);
    expect(two.stderr).toBe('read 1 file, 4 papers, 0 duplicates merged, 0 skipped, 0 errors\n');
  });
  it('corrupt deflate data in the middle: the records before it kept, one error naming the corruption', async () => {
    const dir = tmp();
    const gz = Buffer.from(zlib.gzipSync(Buffer.from(jsonl(4000)), { level: 1 }));
    for (let i = Math.floor(gz.length / 2); i < Math.floor(gz.length / 2) + 64; i++) gz[i] ^= 0xa5;
    writeFileSync(path.join(dir, 'corrupt.jsonl.gz'), gz);
    const r = await cli(['read', path.join(dir, 'corrupt.jsonl.gz')]);
    expect(r.code).toBe(0);
    const kept = outLines(r.stdout).length;
    expect(kept).toBeGreaterThan(500);
    expect(kept).toBeLessThan(4000);
    expect(r.stderr).toMatch(/corrupt\.jsonl\.gz(?::\d+)?: error: .*corrupt gzip data/);
  });
  it('a cut-off JSON array in a .json.gz keeps its complete records', async () => {
    const dir = tmp();
    const array = JSON.stringify(Array.from({ length: 50 }, (_, i) => JSON.parse(rec(i + 1))), null, 1);
    const gz = zlib.gzipSync(Buffer.from(array));
    writeFileSync(path.join(dir, 'cut.json.gz'), gz.subarray(0, gz.length - 40));
    const r = await cli(['read', path.join(dir, 'cut.json.gz')]);
    expect(r.code).toBe(0);
    expect(outLines(r.stdout).length).toBeGreaterThan(40);
    expect(r.stderr.match(/error:/g)).toHaveLength(1);
  });
  it('a gzip file cut inside its header is unusable: exit 2, one line', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'head.jsonl.gz'), zlib.gzipSync(Buffer.from(jsonl(3))).subarray(0, 6));
    const r = await cli(['read', path.join(dir, 'head.jsonl.gz')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/head\.jsonl\.gz: truncated gzip file, cut inside its header$/)]);
  });
});

describe('encodings and what reaches the terminal (items 4, 7)', () => {
  it('a UTF-16 file is decoded, and the summary says so', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'u16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('title,abstract\nÜber Sorting,In O(n log n).\nT2,Another.\n', 'utf16le')]));
    const r = await cli(['read', path.join(dir, 'u16.csv')]);
    expect(r.code).toBe(0);
    expect(outLines(r.stdout).map((p) => (p as unknown as { title: string }).title)).toEqual(['Über Sorting', 'T2']);
    expect(r.stderr).toBe('read 1 file (1 decoded from UTF-16LE), 2 papers, 0 duplicates merged, 0 skipped, 0 errors\n');
  });
  it('control bytes from the input and from file names are escaped on stderr', async () => {
    const dir = tmp();
    const evil = path.join(dir, 'evil\u001b[31m.jsonl');
    writeFileSync(evil, `${JSON.stringify({ title: 'Red \u001b[31m title', abstract: 'x' })}\n{"title": "\u001b]0;pwned\u0007\n${rec(3)}\n`);
    const r = await cli(['read', evil]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('evil\\x1b[31m.jsonl:2: invalid JSON');
    expect(r.stderr).toContain('control characters removed (U+001B in its title)');
    const empty = path.join(dir, 'empty\u0007\r\n.json');
    writeFileSync(empty, '');
    const e = await cli(['read', empty]);
    expect(e.code).toBe(2);
    expect(e.stderr).toBe(`boundgraph read: ${dir}/empty\\x07\\r\\n.json: empty file (0 bytes)\n`);
  });
});

describe('temp files (item 5)', () => {
  it('temp files are named after their target and process, and a write that fails leaves none', async () => {
    const dir = tmp();
    expect(path.basename(tempPathFor(path.join(dir, 'claims.json')))).toMatch(new RegExp(`^\\.claims\\.json\\.boundgraph-${process.pid}-[0-9a-f]{8}\\.tmp$`));
    const r = await cli(['read', fixture('listing-page.txt'), '-o', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`boundgraph read: ${dir}: cannot write the output (a directory is in the way)\n`);
    expect(readdirSync(path.dirname(dir)).filter((n) => n.startsWith(`.${path.basename(dir)}.`))).toEqual([]);
  });
  it('a SIGKILLed writer leaves its temp file; the next write of the same target removes it', async () => {
    const dir = tmp();
    const out = path.join(dir, 'papers.jsonl');
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', `
      import { register } from 'tsx/esm/api';
      register();
      const io = await import(${JSON.stringify(path.join(repoRoot, 'src/cli/io.ts'))});
      const s = io.atomicStream(${JSON.stringify(out)});
      await s.write('x'.repeat(3 << 20));
      process.kill(process.pid, 'SIGKILL');
    `], { cwd: repoRoot });
    expect(child.signal).toBe('SIGKILL');
    const left = readdirSync(dir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(new RegExp(`^\\.papers\\.jsonl\\.boundgraph-${child.pid}-[0-9a-f]+\\.tmp$`));
    expect(statSync(path.join(dir, left[0])).size).toBeGreaterThan(1 << 20);
    const r = await cli(['read', fixture('listing-page.txt'), '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['papers.jsonl']);
  });
  it('removeStaleTemps: dead pids and day-old files go (old naming too); live writers and other files stay', async () => {
    const dir = tmp();
    const target = path.join(dir, 'graph.json');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const names = {
      dead: `.graph.json.boundgraph-${dead}-0badc0de.tmp`,
      legacy: `.graph.json.${dead}.1733140000000.tmp`,
      live: `.graph.json.boundgraph-${process.pid}-cafef00d.tmp`,
      oldLive: `.graph.json.boundgraph-${process.ppid}-a1d0a1d0.tmp`,
      other: `.other.json.boundgraph-${dead}-0badc0de.tmp`,
      similar: 'graph.json.boundgraph-1-aa.tmp',
    };
    for (const n of Object.values(names)) writeFileSync(path.join(dir, n), 'x');
    const dayAgo = (Date.now() - 25 * 3600 * 1000) / 1000;
    utimesSync(path.join(dir, names.oldLive), dayAgo, dayAgo);
    const removed = await removeStaleTemps(target);
    expect(removed.map((p) => path.basename(p)).sort()).toEqual([names.dead, names.legacy, names.oldLive].sort());
    expect(readdirSync(dir).sort()).toEqual([names.live, names.other, names.similar].sort());
    await writeFileAtomic(target, '{}');
    expect(readFileSync(target, 'utf8')).toBe('{}');
    expect(existsSync(path.join(dir, names.live))).toBe(true);
  });
});
