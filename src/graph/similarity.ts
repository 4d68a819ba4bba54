// Paper–paper similarity for `related` edges: tf-idf vectors over shared features (concepts,
// methods, problems, assumptions, keyword terms), cosine through an inverted index. Near-linear:
// each paper indexes only its strongest features and very frequent features are dropped, so the
// work is bounded by papers × indexed features × capped posting length.

/** A paper's raw features: interned feature ids and their term frequencies (parallel arrays). */
export interface SparseFeatures { ids: ArrayLike<number>; tf: ArrayLike<number> }

export interface SimilarityOptions {
  /** neighbours kept per paper (an edge survives if either end keeps it) */
  k?: number;
  /** weakest cosine kept */
  minScore?: number;
  /** features indexed per paper (its highest tf-idf weights) */
  indexedPerPaper?: number;
  /** features in fewer papers carry no similarity */
  minDf?: number;
  /** features in more papers than this are too common to discriminate (and too costly to index) */
  maxDf?: number;
  /** features in more papers than this still count in the vector norm but are not indexed (bounds the work per paper) */
  maxPosting?: number;
}

export interface SimilarityEdge { a: number; b: number; weight: number }

/** Default maximum document frequency: half the corpus (only words nearly every paper uses go), at most 1,500 papers (bounds the index work at scale). */
export function defaultMaxDf(papers: number): number {
  return Math.max(8, Math.min(1500, Math.ceil(papers * 0.5)));
}

/** Number of papers having each feature id (ids must be < featureCount; repeated ids count once per paper only if not repeated). */
export function documentFrequency(features: readonly SparseFeatures[], featureCount: number): Int32Array {
  const df = new Int32Array(featureCount);
  for (const f of features) for (let i = 0; i < f.ids.length; i++) df[f.ids[i]]++;
  return df;
}

/**
 * A paper's L2-normalised tf-idf vector, keeping only its `m` strongest entries that pass `keep`
 * (the norm still counts every feature within [minDf, maxDf]). Sorted by weight (desc) then id so
 * ties resolve the same way in every run.
 */
export function topTfidf(f: SparseFeatures, df: Int32Array, n: number, minDf: number, maxDf: number, m: number, keep: (id: number) => boolean): Array<[number, number]> {
  const entries: Array<[number, number]> = [];
  let norm = 0;
  for (let i = 0; i < f.ids.length; i++) {
    const id = f.ids[i];
    const d = df[id];
    const tf = f.tf[i];
    if (d < minDf || d > maxDf || tf <= 0) continue;
    const w = Math.log1p(tf) * Math.log(1 + n / d);
    norm += w * w;
    if (keep(id)) entries.push([id, w]);
  }
  norm = Math.sqrt(norm) || 1;
  entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  if (entries.length > m) entries.length = m;
  for (const e of entries) e[1] /= norm;
  return entries;
}

/** Top-k cosine neighbours per paper; edges are undirected (a < b) and sorted by (a, b). */
export function similarityEdges(features: readonly SparseFeatures[], featureCount: number, opts: SimilarityOptions = {}): SimilarityEdge[] {
  const n = features.length;
  const k = opts.k ?? 5;
  const minScore = opts.minScore ?? 0.05;
  const m = opts.indexedPerPaper ?? 16;
  const df = documentFrequency(features, featureCount);
  const maxPosting = opts.maxPosting ?? Math.max(50, Math.min(600, Math.ceil(n * 0.5)));
  const indexed = (f: number) => df[f] <= maxPosting;

  // inverted index over each paper's top-m features (flat arrays: cheap at 75k papers)
  const start = new Int32Array(featureCount + 1);
  const minDf = opts.minDf ?? 2;
  const maxDf = opts.maxDf ?? defaultMaxDf(n);
  // only each paper's strongest indexable features are kept: memory and work stay O(n · m)
  const top = features.map((f) => topTfidf(f, df, n, minDf, maxDf, m, indexed));
  for (const v of top) for (const e of v) start[e[0] + 1]++;
  for (let f = 0; f < featureCount; f++) start[f + 1] += start[f];
  const fill = start.slice(0, featureCount);
  const postPaper = new Int32Array(start[featureCount]);
  const postWeight = new Float64Array(start[featureCount]);
  top.forEach((v, i) => {
    for (const [f, w] of v) {
      const p = fill[f]++;
      postPaper[p] = i;
      postWeight[p] = w;
    }
  });

  const acc = new Float64Array(n);
  const touched: number[] = [];
  const best: number[] = [];
  const kept = new Map<number, number>(); // a * n + b → weight
  for (let i = 0; i < n; i++) {
    for (const [f, w] of top[i]) {
      for (let p = start[f]; p < start[f + 1]; p++) {
        const j = postPaper[p];
        if (j === i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] += w * postWeight[p];
      }
    }
    // the k best by (score desc, index asc), chosen in one pass: sorting every candidate cost O(t log t) per paper,
    // and candidate lists grow with duplicated or near-duplicated corpora
    best.length = 0;
    for (const j of touched) {
      const sj = acc[j];
      if (sj < minScore) continue;
      if (best.length === k) {
        const w = best[k - 1];
        if (sj < acc[w] || (sj === acc[w] && j > w)) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && (acc[best[at - 1]] < sj || (acc[best[at - 1]] === sj && best[at - 1] > j))) at--;
      best.splice(at, 0, j);
    }
    for (const j of best) {
      const key = i < j ? i * n + j : j * n + i;
      if (!kept.has(key)) kept.set(key, acc[j]);
    }
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
  }
  const edges: SimilarityEdge[] = [];
  for (const [key, weight] of kept) edges.push({ a: Math.floor(key / n), b: key % n, weight });
  edges.sort((x, y) => x.a - y.a || x.b - y.b);
  return edges;
}
