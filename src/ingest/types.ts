// Types of the ingest stage: every reader yields Paper records and ReadIssue reports.

/** Where a record came from: the file label given by the shell, its 1-based line when known, and its record index (0-based, in file order). */
export interface PaperSource {
  file: string;
  line: number | null;
  record: number;
}

/** The one record every reader yields. Title and abstract have hard wraps and whitespace runs collapsed; LaTeX is verbatim. */
export interface Paper {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  year: number | null;
  url: string | null;
  source: PaperSource;
}

export type FormatName =
  | 'page'
  | 'atom'
  | 'jsonl'
  | 'json'
  | 'semantic-scholar'
  | 'openalex'
  | 'bibtex'
  | 'csv';

/** A problem with one record (skipped) or a whole file (fatal). */
export interface ReadIssue {
  file: string;
  line: number | null;
  record: number | null;
  message: string;
  /** skipped: the record was dropped, the rest of the file was read; fatal: the file could not be read at all. */
  kind: 'skipped' | 'fatal';
  /** short machine-readable reason, counted in summaries ("no-abstract", "bad-json", ...) */
  reason: string;
}
