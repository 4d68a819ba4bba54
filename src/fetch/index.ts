// Public entry of the fetch stage (pure): request URLs, page verdicts and output documents for the arXiv, Semantic
// Scholar and OpenAlex APIs, and the HTTP policy (retries, back-off, cache keys). The shell (src/cli/commands/fetch.ts)
// does the I/O: HTTP, waiting, the cache on disk, the output file.
export type { Api, FetchRequest, HttpAnswer, PageVerdict } from './types.ts';
export { classifyStatus, retryAfterMs, backoffMs, cacheKey, requestText, resolveBase, type BackoffPolicy, type StatusClass } from './http-policy.ts';
export {
  ARXIV_PUBLIC_BASE, ARXIV_DELAY_MS, ARXIV_PAGE_SIZE, ARXIV_MAX_PAGE, arxivEndpoint, arxivRequest, parseArxivPage, arxivVerdict, arxivFeed, parseIdList, entryId,
  type ArxivQuery, type ArxivSort, type ArxivPage, type ArxivEntry,
} from './arxiv.ts';
export {
  S2_PUBLIC_BASE, S2_DELAY_MS, S2_BATCH, S2_LINKS_PAGE, PAPER_FIELDS, LINK_FIELDS, s2SearchRequest, s2PaperRequest, s2BatchRequest, s2LinksRequest,
  s2SearchVerdict, s2PaperVerdict, s2BatchVerdict, s2LinksVerdict, s2Document, refusalText, parseJson, PaperSet, type LinkKind, type SearchPage, type LinksPage,
} from './s2.ts';
export { OPENALEX_PUBLIC_BASE, OPENALEX_DELAY_MS, OPENALEX_PAGE, openAlexRequest, openAlexVerdict, addWorks, openAlexDocument, type OpenAlexQuery, type OpenAlexPage } from './openalex.ts';
