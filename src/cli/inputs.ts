// Shell side of ingest used by every command: resolves inputs (files, directories, globs), opens and gunzips them,
// sniffs or forces the format, streams text to the pure readers, collects ReadIssues and dedupes.
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { createInflateRaw } from 'node:zlib';
import type { Readable } from 'node:stream';
import {
  Deduper, SUPPORTED_EXTENSIONS, createAtomReader, createJsonlReader, detectEncoding, isGzip, readDocument, sniffFormat, countingSink,
  type FormatName, type Paper, type ReadIssue, type ReadSink,
} from '../ingest/index.ts';
import { InputError, escapeForTerminal } from './errors.ts';
import { globMatcher } from './glob.ts';

export interface ReadResult {
  papers: Paper[];
  issues: ReadIssue[];
  stats: { files: number; papers: number; duplicates: number; skipped: Record<string, number>; errors: number };
  /** files decoded from something other than UTF-8, by encoding; warnings (kept records changed, ignored bytes) */
  notes: { decoded: Record<string, number>; warnings: number; emptyPartitions?: number };
}

export interface ReadOptions {
  format?: FormatName;
  onPaper?: () => void;
  /** an empty file (nothing but whitespace, gzip'd or not) is an empty partition: no papers, no error (extract, build) */
  emptyPartitions?: boolean;
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
  /** `-`: standard input */
  stdin?: boolean;
}

/** The input name that means standard input. */
export const STDIN = '-';
const STDIN_LABEL = '<stdin>';

