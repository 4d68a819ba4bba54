// The paging runs of `boundgraph fetch`, one per API: they ask the client for pages in order, keep each record once,
// stop at --max or the end, and return the output document. The pages' URLs depend only on the arguments and on
// earlier answers, so a second run asks for the same pages and finds the finished ones in the cache.
import type { FetchClient } from './fetch-client.ts';
import {
  ARXIV_PAGE_SIZE, S2_BATCH, addWorks, arxivFeed, arxivRequest, arxivVerdict, openAlexDocument, openAlexRequest, openAlexVerdict, parseArxivPage,
  s2BatchRequest, s2BatchVerdict, s2Document, s2LinksRequest, s2LinksVerdict, s2PaperRequest, s2PaperVerdict, s2SearchRequest, s2SearchVerdict,
  PaperSet, type ArxivEntry, type ArxivSort, type LinkKind, type OpenAlexQuery,
} from '../fetch/index.ts';

export interface RunHooks {
  /** the number of records the run expects, once known */
  total(n: number | null): void;
  /** records added */
  added(n: number): void;
  warn(line: string): void;
}

export interface RunResult {
  /** the output document */
  text: string;
  records: number;
  /** what the service reported in all (arXiv's totalResults, S2's total, OpenAlex's count) */
  reported: number | null;
  /** linked papers fetched with the seeds (S2 references and citations) */
  linked: number;
}

export interface ArxivArgs { base: string; query: string; ids: string[] | null; max: number; sort: ArxivSort; pageSize: number }

/** arXiv: a search_query paged by start/max_results, or an id list in chunks of a page. */
export async function runArxiv(client: FetchClient, a: ArxivArgs, hooks: RunHooks): Promise<RunResult> {
  const seen = new Set<string>();
  const entries: ArxivEntry[] = [];
  let reported: number | null = null;
  const take = (list: readonly ArxivEntry[]) => {
    let n = 0;
    for (const e of list) {
      if (entries.length >= a.max) break;
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      entries.push(e);
      n++;
    }
    hooks.added(n);
  };
  // one paging loop per query: the search, or each chunk of ids (a chunk is one page unless arXiv splits it)
  const pageThrough = async (query: { query: string; ids?: string[] }, limit: number) => {
    let start = 0;
    let got = 0;
    for (;;) {
      const req = arxivRequest(a.base, { ...query, sort: a.sort }, start, a.pageSize);
      const { page, warning } = await client.page(req, (ans) => arxivVerdict(parseArxivPage(ans.body), start, seen));
      if (warning) hooks.warn(warning);
      if (!query.ids) { reported = page.total; hooks.total(page.total === null ? a.max : Math.min(a.max, page.total)); }
      take(page.entries);
      got += page.entries.length;
      start += page.entries.length;
      if (!page.entries.length || entries.length >= a.max || got >= limit) break;
      if (page.total !== null && start >= page.total) break;
    }
  };
  if (a.ids) {
    hooks.total(Math.min(a.max, a.ids.length));
    for (let i = 0; i < a.ids.length && entries.length < a.max; i += a.pageSize) {
      const chunk = a.ids.slice(i, i + a.pageSize);
      await pageThrough({ query: '', ids: chunk }, chunk.length);
    }
    const missing = a.ids.length - entries.length;
    if (missing > 0 && entries.length < a.max) hooks.warn(`${missing} of ${a.ids.length} ids are not on arXiv`);
    reported = a.ids.length;
  } else {
    await pageThrough({ query: a.query }, Infinity);
  }
  return { text: arxivFeed(entries, { query: a.query || `id_list (${a.ids?.length ?? 0} ids)`, total: reported }), records: entries.length, reported, linked: 0 };
}

export interface S2Args { base: string; query: string | null; papers: string[]; max: number; references: boolean; citations: boolean; links: number }

type Json = Record<string, unknown>;

