// Semantic Scholar Graph API paper objects → Paper, including the nested citations/references papers.
import type { PaperSource, RecordOutcome } from './types.ts';
import { arxivIdFrom, cleanAuthors, collapseWhitespace, doiFrom, paperId, str, yearFrom, yearFromArxivId } from './normalize.ts';
import { isRecord, type JsonRecord } from './json-value.ts';

/** Does this object look like a Semantic Scholar paper (it has a paperId or S2 externalIds)? */
export function isSemanticScholarPaper(obj: JsonRecord): boolean {
  return typeof obj.paperId === 'string' || (isRecord(obj.externalIds) && 'CorpusId' in obj.externalIds);
}

/**
 * The paper objects in a Semantic Scholar response, top paper first, then the papers nested in its
 * `citations` (`citingPaper`) and `references` (`citedPaper`) — the API wraps them, a plain list may not.
 */
export function flattenSemanticScholar(obj: JsonRecord): JsonRecord[] {
  const out: JsonRecord[] = [obj];
  for (const [field, inner] of [['citations', 'citingPaper'], ['references', 'citedPaper']] as const) {
    const list = obj[field];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isRecord(item)) continue;
      const paper = isRecord(item[inner]) ? item[inner] : item;
      out.push(paper);
    }
  }
  return out;
}

/** One Semantic Scholar paper object → Paper (or a skip when the API returned no title/abstract, as it often does). */
export function semanticScholarToPaper(obj: JsonRecord, source: PaperSource): RecordOutcome {
  const title = collapseWhitespace(str(obj.title) ?? '');
  const abstract = collapseWhitespace(str(obj.abstract) ?? '');
  const label = (str(obj.paperId) ?? 'paper').slice(0, 80);
  if (!title) return { kind: 'skip', reason: 'no-title', message: `Semantic Scholar paper ${label} has no title` };
  if (!abstract) return { kind: 'skip', reason: 'no-abstract', message: `Semantic Scholar paper ${label} has no abstract` };
  const ext = isRecord(obj.externalIds) ? obj.externalIds : {};
  const arxiv = arxivIdFrom(ext.ArXiv);
  const doi = doiFrom(ext.DOI);
  // S2 paper ids are 40 hex digits; anything else in the field is not an id to key records by
  const s2 = /^[A-Za-z0-9._-]{1,100}$/.exec(str(obj.paperId) ?? '')?.[0] ?? null;
  const authors = Array.isArray(obj.authors) ? cleanAuthors(obj.authors.map((a) => (isRecord(a) ? a.name : a))) : [];
  const published = str(obj.publicationDate);
  const paper = {
    id: paperId({ arxiv, doi, other: s2 ? `s2:${s2}` : null, title }),
    title,
    abstract,
    authors,
    year: yearFrom(obj.year) ?? yearFrom(published) ?? yearFromArxivId(arxiv),
    url: str(obj.url) ?? (arxiv ? `https://arxiv.org/abs/${arxiv}` : null),
    source,
    ...(Array.isArray(obj.fieldsOfStudy) ? { categories: cleanAuthors(obj.fieldsOfStudy) } : {}),
    ...(published && /^\d{4}-\d{2}-\d{2}/.test(published) ? { published: published.slice(0, 10) } : {}),
    ...(doi ? { doi } : {}),
  };
  return { kind: 'paper', paper };
}
