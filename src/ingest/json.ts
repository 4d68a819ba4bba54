// JSON Lines and JSON documents: arXiv OAI snapshot, arXiv daily listings, generic title+abstract records,
// with Semantic Scholar and OpenAlex objects routed to their own readers whatever the file is called.
import type { FormatName, PaperSource, ReadSink, RecordOutcome } from './types.ts';
import {
  arxivIdFrom, cleanAuthors, collapseWhitespace, doiFrom, paperId, splitAuthorString, str, yearFrom, yearFromArxivId,
} from './normalize.ts';
import { isRecord, type JsonRecord } from './json-value.ts';
import { isSemanticScholarPaper, semanticScholarOutcomes } from './semantic-scholar.ts';
import { isOpenAlexWork, openAlexToPaper } from './openalex.ts';
import { guardedSink } from './guard.ts';
import { RECORD_KEYS, recoverJsonRecords } from './json-recover.ts';

/** Which record family to assume: 'auto' sniffs each record by its fields. */
export type JsonFlavour = 'auto' | 'semantic-scholar' | 'openalex';

export function flavourOf(format: FormatName): JsonFlavour {
  return format === 'semantic-scholar' || format === 'openalex' ? format : 'auto';
}

const ABSTRACT_FIELDS = ['abstract', 'summary', 'abstractText', 'abstract_text', 'description'];
const TITLE_FIELDS = ['title', 'display_name', 'name'];

function firstString(obj: JsonRecord, fields: string[]): string | null {
  for (const f of fields) {
    const v = str(obj[f]);
    if (v && v.trim()) return v;
  }
  return null;
}

