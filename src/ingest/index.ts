// Public entry of the ingest stage: pure readers over text (or lines), format sniffing, normalisation and dedupe.
import type { FormatName, Paper, ReadIssue, ReadSink } from './types.ts';
import { readPage } from './page.ts';
import { readAtom, createAtomReader } from './atom.ts';
import { createJsonlReader, readBrokenJsonDocument, readJsonDocument } from './json.ts';
import { readBibtex } from './bibtex.ts';
import { readCsv } from './csv.ts';
import { readAlgowiki } from './algowiki.ts';

export type { FormatName, Paper, PaperSource, ReadIssue, ReadSink, RecordOutcome, WorkRef, SourceIds, CuratedBound } from './types.ts';
export { sniffFormat, isGzip, binaryReason, detectEncoding, isFormatName, FORMAT_NAMES, SUPPORTED_EXTENSIONS, type SniffResult, type TextEncodingGuess } from './sniff.ts';
export { guardedSink } from './guard.ts';
export { recoverJsonRecords } from './json-recover.ts';
export { Deduper, dedupePapers } from './dedupe.ts';
export { collapseWhitespace, arxivIdFrom, doiFrom, yearFrom, yearFromArxivId, titleKey, titleSlugId, paperId, isStrongId, safeUrl, controlCharIn } from './normalize.ts';
export { readPage } from './page.ts';
export { readAtom, createAtomReader } from './atom.ts';
export { createJsonlReader, readJsonDocument, readBrokenJsonDocument, genericRecordToPaper, recordOutcomes, documentRecords } from './json.ts';
export { semanticScholarToPaper, semanticScholarOutcomes, flattenSemanticScholar, s2WorkRef } from './semantic-scholar.ts';
export { openAlexToPaper, rebuildInvertedAbstract, openAlexWorkId } from './openalex.ts';
export { readBibtex } from './bibtex.ts';
export { readCsv, mapColumns } from './csv.ts';
export { readAlgowiki, algowikiProblems, algowikiProblemName, isAlgowikiHead, type AlgowikiProblem } from './algowiki.ts';

/** A sink that counts what passes through it (so the caller can tell "nothing found" from "all skipped"). */
export function countingSink(inner: ReadSink) {
  const counts = { papers: 0, skipped: 0, errors: 0 };
  const sink: ReadSink = {
    paper(p: Paper) { counts.papers++; inner.paper(p); },
    issue(i: ReadIssue) {
      if (i.kind === 'skipped') counts.skipped++;
      else if (i.kind === 'error') counts.errors++;
      inner.issue(i);
    },
  };
  return { sink, counts };
}

/** The outcome of reading one file: `fatal` says why it is unusable as the format (nothing was read). */
export interface DocumentResult {
  papers: number;
  skipped: number;
  fatal: string | null;
}

export interface DocumentOptions {
  /** CSV/TSV delimiter */
  delimiter?: string;
  /** set by the shell when the data ended early (a truncated or corrupt gzip stream): why, for the one error line */
  cut?: string | null;
}

const FORMAT_LABEL: Record<FormatName, string> = {
  page: 'a paper-listing page', atom: 'Atom XML', jsonl: 'JSON Lines', json: 'JSON', 'semantic-scholar': 'Semantic Scholar JSON',
  openalex: 'OpenAlex JSON', bibtex: 'BibTeX', csv: 'CSV/TSV', algowiki: 'Algorithm Wiki JSON',
};

/** Read lines of JSON Lines text (used when a JSON file turns out to be JSONL). */
function readJsonlText(text: string, file: string, sink: ReadSink, format: FormatName, cut: string | null = null): number {
  const reader = createJsonlReader(file, sink, format);
  let pos = 0;
  let lineNo = 0;
  for (let end = text.indexOf('\n', pos); end >= 0; end = text.indexOf('\n', pos)) {
    reader.line(text.slice(pos, end), ++lineNo);
    pos = end + 1;
  }
  reader.finish(text.slice(pos), lineNo + 1, cut);
  return reader.parsedLines;
}

/**
 * Text cut off mid-record (the shell saw the compressed stream end early): the incomplete last line is dropped
 * and the cut reported once, as an error, so no half record is read as a whole one.
 */
function dropCutTail(text: string, file: string, sink: ReadSink, cut: string): string {
  const last = text.lastIndexOf('\n');
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < last; i = text.indexOf('\n', i + 1)) lines++;
  const partial = last < text.length - 1 && text.slice(last + 1).trim() !== '';
  sink.issue({
    file, line: partial ? lines + (last >= 0 ? 1 : 0) : lines, record: null, kind: 'error', reason: 'truncated',
    message: partial ? `the data ends early (${cut}): this last, incomplete line was dropped` : `the data ends early (${cut})`,
  });
  return partial ? text.slice(0, last + 1) : text;
}

