// Public entry of the ingest stage: pure readers over text (or lines), format sniffing, normalisation and dedupe.
import type { FormatName, Paper, ReadIssue, ReadSink } from './types.ts';
import { readPage } from './page.ts';
import { readAtom, createAtomReader } from './atom.ts';
import { createJsonlReader, readJsonDocument } from './json.ts';
import { readBibtex } from './bibtex.ts';
import { readCsv } from './csv.ts';

export type { FormatName, Paper, PaperSource, ReadIssue, ReadSink, RecordOutcome } from './types.ts';
export { sniffFormat, isGzip, binaryReason, isFormatName, FORMAT_NAMES, SUPPORTED_EXTENSIONS, type SniffResult } from './sniff.ts';
export { Deduper, dedupePapers } from './dedupe.ts';
export { collapseWhitespace, arxivIdFrom, doiFrom, yearFrom, yearFromArxivId, titleKey, titleSlugId, paperId, isStrongId } from './normalize.ts';
export { readPage } from './page.ts';
export { readAtom, createAtomReader } from './atom.ts';
export { createJsonlReader, readJsonDocument, genericRecordToPaper, recordOutcomes, documentRecords } from './json.ts';
export { semanticScholarToPaper, flattenSemanticScholar } from './semantic-scholar.ts';
export { openAlexToPaper, rebuildInvertedAbstract } from './openalex.ts';
export { readBibtex } from './bibtex.ts';
export { readCsv, mapColumns } from './csv.ts';

/** A sink that counts what passes through it (so the caller can tell "nothing found" from "all skipped"). */
export function countingSink(inner: ReadSink) {
  const counts = { papers: 0, skipped: 0 };
  const sink: ReadSink = {
    paper(p: Paper) { counts.papers++; inner.paper(p); },
    issue(i: ReadIssue) { if (i.kind === 'skipped') counts.skipped++; inner.issue(i); },
  };
  return { sink, counts };
}

/** The outcome of reading one file: `fatal` says why it is unusable as the format (nothing was read). */
export interface DocumentResult {
  papers: number;
  skipped: number;
  fatal: string | null;
}

const FORMAT_LABEL: Record<FormatName, string> = {
  page: 'a paper-listing page', atom: 'Atom XML', jsonl: 'JSON Lines', json: 'JSON', 'semantic-scholar': 'Semantic Scholar JSON',
  openalex: 'OpenAlex JSON', bibtex: 'BibTeX', csv: 'CSV/TSV',
};

/** Read lines of JSON Lines text (used when a JSON file turns out to be JSONL). */
function readJsonlText(text: string, file: string, sink: ReadSink, format: FormatName): number {
  const reader = createJsonlReader(file, sink, format);
  let pos = 0;
  let lineNo = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    reader.line(text.slice(pos, end), ++lineNo);
    pos = end + 1;
  }
  return reader.parsedLines;
}

/**
 * Read a whole file's text as `format`. Papers and skipped records go to `sink` as they are found; when the file
 * yields no record at all (not even a skipped one) the result says why it is unusable and the caller fails.
 * The paper records a partly-good file yields are never withheld.
 */
export function readDocument(text: string, format: FormatName, file: string, sink: ReadSink, opts: { delimiter?: string } = {}): DocumentResult {
  const { sink: counted, counts } = countingSink(sink);
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  let fatal: string | null = null;
  switch (format) {
    case 'page': {
      readPage(body, file, counted);
      if (!counts.papers && !counts.skipped) fatal = 'no title/abstract blocks found (not a paper-listing page)';
      break;
    }
    case 'atom': {
      const stats = readAtom(body, file, counted);
      if (!counts.papers && !counts.skipped) {
        fatal = stats.errors.length ? `not readable as Atom XML: ${stats.errors[0]}` : 'no Atom <entry> elements found';
      } else if (!stats.entries) {
        fatal = `truncated XML: no complete <entry>${stats.errors.length ? ` (${stats.errors[0]})` : ''}`;
      }
      break;
    }
    case 'jsonl':
      // a pretty-printed JSON array given as .jsonl would fail line by line: read it as one document instead
      if (body.trimStart().startsWith('[') && readJsonDocument(body, file, counted, format)) break;
      if (!readJsonlText(body, file, counted, format)) fatal = counts.skipped ? `no line is valid JSON: ${jsonError(firstLine(body))}` : 'no JSON records found';
      break;
    case 'json':
    case 'semantic-scholar':
    case 'openalex': {
      const c = body.trimStart()[0];
      if (c !== '{' && c !== '[') {
        fatal = `invalid ${FORMAT_LABEL[format]}: expected an object or an array of records`;
        break;
      }
      if (!readJsonDocument(body, file, counted, format)) {
        // not one JSON value: maybe JSON Lines; keep it only if some line parses
        const trial: Array<() => void> = [];
        const probe = countingSink({ paper: (p) => trial.push(() => sink.paper(p)), issue: (i) => trial.push(() => sink.issue(i)) });
        if (!readJsonlText(body, file, probe.sink, format)) {
          fatal = `invalid ${FORMAT_LABEL[format]}: ${jsonError(body)}`;
          break;
        }
        for (const replay of trial) replay();
        return { ...probe.counts, fatal: null };
      }
      if (!counts.papers && !counts.skipped) fatal = 'no records found (empty JSON document)';
      break;
    }
    case 'bibtex': {
      const stats = readBibtex(body, file, counted);
      if (!counts.papers && !counts.skipped) fatal = stats.errors ? 'no readable BibTeX entry' : 'no BibTeX entries found';
      break;
    }
    case 'csv': {
      const stats = readCsv(body, file, counted, opts.delimiter ?? ',');
      if (stats.missingColumns) fatal = `not a paper table: ${stats.missingColumns}`;
      else if (!counts.papers && !counts.skipped) fatal = 'no data rows';
      break;
    }
  }
  return { papers: counts.papers, skipped: counts.skipped, fatal: fatal ? `${fatal} (read as ${FORMAT_LABEL[format]})` : null };
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