/** "Mon, 2 Apr 2007 19:18:42 GMT" or "2007-04-02" → "2007-04-02"; null when unparseable. */
function isoDate(value: unknown): string | null {
  const s = str(value);
  if (!s || s.length > 100) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return s.slice(0, 10);
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function authorsOf(value: unknown, parsed: unknown): string[] {
  // arXiv OAI: authors_parsed = [[last, first, suffix], ...] is cleaner than the free-text authors string
  if (Array.isArray(parsed) && parsed.length > 0) {
    return cleanAuthors(parsed.map((p) => (Array.isArray(p) ? [p[1], p[0], p[2]].filter((x) => typeof x === 'string' && x).join(' ') : null)));
  }
  if (Array.isArray(value)) {
    return cleanAuthors(value.map((a) => (isRecord(a) ? (str(a.name) ?? [str(a.given), str(a.family)].filter(Boolean).join(' ')) : a)));
  }
  const s = str(value);
  return s ? splitAuthorString(s) : [];
}

function categoriesOf(value: unknown): string[] | null {
  if (Array.isArray(value)) return cleanAuthors(value);
  const s = str(value);
  return s ? s.split(/\s+/).filter(Boolean) : null;
}

/** A generic record (arXiv OAI snapshot, arXiv daily listing, or any {title, abstract|summary} object) → Paper. */
export function genericRecordToPaper(obj: JsonRecord, source: PaperSource): RecordOutcome {
  const title = collapseWhitespace(firstString(obj, TITLE_FIELDS) ?? '');
  const abstract = collapseWhitespace(firstString(obj, ABSTRACT_FIELDS) ?? '');
  if (!title) return { kind: 'skip', reason: 'no-title', message: 'record has no title' };
  if (!abstract) return { kind: 'skip', reason: 'no-abstract', message: `record "${title.slice(0, 60)}" has no abstract` };
  const arxiv = arxivIdFrom(obj.arxiv_id) ?? arxivIdFrom(obj.arxivId) ?? arxivIdFrom(obj.id) ?? arxivIdFrom(obj.abs) ?? arxivIdFrom(obj.url);
  const doi = doiFrom(obj.doi) ?? doiFrom(obj.DOI) ?? doiFrom(obj.id);
  const versions = Array.isArray(obj.versions) ? obj.versions : [];
  const firstVersion = isRecord(versions[0]) ? versions[0] : {};
  const published = isoDate(obj.published) ?? isoDate(obj.publication_date) ?? isoDate(obj.date) ?? isoDate(firstVersion.created);
  const year = yearFrom(obj.year) ?? yearFrom(obj.publication_year) ?? yearFrom(published) ?? yearFromArxivId(arxiv) ?? yearFrom(obj.update_date);
  const url = str(obj.abs) ?? str(obj.url) ?? str(obj.link) ?? (arxiv ? `https://arxiv.org/abs/${arxiv}` : doi ? `https://doi.org/${doi}` : null);
  const categories = categoriesOf(obj.categories);
  const paper = {
    id: paperId({ arxiv, doi, title }),
    title,
    abstract,
    authors: authorsOf(obj.authors, obj.authors_parsed),
    year,
    url,
    source,
    ...(categories && categories.length ? { categories } : {}),
    ...(published ? { published } : {}),
    ...(doi ? { doi } : {}),
  };
  return { kind: 'paper', paper };
}

/** One parsed JSON value → the outcomes for the papers in it (an S2 paper carries its citations and references). */
export function recordOutcomes(value: unknown, flavour: JsonFlavour, source: (i: number) => PaperSource): RecordOutcome[] {
  if (!isRecord(value)) return [{ kind: 'skip', reason: 'not-an-object', message: 'record is not a JSON object' }];
  if (flavour === 'semantic-scholar' || (flavour === 'auto' && isSemanticScholarPaper(value))) {
    return semanticScholarOutcomes(value, source);
  }
  if (flavour === 'openalex' || (flavour === 'auto' && isOpenAlexWork(value))) return [openAlexToPaper(value, source(0))];
  return [genericRecordToPaper(value, source(0))];
}

/** The top-level records of a JSON document: an array, `{data: [...]}` (S2), `{results: [...]}` (OpenAlex), `{papers|records|items: [...]}`, or one object. */
export function documentRecords(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (isRecord(doc)) {
    for (const key of RECORD_KEYS) {
      if (Array.isArray(doc[key])) return doc[key] as unknown[];
    }
    return [doc];
  }
  return [doc];
}

/** Turns outcomes into sink calls, numbering records in file order. */
export class RecordEmitter {
  private next = 0;
  constructor(private readonly file: string, private readonly sink: ReadSink) {}
  get count(): number { return this.next; }
  emit(value: unknown, flavour: JsonFlavour, line: number | null): void {
    const base = this.next;
    const outcomes = recordOutcomes(value, flavour, (i) => ({ file: this.file, line, record: base + i }));
    outcomes.forEach((o, i) => {
      if (o.kind === 'paper') this.sink.paper(o.paper);
      else this.sink.issue({ file: this.file, line, record: base + i, message: o.message, kind: 'skipped', reason: o.reason });
    });
    this.next += outcomes.length;
  }
  skip(line: number | null, reason: string, message: string): void {
    this.sink.issue({ file: this.file, line, record: this.next, message, kind: 'skipped', reason });
    this.next += 1;
  }
  /** The file is damaged from here on (cut off): an error, not a skipped record. */
  fail(line: number | null, reason: string, message: string): void {
    this.sink.issue({ file: this.file, line, record: null, message, kind: 'error', reason });
  }
}

/** A JSON Lines reader fed one line at a time (the shell streams lines, so huge .jsonl.gz files never sit in memory whole). */
export function createJsonlReader(file: string, sink: ReadSink, format: FormatName = 'jsonl') {
  const emitter = new RecordEmitter(file, guardedSink(sink));
  const flavour = flavourOf(format);
  let parsed = 0;
  const parse = (t: string): { value: unknown } | { error: string } => {
    try {
      return { value: JSON.parse(t) };
    } catch (err) {
      return { error: (err instanceof Error ? err.message : String(err)).slice(0, 120) };
    }
  };
  const accept = (value: unknown, lineNo: number) => {
    parsed++;
    // a JSONL line may itself hold an array or an API envelope
    for (const rec of documentRecords(value)) emitter.emit(rec, flavour, lineNo);
  };
  return {
    /** Feed one line (without its newline) and its 1-based line number. */
    line(text: string, lineNo: number): void {
      const t = text.trim();
      if (!t) return;
      const r = parse(t);
      if ('error' in r) emitter.skip(lineNo, 'bad-json', `invalid JSON: ${r.error}`);
      else accept(r.value, lineNo);
    },
    /**
     * The end of the input: `rest` is what followed the last newline (often nothing), `lineNo` its line number and
     * `cut` why the data ended early when the shell knows (a truncated gzip stream). A last line with no newline
     * that is not complete JSON was cut off; either way a cut is reported once, as an error.
     */
    finish(rest: string, lineNo: number, cut: string | null = null): void {
      const t = rest.trim();
      const r = t ? parse(t) : null;
      if (r && 'value' in r) accept(r.value, lineNo);
      if (r && 'error' in r) {
        emitter.fail(lineNo, 'truncated', `record cut off by the end of the ${cut ? `data (${cut})` : 'file (the last line has no newline and is not complete JSON)'}`);
      } else if (cut) {
        emitter.fail(t ? lineNo : Math.max(1, lineNo - 1), 'truncated', `the data ends early (${cut}); every record up to here was read`);
      }
    },
    get records(): number { return emitter.count; },
    /** lines that were valid JSON: none at all means the file is not JSON Lines */
    get parsedLines(): number { return parsed; },
  };
}

/** Read a whole JSON document (array, envelope or single object). Returns false when the text is not one JSON value. */
export function readJsonDocument(text: string, file: string, sink: ReadSink, format: FormatName = 'json'): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return false;
  }
  const emitter = new RecordEmitter(file, guardedSink(sink));
  const flavour = flavourOf(format);
  for (const rec of documentRecords(doc)) emitter.emit(rec, flavour, null);
  return true;
}

/**
 * Read the records of a JSON document that is not one valid JSON value: an array (or envelope array) cut off at
 * the end or holding a broken record. Each complete record is read; each broken one is skipped with its line; a
 * cut is reported once as an error. Returns null when the text has no records array to recover from, else the
 * number of complete records.
 */
export function readBrokenJsonDocument(text: string, file: string, sink: ReadSink, format: FormatName = 'json', cut: string | null = null): number | null {
  const r = recoverJsonRecords(text);
  if (!r.found) return null;
  const emitter = new RecordEmitter(file, guardedSink(sink));
  const flavour = flavourOf(format);
  let complete = 0;
  for (const el of r.elements) {
    if (el.error !== undefined) emitter.skip(el.line, 'bad-json', `invalid JSON record: ${el.error}`);
    else { complete++; emitter.emit(el.value, flavour, null); }
  }
  if (r.cut) {
    const why = cut ? ` (${cut})` : '';
    emitter.fail(r.cut.line, 'truncated', r.cut.partial
      ? `record cut off by the end of the file${r.cut.inString ? ' inside a string' : ''}${why}`
      : `the records array is not closed: the file ends early${why}`);
  } else if (cut) {
    emitter.fail(null, 'truncated', `the data ends early (${cut})`);
  }
  return complete;
}