/** The JSON formats: one document, a document to recover records from, or JSON Lines under a .json name. */
function readJsonish(body: string, format: FormatName, file: string, sink: ReadSink, counts: { papers: number; skipped: number; errors: number }, cut: string | null): string | null {
  const c = body.trimStart()[0];
  if (c !== '{' && c !== '[') return `invalid ${FORMAT_LABEL[format]}: expected an object or an array of records`;
  if (readJsonDocument(body, file, sink, format)) {
    if (cut) sink.issue({ file, line: null, record: null, kind: 'error', reason: 'truncated', message: `the data ends early (${cut})` });
    return counts.papers || counts.skipped ? null : 'no records found (empty JSON document)';
  }
  // a records array cut off or holding a broken record: every complete record is kept
  if (c === '[' || !firstLineIsObject(body)) {
    const trial: Array<() => void> = [];
    const probe = countingSink({ paper: (p) => trial.push(() => sink.paper(p)), issue: (i) => trial.push(() => sink.issue(i)) });
    const complete = readBrokenJsonDocument(body, file, probe.sink, format, cut);
    if (complete !== null && complete > 0) {
      for (const replay of trial) replay();
      return null;
    }
    if (complete === 0 && c === '[') return `truncated or invalid JSON: no complete record (${jsonError(body)})`;
  }
  // not one JSON value: maybe JSON Lines; keep it only if some line parses
  const trial: Array<() => void> = [];
  const probe = countingSink({ paper: (p) => trial.push(() => sink.paper(p)), issue: (i) => trial.push(() => sink.issue(i)) });
  if (!readJsonlText(body, file, probe.sink, format, cut)) return `invalid ${FORMAT_LABEL[format]}: ${jsonError(body)}`;
  for (const replay of trial) replay();
  return null;
}

/**
 * Read a whole file's text as `format`. Papers and skipped records go to `sink` as they are found; when the file
 * yields no record at all (not even a skipped one) the result says why it is unusable and the caller fails.
 * The paper records a partly-good file yields are never withheld.
 */
export function readDocument(text: string, format: FormatName, file: string, sink: ReadSink, opts: DocumentOptions = {}): DocumentResult {
  const { sink: counted, counts } = countingSink(sink);
  const cut = opts.cut ?? null;
  let body = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (cut && (format === 'page' || format === 'bibtex' || format === 'csv')) body = dropCutTail(body, file, counted, cut);
  const nothing = () => !counts.papers && !counts.skipped;
  let fatal: string | null = null;
  switch (format) {
    case 'page': {
      readPage(body, file, counted);
      if (nothing()) fatal = 'no title/abstract blocks found (not a paper-listing page)';
      break;
    }
    case 'atom': {
      const stats = readAtom(body, file, counted, cut);
      if (nothing() && !stats.cut) {
        fatal = stats.errors.length ? `not readable as Atom XML: ${stats.errors[0]}` : 'no Atom <entry> elements found';
      } else if (!stats.entries) {
        fatal = `truncated XML: no complete <entry>${stats.errors.length ? ` (${stats.errors[0]})` : ''}`;
      }
      break;
    }
    case 'jsonl':
      // a pretty-printed JSON array given as .jsonl would fail line by line: read it as one document instead
      if (body.trimStart().startsWith('[')) { fatal = readJsonish(body, format, file, counted, counts, cut); break; }
      if (!readJsonlText(body, file, counted, format, cut)) fatal = counts.skipped || counts.errors ? `no line is valid JSON: ${jsonError(firstLine(body))}` : 'no JSON records found';
      break;
    case 'json':
    case 'semantic-scholar':
    case 'openalex':
      fatal = readJsonish(body, format, file, counted, counts, cut);
      break;
    case 'bibtex': {
      const stats = readBibtex(body, file, counted);
      if (nothing()) fatal = stats.errors ? 'no readable BibTeX entry' : 'no BibTeX entries found';
      break;
    }
    case 'algowiki': {
      const stats = readAlgowiki(body, file, counted);
      if (!stats) fatal = `invalid JSON: ${jsonError(body)}`;
      else if (!stats.kind) fatal = 'no Algorithm Wiki rows (Family Name, Variation, …) found';
      else if (nothing()) fatal = 'no problem or algorithm with a bound';
      break;
    }
    case 'csv': {
      const stats = readCsv(body, file, counted, opts.delimiter ?? ',');
      if (stats.missingColumns) fatal = `not a paper table: ${stats.missingColumns}`;
      else if (nothing()) fatal = 'no data rows';
      break;
    }
  }
  return { papers: counts.papers, skipped: counts.skipped, fatal: fatal ? `${fatal} (read as ${FORMAT_LABEL[format]})` : null };
}

/** Does the first line look like a JSON object on its own (so the file is JSON Lines)? */
function firstLineIsObject(text: string): boolean {
  const t = text.trimStart();
  const nl = t.indexOf('\n');
  const first = (nl < 0 ? t : t.slice(0, nl)).trim();
  if (!first.startsWith('{') || !first.endsWith('}') || nl < 0) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

function firstLine(text: string): string {
  const t = text.trimStart();
  const nl = t.indexOf('\n');
  return nl < 0 ? t : t.slice(0, nl);
}

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return 'unknown error';
  } catch (err) {
    return (err instanceof Error ? err.message : String(err)).slice(0, 160);
  }
}
