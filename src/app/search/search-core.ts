// Search over node titles, labels, aliases and authors with MiniSearch (prefix + fuzzy). Pure: used by the
// search worker, and on the main thread only if workers are unavailable.
import MiniSearch, { type Options } from 'minisearch';
import { texToPlain } from '../text/math-text.ts';
import { table } from '../../extract/bounds/table.ts';

export interface SearchDoc {
  id: string;
  /** as in the file (shown typeset) */
  label: string;
  /** the label with its math as plain text (indexed: "$k$-Hamming" is found by "k-Hamming") */
  text: string;
  aliases: string;
  authors: string;
  type: string;
  /** level-of-detail graphs: the cluster file a paper is in */
  cluster?: number;
}
export interface SearchHit {
  id: string;
  label: string;
  type: string;
  /** a paper of a level-of-detail graph: its cluster (loaded before the paper is shown) */
  cluster?: number;
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

export const SEARCH_INDEX_FORMAT = 'boundgraph.search';

/**
 * Search documents of a level-of-detail graph's papers from its search.json ({fields, papers: [[id, title, cluster,
 * year], …]}): the column order comes from `fields`. Rows without an id are skipped, repeated ids after the first.
 */
export function docsFromSearchIndex(json: unknown): SearchDoc[] {
  const j = json as { format?: unknown; fields?: unknown; papers?: unknown } | null;
  if (!j || j.format !== SEARCH_INDEX_FORMAT || !Array.isArray(j.papers)) return [];
  const fields = Array.isArray(j.fields) ? j.fields.map(String) : ['id', 'title', 'cluster', 'year'];
  const col = (name: string, fallback: number) => { const i = fields.indexOf(name); return i >= 0 ? i : fallback; };
  const [ci, ct, cc] = [col('id', 0), col('title', 1), col('cluster', 2)];
  const out: SearchDoc[] = [];
  const seen = new Set<string>();
  for (const row of j.papers as unknown[]) {
    if (!Array.isArray(row)) continue;
    const rawId = row[ci];
    if (typeof rawId !== 'string' && typeof rawId !== 'number') continue;
    const id = String(rawId);
    if (seen.has(id)) continue;
    seen.add(id);
    const title = typeof row[ct] === 'string' ? (row[ct] as string).slice(0, MAX_FIELD) : id;
    const cluster = row[cc];
    out.push({
      id, label: title, text: texToPlain(title), aliases: '', authors: '', type: 'paper',
      ...(typeof cluster === 'number' && Number.isInteger(cluster) ? { cluster } : {}),
    });
  }
  return out;
}

/** problems, then the other entities, then papers, among results that equal the query */
const EXACT_RANK: Record<string, number> = table({ problem: 0, method: 1, concept: 2, assumption: 3, bound: 4, paper: 5 });

/** One matched document, as both indexes give it to `ranked`. */
interface Match { id: string; score: number; label: string; text: string; type: string; aliases: string; cluster?: number }

/** Results that equal the query (label or one alias) first, problems before papers; then by score (then id, `byId`). */
function ranked(res: Match[], text: string, limit: number, byId = false): { hits: SearchHit[]; total: number } {
  const want = normalizeName(text);
  // a result whose label or one alias equals the query: which name matched (label = '')
  const exact = new Map<string, string>();
  for (const r of res) {
    if (normalizeName(r.text) === want) { exact.set(r.id, ''); continue; }
    const alias = r.aliases.split(ALIAS_SEP).find((a) => a && normalizeName(a) === want);
    if (alias !== undefined) exact.set(r.id, alias);
  }
  const rank = (r: Match) => (exact.has(r.id) ? EXACT_RANK[r.type] ?? 4 : 9);
  res.sort((a, b) => rank(a) - rank(b) || b.score - a.score || (byId ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : 0));
  return {
    hits: res.slice(0, limit).map((r) => {
      const alias = exact.get(r.id);
      const hit: SearchHit = { id: r.id, label: r.label, type: r.type };
      if (typeof r.cluster === 'number') hit.cluster = r.cluster;
      // the label the user did not type is shown with the name they did (alias is never the canonical key alone)
      if (alias && normalizeName(alias) !== normalizeName(r.text)) hit.alias = alias;
      return hit;
    }),
    total: res.length,
  };
}

/** MiniSearch's own split (spaces and punctuation), plus the alias separator */
const tokenize = (text: string) => text.split(/[\n\r\p{Z}\p{P}\u001f]+/u).filter(Boolean);

export interface Search {
  query(q: string, limit: number): { hits: SearchHit[]; total: number };
}

const miniSearchOptions: Options<SearchDoc> = {
  fields: ['text', 'aliases', 'authors'],
  storeFields: ['label', 'text', 'type', 'aliases', 'cluster'],
  tokenize,
  searchOptions: { prefix: true, fuzzy: (term: string) => (term.length > 4 ? 0.2 : 0), boost: { text: 3, aliases: 2.5 }, combineWith: 'AND' },
};

function miniSearchQuery(ms: MiniSearch<SearchDoc>): Search {
  return {
    query(q, limit) {
      const text = q.trim().slice(0, 200);
      if (!text) return { hits: [], total: 0 };
      const res: Match[] = ms.search(text).map((r) => ({
        id: String(r.id), score: r.score, label: String(r.label), text: String(r.text), type: String(r.type), aliases: String(r.aliases ?? ''),
        ...(typeof r.cluster === 'number' ? { cluster: r.cluster } : {}),
      }));
      return ranked(res, text, limit);
    },
  };
}

export function createSearch(docs: readonly SearchDoc[]): Search {
  const ms = new MiniSearch<SearchDoc>(miniSearchOptions);
  ms.addAll(docs as SearchDoc[]);
  return miniSearchQuery(ms);
}

/** The full (fuzzy) index built in chunks, so a worker can answer queries with the quick index meanwhile. */
export async function createSearchAsync(docs: readonly SearchDoc[], chunkSize = 2000): Promise<Search> {
  const ms = new MiniSearch<SearchDoc>(miniSearchOptions);
  await ms.addAllAsync(docs as SearchDoc[], { chunkSize });
  return miniSearchQuery(ms);
}

const NAME_SEP = /[\s\-‐–—_.,:;'’"()]/;
/** The first character of `normalizeName(s)` (the first non-separator, lower-cased), without normalising all of s. */
function firstLetter(s: string): string {
  for (let i = 0; i < s.length; i++) if (!NAME_SEP.test(s[i])) return s[i].toLowerCase()[0];
  return '';
}

const QUICK_FIELDS = ['text', 'aliases', 'authors'] as const;
const QUICK_BOOST = [3, 2.5, 1];

/**
 * A prefix index that is quick to build (a level-of-detail graph answers its first queries with it while the full
 * index builds): every query word must start a word of the label, aliases or authors (no typo tolerance); a whole-word
 * match weighs twice a prefix; ranking as the full index (exact names first). Deterministic: ties go by id.
 */
export function createQuickSearch(docs: readonly SearchDoc[]): Search {
  // token → postings (doc index × 4 + field), each doc and field once; a field's word count weighs its matches
  // (a match in a short label counts more than one in a long title, as in the full index's BM25)
  const postings = new Map<string, number[]>();
  const norm4 = new Float32Array(docs.length * 4);
  docs.forEach((d, i) => {
    QUICK_FIELDS.forEach((f, fi) => {
      const v = d[f];
      if (!v) return;
      const words = tokenize(v);
      norm4[i * 4 + fi] = 1 / Math.sqrt(Math.max(1, words.length));
      const seen = new Set<string>();
      for (const raw of words) {
        const t = raw.toLowerCase();
        if (seen.has(t)) continue;
        seen.add(t);
        const l = postings.get(t);
        if (l) l.push(i * 4 + fi); else postings.set(t, [i * 4 + fi]);
      }
    });
  });
  const tokens = [...postings.keys()].sort();
  const n = docs.length;
  const matched = new Int32Array(n);
  const lastTerm = new Int32Array(n).fill(-1);
  const score = new Float64Array(n);
  const norm: (string | undefined)[] = new Array(n);
  return {
    query(q, limit) {
      const text = q.trim().slice(0, 200);
      const terms = [...new Set(tokenize(text).map((t) => t.toLowerCase()))];
      if (!terms.length) return { hits: [], total: 0 };
      matched.fill(0); lastTerm.fill(-1); score.fill(0);
      terms.forEach((term, ti) => {
        // the tokens starting with the term: a contiguous run of the sorted list
        let lo = 0, hi = tokens.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid] < term) lo = mid + 1; else hi = mid; }
        for (let k = lo; k < tokens.length && tokens[k].startsWith(term); k++) {
          const w = tokens[k] === term ? 1 : 0.5;
          for (const p of postings.get(tokens[k])!) {
            const doc = p >> 2;
            if (lastTerm[doc] !== ti) {
              if (matched[doc] !== ti) continue; // missed an earlier term: never a result
              lastTerm[doc] = ti;
              matched[doc] = ti + 1;
            }
            score[doc] += QUICK_BOOST[p & 3] * w * norm4[p];
          }
        }
      });
      // rank the candidates by index (no object per match: a one-letter query matches most documents), then
      // hand the best to `ranked` together with every exact name (they rank first whatever their score)
      const all = terms.length;
      const want = normalizeName(text);
      const cand: number[] = [];
      const exact: number[] = [];
      for (let i = 0; i < n; i++) {
        if (matched[i] !== all) continue;
        cand.push(i);
        const d = docs[i];
        // (normalising only the labels that can equal the query: same first letter)
        const sameStart = firstLetter(d.text) === want[0];
        if ((sameStart && (norm[i] ??= normalizeName(d.text)) === want) || (d.aliases && d.aliases.split(ALIAS_SEP).some((a) => a && normalizeName(a) === want))) exact.push(i);
      }
      cand.sort((a, b) => score[b] - score[a] || (docs[a].id < docs[b].id ? -1 : docs[a].id > docs[b].id ? 1 : 0));
      const pick = new Set([...exact, ...cand.slice(0, limit)]);
      const res: Match[] = [...pick].map((i) => {
        const d = docs[i];
        return { id: d.id, score: score[i], label: d.label, text: d.text, type: d.type, aliases: d.aliases, ...(d.cluster !== undefined ? { cluster: d.cluster } : {}) };
      });
      const out = ranked(res, text, limit, true);
      return { hits: out.hits, total: cand.length };
    },
  };
}
