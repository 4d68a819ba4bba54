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
  /** the source's own ids besides `id` and `doi`, so citations that name the paper by them find it */
  ids?: SourceIds;
  /** works this paper cites (Semantic Scholar `references`, OpenAlex `referenced_works`) */
  references?: WorkRef[];
  /** works that cite this paper (Semantic Scholar `citations`) */
  citations?: WorkRef[];
  /** bounds recorded by curators (Algorithm Wiki): the extractor turns each into a claim as it is, not from the text */
  curated?: CuratedBound[];
}

/** Ids a paper is known by in the citation graphs; every field optional. */
export interface SourceIds {
  /** Semantic Scholar paper id (40 hex digits) */
  s2?: string;
  /** OpenAlex work id (`W…`) */
  openalex?: string;
}

/** A work one record points to by citation, by whatever the source names it with (matched to the corpus in src/graph/citations.ts). */
export interface WorkRef {
  arxiv?: string;
  /** lower-cased */
  doi?: string;
  s2?: string;
  openalex?: string;
  title?: string;
  year?: number;
}

/**
 * A bound a curator recorded, with where its text sits in the record's abstract (which the reader writes so that
 * every curated bound is quoted in it: a claim's span is always real text). Settings are plain strings here; the
 * extractor checks them against its own vocabulary (src/extract/curated.ts).
 */
export interface CuratedBound {
  /** offsets of the bound's text in the abstract, and of the sentence holding it */
  start: number;
  end: number;
  sentence: [number, number];
  resource: 'time' | 'space';
  role: 'result' | 'lower';
  /** the problem as the curators name it ("Edit distance"); its canonical key is derived by the extractor */
  problem: string;
  /** the algorithm it is the bound of, when there is one */
  method?: string;
  model?: string;
  variants?: string[];
  guarantee?: 'worst' | 'expected' | 'amortized' | 'whp';
  /** lower bounds: `unconditional` or the hypothesis it assumes (SETH, …) */
  condition?: string | null;
  source: 'algowiki';
  /** who recorded it and where it comes from: "Algorithm Wiki: Masek & Paterson 1980" */
  reference: string;
  url?: string;
}

export type FormatName =
  | 'page'
  | 'atom'
  | 'jsonl'
  | 'json'
  | 'semantic-scholar'
  | 'openalex'
  | 'bibtex'
  | 'csv'
  | 'algowiki';

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
