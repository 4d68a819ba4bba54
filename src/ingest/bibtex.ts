// BibTeX / BibLaTeX → Paper through @retorquere/bibtex-parser (TeX accents and braces decoded in titles and authors;
// @comment, @string, @preamble and JabRef group comments handled by the parser). Abstracts stay verbatim LaTeX.
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import type { Paper, ReadSink } from './types.ts';
import { arxivIdFrom, collapseWhitespace, doiFrom, paperId, yearFrom, yearFromArxivId } from './normalize.ts';
import { guardedSink } from './guard.ts';

const OPTIONS = {
  english: false, // no sentence-casing: titles keep the casing the user typed
  sentenceCase: false as const,
  caseProtection: false as const,
  unsupported: 'ignore' as const,
  fieldMode: { abstract: 'verbatim' as const },
  // TeX decoding (a PEG parse per field) dominates the time; only titles and author names need it, so every other
  // field is taken verbatim (measured: ~10% less CPU on the corpus files; the parser stays the bottleneck)
  verbatimFields: [/^(?!(?:title|booktitle|author)$)/i],
};

export interface BibtexStats {
  entries: number;
  errors: number;
}

function creatorName(c: Creator): string {
  if (c.name) return c.name;
  return [c.firstName, c.prefix, c.lastName, c.suffix].filter((x) => x && x.trim()).join(' ');
}

// Soft hyphens come from `\-` hyphenation hints; braces survive only in the raw fallback.
// NFC: the TeX decoder emits combining accents ("U" + U+0308), users and other sources have composed letters.
function cleanTitle(s: string): string {
  return collapseWhitespace(s.replace(/\u00ad/g, '').replace(/[{}]/g, '')).normalize('NFC');
}

function fieldString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join(', ');
  return '';
}

/**
 * The braced or quoted value of `name = {...}` in one entry's text, scanned by hand with brace counting
 * (linear; used only for fields the parser dropped). Null when absent or unterminated.
 */
export function rawField(input: string, name: string): string | null {
  const m = new RegExp(`(?:^|[,\\s])${name}[ \\t]*=[ \\t]*([{"])`, 'i').exec(input);
  if (!m) return null;
  const open = m[1];
  let i = m.index + m[0].length;
  const start = i;
  let depth = 0;
  for (; i < input.length; i++) {
    const c = input[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return open === '{' ? input.slice(start, i) : null;
      depth--;
    } else if (c === '"' && open === '"' && depth === 0) return input.slice(start, i);
  }
  return null;
}

/** Offset of the next line that starts an entry (`@` then a letter), or the end of the text. */
function nextEntryStart(text: string, from: number): number {
  for (let i = text.indexOf('\n@', from); i >= 0; i = text.indexOf('\n@', i + 1)) {
    if (/[A-Za-z]/.test(text[i + 2] ?? '')) return i + 1;
  }
  return text.length;
}

/** Line number of offsets asked in increasing order, counting newlines once. */
function lineLocator(text: string) {
  let pos = 0;
  let line = 1;
  return (at: number): number => {
    for (; pos < at; pos++) if (text.charCodeAt(pos) === 10) line++;
    return line;
  };
}

/** Finds successive snippets in file order with a forward-only cursor (linear over the whole file). */
function forwardFinder(text: string) {
  let cursor = 0;
  return (snippet: string): number => {
    const probe = snippet.slice(0, 200);
    if (!probe) return cursor;
    const at = text.indexOf(probe, cursor);
    if (at < 0) return cursor; // keep file order even when the parser normalised the text
    cursor = at + 1;
    return at;
  };
}

interface Segment { start: number; end: number; balanced: boolean }

/**
 * Where each entry's text starts and ends, in one linear pass: an `@name` outside any braces starts an entry, and so
 * does one at the start of a line while braces are still open (the entry before it never closed them: unbalanced).
 */