function hasGlob(s: string): boolean {
  return /[*?[]/.test(s);
}

/** A directory that is not a symlink: `**` does not follow links, so a link loop cannot make it run forever. */
async function isRealDir(p: string): Promise<boolean> {
  try { return (await fs.lstat(p)).isDirectory(); } catch { return false; }
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
        for (const n of names) if (!n.startsWith('.') && (await isRealDir(path.join(b || '.', n)))) stack.push(path.join(b, n));
      }
    } else if (!hasGlob(seg)) {
      for (const b of bases) next.push(b ? path.join(b, seg) : seg);
    } else {
      const matches = globMatcher(seg);
      for (const b of bases) {
        let names: string[] = [];
        try { names = await fs.readdir(b || '.'); } catch { continue; }
        for (const n of names) if (matches(n) && (seg.startsWith('.') || !n.startsWith('.'))) next.push(b ? path.join(b, n) : n);
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
    if (input === STDIN) {
      if (!files.some((f) => f.stdin)) files.push({ label: STDIN_LABEL, abs: STDIN, explicit: true, stdin: true });
      continue;
    }
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

/** What went wrong decompressing a gzip file: the data ended early, or bytes that are not gzip followed it. */
interface GunzipStatus {
  /** why the decompressed data ends before the file's data does (cut, corrupt); null when it is complete */
  cut: string | null;
  /** non-zero bytes after the last complete gzip member, ignored */
  trailing: boolean;
  /** a member's CRC-32 or length does not match its data: corrupt data that still inflated */
  checksum: boolean;
}

/** Length of the gzip member header at the start of `b`, 'more' when it needs more bytes, 'bad' when it is none. */
function gzipHeaderLength(b: Buffer): number | 'more' | 'bad' {
  if ((b.length >= 1 && b[0] !== 0x1f) || (b.length >= 2 && b[1] !== 0x8b) || (b.length >= 3 && b[2] !== 8)) return 'bad';
  if (b.length < 10) return 'more';
  const flags = b[3];
  let p = 10;
  if (flags & 4) { if (b.length < p + 2) return 'more'; p += 2 + (b[p] | (b[p + 1] << 8)); if (b.length < p) return 'more'; }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const zero = b.indexOf(0, p);
    if (zero < 0) return 'more';
    p = zero + 1;
  }
  if (flags & 2) { p += 2; if (b.length < p) return 'more'; }
  return p;
}

const MAX_GZIP_HEADER = 1 << 20;
// zlib.crc32 arrived in Node 20.15; on older versions only the length is checked
const crc32 = (zlib as { crc32?: (data: Buffer, value?: number) => number }).crc32;

/**
 * Decompress gzip data member by member with raw inflate. Unlike zlib's gunzip stream, which on a cut or corrupt
 * stream, or on garbage after the last member, throws away the output of the chunk it was working on, this keeps
 * every byte decoded before the damage and says in `status` what happened; the caller reports it once.
 */
async function* gunzip(source: AsyncIterator<Buffer>, status: GunzipStatus): AsyncGenerator<Buffer> {
  let pending: Buffer = Buffer.alloc(0);
  let eof = false;
  // the next raw chunk is read while inflate works on the current one
  let prefetched: Promise<IteratorResult<Buffer>> | null = null;
  const nextRaw = (): Promise<IteratorResult<Buffer>> => {
    const p = prefetched ?? source.next();
    prefetched = null;
    return p;
  };
  const prefetch = () => {
    if (eof || prefetched) return;
    prefetched = source.next();
    prefetched.catch(() => {}); // a read error surfaces where the chunk is awaited
  };
  const pull = async (): Promise<boolean> => {
    if (eof) return false;
    const r = await nextRaw();
    if (r.done) { eof = true; return false; }
    pending = pending.length ? Buffer.concat([pending, r.value]) : r.value;
    return true;
  };
  try {
    for (let member = 0; ; member++) {
      let header = gzipHeaderLength(pending);
      while (header === 'more' && pending.length < MAX_GZIP_HEADER && (await pull())) header = gzipHeaderLength(pending);
      if (typeof header !== 'number') {
        if (member === 0) status.cut = header === 'more' && pending.length < MAX_GZIP_HEADER ? 'truncated gzip file, cut inside its header' : 'corrupt gzip header';
        else if (pending.some((b) => b !== 0)) status.trailing = true; // zero padding after the data is common and fine
        return;
      }
      const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
      const out: Buffer[] = [];
      let ended = false;
      let error: Error | null = null;
      let writing = false;
      let wake: (() => void) | null = null;
      const signal = () => { const w = wake; wake = null; w?.(); };
      inflate.on('data', (d: Buffer) => { out.push(d); signal(); });
      inflate.on('end', () => { ended = true; signal(); });
      inflate.on('error', (e: Error) => { error = e; signal(); });
      let fed = 0;
      let last: Buffer = Buffer.alloc(0);
      let crc = 0;
      let size = 0;
      // one write in flight at a time, so what inflate did not consume when its stream ends is the tail of `last`
      const write = (chunk: Buffer) => {
        writing = true;
        fed += chunk.length;
        last = chunk;
        inflate.write(chunk, () => setImmediate(() => { writing = false; signal(); }));
        prefetch();
      };
      const body = pending.subarray(header);
      pending = Buffer.alloc(0);
      if (body.length) write(body);
      for (;;) {
        while (out.length) {
          const chunk = out.shift()!;
          if (crc32) crc = crc32(chunk, crc);
          size = (size + chunk.length) % 0x100000000;
          yield chunk;
        }
        if (error || ended) break;
        if (writing) { await new Promise<void>((resolve) => { wake = resolve; }); continue; }
        const r = eof ? null : await nextRaw();
        if (!r || r.done) {
          eof = true;
          inflate.destroy();
          status.cut = 'truncated gzip file, unexpected end of data';
          return;
        }
        write(r.value);
      }
      if (error) {
        inflate.destroy();
        status.cut = `corrupt gzip data, ${(error as Error).message}`;
        return;
      }
      const unused = fed - inflate.bytesWritten;
      pending = unused > 0 ? last.subarray(last.length - unused) : Buffer.alloc(0);
      while (pending.length < 8 && (await pull()));
      if (pending.length < 8) { status.cut = 'truncated gzip file, its trailer is missing'; return; }
      if ((crc32 && pending.readUInt32LE(0) !== crc >>> 0) || pending.readUInt32LE(4) !== size) status.checksum = true;
      pending = pending.subarray(8);
      if (!pending.length && !(await pull())) return;
    }
  } finally {
    await source.return?.();
  }
}

/** Standard input as chunks, decompressed when it starts with the gzip magic (peeked, then replayed). */
async function openStdin(status: GunzipStatus): Promise<{ chunks: AsyncIterator<Buffer>; gz: boolean }> {
  const raw = (process.stdin[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>);
  const asBuffer = (c: Buffer | string) => (typeof c === 'string' ? Buffer.from(c) : c);
  const peeked: Buffer[] = [];
  let len = 0;
  let ended = false;
  while (len < 2) {
    const r = await raw.next();
    if (r.done) { ended = true; break; }
    const b = asBuffer(r.value);
    peeked.push(b);
    len += b.length;
  }
  const head = Buffer.concat(peeked);
  const gz = head.length >= 2 && isGzip(head.subarray(0, 2));
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length) yield head;
    if (ended) return;
    for (let r = await raw.next(); !r.done; r = await raw.next()) yield asBuffer(r.value);
  }
  const chunks = replay();
  return { chunks: gz ? gunzip(chunks, status) : chunks, gz };
}

