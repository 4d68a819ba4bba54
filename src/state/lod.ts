// Level-of-detail graphs (pure, no DOM): above a size threshold `boundgraph build` writes graph.json as an overview
// (every node but the papers, and the edges among them) whose meta.lod names the files next to it:
//   clusters/<id>.json  one cluster's paper nodes and every edge with a paper end in it
//   claims.json         every paper with a claim (id, title, year, cluster, position, claims)
//   search.json         one [id, title, cluster, year] row per paper (read by the search worker)
// This module reads meta.lod, merges cluster files into a GraphIndex as they arrive (an edge whose other end is a
// paper of a cluster not loaded yet waits, keyed by that end, and joins when it loads), turns the claims index into
// partial paper records the ladders read like paper nodes, and picks the clusters a zoomed-in view asks for.
import type { ClusterInfo } from '../graph/types.ts';
import { claimsByProblemOf, edgeEnds, readEdge, readNode, type GraphIndex, type PaperNode } from './graph-index.ts';

export const CLUSTER_FILE_FORMAT = 'boundgraph.cluster';
export const CLAIMS_INDEX_FORMAT = 'boundgraph.claims-index';

export interface LodMeta {
  /** a cluster file's path relative to graph.json, "{id}" standing for the cluster id */
  clusters: string;
  /** the claims index's path relative to graph.json */
  claims: string;
  /** the search index's path relative to graph.json */
  search: string;
  /** papers in the whole graph (loaded or not) */
  papers: number;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A relative path inside graph.json's folder: no scheme, no leading slash, no "..", a short plain alphabet. */
const SAFE_PATH = /^(?![/\\])(?!.*\.\.)[A-Za-z0-9_\-./{}]{1,200}$/;

/** meta.lod of an overview graph.json, or null for a graph loaded whole. Paths that could leave the folder fall back to the defaults. */
export function readLodMeta(meta: Record<string, unknown>): LodMeta | null {
  const l = meta.lod;
  if (!isObj(l) || l.mode !== 'clusters') return null;
  const path = (v: unknown, fallback: string) => (typeof v === 'string' && SAFE_PATH.test(v) ? v : fallback);
  const clusters = path(l.clusters, 'clusters/{id}.json');
  return {
    clusters: clusters.includes('{id}') ? clusters : 'clusters/{id}.json',
    claims: path(l.claims, 'claims.json').replace(/[{}]/g, ''),
    search: path(l.search, 'search.json').replace(/[{}]/g, ''),
    papers: typeof l.papers === 'number' && Number.isInteger(l.papers) && l.papers >= 0 ? l.papers : 0,
  };
}

/** A cluster file's path relative to graph.json. */
export function clusterFilePath(meta: LodMeta, id: number): string {
  return meta.clusters.replace('{id}', String(Math.trunc(id)));
}

/** An edge whose end is not loaded yet: its record, kept until that end's cluster is merged. */
export interface PendingEdge {
  record: Record<string, unknown>;
  ends: [string, string];
}

export interface LodState {
  meta: LodMeta;
  /** clusters whose file has been merged */
  loaded: Set<number>;
  /** edges waiting for a node, by the id of the (first) missing end */
  pending: Map<string, PendingEdge[]>;
  /** the claims index has been applied: claims come from it, merged papers add none */
  claimsIndexed: boolean;
}

export function createLodState(meta: LodMeta): LodState {
  return { meta, loaded: new Set(), pending: new Map(), claimsIndexed: false };
}

/** Edges still waiting for an end. */
export function pendingEdgeCount(state: LodState): number {
  let n = 0;
  for (const l of state.pending.values()) n += l.length;
  return n;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const l = m.get(k);
  if (l) l.push(v); else m.set(k, [v]);
}

export interface Merged {
  /** the index after the merge: a new object over the same (grown) maps and arrays, so memoised views recompute */
  index: GraphIndex;
  /** ids of the paper nodes added */
  nodes: string[];
  /** positions in `index.edges` of the edges added (this file's and the ones that waited for its papers) */
  edges: number[];
}

/**
 * Merges one cluster file into the index, in place (the maps and arrays grow; the returned index is a new object
 * over them). Only paper nodes are taken and never over an existing node; an edge with an end not loaded waits in
 * `state.pending`. Merging a cluster twice adds nothing. Throws when the file is not that cluster's file.
 */
export function mergeCluster(index: GraphIndex, state: LodState, id: number, file: unknown): Merged {
  if (!isObj(file) || file.format !== CLUSTER_FILE_FORMAT || file.cluster !== id) {
    throw new Error(`cluster ${id}: not a boundgraph cluster file (expected {"format":"${CLUSTER_FILE_FORMAT}","cluster":${id}, ...})`);
  }
  if (state.loaded.has(id)) return { index, nodes: [], edges: [] };
  const added: string[] = [];
  const papers: PaperNode[] = [];
  let years = index.years;
  for (const n of arr(file.nodes)) {
    if (!isObj(n) || (typeof n.key !== 'string' && typeof n.key !== 'number')) continue;
    const key = String(n.key);
    if (index.nodes.has(key)) continue;
    const node = readNode(key, isObj(n.attributes) ? n.attributes : {});
    // a cluster file holds papers: anything else would add entities the overview does not know
    if (node.type !== 'paper') continue;
    index.nodes.set(key, node);
    index.order.push(key);
    added.push(key);
    papers.push(node);
    if (node.cluster !== null) push(index.papersByCluster, node.cluster, key);
    if (node.year !== null) years = years ? { min: Math.min(years.min, node.year), max: Math.max(years.max, node.year) } : { min: node.year, max: node.year };
  }
  if (!state.claimsIndexed) claimsByProblemOf(papers, (p) => index.nodes.get(p)?.type === 'problem', index.claimsByProblem);
  const edges: number[] = [];
  const link = (node: string, i: number) => push(index.adjacency, node, i);
  const add = (p: PendingEdge) => {
    const [s, t] = p.ends;
    const missing = !index.nodes.has(s) ? s : !index.nodes.has(t) ? t : null;
    if (missing !== null) { push(state.pending, missing, p); return; }
    const i = index.edges.length;
    const e = readEdge(p.record, p.ends, i);
    index.edges.push(e);
    link(s, i);
    link(t, i);
    if (e.type === 'specializes') push(index.variantsOf, t, s);
    edges.push(i);
  };
  // edges of other clusters that waited for these papers first, then this file's own
  for (const key of added) {
    const waiting = state.pending.get(key);
    if (!waiting) continue;
    state.pending.delete(key);
    for (const p of waiting) add(p);
  }
  for (const e of arr(file.edges)) {
    const ends = edgeEnds(e);
    if (ends) add({ record: e as Record<string, unknown>, ends });
  }
  state.loaded.add(id);
  return { index: { ...index, years }, nodes: added, edges };
}

/**
 * The claims index as partial paper records (title, year, cluster, position, claims; no authors, url or abstract),
 * coloured by their cluster. Records without an id, and repeated ids, are skipped. Throws when it is no claims index.
 */
export function readClaimsIndex(json: unknown, clusters: ReadonlyMap<number, ClusterInfo>): PaperNode[] {
  if (!isObj(json) || json.format !== CLAIMS_INDEX_FORMAT) throw new Error(`claims index: not a boundgraph claims index (expected {"format":"${CLAIMS_INDEX_FORMAT}", ...})`);
  const out: PaperNode[] = [];
  const seen = new Set<string>();
  for (const r of arr(json.papers)) {
    if (!isObj(r) || (typeof r.id !== 'string' && typeof r.id !== 'number')) continue;
    const id = String(r.id);
    if (seen.has(id)) continue;
    seen.add(id);
    const cluster = typeof r.cluster === 'number' && Number.isInteger(r.cluster) ? r.cluster : null;
    const node = readNode(id, {
      type: 'paper', title: r.title, label: r.label ?? r.title, year: r.year, cluster, x: r.x, y: r.y, claims: r.claims,
      color: cluster === null ? undefined : clusters.get(cluster)?.color,
    }) as PaperNode;
    out.push({ ...node, partial: true });
  }
  return out;
}

/**
 * Applies the claims index: `claimPapers` holds every record, and the claims by problem are rebuilt from it (in its
 * order), plus the claims of any merged paper it lacks; from now on merged papers add no claims. Returns a new index
 * object over the same node maps; the year range grows to the records' years.
 */
export function applyClaimsIndex(index: GraphIndex, state: LodState, papers: readonly PaperNode[]): GraphIndex {
  const claimPapers = new Map<string, PaperNode>();
  let years = index.years;
  for (const p of papers) {
    if (claimPapers.has(p.id)) continue;
    claimPapers.set(p.id, p);
    if (p.year !== null) years = years ? { min: Math.min(years.min, p.year), max: Math.max(years.max, p.year) } : { min: p.year, max: p.year };
  }
  const isProblem = (id: string) => index.nodes.get(id)?.type === 'problem';
  const claimsByProblem = claimsByProblemOf(claimPapers.values(), isProblem);
  const missing: PaperNode[] = [];
  for (const id of index.order) {
    const n = index.nodes.get(id)!;
    if (n.type === 'paper' && n.claims.length && !claimPapers.has(id)) missing.push(n);
  }
  claimsByProblemOf(missing, isProblem, claimsByProblem);
  state.claimsIndexed = true;
  return { ...index, claimPapers, claimsByProblem, years };
}

export interface ViewRect { minX: number; maxX: number; minY: number; maxY: number }

/**
 * The frame a level-of-detail graph is drawn in (graph coordinates, fixed while papers load): the extent of the
 * cluster centroids, widened by `pad` of its size on each side (most papers of the outer clusters fall inside), so the
 * first view shows the clusters, not the far-flung entities. Null without clusters.
 */
export function lodFrame(clusters: readonly ClusterInfo[], pad = 0.12): { x: [number, number]; y: [number, number] } | null {
  if (!clusters.length) return null;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const c of clusters) { minX = Math.min(minX, c.x); maxX = Math.max(maxX, c.x); minY = Math.min(minY, c.y); maxY = Math.max(maxY, c.y); }
  const span = Math.max(maxX - minX, maxY - minY, 1);
  const px = pad * span;
  return { x: [minX - px, maxX + px], y: [minY - px, maxY + px] };
}

