// The OpenAlex works API (api.openalex.org/works): search or filter with cursor paging (`cursor=*`), the polite pool's
// mailto, the verdict on each page, and the document fetch writes (`{results: [work…]}`, which `read` takes as it is,
// rebuilding each abstract from its inverted index; `referenced_works` give the citation links).
import type { FetchRequest, PageVerdict } from './types.ts';
import { parseJson } from './s2.ts';
import { trimEndMatching } from '../ingest/trim.ts';

export const OPENALEX_PUBLIC_BASE = 'https://api.openalex.org';
/** OpenAlex allows 10 requests a second; one every 100 ms stays under it. */
export const OPENALEX_DELAY_MS = 100;
export const OPENALEX_PAGE = 200;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface OpenAlexQuery { search?: string; filter?: string; mailto?: string | null }

export function openAlexRequest(base: string, q: OpenAlexQuery, cursor: string, page: number, perPage = OPENALEX_PAGE): FetchRequest {
  const p = new URLSearchParams();
  if (q.search) p.set('search', q.search);
  if (q.filter) p.set('filter', q.filter);
  p.set('per-page', String(perPage));
  p.set('cursor', cursor);
  if (q.mailto) p.set('mailto', q.mailto);
  // a base given with the endpoint (`…/works`) is the same base
  return { method: 'GET', url: `${trimEndMatching(base, /\//).replace(/\/works$/, '')}/works?${p.toString()}`, label: `page ${page}` };
}

export interface OpenAlexPage { count: number | null; nextCursor: string | null; results: Json[] }

const workKey = (w: Json): string | null => (typeof w.id === 'string' && w.id ? w.id : null);

/** A works page: retried when cut off, empty while a next cursor is promised, or a repeat of works already seen. */
export function openAlexVerdict(body: string, seen: ReadonlySet<string>): PageVerdict<OpenAlexPage> {
  const j = parseJson(body);
  if (!isObj(j) || !Array.isArray(j.results)) return { kind: 'retry', reason: 'the answer is not whole JSON (cut off?)' };
  const meta = isObj(j.meta) ? j.meta : {};
  const page: OpenAlexPage = {
    count: typeof meta.count === 'number' ? meta.count : null,
    nextCursor: typeof meta.next_cursor === 'string' && meta.next_cursor ? meta.next_cursor : null,
    results: j.results.filter(isObj),
  };
  if (!page.results.length && page.nextCursor) {
    return { kind: 'retry', reason: 'an empty page with a next cursor', soft: { page: { ...page, nextCursor: null }, warning: 'OpenAlex returned an empty page before the end; stopped there' } };
  }
  const keys = page.results.map(workKey).filter((k): k is string => k !== null);
  if (keys.length && keys.every((k) => seen.has(k))) {
    return { kind: 'retry', reason: 'the page repeats works already received', soft: { page, warning: 'OpenAlex repeated a page of works already received' } };
  }
  return { kind: 'ok', page };
}

/** Works kept once, by id. */
export function addWorks(into: Json[], seen: Set<string>, list: readonly Json[], max: number): number {
  let added = 0;
  for (const w of list) {
    if (into.length >= max) break;
    const k = workKey(w);
    if (k !== null) { if (seen.has(k)) continue; seen.add(k); }
    into.push(w);
    added++;
  }
  return added;
}

export function openAlexDocument(works: readonly Json[]): string {
  return `${JSON.stringify({ results: works }, null, 1)}\n`;
}
