// Shell side of ingest used by every command: resolves inputs (files, directories, globs), opens and gunzips them,
// sniffs or forces the format, streams text to the pure readers, collects ReadIssues and dedupes.
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import {
  Deduper, SUPPORTED_EXTENSIONS, createAtomReader, createJsonlReader, isGzip, readDocument, sniffFormat, countingSink,
  type FormatName, type Paper, type ReadIssue, type ReadSink,
} from '../ingest/index.ts';
import { InputError } from './errors.ts';

export interface ReadResult {
  papers: Paper[];
  issues: ReadIssue[];
  stats: { files: number; papers: number; duplicates: number; skipped: Record<string, number>; errors: number };
}

export interface ReadOptions {
  format?: FormatName;
  onPaper?: () => void;
}

/** Absolute path of the bundled sample, every command's default input. */
export const DEFAULT_INPUT: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/papers-page.txt');

// JSON Lines and Atom are streamed (line by line, chunk by chunk); the other formats are read whole,
// as their parsers need the full text (such files are small in practice).
const HEAD_BYTES = 64 * 1024;

interface InputFile {
  /** the path as the user wrote it (or joined under the directory they named): what messages show */
  label: string;
  abs: string;
  /** named on the command line (an unusable one fails the run) rather than found by a directory scan or glob */
  explicit: boolean;
}

function hasGlob(s: string): boolean {
  return /[*?[]/.test(s);
}

function globSegmentRegex(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 1);
      if (close < 0) { re += '\\['; continue; }
      const body = seg.slice(i + 1, close).replace(/\\/g, '\\\\');
      re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
      i = close;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

async function isDir(p: string): Promise<boolean> {
  try { return (await fs.stat(p)).isDirectory(); } catch { return false; }
}

/** Expand a glob (`*`, `?`, `[...]`, `**`) segment by segment; results sorted. */
async function expandGlob(pattern: string): Promise<string[]> {
  const parts = pattern.split(/[\\/]/);
  let bases = [parts[0] === '' ? '/' : ''];
  let i = parts[0] === '' ? 1 : 0;
  for (; i < parts.length; i++) {
    const seg = parts[i];
    const next: string[] = [];
    if (seg === '**') {
      // zero or more directories
      const stack = [...bases];
      while (stack.length) {
        const b = stack.pop()!;
        next.push(b);
        let names: string[] = [];
        try { names = await fs.readdir(b || '.'); } catch { continue; }
        for (const n of names) if (!n.startsWith('.') && (await isDir(path.join(b || '.', n)))) stack.push(path.join(b, n));
      }
    } else if (!hasGlob(seg)) {
      for (const b of bases) next.push(b ? path.join(b, seg) : seg);
    } else {
      const re = globSegmentRegex(seg);
      for (const b of bases) {
        let names: string[] = [];
        try { names = await fs.readdir(b || '.'); } catch { continue; }
        for (const n of names) if (re.test(n) && (seg.startsWith('.') || !n.startsWith('.'))) next.push(b ? path.join(b, n) : n);
      }
    }
    bases = [...new Set(next)];
  }
  const files: string[] = [];
  for (const b of bases) {
    try { if ((await fs.stat(b)).isFile()) files.push(b); } catch { /* vanished */ }
  }
  return files.sort();
}

function supported(name: string): boolean {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  return SUPPORTED_EXTENSIONS.some((ext) => base.endsWith(ext));
}

/** Every supported file under a directory (recursively, hidden entries skipped), sorted by path. */
async function scanDir(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await fs.readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && supported(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out.sort();
}

async function resolveInputs(inputs: string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const input of inputs) {
    let stat: Awaited<ReturnType<typeof fs.stat>> | null = null;
    try { stat = await fs.stat(input); } catch { stat = null; }
    if (stat?.isDirectory()) {
      const found = await scanDir(input);
      if (!found.length) throw new InputError(`${input}: directory has no supported input files (${SUPPORTED_EXTENSIONS.join(' ')}, optionally .gz)`);
      for (const f of found) files.push({ label: f, abs: path.resolve(f), explicit: false });
    } else if (stat) {
      files.push({ label: input, abs: path.resolve(input), explicit: true });
    } else if (hasGlob(input)) {
      const found = (await expandGlob(input)).filter(supported);
      if (!found.length) throw new InputError(`${input}: no supported files match this pattern`);
      for (const f of found) files.push({ label: f, abs: path.resolve(f), explicit: false });
    } else {
      throw new InputError(`${input}: no such file or directory`);
    }
  }
  // the same file named twice (say, directly and through a glob) is read once
  const seen = new Set<string>();
  return files.filter((f) => (seen.has(f.abs) ? false : (seen.add(f.abs), true)));
}

/** A file's bytes as a stream of chunks, gunzipped when it starts with the gzip magic. */
async function openChunks(abs: string): Promise<{ chunks: AsyncIterator<Buffer>; gz: boolean }> {
  const handle = await fs.open(abs, 'r');
  const magic = Buffer.alloc(2);
  let n = 0;
  try { n = (await handle.read(magic, 0, 2, 0)).bytesRead; } finally { await handle.close(); }
  const gz = n === 2 && isGzip(magic);
  const raw: Readable = createReadStream(abs, { highWaterMark: HEAD_BYTES });
  const stream: Readable = gz ? raw.pipe(createGunzip()) : raw;
  if (gz) raw.on('error', (err) => stream.destroy(err));
  return { chunks: stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>, gz };
}

function gzipMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return /unexpected end/i.test(msg) ? 'truncated gzip file (unexpected end of data)' : `corrupt gzip data (${msg})`;
}