/** Semantic Scholar: seeds from a bulk search, one paper or a batch; then each seed's references and citations. */
export async function runS2(client: FetchClient, a: S2Args, hooks: RunHooks): Promise<RunResult> {
  const seeds = new PaperSet();
  // the id the links are asked for by: the one the user gave (as the service's own clients do), else the paperId
  const linkId = new Map<Json, string>();
  let reported: number | null = null;
  if (a.query !== null) {
    let token: string | null = null;
    for (let n = 1; ; n++) {
      const req = s2SearchRequest(a.base, a.query, token, n);
      const { page, warning } = await client.page(req, (ans) => s2SearchVerdict(ans.body, seeds.seen));
      if (warning) hooks.warn(warning);
      reported = page.total;
      hooks.total(page.total === null ? null : Math.min(a.max, page.total));
      hooks.added(seeds.add(page.data, a.max));
      token = page.token;
      if (!token || seeds.papers.length >= a.max) break;
    }
  } else if (a.papers.length === 1) {
    hooks.total(1);
    const { page } = await client.page(s2PaperRequest(a.base, a.papers[0]), (ans) => s2PaperVerdict(ans.body));
    linkId.set(page, a.papers[0]);
    hooks.added(seeds.add([page]));
  } else {
    const ids = a.papers.slice(0, a.max);
    hooks.total(ids.length);
    let unknown = 0;
    for (let i = 0; i < ids.length; i += S2_BATCH) {
      const chunk = ids.slice(i, i + S2_BATCH);
      const { page, warning } = await client.page(s2BatchRequest(a.base, chunk), (ans) => s2BatchVerdict(ans.body, chunk.length));
      if (warning) hooks.warn(warning);
      unknown += page.filter((p) => p === null).length;
      page.forEach((p, k) => { if (p) linkId.set(p, chunk[k]); });
      hooks.added(seeds.add(page.filter((p): p is Json => p !== null)));
    }
    if (unknown) hooks.warn(`${unknown} of ${ids.length} ids are not known to Semantic Scholar`);
    reported = ids.length;
  }
  let linked = 0;
  const kinds: LinkKind[] = [...(a.references ? ['references' as const] : []), ...(a.citations ? ['citations' as const] : [])];
  for (const seed of kinds.length ? seeds.papers : []) {
    const id = linkId.get(seed) ?? (typeof seed.paperId === 'string' && seed.paperId ? seed.paperId : null);
    if (!id) continue;
    for (const kind of kinds) {
      const set = new PaperSet();
      let offset = 0;
      for (;;) {
        const at = offset;
        const { page, warning } = await client.page(s2LinksRequest(a.base, id, kind, at), (ans) => s2LinksVerdict(ans.body, kind, at, set.seen));
        if (warning) hooks.warn(warning);
        linked += set.add(page.papers, a.links);
        if (page.next === null || set.papers.length >= a.links) break;
        offset = page.next;
      }
      seed[kind] = set.papers;
    }
  }
  return { text: s2Document(seeds.papers), records: seeds.papers.length, reported, linked };
}

export interface OpenAlexArgs { base: string; query: OpenAlexQuery; max: number; perPage: number }

/** OpenAlex: works of a search or filter, paged by cursor. */
export async function runOpenAlex(client: FetchClient, a: OpenAlexArgs, hooks: RunHooks): Promise<RunResult> {
  const works: Json[] = [];
  const seen = new Set<string>();
  let reported: number | null = null;
  let cursor: string | null = '*';
  for (let n = 1; cursor !== null; n++) {
    const req = openAlexRequest(a.base, a.query, cursor, n, a.perPage);
    const { page, warning } = await client.page(req, (ans) => openAlexVerdict(ans.body, seen));
    if (warning) hooks.warn(warning);
    reported = page.count;
    hooks.total(page.count === null ? null : Math.min(a.max, page.count));
    hooks.added(addWorks(works, seen, page.results, a.max));
    cursor = page.results.length && works.length < a.max ? page.nextCursor : null;
  }
  return { text: openAlexDocument(works), records: works.length, reported, linked: 0 };
}

export const DEFAULT_PAGE = ARXIV_PAGE_SIZE;
