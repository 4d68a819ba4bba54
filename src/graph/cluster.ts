// Topic clusters: seeded Louvain on the paper similarity graph, small communities folded into one
// "other" cluster, and labels from each cluster's most distinctive terms (class-based tf-idf against
// the rest of the corpus, so labels name the topic rather than words every paper uses).
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { SimilarityEdge } from './similarity.ts';
import { seededRng, byString } from './rng.ts';
import { clusterColor, OTHER_COLOR } from './palette.ts';
import { QUALIFIER_RULES, VERBAL_CLASS_RULES } from '../extract/rules/verbal-classes.ts';
import { titleToSentence } from './term-display.ts';

export interface ClusterOptions {
  seed?: number;
  resolution?: number;
  /** communities smaller than this join "other" (default: 2, or 0.1% of the papers up to 50) */
  minSize?: number;
  /** at most this many named clusters (default 40) */
  maxClusters?: number;
}

export interface Clustering {
  /** cluster id per paper index */
  assignment: Int32Array;
  /** named clusters first (largest community first), then "other" if any paper is in it */
  clusters: Array<{ id: number; size: number; color: string; other: boolean }>;
  modularity: number | null;
}

export function clusterPapers(n: number, edges: readonly SimilarityEdge[], opts: ClusterOptions = {}): Clustering {
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const e of edges) g.mergeEdge(String(e.a), String(e.b), { weight: e.weight });
  let communities: Record<string, number> = {};
  let modularity: number | null = null;
  if (g.size > 0) {
    const res = louvain.detailed(g, { getEdgeWeight: 'weight', rng: seededRng(opts.seed ?? 42), resolution: opts.resolution ?? 1 });
    communities = res.communities;
    modularity = res.modularity;
  }
  // group by community; isolated papers are their own community
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const c = g.degree(String(i)) > 0 ? `c${communities[String(i)]}` : `i${i}`;
    let arr = groups.get(c);
    if (!arr) { arr = []; groups.set(c, arr); }
    arr.push(i);
  }
  const minSize = opts.minSize ?? Math.max(2, Math.min(50, Math.ceil(n * 0.001)));
  const maxClusters = opts.maxClusters ?? 40;
  // order: size desc, then first member (stable across runs; Louvain's own ids are not meaningful)
  const sorted = [...groups.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  const assignment = new Int32Array(n);
  const clusters: Clustering['clusters'] = [];
  let rest: number[] = [];
  for (const members of sorted) {
    if (members.length >= minSize && clusters.length < maxClusters) {
      const id = clusters.length;
      clusters.push({ id, size: members.length, color: clusterColor(id), other: false });
      for (const i of members) assignment[i] = id;
    } else {
      for (const i of members) { assignment[i] = -1; rest.push(i); }
    }
  }
  // papers of small communities join the named cluster they are most similar to (a few passes let
  // chains of small communities follow); only papers with no such neighbour end in "other"
  const adj: Array<Array<[number, number]>> = Array.from({ length: n }, () => []);
  for (const e of edges) { adj[e.a].push([e.b, e.weight]); adj[e.b].push([e.a, e.weight]); }
  for (let pass = 0; pass < 3 && rest.length; pass++) {
    const next: number[] = [];
    const moves: Array<[number, number]> = [];
    for (const i of rest) {
      const score = new Map<number, number>();
      for (const [j, w] of adj[i]) if (assignment[j] >= 0) score.set(assignment[j], (score.get(assignment[j]) ?? 0) + w);
      if (score.size === 0) { next.push(i); continue; }
      moves.push([i, [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0]]);
    }
    for (const [i, c] of moves) { assignment[i] = c; clusters[c].size++; }
    rest = next;
  }
  if (rest.length) {
    const id = clusters.length;
    clusters.push({ id, size: rest.length, color: OTHER_COLOR, other: true });
    for (const i of rest) assignment[i] = id;
  }
  return { assignment, clusters, modularity };
}

/** Lower-case singular words of a term, acronyms as they are: "Lyndon Words" and "lyndon word" share all of them. */
const words = (t: string) => t.toLowerCase().split(/[\s-]+/).filter(Boolean).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));

