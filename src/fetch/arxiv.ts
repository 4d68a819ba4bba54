// The arXiv API (export.arxiv.org/api/query): query URLs with search_query or id_list and start/max_results paging,
// a linear scan of an Atom page (totals, entries as served, API error entries, a page cut off), the verdict on a
// page, and the Atom feed fetch writes (the entries verbatim under one <feed>, which `read` takes as it is).
import type { FetchRequest, PageVerdict } from './types.ts';
import { trimEndMatching } from '../ingest/trim.ts';

export const ARXIV_PUBLIC_BASE = 'https://export.arxiv.org/api';
/** arXiv asks for at most one request every three seconds. */
export const ARXIV_DELAY_MS = 3000;
export const ARXIV_PAGE_SIZE = 100;
/** arXiv refuses pages larger than this. */
export const ARXIV_MAX_PAGE = 2000;

export type ArxivSort = 'relevance' | 'submitted' | 'updated';
const SORT_BY: Record<ArxivSort, string> = { relevance: 'relevance', submitted: 'submittedDate', updated: 'lastUpdatedDate' };

/** The query endpoint under a base (`…/api` → `…/api/query`; a base already ending in /query is the endpoint). */
export function arxivEndpoint(base: string): string {
  const b = trimEndMatching(base, /\//);
  return b.endsWith('/query') ? b : `${b}/query`;
}

export interface ArxivQuery {
  /** search_query expression (`cat:cs.DS AND abs:"edit distance"`), or '' with ids */
  query: string;
  /** id_list (one chunk) */
  ids?: readonly string[];
  sort: ArxivSort;
}

/** One page request; parameters in the order arXiv's own clients send them. */
export function arxivRequest(base: string, q: ArxivQuery, start: number, pageSize: number): FetchRequest {
  const params = new URLSearchParams();
  params.set('search_query', q.query);
  params.set('id_list', (q.ids ?? []).join(','));
  params.set('sortBy', SORT_BY[q.sort]);
  params.set('sortOrder', 'descending');
  params.set('start', String(start));
  params.set('max_results', String(pageSize));
  const what = q.ids?.length ? `the id list ${q.ids[0]}${q.ids.length > 1 ? `… (${q.ids.length} ids)` : ''}` : `page (start=${start})`;
  return { method: 'GET', url: `${arxivEndpoint(base)}?${params.toString()}`, label: what };
}

export interface ArxivEntry {
  /** arXiv id without version (the dedupe key); the entry's raw <id> text when it is not an arXiv id */
  id: string;
  /** the <entry>…</entry> element as served */
  xml: string;
}

export interface ArxivPage {
  total: number | null;
  start: number | null;
  entries: ArxivEntry[];
  /** the feed's closing tag was seen: the answer is whole */
  complete: boolean;
  /** the text of an API error entry (arXiv answers a bad query with one), else null */
  apiError: string | null;
}

const MAX_ID = 300;

function tagText(xml: string, name: string): string | null {
  // bounded: the element's text up to its close tag, no nesting inside these fields
  const open = new RegExp(`<(?:[A-Za-z][\\w.-]{0,20}:)?${name}(?:\\s[^>]{0,500})?>`);
  const m = open.exec(xml);
  if (!m) return null;
  const from = m.index + m[0].length;
  const close = new RegExp(`</(?:[A-Za-z][\\w.-]{0,20}:)?${name}\\s*>`);
  const c = close.exec(xml.slice(from));
  return c ? xml.slice(from, from + c.index) : null;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

const NEW_ID = /(\d{4}\.\d{4,5})(?:v\d{1,4})?$/;
const OLD_ID = /([a-z][a-z-]{0,20}(?:\.[A-Za-z]{2})?\/\d{7})(?:v\d{1,4})?$/;

/** The versionless arXiv id of an entry's <id> (`http://arxiv.org/abs/2202.12139v1` → `2202.12139`). */
export function entryId(raw: string): string {
  const t = decodeXml(raw).trim().slice(0, MAX_ID);
  const m = NEW_ID.exec(t) ?? OLD_ID.exec(t);
  return m ? m[1] : t;
}

/** Index of the next `<entry>` / `<entry …>` start tag (namespace prefix allowed) at or after `from`, or -1. */
function nextEntryStart(xml: string, from: number): { at: number; prefix: string } | null {
  const re = /<([A-Za-z][\w.-]{0,20}:)?entry[\s>]/g;
  re.lastIndex = from;
  const m = re.exec(xml);
  return m ? { at: m.index, prefix: m[1] ?? '' } : null;
}

/** Scan an arXiv Atom page in one pass. Never throws; linear in the page. */
export function parseArxivPage(xml: string): ArxivPage {
  const firstEntry = nextEntryStart(xml, 0);
  const head = firstEntry ? xml.slice(0, firstEntry.at) : xml;
  const num = (name: string) => { const t = tagText(head, name); return t !== null && /^\s*\d{1,10}\s*$/.test(t) ? Number(t) : null; };
  const entries: ArxivEntry[] = [];
  let apiError: string | null = null;
  let pos = 0;
  let cut = false;
  for (let e = firstEntry; e; e = nextEntryStart(xml, pos)) {
    const closeTag = `</${e.prefix}entry>`;
    const end = xml.indexOf(closeTag, e.at);
    if (end < 0) { cut = true; break; }
    const raw = xml.slice(e.at, end + closeTag.length);
    pos = end + closeTag.length;
    const id = tagText(raw, 'id');
    if (id === null) { cut = true; break; }
    if (id.includes('arxiv.org/api/errors')) {
      apiError = decodeXml(tagText(raw, 'summary') ?? id).replace(/\s+/g, ' ').trim().slice(0, 300);
      continue;
    }
    entries.push({ id: entryId(id), xml: raw });
  }
  const complete = !cut && /<\/(?:[A-Za-z][\w.-]{0,20}:)?feed\s*>\s*$/.test(xml.slice(Math.max(0, xml.length - 200)));
  return { total: num('totalResults'), start: num('startIndex'), entries, complete, apiError };
}

/**
 * What to do with a page asked for at `start`: use it, retry it, or stop. `seen` holds the ids already collected.
 * A page cut off is retried; an API error entry stops the run; a page that starts elsewhere than asked, is empty
 * before the reported total, or only repeats ids already seen is retried, and used as it is after the last try.
 */
export function arxivVerdict(page: ArxivPage, start: number, seen: ReadonlySet<string>): PageVerdict<ArxivPage> {
  if (page.apiError) return { kind: 'fatal', message: `arXiv API error: ${page.apiError}` };
  if (!page.complete) return { kind: 'retry', reason: 'the answer was cut off' };
  if (page.start !== null && page.start !== start) {
    return { kind: 'retry', reason: `the page starts at ${page.start}, not ${start}`, soft: { page, warning: `arXiv kept answering start=${page.start} for start=${start}` } };
  }
  if (!page.entries.length && page.total !== null && start < page.total) {
    return { kind: 'retry', reason: `an empty page at start=${start} of ${page.total}`, soft: { page, warning: `arXiv returned no entries at start=${start} although it reports ${page.total} results; stopped there` } };
  }
  if (page.entries.length && page.entries.every((e) => seen.has(e.id))) {
    return { kind: 'retry', reason: `the page at start=${start} repeats entries already received`, soft: { page, warning: `arXiv repeated earlier entries at start=${start}` } };
  }
  return { kind: 'ok', page };
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/** The feed fetch writes: every entry as served, in order, under one Atom root declaring the namespaces arXiv uses. */
export function arxivFeed(entries: readonly ArxivEntry[], meta: { query: string; total: number | null }): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">\n',
    `  <title>boundgraph fetch arxiv: ${escapeXml(meta.query)}</title>\n`,
    `  <opensearch:totalResults>${meta.total ?? entries.length}</opensearch:totalResults>\n`,
    '  <opensearch:startIndex>0</opensearch:startIndex>\n',
    `  <opensearch:itemsPerPage>${entries.length}</opensearch:itemsPerPage>\n`,
  ];
  for (const e of entries) parts.push('  ', e.xml, '\n');
  parts.push('</feed>\n');
  return parts.join('');
}

/** arXiv ids from an ids file: one per line or separated by spaces/commas; `#` starts a comment; order kept, repeats dropped. */
export function parseIdList(text: string): { ids: string[]; bad: Array<{ line: number; text: string }> } {
  const ids: string[] = [];
  const bad: Array<{ line: number; text: string }> = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    const body = line.includes('#') ? line.slice(0, line.indexOf('#')) : line;
    for (const tok of body.split(/[\s,]+/)) {
      if (!tok) continue;
      const t = tok.replace(/^(?:arxiv:|https?:\/\/arxiv\.org\/(?:abs|pdf)\/)/i, '').replace(/\.pdf$/i, '');
      if (t.length > 60) { bad.push({ line: i + 1, text: t.slice(0, 60) }); continue; }
      if (!seen.has(t)) { seen.add(t); ids.push(t); }
    }
  });
  return { ids, bad };
}