/** A file's bytes as a stream of chunks, decompressed when it starts with the gzip magic. */
async function openChunks(abs: string, status: GunzipStatus): Promise<{ chunks: AsyncIterator<Buffer>; gz: boolean }> {
  if (abs === STDIN) return openStdin(status);
  const handle = await fs.open(abs, 'r');
  const magic = Buffer.alloc(2);
  let n = 0;
  try { n = (await handle.read(magic, 0, 2, 0)).bytesRead; } finally { await handle.close(); }
  const gz = n === 2 && isGzip(magic);
  const raw: Readable = createReadStream(abs, { highWaterMark: HEAD_BYTES });
  const rawChunks = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return { chunks: gz ? gunzip(rawChunks, status) : rawChunks, gz };
}

/** Lines longer than this (one JSON Lines record) are skipped without being held in memory. */
const MAX_LINE = 64 * 1024 * 1024;
/** Formats read whole (JSON, BibTeX, CSV, pages) are refused above this much text: V8 strings stop at ~512 M. */
const MAX_DOCUMENT = 256 * 1024 * 1024;

/** Counts U+FFFD that came from undecodable bytes (not from EF BF BD sequences in the file itself). */
function replacementCounter() {
  let tail: Buffer = Buffer.alloc(0);
  let replaced = 0;
  const SEQ = Buffer.from([0xef, 0xbf, 0xbd]);
  return {
    add(raw: Buffer | null, text: string): void {
      let inText = 0;
      for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) inText++;
      if (inText && raw) {
        const hay = tail.length ? Buffer.concat([tail, raw]) : raw;
        for (let i = hay.indexOf(SEQ); i >= 0; i = hay.indexOf(SEQ, i + 3)) inText--;
      }
      if (raw) tail = raw.subarray(Math.max(0, raw.length - 2));
      replaced += Math.max(0, inText);
    },
    get count(): number { return replaced; },
  };
}

/**
 * Splits streamed text into lines for `onLine` (line numbers from 1). Only new text is searched for newlines and a
 * long line is kept as pieces, so the work is linear in the input; a line longer than MAX_LINE is not kept and reaches
 * `onLine` as null. `onLine` returning false stops it (feed then returns false). `rest` is what follows the last
 * newline ('' when nothing; null when too long) with the number that line would have.
 */
