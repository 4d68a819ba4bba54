// The Semantic Scholar Graph API (api.semanticscholar.org/graph/v1): bulk search with token paging, one paper, a
// batch of papers, a paper's references and citations with offset paging; the verdict on each page, the error line
// of a refusal, and the document fetch writes (the `{data: [...]}` shape `read` takes, links nested in each paper).
import type { FetchRequest, PageVerdict } from './types.ts';

export const S2_PUBLIC_BASE = 'https://api.semanticscholar.org/graph/v1';
/** One request a second: the rate of an API key, and polite without one. */
export const S2_DELAY_MS = 1000;
/** paper/batch takes at most this many ids. */
export const S2_BATCH = 500;
export const S2_LINKS_PAGE = 100;
export const PAPER_FIELDS = 'paperId,externalIds,url,title,abstract,venue,year,publicationDate,authors,fieldsOfStudy';
export const LINK_FIELDS = 'paperId,externalIds,url,title,abstract,year,publicationDate,authors';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A paper id in a URL path: DOIs keep their slashes, `CorpusId:`/`ARXIV:` prefixes their colon. */
function pathId(id: string): string {
  return id.split('/').map((s) => encodeURIComponent(s).replace(/%3A/gi, ':')).join('/');
}

export function s2SearchRequest(base: string, query: string, token: string | null, page: number): FetchRequest {
  const p = new URLSearchParams({ query, fields: PAPER_FIELDS });
  if (token) p.set('token', token);
  return { method: 'GET', url: `${base}/paper/search/bulk?${p.toString()}`, label: `search page ${page}` };
}

export function s2PaperRequest(base: string, id: string): FetchRequest {
  return { method: 'GET', url: `${base}/paper/${pathId(id)}?${new URLSearchParams({ fields: PAPER_FIELDS }).toString()}`, label: `paper ${id.slice(0, 80)}` };
}

export function s2BatchRequest(base: string, ids: readonly string[]): FetchRequest {
  return {
    method: 'POST', url: `${base}/paper/batch?${new URLSearchParams({ fields: PAPER_FIELDS }).toString()}`, body: JSON.stringify({ ids }),
    label: `a batch of ${ids.length} papers`,
  };
}

export type LinkKind = 'references' | 'citations';

export function s2LinksRequest(base: string, id: string, kind: LinkKind, offset: number, limit = S2_LINKS_PAGE): FetchRequest {
  const p = new URLSearchParams({ fields: LINK_FIELDS, offset: String(offset), limit: String(limit) });
  return { method: 'GET', url: `${base}/paper/${pathId(id)}/${kind}?${p.toString()}`, label: `${kind} of ${id.slice(0, 60)} (offset ${offset})` };
}

/** The JSON of an answer, or null when it is not whole JSON (cut off mid-record). */
export function parseJson(body: string): unknown {
  try { return JSON.parse(body); } catch { return null; }
}

