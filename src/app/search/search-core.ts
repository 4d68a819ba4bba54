// Search over node titles, labels, aliases and authors with MiniSearch (prefix + fuzzy). Pure: used by the
// search worker, and on the main thread only if workers are unavailable.
import MiniSearch from 'minisearch';
import { texToPlain } from '../text/math-text.ts';

export interface SearchDoc {
  id: string;
  /** as in the file (shown typeset) */
  label: string;
  /** the label with its math as plain text (indexed: "$k$-Hamming" is found by "k-Hamming") */
  text: string;
  aliases: string;
  authors: string;
  type: string;
}
export interface SearchHit {
  id: string;
  label: string;
  type: string;
  /** the alias the query named exactly ("LCS" for Longest Common Subsequence), when not the label */
  alias?: string;
}

const MAX_FIELD = 1000;
/** aliases are joined with this (never inside a name) so the exact-name check can split them again */
const ALIAS_SEP = '\u001f';

/** A name as compared for "the query is this name": case, hyphens, punctuation and spacing ignored. */
export function normalizeName(s: string): string {
  return s.toLowerCase().replace(/[\s\-‐–—_.,:;'’"()]+/g, ' ').trim();
}

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
    const names = Array.isArray(a.aliases) ? a.aliases.filter((x): x is string => typeof x === 'string').slice(0, 20).map((x) => x.slice(0, 200)) : [];
    // the canonical key ("longest common subsequence") is a name too
    if (typeof a.key === 'string' && a.type !== 'paper') names.push(a.key.slice(0, 200));
    out.push({
      id, label: label.slice(0, MAX_FIELD), text: texToPlain(label.slice(0, MAX_FIELD)),
      aliases: texToPlain(names.join(ALIAS_SEP).slice(0, 4 * MAX_FIELD)), authors: authors.slice(0, MAX_FIELD),
      type: typeof a.type === 'string' ? a.type : 'concept',
    });
  }
  return out;
}

/** problems, then the other entities, then papers, among results that equal the query */
const EXACT_RANK: Record<string, number> = { problem: 0, method: 1, concept: 2, assumption: 3, bound: 4, paper: 5 };

export function createSearch(docs: readonly SearchDoc[]) {
  const ms = new MiniSearch<SearchDoc>({
    fields: ['text', 'aliases', 'authors'],
    storeFields: ['label', 'text', 'type', 'aliases'],
    // MiniSearch's own split (spaces and punctuation), plus the alias separator
    tokenize: (text) => text.split(/[\n\r\p{Z}\p{P}\u001f]+/u).filter(Boolean),
    searchOptions: { prefix: true, fuzzy: (term) => (term.length > 4 ? 0.2 : 0), boost: { text: 3, aliases: 2.5 }, combineWith: 'AND' },
  });
  ms.addAll(docs as SearchDoc[]);
  return {
    query(q: string, limit: number): { hits: SearchHit[]; total: number } {
      const text = q.trim().slice(0, 200);
      if (!text) return { hits: [], total: 0 };
      const res = ms.search(text);
      const want = normalizeName(text);
      // a result whose label or one alias equals the query: which name matched (label = '')
      const exact = new Map<string, string>();
      for (const r of res) {
        if (normalizeName(String(r.text)) === want) { exact.set(String(r.id), ''); continue; }
        const alias = String(r.aliases ?? '').split(ALIAS_SEP).find((a) => a && normalizeName(a) === want);
        if (alias !== undefined) exact.set(String(r.id), alias);
      }
      const rank = (r: { id: unknown; type?: unknown }) => (exact.has(String(r.id)) ? EXACT_RANK[String(r.type)] ?? 4 : 9);
      res.sort((a, b) => rank(a) - rank(b) || b.score - a.score);
      return {
        hits: res.slice(0, limit).map((r) => {
          const alias = exact.get(String(r.id));
          const hit: SearchHit = { id: String(r.id), label: String(r.label), type: String(r.type) };
          // the label the user did not type is shown with the name they did (alias is never the canonical key alone)
          if (alias && normalizeName(alias) !== normalizeName(String(r.text))) hit.alias = alias;
          return hit;
        }),
        total: res.length,
      };
    },
  };
}