function lineSplitter(onLine: (line: string | null, lineNo: number) => boolean | void) {
  let pieces: string[] = [];
  let piecesLength = 0;
  let tooLong = false;
  let lineNo = 0;
  let stopped = false;
  return {
    feed(s: string): boolean {
      let start = 0;
      for (let nl = s.indexOf('\n'); nl >= 0 && !stopped; nl = s.indexOf('\n', start)) {
        const line = tooLong ? null : pieces.length ? pieces.join('') + s.slice(start, nl) : s.slice(start, nl);
        pieces = [];
        piecesLength = 0;
        tooLong = false;
        start = nl + 1;
        if (onLine(line, ++lineNo) === false) stopped = true;
      }
      if (!stopped && start < s.length && !tooLong) {
        pieces.push(start ? s.slice(start) : s);
        piecesLength += s.length - start;
        if (piecesLength > MAX_LINE) { tooLong = true; pieces = []; }
      }
      return !stopped;
    },
    rest(): { text: string | null; lineNo: number } {
      return { text: tooLong ? null : pieces.join(''), lineNo: lineNo + 1 };
    },
  };
}

interface FileOutcome {
  /** why the file is unusable (nothing from it may be kept), or null */
  fatal: string | null;
  /** the file held nothing but whitespace and was read as an empty partition */
  empty?: boolean;
  /** the encoding it was decoded from when not UTF-8 (for the summary line) */
  decodedFrom: string | null;
}

/** Does the decompressed text start (after a BOM and whitespace) with `{`? */
function jsonObjectStart(chunks: Buffer[]): boolean {
  for (const c of chunks) {
    let i = 0;
    if (c === chunks[0] && c[0] === 0xef && c[1] === 0xbb && c[2] === 0xbf) i = 3;
    for (; i < c.length; i++) {
      const b = c[i];
      if (b === 32 || b === 9 || b === 10 || b === 13) continue;
      return b === 0x7b;
    }
  }
  return false;
}

/** Is there a newline after the first non-whitespace byte (so the first line is complete)? */
function lineEndAfterContent(chunks: Buffer[]): boolean {
  let content = false;
  for (const c of chunks) {
    for (let i = 0; i < c.length; i++) {
      const b = c[i];
      if (b === 10) { if (content) return true; } else if (b !== 32 && b !== 9 && b !== 13) content = true;
    }
  }
  return false;
}

/**
 * Read one file into the sink; says why it is unusable, if it is. `pause`, when given, is awaited after each
 * chunk of streamed formats (JSON Lines, Atom): a consumer that falls behind holds the reader back.
 */