/** What an API refusal says (`{"error": …}`, `{"message": …}`), else the start of its body. */
export function refusalText(body: string): string {
  const j = parseJson(body);
  if (isObj(j)) for (const k of ['error', 'message', 'detail']) if (typeof j[k] === 'string') return (j[k] as string).replace(/\s+/g, ' ').trim().slice(0, 300);
  return body.replace(/<[^>]{0,200}>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

const paperKey = (p: Json): string | null => (typeof p.paperId === 'string' && p.paperId ? p.paperId : null);

export interface SearchPage { total: number | null; token: string | null; data: Json[] }

/** A bulk search page: retried when cut off, empty while a next token is promised, or a repeat of papers already seen. */
export function s2SearchVerdict(body: string, seen: ReadonlySet<string>): PageVerdict<SearchPage> {
  const j = parseJson(body);
  if (!isObj(j) || (j.data !== undefined && !Array.isArray(j.data))) return { kind: 'retry', reason: 'the answer is not whole JSON (cut off?)' };
  const page: SearchPage = {
    total: typeof j.total === 'number' ? j.total : null,
    token: typeof j.token === 'string' && j.token ? j.token : null,
    data: Array.isArray(j.data) ? j.data.filter(isObj) : [],
  };
  if (!page.data.length && page.token) return { kind: 'retry', reason: 'an empty page with a next page promised', soft: { page: { ...page, token: null }, warning: 'Semantic Scholar returned an empty page before the end; stopped there' } };
  const keys = page.data.map(paperKey).filter((k): k is string => k !== null);
  if (keys.length && keys.every((k) => seen.has(k))) {
    return { kind: 'retry', reason: 'the page repeats papers already received', soft: { page, warning: 'Semantic Scholar repeated a page of papers already received' } };
  }
  return { kind: 'ok', page };
}

/** One paper: the object itself. */
export function s2PaperVerdict(body: string): PageVerdict<Json> {
  const j = parseJson(body);
  if (!isObj(j)) return { kind: 'retry', reason: 'the answer is not whole JSON (cut off?)' };
  return { kind: 'ok', page: j };
}

/** A batch answer: one entry per id asked for, null for an id Semantic Scholar does not know. */
export function s2BatchVerdict(body: string, asked: number): PageVerdict<Array<Json | null>> {
  const j = parseJson(body);
  if (!Array.isArray(j)) return { kind: 'retry', reason: 'the answer is not a whole JSON list (cut off?)' };
  const list = j.map((x) => (isObj(x) ? x : null));
  if (list.length !== asked) return { kind: 'retry', reason: `${list.length} answers for ${asked} ids` , soft: { page: list, warning: `Semantic Scholar answered ${list.length} of ${asked} ids in a batch` } };
  return { kind: 'ok', page: list };
}

export interface LinksPage { next: number | null; papers: Json[] }

/** A references/citations page: the papers (unwrapped from `citedPaper`/`citingPaper`) and the next offset. */
export function s2LinksVerdict(body: string, kind: LinkKind, offset: number, seen: ReadonlySet<string>): PageVerdict<LinksPage> {
  const j = parseJson(body);
  if (!isObj(j) || !Array.isArray(j.data)) return { kind: 'retry', reason: 'the answer is not whole JSON (cut off?)' };
  const inner = kind === 'references' ? 'citedPaper' : 'citingPaper';
  const papers = j.data.map((d) => (isObj(d) && isObj(d[inner]) ? d[inner] : null)).filter((p): p is Json => p !== null);
  const next = typeof j.next === 'number' && j.next > offset ? j.next : null;
  const page = { next, papers };
  if (!papers.length && next !== null) return { kind: 'retry', reason: 'an empty page with a next page promised', soft: { page: { ...page, next: null }, warning: `Semantic Scholar returned an empty ${kind} page before the end; stopped there` } };
  const keys = papers.map(paperKey).filter((k): k is string => k !== null);
  if (offset > 0 && keys.length && keys.every((k) => seen.has(k))) {
    return { kind: 'retry', reason: `the ${kind} page repeats papers already received`, soft: { page, warning: `Semantic Scholar repeated a ${kind} page` } };
  }
  return { kind: 'ok', page };
}

/** Papers kept once, by paperId (papers without one are kept as they come). */
export class PaperSet {
  readonly papers: Json[] = [];
  readonly seen = new Set<string>();
  /** adds the new papers; returns how many were new */
  add(list: readonly Json[], max = Infinity): number {
    let added = 0;
    for (const p of list) {
      if (this.papers.length >= max) break;
      const k = paperKey(p);
      if (k !== null) { if (this.seen.has(k)) continue; this.seen.add(k); }
      this.papers.push(p);
      added++;
    }
    return added;
  }
}

/** The document fetch writes: `{"data": [paper…]}`, each paper with the `references`/`citations` fetched for it. */
export function s2Document(papers: readonly Json[]): string {
  return `${JSON.stringify({ data: papers }, null, 1)}\n`;
}
