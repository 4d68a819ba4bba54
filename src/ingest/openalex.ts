// OpenAlex work objects → Paper; the abstract is rebuilt from `abstract_inverted_index` (word → positions).
import type { PaperSource, RecordOutcome } from './types.ts';
import { arxivIdFrom, cleanAuthors, collapseWhitespace, doiFrom, paperId, str, yearFrom } from './normalize.ts';
import type { WorkRef } from './types.ts';
import { isRecord, type JsonRecord } from './json-value.ts';

// An abstract longer than this many words is not an abstract; the cap keeps a hostile index from allocating huge arrays.
const MAX_POSITION = 200_000;

/** Does this object look like an OpenAlex work? */
export function isOpenAlexWork(obj: JsonRecord): boolean {
  return 'abstract_inverted_index' in obj || (typeof obj.id === 'string' && obj.id.startsWith('https://openalex.org/W'));
}

/** Rebuild the abstract text from an inverted index; null when it is absent or malformed. */
export function rebuildInvertedAbstract(index: unknown): string | null {
  if (!isRecord(index)) return null;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) return null;
    for (const p of positions) {
      if (typeof p !== 'number' || !Number.isInteger(p) || p < 0 || p >= MAX_POSITION) return null;
      words[p] = word;
    }
  }
  // holes (positions nobody claims) are dropped rather than left as double spaces
  return words.filter((w) => w !== undefined).join(' ');
}

/** The `W…` id of an OpenAlex work id or URL (`https://openalex.org/W2741809807`), or null. */
export function openAlexWorkId(value: unknown): string | null {
  const s = str(value);
  if (!s || s.length > 200) return null;
  return /(?:^|\/)(W\d{1,15})$/i.exec(s.trim())?.[1].toUpperCase() ?? null;
}

/** A cap on the references one work keeps. */
const MAX_REFERENCES = 20_000;

/** `referenced_works` (OpenAlex ids of the works it cites) as citation references. */
function referencedWorks(list: unknown): WorkRef[] {
  if (!Array.isArray(list)) return [];
  const out: WorkRef[] = [];
  for (const w of list) {
    const id = openAlexWorkId(w);
    if (id) out.push({ openalex: id });
    if (out.length >= MAX_REFERENCES) break;
  }
  return out;
}

/** One OpenAlex work → Paper. A work without an abstract is kept, title only, when it cites works (a citation-graph node). */
export function openAlexToPaper(obj: JsonRecord, source: PaperSource): RecordOutcome {
  const title = collapseWhitespace(str(obj.title) ?? str(obj.display_name) ?? '');
  const label = (str(obj.id) ?? 'work').slice(0, 80);
  if (!title) return { kind: 'skip', reason: 'no-title', message: `OpenAlex work ${label} has no title` };
  const rebuilt = rebuildInvertedAbstract(obj.abstract_inverted_index);
  if (rebuilt === null && obj.abstract_inverted_index != null) {
    return { kind: 'skip', reason: 'bad-inverted-index', message: `OpenAlex work ${label} has a malformed abstract_inverted_index` };
  }
  const abstract = collapseWhitespace(rebuilt ?? str(obj.abstract) ?? '');
  const references = referencedWorks(obj.referenced_works);
  if (!abstract && !references.length) return { kind: 'skip', reason: 'no-abstract', message: `OpenAlex work ${label} has no abstract` };
  const ids = isRecord(obj.ids) ? obj.ids : {};
  const doi = doiFrom(obj.doi) ?? doiFrom(ids.doi);
  const arxiv = arxivIdFrom(ids.arxiv);
  const openalexId = openAlexWorkId(obj.id);
  const authors = Array.isArray(obj.authorships)
    ? cleanAuthors(obj.authorships.map((a) => (isRecord(a) && isRecord(a.author) ? a.author.display_name : null)))
    : [];
  const location = isRecord(obj.primary_location) ? obj.primary_location : {};
  const published = str(obj.publication_date);
  const paper = {
    id: paperId({ arxiv, doi, other: openalexId ? `openalex:${openalexId}` : null, title }),
    title,
    abstract,
    authors,
    year: yearFrom(obj.publication_year) ?? yearFrom(published),
    url: str(obj.doi) ?? str(location.landing_page_url) ?? str(obj.id),
    source,
    ...(published && /^\d{4}-\d{2}-\d{2}/.test(published) ? { published: published.slice(0, 10) } : {}),
    ...(doi ? { doi } : {}),
    ...(openalexId ? { ids: { openalex: openalexId } } : {}),
    ...(references.length ? { references } : {}),
  };
  return { kind: 'paper', paper };
}
