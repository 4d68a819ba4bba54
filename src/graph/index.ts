// Public entry of the graph stage (pure): PaperClaims[] → the graph.json envelope (+ abstract shards).
import type { PaperClaims } from '../extract/types.ts';
import type { BuildOptions, GraphEnvelope, GrowthOps, GraphMeta, PaperDetail } from './types.ts';
import { compareGrowth, growthKey, growthLabel, type GrowthSig } from '../extract/bounds/index.ts';
import { assembleGraph, LARGE_GRAPH } from './build-graph.ts';
import { makeEnvelope } from './envelope.ts';
import { envelopeChunks, lodFiles, type OutputFile } from './write.ts';

export type { OutputFile } from './write.ts';
export { CLUSTER_FORMAT, CLAIMS_INDEX_FORMAT, SEARCH_FORMAT } from './write.ts';
import { round } from './rng.ts';
import { VERSION } from '../version.ts';
import { EXTRACTOR_VERSION } from '../extract/version.ts';

export type { BuildOptions, GraphEnvelope, GrowthOps, PaperDetail } from './types.ts';
export { serializeEnvelope, parseEnvelope, GRAPH_FORMAT, GRAPH_VERSION } from './envelope.ts';
export { parseThesaurus } from './concepts.ts';
export { readProblemThesaurus, type ProblemThesaurus } from './problems.ts';
export { shardOf } from './build-graph.ts';

/** Growth operations of the bound parser, adapted to the claims file's JSON signatures. */
export const BOUND_GROWTH: GrowthOps = {
  compare: (a, b) => compareGrowth(a as GrowthSig, b as GrowthSig),
  key: (g) => growthKey(g as GrowthSig),
  label: (g) => growthLabel(g as GrowthSig),
};

export interface GraphBuild {
  envelope: GraphEnvelope;
  /** details not kept inline: shard name → { paper id → {abstract, authors, url} }; written to papers/<shard>.json */
  shards: Map<string, Record<string, PaperDetail>> | null;
}

export function buildGraph(papers: readonly PaperClaims[], opts: BuildOptions = {}): GraphBuild {
  const built = assembleGraph(papers, opts.growth ?? BOUND_GROWTH, opts);
  const meta = graphMeta(built, opts);
  const serialized = built.graph.export();
  // edge keys are build-internal counters: dropping them saves ~8% of graph.json; graph.import() regenerates them
  for (const e of serialized.edges) delete (e as { key?: string }).key;
  return { envelope: makeEnvelope(meta, built.clusters, serialized), shards: built.shards };
}

export interface GraphFiles {
  /** the files to write under the output folder, as chunks: graph.json, and at scale the level-of-detail files */
  files: OutputFile[];
  /** abstract shards (papers/<shard>.json) when not inline */
  shards: Map<string, Record<string, PaperDetail>> | null;
  meta: GraphMeta;
}

/**
 * The build's output files, streamed: graph.json (the same bytes buildGraph's envelope serialises to) or, above
 * `lodMin` papers (default 20,000), the level-of-detail files (see write.ts). The CLI writes these.
 */
export function buildGraphFiles(papers: readonly PaperClaims[], opts: BuildOptions & { lodMin?: number } = {}): GraphFiles {
  const built = assembleGraph(papers, opts.growth ?? BOUND_GROWTH, opts);
  const meta = graphMeta(built, opts);
  const lod = built.stats.papers > (opts.lodMin ?? LARGE_GRAPH);
  const files = lod ? lodFiles(meta, built.clusters, built.graph) : [{ path: 'graph.json', chunks: () => envelopeChunks(meta, built.clusters, built.graph) }];
  return { files, shards: built.shards, meta };
}

function graphMeta(built: ReturnType<typeof assembleGraph>, opts: BuildOptions): GraphMeta {
  const nodeTypes: Record<string, number> = {};
  built.graph.forEachNode((_n, a) => { nodeTypes[a.type] = (nodeTypes[a.type] ?? 0) + 1; });
  const edgeTypes: Record<string, number> = {};
  built.graph.forEachEdge((_e, a) => { edgeTypes[a.type] = (edgeTypes[a.type] ?? 0) + 1; });
  let claims = 0;
  built.graph.forEachNode((_n, a) => { if (a.type === 'paper') claims += (a.claims as unknown[]).length; });
  const sortKeys = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const meta: GraphMeta = {
    generator: `boundgraph ${VERSION}`,
    // the claims a graph holds depend on the extractor: a newer one makes an older graph stale
    extractor: EXTRACTOR_VERSION,
    // what the graph was built from, independent of file names and order (shards give the same graph)
    corpus: { papers: built.stats.papers, digest: built.stats.digest },
    counts: {
      papers: built.stats.papers,
      duplicates: built.stats.duplicates,
      claims,
      nodes: built.graph.order,
      edges: built.graph.size,
      clusters: built.clusters.length,
    },
    nodeTypes: sortKeys(nodeTypes),
    edgeTypes: sortKeys(edgeTypes),
    modularity: built.modularity === null ? null : round(built.modularity, 4),
    abstracts: built.shards ? { mode: 'sharded', path: 'papers/{shard}.json', shards: built.shards.size } : { mode: 'inline' },
    genericTerms: built.genericTerms,
    settings: { seed: opts.seed ?? 42, resolution: opts.resolution ?? 1, minDf: opts.minDf ?? 2, relatedK: opts.relatedK ?? (built.stats.papers > LARGE_GRAPH ? 1 : 5), thesaurus: opts.thesaurus ? opts.thesaurus.size : 0 },
  };
  return meta;
}
