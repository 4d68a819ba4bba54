// CSV / TSV with a header row naming title and abstract columns (case-insensitive, common synonyms). Parsed by hand
// (RFC 4180 quoting, lenient about stray quotes) so that a broken row costs that row only: an unclosed quote is
// reported and reading goes on at the next line that parses as a row, instead of the quote swallowing the file.
import type { Paper, ReadSink } from './types.ts';
import { arxivIdFrom, cleanAuthors, collapseWhitespace, doiFrom, paperId, yearFrom, yearFromArxivId } from './normalize.ts';
import { guardedSink } from './guard.ts';

// Header names are compared after lower-casing and turning punctuation into spaces.
const SYNONYMS = {
  title: ['title', 'paper title', 'article title', 'document title', 'ti', 'name', 'paper'],
  abstract: ['abstract', 'summary', 'abstract text', 'abstracttext', 'description', 'ab', 'abstract note', 'abstractnote'],
  id: ['id', 'arxiv id', 'arxiv', 'arxivid', 'eprint', 'paper id', 'paperid'],
  doi: ['doi', 'di'],
  authors: ['authors', 'author', 'author s', 'creators', 'au', 'author full names'],
  year: ['year', 'publication year', 'pub year', 'py', 'published', 'date', 'publication date'],
  url: ['url', 'link', 'abs', 'abs url', 'pdf url'],
} as const;

type Column = keyof typeof SYNONYMS;

function headerKey(h: string): string {
  return h.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Which column index holds each known field (first match wins, in synonym order). */
export function mapColumns(header: string[]): Partial<Record<Column, number>> {
  const keys = header.map(headerKey);
  const out: Partial<Record<Column, number>> = {};
  for (const col of Object.keys(SYNONYMS) as Column[]) {
    for (const syn of SYNONYMS[col]) {
      const i = keys.indexOf(syn);
      if (i >= 0) { out[col] = i; break; }
    }
  }
  return out;
}

function splitAuthors(s: string): string[] {
  if (s.includes(';')) return cleanAuthors(s.split(';'));
  return cleanAuthors(s.split(/,| and /));
}

export interface CsvStats {
  rows: number;
  /** set when the header names no title or no abstract column: the file is not a paper table */
  missingColumns: string | null;
}

interface Row { fields: string[]; line: number }
type Parsed = { ok: true; fields: string[]; end: number; endLine: number; crossed: boolean } | { ok: false; reason: string; end: number };

/**
 * A row-by-row CSV scanner over the whole text. `singleLine` rows may not continue past their line (used to find
 * where to resume after a broken row). Every scan moves forward through the text, character by character.
 */
function csvScanner(text: string, delimiter: string) {
  const n = text.length;
  const quoting = delimiter !== '\t'; // TSV exports seldom quote, and abstracts contain quotes
  const delim = delimiter.charCodeAt(0);

  function lineEnd(from: number): number {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? n : nl;
  }

  function parseRow(start: number, startLine: number, singleLine: boolean): Parsed {
    const fields: string[] = [];
    let i = start;
    let line = startLine;
    let crossed = false;
    for (;;) {
      if (quoting && text.charCodeAt(i) === 0x22) {
        const openLine = line;
        i++;
        let cell = '';
        let crossedHere = false;
        for (;;) {
          const q = text.indexOf('"', i);
          const stop = q < 0 ? n : q;
          // newlines inside the quoted part: counted, and not allowed in singleLine mode
          for (let nl = text.indexOf('\n', i); nl >= 0 && nl < stop; nl = text.indexOf('\n', nl + 1)) {
            if (singleLine) return { ok: false, reason: 'quoted cell runs past the end of the line', end: nl };
            line++;
            crossedHere = true;
          }
          if (q < 0) return { ok: false, reason: `the quote opened on line ${openLine} is never closed`, end: n };
          const next = q + 1 < n ? text.charCodeAt(q + 1) : -1;
          if (next === 0x22) { cell += text.slice(i, q + 1); i = q + 2; continue; }
          if (next === -1 || next === delim || next === 10 || (next === 13 && (q + 2 >= n || text.charCodeAt(q + 2) === 10))) {
            cell += text.slice(i, q);
            i = q + 1;
            break;
          }
          // a stray quote: literal on the line the cell opened on ("We study "fast" sorting"); on a later line it
          // means the cell's own closing quote is missing and the quote belongs to some later row
          if (crossedHere) return { ok: false, reason: `the quote opened on line ${openLine} is never closed`, end: q };
          cell += text.slice(i, q + 1);
          i = q + 1;
        }
        if (crossedHere) crossed = true;
        fields.push(cell);
      } else {
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === delim || c === 10) break;
          k++;
        }
        let end = k;
        if (end > i && text.charCodeAt(end - 1) === 13 && (k >= n || text.charCodeAt(k) === 10)) end--;
        fields.push(text.slice(i, end));
        i = k;
      }
      // after a cell: a delimiter (another cell follows), a line end or the end of the text (the row ends)
      if (i >= n) return { ok: true, fields, end: n, endLine: line, crossed };
      const c = text.charCodeAt(i);
      if (c === delim) { i++; continue; }
      if (c === 13) i++;
      if (i >= n) return { ok: true, fields, end: n, endLine: line, crossed };
      if (text.charCodeAt(i) === 10) return { ok: true, fields, end: i + 1, endLine: line + 1, crossed };
      return { ok: false, reason: 'unexpected text after a quoted cell', end: i };
    }
  }

  return { parseRow, lineEnd, length: n };
}