export function splitEntries(text: string): Segment[] {
  const out: Segment[] = [];
  let start = -1;
  let depth = 0;
  const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const close = (end: number) => { if (start >= 0) out.push({ start, end, balanced: depth === 0 }); };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x40 && isLetter(text.charCodeAt(i + 1))) {
      let entryStart = depth === 0;
      if (!entryStart) {
        // inside braces: only `@name{` / `@name(` at the start of a line begins the next entry
        let k = i - 1;
        while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
        if (k < 0 || text.charCodeAt(k) === 10) {
          let j = i + 1;
          while (j < text.length && j - i < 40 && isLetter(text.charCodeAt(j))) j++;
          while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
          entryStart = text.charCodeAt(j) === 0x7b || text.charCodeAt(j) === 0x28;
        }
      }
      if (entryStart) { close(i); start = i; depth = 0; continue; }
    }
    if (c === 0x5c) { i++; continue; }
    if (c === 0x7b) depth++;
    else if (c === 0x7d && depth > 0) depth--;
  }
  close(text.length);
  return out;
}

/** Chunks of whole entries parsed together: small enough that a broken entry costs little, large enough to be fast. */
const CHUNK_CHARS = 64 * 1024;
/** @string values longer than this are dropped (see readBibtex) */
const MAX_MACRO = 10_000;

interface ChunkResult {
  entries: Array<{ entry: Entry; raw: boolean; at: number }>;
  /** entries lost to a parse error (not recovered) */
  failures: Array<{ at: number; message: string; line: number | null }>;
  strings: Record<string, string>;
}