/** Read one file into the sink; returns a reason when it is unusable (nothing from it may be kept). */
async function readOneFile(file: InputFile, forced: FormatName | undefined, sink: ReadSink): Promise<string | null> {
  let opened: Awaited<ReturnType<typeof openChunks>>;
  try { opened = await openChunks(file.abs); } catch (err) {
    return `cannot open (${err instanceof Error ? err.message : String(err)})`;
  }
  const { chunks, gz } = opened;
  const next = async (): Promise<Buffer | null> => {
    try {
      const r = await chunks.next();
      return r.done ? null : r.value;
    } catch (err) {
      throw new Error(gz ? gzipMessage(err) : `read error (${err instanceof Error ? err.message : String(err)})`);
    }
  };
  try {
    // the head: enough decompressed bytes to sniff
    const headChunks: Buffer[] = [];
    let headLen = 0;
    while (headLen < HEAD_BYTES) {
      const c = await next();
      if (!c) break;
      headChunks.push(c);
      headLen += c.length;
    }
    const head = Buffer.concat(headChunks);
    const decoder = new TextDecoder('utf-8');
    const sniffed = sniffFormat(file.label, head, decoder.decode(head.subarray(0, 8192), { stream: false }));
    if (sniffed.kind === 'unusable') return sniffed.reason;
    const format = forced ?? sniffed.format;
    const delimiter = sniffed.delimiter ?? (/\.(tsv|tab)(\.gz)?$/i.test(file.label) ? '\t' : ',');

    const textDecoder = new TextDecoder('utf-8');
    let first = true;
    const decode = (buf: Buffer | null): string => {
      let s = buf ? textDecoder.decode(buf, { stream: true }) : textDecoder.decode();
      if (first && s) { first = false; if (s.charCodeAt(0) === 0xfeff) s = s.slice(1); }
      return s;
    };
    const pump = async (onText: (s: string) => void): Promise<void> => {
      onText(decode(head));
      for (let c = await next(); c; c = await next()) onText(decode(c));
      onText(decode(null));
    };

    if (format === 'jsonl') {
      const { sink: counted, counts } = countingSink(sink);
      const reader = createJsonlReader(file.label, counted, format);
      let carry = '';
      let lineNo = 0;
      await pump((s) => {
        carry += s;
        let start = 0;
        for (let nl = carry.indexOf('\n', start); nl >= 0; nl = carry.indexOf('\n', start)) {
          reader.line(carry.slice(start, nl), ++lineNo);
          start = nl + 1;
        }
        carry = carry.slice(start);
      });
      if (carry) reader.line(carry, ++lineNo);
      if (!reader.parsedLines) return counts.skipped ? 'no line is valid JSON (read as JSON Lines)' : 'no JSON records found (read as JSON Lines)';
      return null;
    }
    if (format === 'atom') {
      const { sink: counted, counts } = countingSink(sink);
      const reader = createAtomReader(file.label, counted);
      await pump((s) => { if (s) reader.write(s); });
      const stats = reader.close();
      if (!counts.papers && !counts.skipped) {
        return stats.errors.length ? `not readable as Atom XML: ${stats.errors[0]}` : 'no Atom <entry> elements found (read as Atom XML)';
      }
      if (!stats.entries) return `truncated XML: no complete <entry>${stats.errors.length ? ` (${stats.errors[0]})` : ''}`;
      return null;
    }
    const parts: string[] = [];
    await pump((s) => { if (s) parts.push(s); });
    const result = readDocument(parts.join(''), format, file.label, sink, { delimiter });
    return result.fatal;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Read every input (files, directories, globs) into deduplicated Papers.
 * Throws InputError when an input is missing, or a file named on the command line is unusable as any format;
 * an unusable file found by a directory scan or glob is reported as an error issue and the rest is read.
 */
export async function readPapers(inputs: string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const list = inputs.length ? inputs : [path.relative(process.cwd(), DEFAULT_INPUT) || DEFAULT_INPUT];
  const files = await resolveInputs(list);
  const dedupe = new Deduper();
  const issues: ReadIssue[] = [];
  const skipped: Record<string, number> = {};
  let errors = 0;
  let read = 0;
  for (const file of files) {
    // papers are buffered per file so an unusable file contributes nothing
    const filePapers: Paper[] = [];
    const fileIssues: ReadIssue[] = [];
    const fatal = await readOneFile(file, opts.format, {
      paper(p) { filePapers.push(p); opts.onPaper?.(); },
      issue(i) { fileIssues.push(i); },
    });
    if (fatal) {
      if (file.explicit) throw new InputError(`${file.label}: ${fatal}`);
      errors++;
      issues.push({ file: file.label, line: null, record: null, message: fatal, kind: 'fatal', reason: 'unusable-file' });
      continue;
    }
    read++;
    for (const p of filePapers) dedupe.add(p);
    for (const i of fileIssues) {
      issues.push(i);
      if (i.kind === 'skipped') skipped[i.reason] = (skipped[i.reason] ?? 0) + 1;
      else errors++;
    }
  }
  const papers = dedupe.papers;
  return { papers, issues, stats: { files: read, papers: papers.length, duplicates: dedupe.duplicates, skipped, errors } };
}

/** `file:line: message` (or `file: record N: message` when the format has no line numbers). */
export function formatIssue(i: ReadIssue): string {
  const where = i.line !== null ? `${i.file}:${i.line}` : i.record !== null ? `${i.file}: record ${i.record + 1}` : i.file;
  return `${where}: ${i.kind === 'fatal' ? 'error: ' : ''}${i.message}`;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The one-line stderr summary: files, papers, duplicates merged, skipped (reasons counted), errors. */
export function formatReadSummary(r: ReadResult): string {
  const s = r.stats;
  const skippedTotal = Object.values(s.skipped).reduce((a, b) => a + b, 0);
  const reasons = Object.entries(s.skipped).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`);
  return [
    `read ${plural(s.files, 'file')}`,
    plural(s.papers, 'paper'),
    `${plural(s.duplicates, 'duplicate')} merged`,
    `${skippedTotal.toLocaleString('en-US')} skipped${reasons.length ? ` (${reasons.join(', ')})` : ''}`,
    plural(s.errors, 'error'),
  ].join(', ');
}
