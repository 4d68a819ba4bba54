// CSV / TSV with a header row naming title and abstract columns (case-insensitive, common synonyms), via csv-parse.
import { parse } from 'csv-parse/sync';
import type { Paper, ReadSink } from './types.ts';
import { arxivIdFrom, cleanAuthors, collapseWhitespace, doiFrom, paperId, yearFrom, yearFromArxivId } from './normalize.ts';

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

/** Read a CSV/TSV file held in memory. Rows the CSV parser cannot read are reported and skipped. */
export function readCsv(text: string, file: string, sink: ReadSink, delimiter = ','): CsvStats {
  let record = 0;
  const rows = parse(text, {
    delimiter,
    bom: true,
    info: true,
    raw: true,
    quote: delimiter === '\t' ? false : '"', // TSV exports seldom quote, and abstracts contain quotes
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      sink.issue({ file, line: typeof err?.lines === 'number' ? err.lines : null, record: record++, message: `unreadable row: ${err?.message ?? 'parse error'}`, kind: 'skipped', reason: 'bad-csv' });
      return undefined;
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number }; raw: string }>;
  if (!rows.length) return { rows: 0, missingColumns: 'no header row' };
  const cols = mapColumns(rows[0].record);
  const missing = [cols.title === undefined ? 'title' : null, cols.abstract === undefined ? 'abstract' : null].filter(Boolean);
  if (missing.length) return { rows: 0, missingColumns: `header names no ${missing.join(' or ')} column (header: ${rows[0].record.slice(0, 8).join(', ').slice(0, 120)})` };
  const cell = (row: string[], col: Column): string => {
    const i = cols[col];
    return i === undefined ? '' : (row[i] ?? '');
  };
  for (const { record: row, info, raw } of rows.slice(1)) {
    const rec = record++;
    // info.lines is the line a record ends on; a user looks for where it starts (quoted cells may span lines)
    let inner = 0;
    for (let i = 0; i < raw.length - 1; i++) if (raw.charCodeAt(i) === 10) inner++;
    const line = info.lines - inner;
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
  return { rows: rows.length - 1, missingColumns: null };
}
