// Merge duplicate papers across (and within) inputs, keeping the richer record.
// Rule: same id, or same normalised title when at most one of the two has an arXiv id or DOI —
// two different arXiv papers may share a title and must stay apart.
import type { Paper, WorkRef } from './types.ts';
import { isStrongId, titleKey } from './normalize.ts';

/** Higher is richer: a longer abstract (what later stages read), then more authors, a year, a URL. */
function richness(p: Paper): number[] {
  return [p.abstract.length, p.authors.length, p.year === null ? 0 : 1, p.url === null ? 0 : 1];
}

/** arXiv id > DOI > a source's own id > title slug: the merged record keeps the best id either record had. */
function idRank(id: string): number {
  if (isStrongId(id)) return id.startsWith('10.') ? 2 : 3;
  return id.startsWith('title:') ? 0 : 1;
}

function richer(a: Paper, b: Paper): boolean {
  const ra = richness(a);
  const rb = richness(b);
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] > rb[i];
  // ties are broken on the records themselves, not on which came first: the same papers split or ordered
  // differently (claims shards of a partitioned corpus) merge to the same record
  if (a.id !== b.id) return a.id < b.id;
  if (a.title !== b.title) return a.title < b.title;
  if (a.abstract !== b.abstract) return a.abstract < b.abstract;
  // claims records of one paper that differ (two shards, two extractions): more claims, then the content itself
  // (everything but where it was read from): never the file name or the order the files were given in
  const ca = (a as { claims?: unknown[] }).claims?.length ?? 0, cb = (b as { claims?: unknown[] }).claims?.length ?? 0;
  if (ca !== cb) return ca > cb;
  const ja = JSON.stringify({ ...a, source: null }), jb = JSON.stringify({ ...b, source: null });
  if (ja !== jb) return ja > jb;
  return JSON.stringify(a.source) < JSON.stringify(b.source);
}

/** Both records' citation links, each once (records of one paper from two sources name different works). */
function unionRefs(a: WorkRef[] | undefined, b: WorkRef[] | undefined): WorkRef[] | undefined {
  if (!a?.length) return b?.length ? b : undefined;
  if (!b?.length) return a;
  const seen = new Set(a.map((r) => JSON.stringify(r)));
  const out = [...a];
  for (const r of b) { const k = JSON.stringify(r); if (!seen.has(k)) { seen.add(k); out.push(r); } }
  return out;
}

/** Citation links and source ids of both records (a richer record from a listing keeps the links another source gave). Curated bounds point into their own record's abstract, so they are never borrowed. */
function links(keep: Paper, other: Paper): Partial<Paper> {
  const out: Partial<Paper> = {};
  const references = unionRefs(keep.references, other.references);
  const citations = unionRefs(keep.citations, other.citations);
  if (references) out.references = references;
  if (citations) out.citations = citations;
  if (keep.ids || other.ids) out.ids = { ...other.ids, ...keep.ids };
  return out;
}

/** The kept record, with the better id and gaps (year, url, authors, categories, dates, links) filled from the other one. */
function merge(keep: Paper, other: Paper): Paper {
  return {
    ...keep,
    ...links(keep, other),
    id: idRank(other.id) > idRank(keep.id) ? other.id : keep.id,
    authors: keep.authors.length ? keep.authors : other.authors,
    year: keep.year ?? other.year,
    url: keep.url ?? other.url,
    ...(keep.categories ?? other.categories ? { categories: keep.categories ?? other.categories } : {}),
    ...(keep.published ?? other.published ? { published: keep.published ?? other.published } : {}),
    ...(keep.doi ?? other.doi ? { doi: keep.doi ?? other.doi } : {}),
  };
}

/** An incremental deduper: add papers in input order, read the merged list at the end (first-seen order). */
export class Deduper {
  private readonly slots: Paper[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byTitle = new Map<string, number[]>();
  duplicates = 0;

  add(p: Paper): void {
    let slot = this.byId.get(p.id);
    const key = titleKey(p.title);
    if (slot === undefined && key) {
      const strong = isStrongId(p.id);
      // a strong-id paper may only merge by title with a weak-id one; the slot's current id decides
      slot = this.byTitle.get(key)?.find((i) => !(strong && isStrongId(this.slots[i].id)));
    }
    if (slot === undefined) {
      const i = this.slots.length;
      this.slots.push(p);
      this.byId.set(p.id, i);
      if (key) {
        const list = this.byTitle.get(key);
        if (list) list.push(i);
        else this.byTitle.set(key, [i]);
      }
      return;
    }
    this.duplicates++;
    const old = this.slots[slot];
    const kept = richer(p, old) ? merge(p, old) : merge(old, p);
    this.slots[slot] = kept;
    // every id seen for this paper leads to the merged record
    this.byId.set(kept.id, slot);
    this.byId.set(p.id, slot);
    this.byId.set(old.id, slot);
    const newKey = titleKey(kept.title);
    if (newKey && newKey !== key) {
      const list = this.byTitle.get(newKey);
      if (!list) this.byTitle.set(newKey, [slot]);
      else if (!list.includes(slot)) list.push(slot);
    }
  }

  get papers(): Paper[] {
    return this.slots;
  }
}

/** Dedupe a list in one go. */
export function dedupePapers(papers: Iterable<Paper>): { papers: Paper[]; duplicates: number } {
  const d = new Deduper();
  for (const p of papers) d.add(p);
  return { papers: d.papers, duplicates: d.duplicates };
}
