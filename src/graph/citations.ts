// Citation links between papers of the corpus: each record's `references` (works it cites) and `citations` (works
// citing it) are matched to corpus papers by arXiv id, DOI, Semantic Scholar id, OpenAlex id, else normalised title
// (when exactly one corpus paper has it, and the years agree). The result becomes the graph's `cites` edges.
import type { Paper, WorkRef } from '../ingest/types.ts';
import { arxivIdFrom, doiFrom, titleKey } from '../ingest/normalize.ts';

/** What citations.ts reads of a paper (records come from claims files too: every field is checked). */
export type CitingPaper = Pick<Paper, 'id' | 'title' | 'year' | 'doi' | 'ids' | 'references' | 'citations'>;

/** A title shorter than this (once normalised) names too many works to link by ("Introduction", "Sorting"). */
const MIN_TITLE_KEY = 16;
/** Links read per record and direction: a hostile record cannot make the build quadratic. */
const MAX_REFS = 20_000;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const short = (v: unknown, max = 200): string | null => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : null);

/** The keys a paper is known by: `a:` arXiv id, `d:` DOI, `s:` Semantic Scholar id, `o:` OpenAlex id. */
function paperKeys(p: CitingPaper): string[] {
  const out: string[] = [];
  const id = typeof p.id === 'string' ? p.id : '';
  const arxiv = arxivIdFrom(id);
  if (arxiv) out.push(`a:${arxiv}`);
  const doi = doiFrom(p.doi) ?? (id.startsWith('10.') ? doiFrom(id) : null);
  if (doi) out.push(`d:${doi}`);
  const ids = isObj(p.ids) ? p.ids : {};
  const s2 = short(ids.s2) ?? (id.startsWith('s2:') ? id.slice(3) : null);
  if (s2) out.push(`s:${s2.toLowerCase()}`);
  const oa = short(ids.openalex) ?? (id.startsWith('openalex:') ? id.slice(9) : null);
  if (oa) out.push(`o:${oa.toUpperCase()}`);
  return out;
}

/** The id keys of a reference, strongest first. */
function refKeys(r: Record<string, unknown>): string[] {
  const out: string[] = [];
  const arxiv = arxivIdFrom(r.arxiv);
  if (arxiv) out.push(`a:${arxiv}`);
  const doi = doiFrom(r.doi);
  if (doi) out.push(`d:${doi}`);
  const s2 = short(r.s2);
  if (s2) out.push(`s:${s2.toLowerCase()}`);
  const oa = short(r.openalex);
  if (oa) out.push(`o:${oa.toUpperCase()}`);
  return out;
}

export interface CitationMatcher {
  /** the corpus paper (index) a reference names, or -1 */
  match(ref: unknown): number;
}

/** An index of the corpus papers by every id they carry and by unambiguous title. */
export function citationMatcher(papers: readonly CitingPaper[]): CitationMatcher {
  const byKey = new Map<string, number>();
  const byTitle = new Map<string, number>();
  papers.forEach((p, i) => {
    for (const k of paperKeys(p)) if (!byKey.has(k)) byKey.set(k, i);
    const t = typeof p.title === 'string' ? titleKey(p.title) : '';
    if (t.length >= MIN_TITLE_KEY) byTitle.set(t, byTitle.has(t) ? -1 : i);
  });
  return {
    match(ref: unknown): number {
      if (!isObj(ref)) return -1;
      for (const k of refKeys(ref)) {
        const i = byKey.get(k);
        if (i !== undefined) return i;
      }
      const title = short(ref.title, 1000);
      if (!title) return -1;
      const t = titleKey(title);
      const i = t.length >= MIN_TITLE_KEY ? byTitle.get(t) : undefined;
      if (i === undefined || i < 0) return -1;
      // the same title a decade apart is another work (a survey and its update, a reused title)
      const y = typeof ref.year === 'number' ? ref.year : null;
      const py = papers[i].year;
      return y !== null && typeof py === 'number' && Math.abs(y - py) > 1 ? -1 : i;
    },
  };
}

function refsOf(list: unknown): readonly WorkRef[] {
  return Array.isArray(list) ? (list.length > MAX_REFS ? list.slice(0, MAX_REFS) : list) as WorkRef[] : [];
}

/**
 * Every citation between two corpus papers, as [citing, cited] index pairs: from the citing paper's references and
 * from the cited paper's citations, each pair once, no paper citing itself; sorted, so the edges are deterministic.
 */
export function citationLinks(papers: readonly CitingPaper[]): Array<[number, number]> {
  const matcher = citationMatcher(papers);
  const seen = new Set<number>();
  const out: Array<[number, number]> = [];
  const n = papers.length;
  const add = (a: number, b: number) => {
    if (a < 0 || b < 0 || a === b) return;
    const k = a * n + b;
    if (seen.has(k)) return;
    seen.add(k);
    out.push([a, b]);
  };
  papers.forEach((p, i) => {
    for (const r of refsOf(p.references)) add(i, matcher.match(r));
    for (const c of refsOf(p.citations)) add(matcher.match(c), i);
  });
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
