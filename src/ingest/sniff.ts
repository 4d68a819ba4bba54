// Format and text-encoding detection from a file name and its first bytes; also recognises files that are no text
// format at all.
import type { FormatName } from './types.ts';
import { isAlgowikiHead } from './algowiki.ts';

export const FORMAT_NAMES: readonly FormatName[] = ['page', 'atom', 'jsonl', 'json', 'semantic-scholar', 'openalex', 'bibtex', 'csv', 'algowiki'];

export function isFormatName(s: string): s is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(s);
}

/** Extensions a directory scan picks up (after stripping `.gz`). */
export const SUPPORTED_EXTENSIONS = ['.txt', '.xml', '.atom', '.jsonl', '.ndjson', '.json', '.bib', '.bibtex', '.csv', '.tsv', '.tab'];

export type SniffResult =
  | { kind: 'format'; format: FormatName; delimiter?: string }
  | { kind: 'unusable'; reason: string };

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document (extract its text first)'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (unzip it first)'],
  [[0x1f, 0x8b], 'gzip data inside a gzip file'],
];

/** Is this a gzip stream (by magic bytes)? */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** A decoding for a file: the TextDecoder label, how many BOM bytes to drop, and what the summary says (null for UTF-8). */
export interface TextEncodingGuess {
  encoding: string;
  bom: number;
  label: string | null;
}

const SAMPLE = 8192;
// the share of control characters is taken over the whole head the shell reads (64 KB), so one binary blob record
// near the start of a large file does not make the file binary
const BINARY_SAMPLE = 65536;

/** Are the first bytes ASCII text written as UTF-16 (every other byte NUL)? Which byte order? */
function utf16Pattern(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) zeroEven++;
    if (head[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd / pairs >= 0.3 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs >= 0.3 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Counts of well-formed multi-byte UTF-8 sequences and of bytes that cannot be UTF-8, in the first bytes. */
function utf8Shape(head: Uint8Array): { multibyte: number; invalid: number } {
  const n = Math.min(head.length, 65536);
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) { invalid++; continue; }
    if (i + len > n) break; // a sequence cut by the end of the sample says nothing
    let ok = true;
    for (let k = 1; k < len; k++) if ((head[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) { multibyte++; i += len - 1; } else invalid++;
  }
  return { multibyte, invalid };
}

/** The encoding an XML declaration at the start of ASCII-compatible bytes names, or null. */
function xmlDeclaredEncoding(head: Uint8Array): string | null {
  if (head[0] !== 0x3c || head[1] !== 0x3f) return null;
  let decl = '';
  for (let i = 0; i < Math.min(head.length, 200); i++) {
    decl += String.fromCharCode(head[i]);
    if (head[i] === 0x3e) break;
  }
  return /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(decl)?.[1] ?? null;
}

function decoderFor(label: string): string | null {
  try { return new TextDecoder(label).encoding; } catch { return null; }
}

/**
 * How to decode a file from its first (decompressed) bytes: a BOM (UTF-8, UTF-16LE/BE) wins; then UTF-16 without
 * a BOM, recognised by an XML declaration in UTF-16 or by every other byte being NUL; then an XML declaration naming
 * a legacy encoding (ISO-8859-1, Windows-1252, Shift_JIS…); then bytes that are not UTF-8 at all and hold no
 * well-formed UTF-8 sequence, read as Windows-1252 (what spreadsheets on Windows write). Everything else is UTF-8.
 */
export function detectEncoding(head: Uint8Array): TextEncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3, label: null };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2, label: 'UTF-16LE' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2, label: 'UTF-16BE' };
  if (head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00) return { encoding: 'utf-16le', bom: 0, label: 'UTF-16LE' };
  if (head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f) return { encoding: 'utf-16be', bom: 0, label: 'UTF-16BE' };
  const pattern = utf16Pattern(head);
  if (pattern) return { encoding: pattern, bom: 0, label: pattern.toUpperCase() };
  const declared = xmlDeclaredEncoding(head);
  const legacy = declared ? decoderFor(declared) : null;
  // a declaration saying UTF-16 on bytes that are not UTF-16 is wrong: the bytes win
  if (legacy && legacy !== 'utf-8' && !legacy.startsWith('utf-16')) return { encoding: legacy, bom: 0, label: declared!.toUpperCase() };
  const shape = utf8Shape(head);
  if (shape.invalid > 0 && shape.multibyte === 0) return { encoding: 'windows-1252', bom: 0, label: 'Windows-1252' };
  return { encoding: 'utf-8', bom: 0, label: null };
}