async function readOneFile(file: InputFile, forced: FormatName | undefined, sink: ReadSink, pause?: () => Promise<void> | undefined, emptyPartitions = false): Promise<FileOutcome> {
  const status: GunzipStatus = { cut: null, trailing: false, checksum: false };
  let opened: Awaited<ReturnType<typeof openChunks>>;
  try { opened = await openChunks(file.abs, status); } catch (err) {
    return { fatal: `cannot open (${err instanceof Error ? err.message : String(err)})`, decodedFrom: null };
  }
  const { chunks } = opened;
  const next = async (): Promise<Buffer | null> => {
    try {
      const r = await chunks.next();
      return r.done ? null : r.value;
    } catch (err) {
      throw new Error(`read error (${err instanceof Error ? err.message : String(err)})`);
    }
  };
  const issue = (line: number | null, kind: ReadIssue['kind'], reason: string, message: string) =>
    sink.issue({ file: file.label, line, record: null, message, kind, reason });
  let decodedFrom: string | null = null;
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
    // JSON whose first record is longer than the head: read on to the end of that record (its line), so the format is
    // told by a complete record (JSON Lines) and not by a cut one (which reads as one big JSON document)
    if (jsonObjectStart(headChunks) && !lineEndAfterContent(headChunks)) {
      for (let c = await next(); c; c = await next()) {
        headChunks.push(c);
        headLen += c.length;
        if (c.includes(10) || headLen > MAX_LINE) break;
      }
    }
    const head = Buffer.concat(headChunks);
    if (!head.length && status.cut) return { fatal: status.cut, decodedFrom };
    // an empty standard input, or an empty partition file where partitions are read (Spark, Hadoop and parallel
    // runners make them): no papers, no error
    if ((file.stdin || emptyPartitions) && head.every((b) => b === 32 || b === 9 || b === 10 || b === 13)) return { fatal: null, decodedFrom, empty: true };
    const encoding = detectEncoding(head);
    decodedFrom = encoding.label;
    const sample = new TextDecoder(encoding.encoding).decode(head);
    const sniffed = sniffFormat(file.label, head, sample);
    if (sniffed.kind === 'unusable') return { fatal: sniffed.reason, decodedFrom: null };
    const format = forced ?? sniffed.format;
    const delimiter = sniffed.delimiter ?? (/\.(tsv|tab)(\.gz)?$/i.test(file.label) ? '\t' : ',');

    const textDecoder = new TextDecoder(encoding.encoding);
    const replaced = encoding.encoding === 'utf-8' ? replacementCounter() : null;
    let first = true;
    const decode = (buf: Buffer | null): string => {
      let s = buf ? textDecoder.decode(buf, { stream: true }) : textDecoder.decode();
      replaced?.add(buf, s);
      if (first && s) { first = false; if (s.charCodeAt(0) === 0xfeff) s = s.slice(1); }
      return s;
    };
    const pump = async (onText: (s: string) => boolean | void): Promise<void> => {
      if (onText(decode(head)) === false) return;
      await pause?.();
      for (let c = await next(); c; c = await next()) {
        if (onText(decode(c)) === false) return;
        await pause?.();
      }
      onText(decode(null));
    };
    const finishFile = () => {
      if (status.trailing) issue(null, 'warning', 'gzip-trailing-bytes', 'bytes after the end of the gzip data were ignored');
      if (status.checksum) issue(null, 'error', 'gzip-checksum', 'corrupt gzip data, checksum mismatch: some records read from it may be damaged');
      if (replaced?.count) {
        issue(null, 'warning', 'invalid-utf8', `${replaced.count.toLocaleString('en-US')} byte sequence${replaced.count === 1 ? ' is' : 's are'} not valid UTF-8 and became U+FFFD`);
      }
    };

    if (format === 'jsonl') {
      const { sink: counted, counts } = countingSink(sink);
      const reader = createJsonlReader(file.label, counted, format);
      const skipLong = (at: number) => issue(at, 'skipped', 'too-long', `line longer than ${MAX_LINE / (1024 * 1024)} MB: skipped`);
      const lines = lineSplitter((line, n) => { if (line === null) skipLong(n); else reader.line(line, n); });
      await pump((s) => { lines.feed(s); });
      const tail = lines.rest();
      if (tail.text === null) skipLong(tail.lineNo);
      reader.finish(tail.text ?? '', tail.lineNo, status.cut);
      finishFile();
      if (!reader.parsedLines) {
        return { fatal: status.cut ?? (counts.skipped || counts.errors ? 'no line is valid JSON (read as JSON Lines)' : 'no JSON records found (read as JSON Lines)'), decodedFrom };
      }
      return { fatal: null, decodedFrom };
    }
    if (format === 'atom') {
      const { sink: counted, counts } = countingSink(sink);
      const reader = createAtomReader(file.label, counted);
      await pump((s) => { if (s) reader.write(s); });
      const stats = reader.close(status.cut);
      finishFile();
      if (!counts.papers && !counts.skipped && !stats.entries) {
        if (status.cut) return { fatal: status.cut, decodedFrom };
        if (!stats.cut) return { fatal: stats.errors.length ? `not readable as Atom XML: ${stats.errors[0]}` : 'no Atom <entry> elements found (read as Atom XML)', decodedFrom };
      }
      if (!stats.entries) return { fatal: `truncated XML: no complete <entry>${stats.errors.length ? ` (${stats.errors[0]})` : ''}`, decodedFrom };
      return { fatal: null, decodedFrom };
    }
    const parts: string[] = [];
    let total = 0;
    await pump((s) => {
      if (!s) return;
      total += s.length;
      if (total > MAX_DOCUMENT) return false;
      parts.push(s);
    });
    if (total > MAX_DOCUMENT) {
      return { fatal: `too large to read as one document (over ${MAX_DOCUMENT / (1024 * 1024)} MB of text); split it, or convert it to JSON Lines, which is streamed`, decodedFrom };
    }
    const text = parts.join('');
    const { sink: counted, counts } = countingSink(sink);
    const result = readDocument(text, format, file.label, counted, { delimiter, cut: status.cut });
    finishFile();
    if (result.fatal && status.cut && !counts.papers) return { fatal: `${status.cut}; ${result.fatal}`, decodedFrom };
    return { fatal: result.fatal, decodedFrom };
  } catch (err) {
    return { fatal: err instanceof Error ? err.message : String(err), decodedFrom };
  } finally {
    await chunks.return?.();
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
  const decoded: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let read = 0;
  let emptyPartitions = 0;
  for (const file of files) {
    // papers are buffered per file so an unusable file contributes nothing
    const filePapers: Paper[] = [];
    const fileIssues: ReadIssue[] = [];
    const outcome = await readOneFile(file, opts.format, {
      paper(p) { filePapers.push(p); opts.onPaper?.(); },
      issue(i) { fileIssues.push(i); },
    }, undefined, opts.emptyPartitions);
    if (outcome.empty) { emptyPartitions++; continue; }
    if (outcome.fatal) {
      const fatal = outcome.decodedFrom ? `${outcome.fatal} (decoded from ${outcome.decodedFrom})` : outcome.fatal;
      if (file.explicit) throw new InputError(`${file.label}: ${fatal}`);
      errors++;
      issues.push({ file: file.label, line: null, record: null, message: fatal, kind: 'fatal', reason: 'unusable-file' });
      continue;
    }
    read++;
    if (outcome.decodedFrom) decoded[outcome.decodedFrom] = (decoded[outcome.decodedFrom] ?? 0) + 1;
    for (const p of filePapers) dedupe.add(p);
    for (const i of fileIssues) {
      issues.push(i);
      if (i.kind === 'skipped') skipped[i.reason] = (skipped[i.reason] ?? 0) + 1;
      else if (i.kind === 'warning') warnings++;
      else errors++;
    }
  }
  const papers = dedupe.papers;
  return {
    papers, issues,
    stats: { files: read, papers: papers.length, duplicates: dedupe.duplicates, skipped, errors },
    notes: { decoded, warnings, emptyPartitions },
  };
}