/**
 * The clusters a zoomed-in view asks for, at most `max`: first the one whose centroid is nearest the view's centre
 * (the view lies in its region even when its centroid is off screen), then the others whose centroid is in view,
 * nearest first (ties by id). Clusters `skip` says (loaded, loading, hidden) are passed over.
 */
export function clustersInView(clusters: readonly ClusterInfo[], view: ViewRect, skip: (id: number) => boolean, max = 3): number[] {
  const cx = (view.minX + view.maxX) / 2;
  const cy = (view.minY + view.maxY) / 2;
  const byDistance = clusters
    .map((c) => ({ id: c.id, c, d: Math.hypot(c.x - cx, c.y - cy) }))
    .sort((a, b) => a.d - b.d || a.id - b.id);
  const out: number[] = [];
  byDistance.forEach(({ id, c }, i) => {
    if (out.length >= max || skip(id)) return;
    const inView = c.x >= view.minX && c.x <= view.maxX && c.y >= view.minY && c.y <= view.maxY;
    if (i === 0 || inView) out.push(id);
  });
  return out;
}

/** "12 of 38 clusters loaded, 21,034 of 74,728 papers" */
export function lodStatus(clustersLoaded: number, clusters: number, papersLoaded: number, papers: number): string {
  const f = (n: number) => n.toLocaleString('en');
  return `${f(clustersLoaded)} of ${f(clusters)} clusters loaded, ${f(papersLoaded)} of ${f(Math.max(papers, papersLoaded))} papers`;
}
