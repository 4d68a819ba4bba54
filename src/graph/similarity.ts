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
 * L2-normalised tf-idf vectors; features outside [minDf, maxDf] dropped. Entries sorted by weight
 * (desc) then id so ties resolve the same way in every run.
 */
export function tfidfVectors(features: readonly SparseFeatures[], df: Int32Array, minDf: number, maxDf: number): Array<Array<[number, number]>> {
  const n = features.length;
  return features.map((f) => {
    const entries: Array<[number, number]> = [];
    for (let i = 0; i < f.ids.length; i++) {
      const id = f.ids[i];
      const d = df[id];
      const tf = f.tf[i];
      if (d < minDf || d > maxDf || tf <= 0) continue;
      entries.push([id, Math.log1p(tf) * Math.log(1 + n / d)]);
    }
    let norm = 0;
    for (const e of entries) norm += e[1] * e[1];
    norm = Math.sqrt(norm) || 1;
    for (const e of entries) e[1] /= norm;
    entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    return entries;
  });
}

/** Top-k cosine neighbours per paper; edges are undirected (a < b) and sorted by (a, b). */
export function similarityEdges(features: readonly SparseFeatures[], featureCount: number, opts: SimilarityOptions = {}): SimilarityEdge[] {
  const n = features.length;
  const k = opts.k ?? 5;
  const minScore = opts.minScore ?? 0.05;
  const m = opts.indexedPerPaper ?? 24;
  const df = documentFrequency(features, featureCount);
  const vectors = tfidfVectors(features, df, opts.minDf ?? 2, opts.maxDf ?? defaultMaxDf(n));

  // inverted index over each paper's top-m features (flat arrays: cheap at 75k papers)
  const start = new Int32Array(featureCount + 1);
  for (const v of vectors) for (let t = 0; t < v.length && t < m; t++) start[v[t][0] + 1]++;
  for (let f = 0; f < featureCount; f++) start[f + 1] += start[f];
  const fill = start.slice(0, featureCount);
  const postPaper = new Int32Array(start[featureCount]);
  const postWeight = new Float64Array(start[featureCount]);
  vectors.forEach((v, i) => {
    for (let t = 0; t < v.length && t < m; t++) {
      const p = fill[v[t][0]]++;
      postPaper[p] = i;
      postWeight[p] = v[t][1];
    }
  });

  const acc = new Float64Array(n);
  const touched: number[] = [];
  const kept = new Map<number, number>(); // a * n + b → weight
  for (let i = 0; i < n; i++) {
    const v = vectors[i];
    for (let t = 0; t < v.length && t < m; t++) {
      const [f, w] = v[t];
      for (let p = start[f]; p < start[f + 1]; p++) {
        const j = postPaper[p];
        if (j === i) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] += w * postWeight[p];
      }
    }
    touched.sort((x, y) => acc[y] - acc[x] || x - y);
    for (let r = 0; r < touched.length && r < k; r++) {
      const j = touched[r];
      const s = acc[j];
      if (s < minScore) break;
      const key = i < j ? i * n + j : j * n + i;
      if (!kept.has(key)) kept.set(key, s);
    }
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
  }
  const edges: SimilarityEdge[] = [];
  for (const [key, weight] of kept) edges.push({ a: Math.floor(key / n), b: key % n, weight });
  edges.sort((x, y) => x.a - y.a || x.b - y.b);
  return edges;
}