/**
 * The lines of one file (gzip'd or not, `-` for standard input), streamed with constant memory: for claims JSON
 * Lines, which are not papers. `stop` from onLine ends the read early. A cut gzip file keeps its complete lines and
 * says so in the result.
 */
export async function forEachLine(file: string, onLine: (line: string | null, lineNo: number) => boolean | void): Promise<{ cut: string | null }> {
  const status: GunzipStatus = { cut: null, trailing: false, checksum: false };
  const { chunks } = await openChunks(file === STDIN ? STDIN : path.resolve(file), status);
  const decoder = new TextDecoder('utf-8');
  const crlf = (line: string | null) => (line !== null && line.endsWith('\r') ? line.slice(0, -1) : line);
  const lines = lineSplitter((line, n) => onLine(crlf(line), n));
  let stopped = false;
  try {
    for (let r = await chunks.next(); !r.done && !stopped; r = await chunks.next()) stopped = !lines.feed(decoder.decode(r.value, { stream: true }));
    if (!stopped && lines.feed(decoder.decode())) {
      const tail = lines.rest();
      if (tail.text !== '') onLine(crlf(tail.text), tail.lineNo);
    }
  } finally {
    await chunks.return?.();
  }
  return { cut: stopped ? null : status.cut };
}

export interface StreamReadOptions {
  format?: FormatName;
  /** every paper, in input order, as soon as it is read (no buffering per file, no merging of duplicates) */
  onPaper: (p: Paper) => void;
  onIssue: (i: ReadIssue) => void;
  /** awaited after each chunk of input: return a promise to hold the reader back */
  pause?: () => Promise<void> | undefined;
  /** see ReadOptions.emptyPartitions */
  emptyPartitions?: boolean;
}