/** True if one term's words contain the other's ("attention" ⊂ "sparse attention"). */
function overlaps(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  return wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w));
}

/**
 * Distinctive terms per cluster by c-TF-IDF: (the term's weight in the cluster per paper) ×
 * log(1 + average cluster size / the term's weight in the corpus). Weights are per paper and
 * capped at 3 (the caller gives title terms more), so one verbose abstract cannot dominate. Multi-word terms get a bonus because "sparse attention" names a topic
 * better than "sparse"; `boost` favours some terms (the extractor's concepts over plain keywords);
 * a term must occur in at least two papers of the cluster (8% of it when larger) and be
 * over-represented there (share of the cluster's term weight ≥ 1.2 × its share in the corpus).
 */
export function clusterTerms(
  assignment: Int32Array,
  clusterCount: number,
  paperTerms: ReadonlyArray<{ ids: ArrayLike<number>; tf: ArrayLike<number> }>,
  termCount: number,
  nameOf: (id: number) => string,
  boost: (id: number) => number = () => 1,
  perCluster = 8,
): string[][] {
  const total = new Float64Array(termCount);
  const byCluster: Array<Map<number, [number, number]>> = Array.from({ length: clusterCount }, () => new Map());
  const sizes = new Array<number>(clusterCount).fill(0);
  paperTerms.forEach((terms, i) => {
    const c = assignment[i];
    sizes[c]++;
    const m = byCluster[c];
    for (let k = 0; k < terms.ids.length; k++) {
      const t = terms.ids[k];
      const w = Math.min(3, terms.tf[k]);
      total[t] += w;
      const cur = m.get(t);
      if (cur) { cur[0]++; cur[1] += w; } else m.set(t, [1, w]);
    }
  });
  const avg = paperTerms.length / Math.max(1, clusterCount);
  let grand = 0;
  for (let t = 0; t < termCount; t++) grand += total[t];
  return byCluster.map((m, c) => {
    let clusterTotal = 0;
    for (const [, [, freq]] of m) clusterTotal += freq;
    const score = (minCount: number, over: number) => {
      const out: Array<[string, number]> = [];
      for (const [t, [papers, freq]] of m) {
        if (papers < minCount) continue;
        // over-represented only: a term as common here as everywhere names nothing
        if (freq / Math.max(1e-9, clusterTotal) < over * (total[t] / Math.max(1e-9, grand))) continue;
        const name = nameOf(t);
        if (isBoundTalk(name)) continue;
        const bonus = name.includes(' ') ? 1.5 : 1;
        out.push([name, (freq / sizes[c]) * Math.log(1 + avg / total[t]) * bonus * boost(t)]);
      }
      return out;
    };
    let scored = score(Math.min(sizes[c], Math.max(2, Math.ceil(sizes[c] * 0.08))), 1.2);
    // a diffuse cluster with no term in 8% of its papers is still named by its most distinctive ones
    if (!scored.length) scored = score(Math.min(sizes[c], Math.max(2, Math.ceil(sizes[c] * 0.01))), 1.5);
    scored.sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
    const chosen: string[] = [];
    for (const [t] of scored) {
      if (chosen.length >= perCluster) break;
      if (chosen.some((s) => overlaps(s, t))) continue;
      chosen.push(t);
    }
    return chosen;
  });
}

/**
 * Complexity-class talk ("nearly linear", "exponential time", "sub-quadratic") is what the bounds
 * ladder shows; as a cluster label it names no topic, so such terms never label a cluster.
 */
const BOUND_TALK = new Set([
  // the extractor's own class words and degree qualifiers, as written and as classes ("sub-quadratic")
  ...VERBAL_CLASS_RULES.flatMap((r) => [r.match, r.cls, ...r.cls.split(/[\s-]+/)]),
  ...QUALIFIER_RULES.map((r) => r.match),
  // the cost words such classes come with
  ...`sub-linear sub-cubic sub-exponential quasi-polynomial linear-time polynomial-time time complexity runtime running
space memory bound bounds upper lower hypothesis optimal tight faster fast worst best average case time trade off tradeoff
trade-off np hard complete`.split(/\s+/),
]);

