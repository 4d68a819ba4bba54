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
  /** subject categories when the source has them (arXiv `cs.DS`, ...) */
  categories?: string[];
  /** publication / first-submission date as `YYYY-MM-DD` when the source has one */
  published?: string;
  /** lower-cased DOI when the source has one */
  doi?: string;
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

/** A problem with one record (skipped), part of a file (error), a kept record (warning) or a whole file (fatal). */
export interface ReadIssue {
  file: string;
  line: number | null;
  record: number | null;
  message: string;
  /**
   * skipped: the record was dropped, the rest of the file was read;
   * error: the file is damaged from here on (cut off, corrupt compressed data): the complete records before were kept;
   * warning: the record was kept with something removed (an unsafe url);
   * fatal: the file could not be read at all.
   */
  kind: 'skipped' | 'error' | 'warning' | 'fatal';
  /** short machine-readable reason, counted in summaries ("no-abstract", "bad-json", ...) */
  reason: string;
}

/** Where a pure reader sends what it finds; the shell collects, counts and dedupes. */
export interface ReadSink {
  paper(paper: Paper): void;
  issue(issue: ReadIssue): void;
}

/** What a reader makes of one record of a JSON-ish source: a Paper, a skip with a reason, or nothing to report. */
export type RecordOutcome =
  | { kind: 'paper'; paper: Paper }
  | { kind: 'skip'; reason: string; message: string };
