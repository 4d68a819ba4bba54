// `boundgraph read` end to end (spawned CLI) and the shell side readPapers: inputs, bad files, exit codes, output.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readPapers, formatReadSummary, formatIssue } from '../../src/cli/inputs.ts';
import { InputError } from '../../src/cli/errors.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(repoRoot, 'test/fixtures/ingest');
const fx = (n: string) => path.join(FIX, n);

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(repoRoot, 'scripts/boundgraph.mjs'), 'read', ...args], { cwd: repoRoot, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err && typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('boundgraph read (CLI)', () => {
  it('reads the bundled sample by default: JSON Lines on stdout, one summary line on stderr, no bar off a TTY', async () => {
    const r = await cli([]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(75);
    const first = JSON.parse(lines[0]);
    expect(Object.keys(first)).toEqual(['id', 'title', 'abstract', 'authors', 'year', 'url', 'source']);
    expect(first.source).toEqual({ file: 'data/papers-page.txt', line: 11, record: 0 });
    expect(r.stderr).toBe('read 1 file, 75 papers, 0 duplicates merged, 0 skipped, 0 errors\n');
  });
  it('-o writes the file atomically and identically on every run; skipped records get their own file:line stderr lines', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bg-read-'));
    const out = path.join(dir, 'papers.jsonl');
    const a = await cli([fx('broken-line.jsonl'), fx('atom-cut-mid-entry.xml'), '-o', out]);
    expect(a.code).toBe(0);
    const first = readFileSync(out);
    expect(first.toString().trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['2401.00001', '2401.00003', '1910.00001', '1910.00002']);
    expect(a.stderr.split('\n')).toEqual([
      expect.stringMatching(/broken-line\.jsonl:2: invalid JSON/),
      expect.stringMatching(/broken-line\.jsonl:5: record "No abstract here" has no abstract/),
      expect.stringMatching(/atom-cut-mid-entry\.xml:14: error: entry cut off by the end of the file$/),
      `read 2 files, 4 papers, 0 duplicates merged, 2 skipped (bad-json 1, no-abstract 1), 1 error → ${out}`,
      '',
    ]);
    await cli([fx('broken-line.jsonl'), fx('atom-cut-mid-entry.xml'), '-o', out]);
    expect(readFileSync(out).equals(first)).toBe(true);
    expect(readdirSync(dir)).toEqual(['papers.jsonl']);
  });
  it('an unusable file: exit 2, one line naming the file and reason, no partial output file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bg-read-'));
    const out = path.join(dir, 'papers.jsonl');
    const r = await cli([fx('listing-page.txt'), fx('png-renamed.json'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([`boundgraph read: ${fx('png-renamed.json')}: binary file (a PNG image)`]);
    expect(readdirSync(dir)).toEqual([]);
  });
  it('bad arguments exit 2', async () => {
    const r = await cli(['--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown format "docx"/);
  });
});

describe('readPapers', () => {
  it.each([
    ['empty.json', /empty\.json: empty file \(0 bytes\)$/],
    ['png-renamed.json', /png-renamed\.json: binary file \(a PNG image\)$/],
    ['atom-truncated-root.xml', /atom-truncated-root\.xml: truncated XML: no complete <entry>/],
  ])('%s named on the command line is unusable', async (name, message) => {
    const err = await readPapers([fx(name)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toContain('\n');
  });
  it('a wrong forced format is unusable; the right one works', async () => {
    await expect(readPapers([fx('s2-data.json')], { format: 'atom' })).rejects.toThrow(/s2-data\.json: .*Atom/);
    await expect(readPapers([fx('atom-feed.xml')], { format: 'csv' })).rejects.toThrow(/atom-feed\.xml: not a paper table/);
    await expect(readPapers([fx('listing-page.txt')], { format: 'bibtex' })).rejects.toThrow(/BibTeX/);
    const r = await readPapers([fx('s2-data.json')], { format: 'semantic-scholar' });
    expect(r.stats.papers).toBe(4); // the cited paper without an abstract is kept for its citation link
  });
  it('a missing input or a glob matching nothing is an InputError', async () => {
    await expect(readPapers([fx('nope.json')])).rejects.toThrow(/nope\.json: no such file or directory/);
    await expect(readPapers([path.join(FIX, '*.nothing')])).rejects.toThrow(/no supported files match/);
  });
  it('globs and directories: every supported file, sorted; unusable files found this way are counted as errors', async () => {
    const g = await readPapers([path.join(FIX, 'dupes-*')]);
    expect(g.stats).toMatchObject({ files: 2, papers: 3, duplicates: 2, errors: 0 });
    const deep = await readPapers([path.join(repoRoot, 'test/**/dupes-?.csv')]);
    expect(deep.issues).toEqual([]);
    expect(deep.papers.map((p) => path.relative(repoRoot, p.source.file))).toEqual(['test/fixtures/ingest/dupes-b.csv', 'test/fixtures/ingest/dupes-b.csv']);
    const d = await readPapers([FIX]);
    // 3 unusable files, and 2 files cut off at the end whose complete records are kept
    expect(d.stats.errors).toBe(5);
    expect(d.issues.filter((i) => i.kind === 'fatal').map((i) => path.basename(i.file))).toEqual([
      'atom-truncated-root.xml', 'empty.json', 'png-renamed.json',
    ]);
    expect(d.issues.filter((i) => i.kind === 'error').map((i) => path.basename(i.file))).toEqual(['atom-cut-mid-entry.xml', 'truncated.jsonl.gz']);
    expect(d.stats.files).toBe(14);
    expect(formatReadSummary(d)).toMatch(/^read 14 files, \d+ papers, \d+ duplicates merged, 7 skipped \(no-abstract 5, bad-bibtex 1, bad-json 1\), 5 errors$/);
    expect(formatIssue(d.issues.find((i) => i.kind === 'fatal')!)).toMatch(/atom-truncated-root\.xml: error: truncated XML/);
  });
  it('onPaper ticks once per paper read (before dedupe), for the progress bar', async () => {
    let ticks = 0;
    const r = await readPapers([fx('dupes-a.jsonl'), fx('dupes-b.csv')], { onPaper: () => ticks++ });
    expect(ticks).toBe(5);
    expect(r.papers).toHaveLength(3);
  });
  it('a gzip file is read whatever its name, and a .json holding JSON Lines is streamed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bg-read-'));
    const renamed = path.join(dir, 'listing.json');
    writeFileSync(renamed, readFileSync(fx('daily-listing.jsonl.gz')));
    const r = await readPapers([renamed]);
    expect(r.stats.papers).toBe(9);
    expect(existsSync(renamed)).toBe(true);
  });
});