/**
 * Read every input as a stream, for `extract --jsonl`: papers go to `onPaper` in input order the moment they are
 * read, so memory stays flat whatever the corpus size. Duplicates are not merged here (that needs the whole corpus;
 * `build` merges them); an unusable file is reported and skipped, and fails the run (InputError) only when it was
 * named explicitly and nothing was read from it.
 */
export async function streamPapers(inputs: string[], opts: StreamReadOptions): Promise<ReadResult['stats'] & { notes: ReadResult['notes'] }> {
  const list = inputs.length ? inputs : [path.relative(process.cwd(), DEFAULT_INPUT) || DEFAULT_INPUT];
  const files = await resolveInputs(list);
  const skipped: Record<string, number> = {};
  const decoded: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let read = 0;
  let papers = 0;
  let emptyPartitions = 0;
  for (const file of files) {
    let fromFile = 0;
    const outcome = await readOneFile(file, opts.format, {
      paper(p) { fromFile++; papers++; opts.onPaper(p); },
      issue(i) {
        if (i.kind === 'skipped') skipped[i.reason] = (skipped[i.reason] ?? 0) + 1;
        else if (i.kind === 'warning') warnings++;
        else errors++;
        opts.onIssue(i);
      },
    }, opts.pause, opts.emptyPartitions);
    if (outcome.empty) { emptyPartitions++; continue; }
    if (outcome.fatal) {
      const fatal = outcome.decodedFrom ? `${outcome.fatal} (decoded from ${outcome.decodedFrom})` : outcome.fatal;
      if (file.explicit && !fromFile) throw new InputError(`${file.label}: ${fatal}`);
      errors++;
      opts.onIssue({ file: file.label, line: null, record: null, message: fatal, kind: 'fatal', reason: 'unusable-file' });
      continue;
    }
    read++;
    if (outcome.decodedFrom) decoded[outcome.decodedFrom] = (decoded[outcome.decodedFrom] ?? 0) + 1;
  }
  return { files: read, papers, duplicates: 0, skipped, errors, notes: { decoded, warnings, emptyPartitions } };
}

const MESSAGE_MAX = 300;

/**
 * `file:line: message` (or `file: record N: message` when the format has no line numbers), one line of plain
 * text: control characters from the input are escaped and a very long message is shortened.
 */
export function formatIssue(i: ReadIssue): string {
  const where = i.line !== null ? `${i.file}:${i.line}` : i.record !== null ? `${i.file}: record ${i.record + 1}` : i.file;
  const label = i.kind === 'fatal' || i.kind === 'error' ? 'error: ' : i.kind === 'warning' ? 'warning: ' : '';
  const message = i.message.length > MESSAGE_MAX ? `${i.message.slice(0, MESSAGE_MAX)}…` : i.message;
  return escapeForTerminal(`${where}: ${label}${message}`);
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** The one-line stderr summary: files (and their encodings), papers, duplicates merged, skipped (reasons counted), errors, warnings. */
export function formatReadSummary(r: ReadResult): string {
  const s = r.stats;
  const skippedTotal = Object.values(s.skipped).reduce((a, b) => a + b, 0);
  const reasons = Object.entries(s.skipped).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`);
  const decoded = Object.entries(r.notes?.decoded ?? {}).sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${v} decoded from ${k}`);
  const warnings = r.notes?.warnings ?? 0;
  return [
    `read ${plural(s.files, 'file')}${decoded.length ? ` (${decoded.join(', ')})` : ''}`,
    plural(s.papers, 'paper'),
    `${plural(s.duplicates, 'duplicate')} merged`,
    `${skippedTotal.toLocaleString('en-US')} skipped${reasons.length ? ` (${reasons.join(', ')})` : ''}`,
    plural(s.errors, 'error'),
    ...(warnings ? [plural(warnings, 'warning')] : []),
    ...(r.notes?.emptyPartitions ? [plural(r.notes.emptyPartitions, 'empty partition')] : []),
  ].join(', ');
}