/** Parse one chunk of entries (offsets in the result are the chunk's own); `strings` are the @strings defined before it. */
function readChunk(text: string, strings: Record<string, string>): ChunkResult {
  const lib = parse(text, { ...OPTIONS, strings });
  const findEntry = forwardFinder(text);
  const entries: Array<{ entry: Entry; raw: boolean; at: number }> = lib.entries.map((entry) => ({ entry, raw: false, at: findEntry(entry.input ?? '') }));
  const findError = forwardFinder(text);
  const recovered: Array<[number, number]> = [];
  const failures: Array<{ at: number; message: string; line: number | null }> = [];
  for (const err of lib.errors) {
    // Errors with no entry text (an unknown @string) do not lose a record.
    if (!err.input || !/^\s*@/.test(err.input)) continue;
    const at = findError(err.input);
    const lineMatch = /at line (\d+)/.exec(err.error);
    const failure = { at, message: err.error.split('\n')[0].slice(0, 160), line: lineMatch ? Number(lineMatch[1]) : null };
    if (!/^\s*@[A-Za-z]/.test(err.input)) { failures.push(failure); continue; }
    // An entry the TeX decoder chokes on (an unbalanced `$` in a title or abstract) is dropped by the parser, or
    // comes back without that field; parse it again raw and take the lost fields straight from its text, which
    // runs to the next line starting with `@name` (the parser's own copy may stop at an `@` inside the abstract).
    const end = nextEntryStart(text, at + 1);
    const input = text.slice(at, end);
    const again = parse(input, { raw: true }).entries.filter((entry) => {
      for (const name of ['title', 'abstract']) {
        const v = rawField(input, name);
        if (v !== null && v.length > fieldString(entry.fields[name]).length) entry.fields[name] = v;
      }
      return fieldString(entry.fields.abstract).trim() !== '';
    });
    // whatever the parser kept of this entry is replaced by the recovery, or dropped with the error reported
    // (matched by key: the nearest same-key entry at or before this point, as the parser's copy of a broken
    // entry is not always verbatim text of the file)
    const key = /^\s*@[A-Za-z]+\s*[{(]\s*([^,\s]+)/.exec(err.input)?.[1];
    let drop = -1;
    for (let i = 0; i < entries.length; i++) {
      if (!entries[i].raw && (entries[i].at === at || (key !== undefined && entries[i].entry.key === key && entries[i].at <= at))) drop = i;
    }
    if (drop >= 0) entries.splice(drop, 1);
    if (!again.length) { failures.push(failure); continue; }
    for (const entry of again) entries.push({ entry, raw: true, at });
    recovered.push([at, end]);
  }
  // the parser resynchronises on the next `@`, which may sit inside the text of an entry recovered above
  const lost = failures.filter((f) => !recovered.some(([a, b]) => f.at >= a && f.at < b));
  return { entries, failures: lost, strings: { ...strings, ...lib.strings } };
}

/**
 * Read a BibTeX file held in memory; entries without an abstract are reported as skipped. The file is parsed in
 * chunks of whole entries, and an entry whose braces never balance is parsed on its own: the parser's recovery
 * from such an entry re-reads what follows it, which on a file of many broken entries took quadratic time.
 */
export function readBibtex(text: string, file: string, sink: ReadSink): BibtexStats {
  sink = guardedSink(sink);
  const entries: ChunkResult['entries'] = [];
  const failures: ChunkResult['failures'] = [];
  let strings: Record<string, string> = {};
  const chunkLine = lineLocator(text);
  const add = (r: ChunkResult, from: number) => {
    // a macro longer than any journal name is an @string bomb (s2 = s1 # s1, s3 = s2 # s2, …): drop it
    strings = Object.fromEntries(Object.entries(r.strings).filter(([, v]) => typeof v === 'string' && v.length <= MAX_MACRO));
    const firstLine = chunkLine(from);
    for (const e of r.entries) entries.push({ ...e, at: e.at + from });
    for (const f of r.failures) failures.push({ ...f, at: f.at + from, line: f.line === null ? null : f.line + firstLine - 1 });
  };
  const run = (segs: Segment[]) => {
    const from = segs[0].start;
    try {
      add(readChunk(text.slice(from, segs[segs.length - 1].end), strings), from);
    } catch {
      // the parser threw (a string too long to build, a bug on odd input): each entry again on its own
      for (const seg of segs) {
        try {
          add(readChunk(text.slice(seg.start, seg.end), strings), seg.start);
        } catch (err) {
          failures.push({ at: seg.start, message: (err instanceof Error ? err.message : String(err)).slice(0, 160), line: null });
        }
      }
    }
  };
  let chunk: Segment[] = [];
  for (const seg of splitEntries(text)) {
    if (chunk.length && (!seg.balanced || seg.end - chunk[0].start > CHUNK_CHARS)) { run(chunk); chunk = []; }
    if (!seg.balanced) { run([seg]); continue; }
    chunk.push(seg);
  }
  if (chunk.length) run(chunk);
  let errors = 0;
  const locate = lineLocator(text);
  const locateFailure = lineLocator(text);
  for (const f of failures) {
    errors++;
    // the entry's first line, where a user starts looking; the parser's own line is in the message
    sink.issue({ file, line: f.at >= 0 ? locateFailure(f.at) : f.line, record: null, message: `malformed entry: ${f.message}`, kind: 'skipped', reason: 'bad-bibtex' });
  }
  entries.sort((a, b) => a.at - b.at);
  entries.forEach(({ entry }, record) => {
    const line = locate(entries[record].at);
    const f = entry.fields;
    const title = cleanTitle(fieldString(f.title) || fieldString(f.booktitle));
    const abstract = collapseWhitespace(fieldString(f.abstract));
    if (!abstract) {
      sink.issue({ file, line, record, message: `entry ${entry.key} has no abstract`, kind: 'skipped', reason: 'no-abstract' });
      return;
    }
    if (!title) {
      sink.issue({ file, line, record, message: `entry ${entry.key} has no title`, kind: 'skipped', reason: 'no-title' });
      return;
    }
    const archive = fieldString(f.archiveprefix || f.eprinttype).toLowerCase();
    const arxiv = (archive === 'arxiv' ? arxivIdFrom(fieldString(f.eprint)) : null) ?? arxivIdFrom(fieldString(f.url));
    const doi = doiFrom(fieldString(f.doi));
    const authors = Array.isArray(f.author) ? f.author.map((c) => cleanTitle(creatorName(c))).filter(Boolean) : [];
    // urls are verbatim fields: undo the TeX escapes people put in them (`\~`, `\#`, `\%`, `\_`, `\&`)
    const url = fieldString(f.url).replace(/\\([#$%&_~{}])/g, '$1') || (doi ? `https://doi.org/${doi}` : arxiv ? `https://arxiv.org/abs/${arxiv}` : '');
    const keywords = Array.isArray(f.keywords) ? f.keywords.map((k) => collapseWhitespace(k)).filter(Boolean) : [];
    const paper: Paper = {
      id: paperId({ arxiv, doi, other: null, title }),
      title,
      abstract,
      authors,
      year: yearFrom(fieldString(f.year)) ?? yearFrom(fieldString(f.date)) ?? yearFromArxivId(arxiv),
      url: url ? collapseWhitespace(url) : null,
      source: { file, line, record },
      ...(keywords.length ? { categories: keywords } : {}),
      ...(doi ? { doi } : {}),
    };
    sink.paper(paper);
  });
  return { entries: entries.length, errors };
}
