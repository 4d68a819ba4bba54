// Semantic Scholar Graph API paper objects → Paper, including the nested citations/references papers.
import type { PaperSource, RecordOutcome, WorkRef } from './types.ts';
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

// S2 paper ids are 40 hex digits; anything else in the field is not an id to key records by
const S2_ID = /^[A-Za-z0-9._-]{1,100}$/;
/** A cap on the citation links one record keeps (a famous paper's citations run into the tens of thousands). */
const MAX_LINKS = 20_000;

/** How a Semantic Scholar paper object can be found by citation: its ids, title and year; null when it names none. */
export function s2WorkRef(obj: JsonRecord): WorkRef | null {
  const ext = isRecord(obj.externalIds) ? obj.externalIds : {};
  const ref: WorkRef = {};
  const arxiv = arxivIdFrom(ext.ArXiv);
  const doi = doiFrom(ext.DOI);
  const s2 = S2_ID.exec(str(obj.paperId) ?? '')?.[0];
  const title = collapseWhitespace(str(obj.title) ?? '').slice(0, 500);
  const year = yearFrom(obj.year);
  if (arxiv) ref.arxiv = arxiv;
  if (doi) ref.doi = doi;
  if (s2) ref.s2 = s2;
  if (title) ref.title = title;
  if (year !== null) ref.year = year;
  return ref.arxiv || ref.doi || ref.s2 || ref.title ? ref : null;
}

/** The works of a `references` / `citations` list, wrapped (`{citedPaper}` as the API answers) or not. */
function linkList(list: unknown, inner: 'citedPaper' | 'citingPaper'): WorkRef[] {
  if (!Array.isArray(list)) return [];
  const out: WorkRef[] = [];
  for (const item of list) {
    if (out.length >= MAX_LINKS) break;
    if (!isRecord(item)) continue;
    const ref = s2WorkRef(isRecord(item[inner]) ? item[inner] : item);
    if (ref) out.push(ref);
  }
  return out;
}

/**
 * The records of one Semantic Scholar object: the paper, carrying what it cites and what cites it, then the papers
 * nested in those lists. A paper with no abstract (the API often withholds it) is kept, title only, when it takes
 * part in a citation link: it is a node of the citation graph. Other abstract-less papers are skipped.
 */
export function semanticScholarOutcomes(obj: JsonRecord, source: (i: number) => PaperSource): RecordOutcome[] {
  const references = linkList(obj.references, 'citedPaper');
  const citations = linkList(obj.citations, 'citingPaper');
  const [top, ...nested] = flattenSemanticScholar(obj);
  const out = [semanticScholarToPaper(top, source(0), { references, citations, linked: references.length + citations.length > 0 })];
  nested.forEach((p, i) => out.push(semanticScholarToPaper(p, source(i + 1), { linked: true })));
  return out;
}

export interface S2Links { references?: WorkRef[]; citations?: WorkRef[]; linked?: boolean }

/** One Semantic Scholar paper object → Paper (or a skip when the API returned no title, or no abstract and no citation link). */
export function semanticScholarToPaper(obj: JsonRecord, source: PaperSource, links: S2Links = {}): RecordOutcome {
  const title = collapseWhitespace(str(obj.title) ?? '');
  const abstract = collapseWhitespace(str(obj.abstract) ?? '');
  const label = (str(obj.paperId) ?? 'paper').slice(0, 80);
  if (!title) return { kind: 'skip', reason: 'no-title', message: `Semantic Scholar paper ${label} has no title` };
  if (!abstract && !links.linked) return { kind: 'skip', reason: 'no-abstract', message: `Semantic Scholar paper ${label} has no abstract` };
  const ext = isRecord(obj.externalIds) ? obj.externalIds : {};
  const arxiv = arxivIdFrom(ext.ArXiv);
  const doi = doiFrom(ext.DOI);
  const s2 = S2_ID.exec(str(obj.paperId) ?? '')?.[0] ?? null;
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
    ...(s2 ? { ids: { s2 } } : {}),
    ...(links.references?.length ? { references: links.references } : {}),
    ...(links.citations?.length ? { citations: links.citations } : {}),
  };
  return { kind: 'paper', paper };
}