export function isBoundTalk(term: string): boolean {
  const ws = term.split(/\s+/);
  return ws.length > 0 && ws.every((w) => BOUND_TALK.has(w));
}

/**
 * "sparse attention · long context" from the best term and the next one sharing no word with it (so not "attention
 * matrix · attention mechanism") that belongs with it: `together(first, t)` says whether the two terms occur in the
 * same papers (so not "quantum computing · cartesian tree" for a cluster holding both topics apart); without such a
 * term the label is the best term alone. "other" for the catch-all cluster. Terms in `used` (labels of larger clusters)
 * are passed over while others remain, so a corpus-wide topic such as "large language model" names one cluster
 * rather than ten. `display` writes a term as shown (see term-display.ts).
 */
export function clusterLabel(
  terms: readonly string[], other: boolean, used: ReadonlySet<string> = new Set(),
  together: (a: string, b: string) => boolean = () => true, display: (t: string) => string = titleToSentence,
  taken: ReadonlySet<string> = new Set(),
): string {
  if (other) return 'other';
  if (!terms.length) return 'unlabelled';
  return labelTerms(terms, used, together, taken).map(display).join(' · ');
}

/**
 * The terms of a label as `clusterLabel` chooses them (undisplayed). `taken` holds the labels of larger clusters:
 * when the usual choice would repeat one ("large language model · artificial intelligence" for a third cluster),
 * the next terms of the cluster's list that belong together are tried, then single terms, so no two clusters share
 * a label while their terms tell them apart.
 */
export function labelTerms(terms: readonly string[], used: ReadonlySet<string>, together: (a: string, b: string) => boolean = () => true, taken: ReadonlySet<string> = new Set()): string[] {
  if (!terms.length) return [];
  const fresh = terms.filter((t) => !used.has(t));
  const pool = fresh.length ? fresh : terms;
  const pairOf = (a: string, rest: readonly string[]) => rest.find((t) => t !== a && !words(t).some((w) => words(a).includes(w)) && together(a, t));
  const first = pool[0];
  const second = pairOf(first, pool.slice(1));
  const usual = second ? [first, second] : [first];
  if (!taken.has(usual.join(' · '))) return usual;
  for (const a of terms) {
    for (const b of terms) {
      if (a === b || words(b).some((w) => words(a).includes(w)) || !together(a, b)) continue;
      if (!taken.has(`${a} · ${b}`)) return [a, b];
    }
  }
  return [terms.find((t) => !taken.has(t)) ?? first];
}

/**
 * For each cluster, the papers (indices) that use each of its chosen terms: what `clusterLabel` needs to tell whether
 * two terms belong together, and the abstracts a term's spelling is read from. One pass over the papers' terms.
 */
export function termPapers(
  assignment: Int32Array,
  paperTerms: ReadonlyArray<{ ids: ArrayLike<number> }>,
  nameOf: (id: number) => string,
  chosen: ReadonlyArray<readonly string[]>,
): Array<Map<string, number[]>> {
  const wanted = chosen.map((ts) => new Set(ts));
  const out = chosen.map(() => new Map<string, number[]>());
  const names = new Map<number, string>();
  paperTerms.forEach((terms, i) => {
    const c = assignment[i];
    const want = wanted[c];
    if (!want?.size) return;
    for (let k = 0; k < terms.ids.length; k++) {
      const id = terms.ids[k];
      let name = names.get(id);
      if (name === undefined) names.set(id, (name = nameOf(id)));
      if (!want.has(name)) continue;
      const l = out[c].get(name);
      if (!l) out[c].set(name, [i]);
      else if (l[l.length - 1] !== i) l.push(i);
    }
  });
  return out;
}

/** Two terms belong together when at least 2 papers, and a fifth of the papers of the rarer term, use both. */
export function cooccur(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (!a?.length || !b?.length) return false;
  const set = new Set(a);
  let both = 0;
  for (const i of b) if (set.has(i)) both++;
  return both >= 2 && both >= 0.2 * Math.min(a.length, b.length);
}
