// Format detection from a file name and its first bytes; also recognises files that are no text format at all.
import type { FormatName } from './types.ts';

export const FORMAT_NAMES: readonly FormatName[] = ['page', 'atom', 'jsonl', 'json', 'semantic-scholar', 'openalex', 'bibtex', 'csv'];

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

/** Why these bytes are not text, or null when they look like text. */
export function binaryReason(head: Uint8Array): string | null {
  for (const [magic, what] of MAGIC) {
    if (head.length >= magic.length && magic.every((b, i) => head[i] === b)) return `binary file (${what})`;
  }
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) return 'binary file (contains NUL bytes)';
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05 ? 'binary file (control characters)' : null;
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
 * `head` is the start of the decoded text; `bytes` the start of the raw (decompressed) bytes.
 */
export function sniffFormat(name: string, bytes: Uint8Array, head: string): SniffResult {
  if (bytes.length === 0) return { kind: 'unusable', reason: 'empty file (0 bytes)' };
  const binary = binaryReason(bytes);
  if (binary) return { kind: 'unusable', reason: binary };
  const text = head.replace(/^\ufeff/, '');
  const trimmed = text.trimStart();
  if (!trimmed) return { kind: 'unusable', reason: 'file has only whitespace' };
  const ext = extOf(name);
  switch (ext) {
    case '.xml': case '.atom': return { kind: 'format', format: 'atom' };
    case '.jsonl': case '.ndjson': return { kind: 'format', format: 'jsonl' };
    case '.json': return { kind: 'format', format: firstLineIsObject(trimmed) ? 'jsonl' : 'json' };
    case '.bib': case '.bibtex': return { kind: 'format', format: 'bibtex' };
    case '.csv': return { kind: 'format', format: 'csv', delimiter: headerDelimiter(trimmed) ?? ',' };
    case '.tsv': case '.tab': return { kind: 'format', format: 'csv', delimiter: '\t' };
    default: break;
  }
  // unknown or .txt extension: look at the content
  const c = trimmed[0];
  if (c === '<') return { kind: 'format', format: 'atom' };
  if (c === '[') return { kind: 'format', format: 'json' };
  if (c === '{') return { kind: 'format', format: firstLineIsObject(trimmed) ? 'jsonl' : 'json' };
  if (/^(?:%[^\n]*\n\s*)*@[A-Za-z]{1,30}\s*[{(]/.test(trimmed.slice(0, 4096))) return { kind: 'format', format: 'bibtex' };
  const delimiter = headerDelimiter(trimmed);
  if (delimiter && ext !== '.txt') return { kind: 'format', format: 'csv', delimiter };
  return { kind: 'format', format: 'page' };
}
