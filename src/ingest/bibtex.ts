// BibTeX / BibLaTeX → Paper through @retorquere/bibtex-parser (TeX accents and braces decoded in titles and authors;
// @comment, @string, @preamble and JabRef group comments handled by the parser). Abstracts stay verbatim LaTeX.
import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import type { Paper, ReadSink } from './types.ts';
import { arxivIdFrom, collapseWhitespace, doiFrom, paperId, yearFrom, yearFromArxivId } from './normalize.ts';

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

/** Read a BibTeX file held in memory; entries without an abstract are reported as skipped. */
export function readBibtex(text: string, file: string, sink: ReadSink): BibtexStats {
  const lib = parse(text, OPTIONS);
  const findEntry = forwardFinder(text);
  const entries: Array<{ entry: Entry; raw: boolean; at: number }> = lib.entries.map((entry) => ({ entry, raw: false, at: findEntry(entry.input ?? '') }));
  const findError = forwardFinder(text);
  let errors = 0;
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
  const locate = lineLocator(text);
  const locateFailure = lineLocator(text);
  for (const f of failures) {
    // the parser resynchronises on the next `@`, which may sit inside the text of an entry recovered above
    if (recovered.some(([a, b]) => f.at >= a && f.at < b)) continue;
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
    const url = fieldString(f.url) || (doi ? `https://doi.org/${doi}` : arxiv ? `https://arxiv.org/abs/${arxiv}` : '');
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
