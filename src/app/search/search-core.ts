// Search over node titles, labels and authors with MiniSearch (prefix + fuzzy). Pure: used by the search
// worker, and on the main thread only if workers are unavailable.
import MiniSearch from 'minisearch';

export interface SearchDoc { id: string; label: string; authors: string; type: string }
export interface SearchHit { id: string; label: string; type: string }

const MAX_FIELD = 1000;

/** Search documents straight from a graph.json envelope (so the worker never needs the full index). */
export function docsFromEnvelope(env: unknown): SearchDoc[] {
  const nodes = (env as { graph?: { nodes?: unknown } })?.graph?.nodes;
  if (!Array.isArray(nodes)) return [];
  const out: SearchDoc[] = [];
  const seen = new Set<string>();
  for (const n of nodes as { key?: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof n?.key !== 'string' && typeof n?.key !== 'number') continue;
    const id = String(n.key);
    if (seen.has(id)) continue;
    seen.add(id);
    const a = n.attributes ?? {};
    const label = typeof a.title === 'string' ? a.title : typeof a.label === 'string' ? a.label : id;
    const authors = Array.isArray(a.authors) ? a.authors.filter((x) => typeof x === 'string').join(', ') : '';
    out.push({ id, label: label.slice(0, MAX_FIELD), authors: authors.slice(0, MAX_FIELD), type: typeof a.type === 'string' ? a.type : 'concept' });
  }
  return out;
}

export function createSearch(docs: readonly SearchDoc[]) {
  const ms = new MiniSearch<SearchDoc>({
    fields: ['label', 'authors'],
    storeFields: ['label', 'type'],
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0), boost: { label: 3 }, combineWith: 'AND' },
  });
  ms.addAll(docs as SearchDoc[]);
  return {
    query(q: string, limit: number): { hits: SearchHit[]; total: number } {
      const text = q.trim().slice(0, 200);
      if (!text) return { hits: [], total: 0 };
      const res = ms.search(text);
      // exact label matches first, then papers before entities at equal score (titles are what people type)
      const lower = text.toLowerCase();
      res.sort((a, b) => Number(String(b.label).toLowerCase() === lower) - Number(String(a.label).toLowerCase() === lower) || b.score - a.score);
      return {
        hits: res.slice(0, limit).map((r) => ({ id: String(r.id), label: String(r.label), type: String(r.type) })),
        total: res.length,
      };
    },
  };
}