/**
 * Every row of the text with the line it starts on. A row that cannot be read (an unclosed quote; a cell spanning
 * lines that leaves the row with the wrong number of cells) is passed to onBad, and reading resumes at the first
 * later line that parses on its own as a row of the header's width. Linear: a failed scan is re-read at most once,
 * and after more failed-scan text than the file holds, quoted cells may no longer span lines.
 */
function csvRows(text: string, delimiter: string, onBad: (line: number, message: string) => void): Row[] {
  const scan = csvScanner(text, delimiter);
  const n = scan.length;
  const rows: Row[] = [];
  let pos = 0;
  let line = 1;
  let width = -1;
  let budget = n + 65536; // characters failed scans may cover before multi-line cells are turned off
  while (pos < n) {
    // skip empty lines (a lone CR counts as empty)
    const c = text.charCodeAt(pos);
    if (c === 10) { pos++; line++; continue; }
    if (c === 13 && (pos + 1 >= n || text.charCodeAt(pos + 1) === 10)) { pos++; continue; }
    let r = scan.parseRow(pos, line, budget <= 0);
    if (r.ok && r.crossed && width >= 0 && r.fields.length !== width) {
      r = { ok: false, reason: `a quoted cell spans lines ${line}-${r.endLine} and leaves the row with ${r.fields.length} cells, not ${width}`, end: r.end };
    }
    if (r.ok) {
      rows.push({ fields: r.fields, line });
      if (width < 0) width = r.fields.length;
      pos = r.end;
      line = r.endLine;
      continue;
    }
    budget -= Math.max(0, r.end - pos);
    // resume at the next line that is a whole row on its own
    const badLine = line;
    let p = scan.lineEnd(pos) + 1;
    let l = line + 1;
    while (p < n) {
      const t = scan.parseRow(p, l, true);
      if (t.ok && (width < 0 || t.fields.length === width)) break;
      p = scan.lineEnd(p) + 1;
      l++;
    }
    const skippedTo = l - 1;
    onBad(badLine, `unreadable row: ${r.reason}${skippedTo > badLine ? `; lines ${badLine}-${skippedTo} skipped` : ''}${p < n ? `, reading again from line ${l}` : ''}`);
    pos = p;
    line = l;
  }
  return rows;
}

/** Read a CSV/TSV file held in memory. A row that cannot be read is reported and skipped; the rest is read. */
export function readCsv(text: string, file: string, sink: ReadSink, delimiter = ','): CsvStats {
  sink = guardedSink(sink);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let record = 0;
  const bad: Array<{ line: number; message: string }> = [];
  const rows = csvRows(body, delimiter, (line, message) => bad.push({ line, message }));
  // a broken header is no header: the file is not a paper table
  if (!rows.length || (bad.length && bad[0].line < rows[0].line)) return { rows: 0, missingColumns: 'no header row' };
  const header = rows[0];
  const cols = mapColumns(header.fields);
  const missing = [cols.title === undefined ? 'title' : null, cols.abstract === undefined ? 'abstract' : null].filter(Boolean);
  if (missing.length) return { rows: 0, missingColumns: `header names no ${missing.join(' or ')} column (header: ${header.fields.slice(0, 8).join(', ').slice(0, 120)})` };
  const cell = (row: string[], col: Column): string => {
    const i = cols[col];
    return i === undefined ? '' : (row[i] ?? '');
  };
  // data rows and bad rows in file order, so records are numbered as they appear
  let b = 0;
  const flushBad = (before: number) => {
    for (; b < bad.length && bad[b].line < before; b++) {
      sink.issue({ file, line: bad[b].line, record: record++, message: bad[b].message, kind: 'skipped', reason: 'bad-csv' });
    }
  };
  for (const { fields: row, line } of rows.slice(1)) {
    flushBad(line);
    const rec = record++;
    const title = collapseWhitespace(cell(row, 'title'));
    const abstract = collapseWhitespace(cell(row, 'abstract'));
    if (!title) { sink.issue({ file, line, record: rec, message: 'row has no title', kind: 'skipped', reason: 'no-title' }); continue; }
    if (!abstract) { sink.issue({ file, line, record: rec, message: `row "${title.slice(0, 60)}" has no abstract`, kind: 'skipped', reason: 'no-abstract' }); continue; }
    const arxiv = arxivIdFrom(cell(row, 'id')) ?? arxivIdFrom(cell(row, 'url'));
    const doi = doiFrom(cell(row, 'doi')) ?? doiFrom(cell(row, 'id'));
    const url = collapseWhitespace(cell(row, 'url'));
    const paper: Paper = {
      id: paperId({ arxiv, doi, other: null, title }),
      title,
      abstract,
      authors: splitAuthors(cell(row, 'authors')),
      year: yearFrom(cell(row, 'year')) ?? yearFromArxivId(arxiv),
      url: url || (arxiv ? `https://arxiv.org/abs/${arxiv}` : doi ? `https://doi.org/${doi}` : null),
      source: { file, line, record: rec },
      ...(doi ? { doi } : {}),
    };
    sink.paper(paper);
  }
  flushBad(Infinity);
  return { rows: rows.length - 1, missingColumns: null };
}