/**
 * Why a file is not text, or null when it is. Known binary formats are recognised by their magic bytes; anything
 * else by the share of control characters (NUL included) and undecodable bytes in its first characters once
 * decoded (the first 64 K): above 10% it is binary. A few stray NULs or escape bytes only cost the records that hold them.
 */
export function binaryReason(bytes: Uint8Array, head?: string): string | null {
  for (const [magic, what] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return `binary file (${what})`;
  }
  const text = head ?? new TextDecoder('utf-8').decode(bytes.subarray(0, BINARY_SAMPLE));
  const n = Math.min(text.length, BINARY_SAMPLE);
  let bad = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    if (c < 9 || (c > 13 && c < 32) || c === 0x7f || c === 0xfffd) bad++;
  }
  if (n === 0 || bad / n <= 0.1) return null;
  const share = Math.round((bad / n) * 100);
  return `binary file (${share}% of the first ${n.toLocaleString('en-US')} characters are control or undecodable bytes${nul ? ', NUL among them' : ''})`;
}

function extOf(name: string): string {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  const dot = base.lastIndexOf('.');
  const slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
  return dot > slash ? base.slice(dot) : '';
}

/** Does the first line look like a JSON object on its own (so the file is JSON Lines)? */
function firstLineIsObject(text: string): boolean {
  const nl = text.indexOf('\n');
  if (nl < 0) return false;
  const first = text.slice(0, nl).trim();
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

function headerDelimiter(text: string): string | null {
  const nl = text.indexOf('\n');
  const header = (nl < 0 ? text : text.slice(0, nl)).toLowerCase();
  if (!header.includes('title')) return null;
  if (header.includes('\t')) return '\t';
  if (header.includes(',')) return ',';
  if (header.includes(';')) return ';';
  return null;
}

/**
 * Detect the format from the name (extension, `.gz` stripped) and the first few KB of text.
 * `head` is the start of the decoded text (see detectEncoding); `bytes` the start of the raw (decompressed) bytes.
 */
export function sniffFormat(name: string, bytes: Uint8Array, head: string): SniffResult {
  if (bytes.length === 0) return { kind: 'unusable', reason: 'empty file (0 bytes)' };
  const binary = binaryReason(bytes, head);
  if (binary) return { kind: 'unusable', reason: binary };
  const text = head.replace(/^\ufeff/, '');
  const trimmed = text.trimStart();
  if (!trimmed) return { kind: 'unusable', reason: 'file has only whitespace' };
  const ext = extOf(name);
  switch (ext) {
    case '.xml': case '.atom': return { kind: 'format', format: 'atom' };
    case '.jsonl': case '.ndjson': return { kind: 'format', format: 'jsonl' };
    case '.json': return { kind: 'format', format: isAlgowikiHead(trimmed) ? 'algowiki' : firstLineIsObject(trimmed) ? 'jsonl' : 'json' };
    case '.bib': case '.bibtex': return { kind: 'format', format: 'bibtex' };
    case '.csv': return { kind: 'format', format: 'csv', delimiter: headerDelimiter(trimmed) ?? ',' };
    case '.tsv': case '.tab': return { kind: 'format', format: 'csv', delimiter: '\t' };
    default: break;
  }
  // unknown or .txt extension: look at the content
  const c = trimmed[0];
  if (c === '<') return { kind: 'format', format: 'atom' };
  if (c === '[') return { kind: 'format', format: isAlgowikiHead(trimmed) ? 'algowiki' : 'json' };
  if (c === '{') return { kind: 'format', format: firstLineIsObject(trimmed) ? 'jsonl' : 'json' };
  if (/^(?:%[^\n]*\n\s*)*@[A-Za-z]{1,30}\s*[{(]/.test(trimmed.slice(0, 4096))) return { kind: 'format', format: 'bibtex' };
  const delimiter = headerDelimiter(trimmed);
  if (delimiter && ext !== '.txt') return { kind: 'format', format: 'csv', delimiter };
  return { kind: 'format', format: 'page' };
}
