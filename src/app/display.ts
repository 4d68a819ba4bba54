// Pure mapping from the data graph (GraphIndex) to the graph sigma draws: only display attributes,
// renamed so sigma never mistakes a data `type` ("paper") for a rendering program.
import Graph from 'graphology';
import type { GraphIndex, NodeView } from '../state/graph-index.ts';
import type { NodeType } from '../state/types.ts';
import { texToPlain } from './text/math-text.ts';
import { table } from '../extract/bounds/table.ts';

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** a data node's type, or "cluster": a level-of-detail graph's stand-in for a cluster whose papers are not loaded */
  kind: NodeType | 'cluster';
  /** paper importance proxy used for level-of-detail decisions */
  cluster: number | null;
}

export interface DisplayEdge {
  size: number;
  color: string;
  kind: string;
  weight: number;
  /** a paper → earlier paper `improves` edge (drawn as an arrow when highlighted; source = the later paper) */
  chain?: boolean;
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

/** Entity nodes are drawn in neutral tones so cluster colours stay readable; bound classes are near-black. */
export const TYPE_COLORS: Record<Exclude<NodeType, 'paper'>, string> = {
  concept: '#a3a9b2',
  method: '#7a6fb0',
  problem: '#b5651d',
  assumption: '#3d7ea6',
  bound: '#56606b',
};

const EDGE_COLORS: Record<string, string> = table({
  related: '#c9ced6',
  mentions: '#dde1e6',
  introduces: '#d6d0ea',
  claims: '#d0d3d8',
  improves: '#d08a2e',
  cites: '#a9bcd6',
});

// entities are context, papers the subject: keep entities visibly smaller whatever sizes the builder chose
const SIZE_FACTOR: Record<NodeType, number> = { paper: 1, concept: 0.5, method: 0.55, problem: 0.6, assumption: 0.6, bound: 0.42 };

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;
}

/** `paperScale` (level-of-detail graphs): papers drawn this much smaller, down to 1 px, so dense clusters stay legible. */
export function displayNode(n: NodeView, clusterColor: (id: number | null) => string | null, paperScale = 1): DisplayNode {
  const color = n.type === 'paper' ? (clusterColor(n.cluster) ?? n.color) : TYPE_COLORS[n.type];
  const paperMin = paperScale < 1 ? 1 : 3;
  return {
    x: n.x,
    y: n.y,
    size: Math.min(30, Math.max(n.type === 'paper' ? paperMin : 1.5, n.size * SIZE_FACTOR[n.type] * (n.type === 'paper' ? paperScale : 1))),
    color,
    // canvas text cannot typeset: math becomes plain text ($k$-Hamming → k-Hamming)
    label: truncate(texToPlain(n.type === 'paper' ? n.title || n.label : n.label), 42),
    kind: n.type,
    cluster: n.cluster,
  };
}

/** Nodes above this count use level of detail (entities and weak edges only when zoomed in). */
export const LARGE_GRAPH = 5000;

/** Edge kinds and normalised weight drawn at overview zoom on a large graph (everything else only zoomed in). */
export function overviewEdge(kind: string, weight: number): boolean {
  return kind === 'improves' || (kind === 'related' && weight >= 0.5);
}

/** Heaviest edge weight (edge sizes are relative to it). */
function maxWeight(index: GraphIndex): number {
  let maxW = 0;
  for (const e of index.edges) if (e.weight > maxW) maxW = e.weight;
  return maxW;
}

function addEdges(g: DisplayGraph, index: GraphIndex, maxW: number, keep: (kind: string, w: number) => boolean, which: Iterable<number> = index.edges.keys()) {
  for (const i of which) {
    const e = index.edges[i];
    const w = maxW > 0 ? Math.min(1, e.weight / maxW) : 0.5;
    if (!keep(e.type, w) || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    if (g.hasEdge(e.id)) continue;
    const chain = e.type === 'improves' && index.nodes.get(e.source)?.type === 'paper' && index.nodes.get(e.target)?.type === 'paper';
    // one drawn edge per pair (the data keeps them all); an improvement chain wins over a plain link, and keeps
    // its direction (later paper → earlier paper), so it replaces one drawn the other way
    const existing = g.edge(e.source, e.target);
    if (existing !== undefined) {
      if (!chain || g.getEdgeAttribute(existing, 'chain')) continue;
      g.dropEdge(existing);
    }
    g.addEdgeWithKey(e.id, e.source, e.target, {
      size: e.type === 'improves' ? 1.6 : 0.4 + 1.2 * w,
      color: EDGE_COLORS[e.type] ?? EDGE_COLORS.related,
      kind: e.type,
      weight: w,
      ...(chain ? { chain: true } : {}),
    });
  }
}

/** Drawn paper → paper improvement edges among `papers` (a problem's chain) or touching `paper`. */
export function chainEdges(g: DisplayGraph, opts: { among?: ReadonlySet<string>; touching?: string }): Set<string> {
  const out = new Set<string>();
  const take = (edge: string, attrs: DisplayEdge, s: string, t: string) => {
    if (!attrs.chain) return;
    if (opts.touching !== undefined ? s === opts.touching || t === opts.touching : opts.among?.has(s) && opts.among.has(t)) out.add(edge);
  };
  if (opts.touching !== undefined) {
    if (g.hasNode(opts.touching)) g.forEachEdge(opts.touching, take);
  } else if (opts.among) {
    for (const id of opts.among) if (g.hasNode(id)) g.forEachEdge(id, take);
  }
  return out;
}

/**
 * The graph sigma draws. On a large graph only what the overview shows (papers and overview edges) is
 * built now, so the first frame processes a bounded set; `completeDisplayGraph` adds the rest after it.
 */
export function buildDisplayGraph(index: GraphIndex): DisplayGraph {
  const g: DisplayGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const clusterColor = (id: number | null) => (id === null ? null : index.clusterById.get(id)?.color ?? null);
  const large = index.order.length > LARGE_GRAPH;
  for (const id of index.order) {
    const n = index.nodes.get(id)!;
    if (!large || n.type === 'paper') g.addNode(id, displayNode(n, clusterColor));
  }
  addEdges(g, index, maxWeight(index), large ? overviewEdge : () => true);
  return g;
}

/** Whether `buildDisplayGraph` left nodes or edges for `completeDisplayGraph`. */
export function isPartial(g: DisplayGraph, index: GraphIndex): boolean {
  return g.order < index.order.length;
}

/** Adds the entity nodes and zoomed-in edges a large graph's first frame went without (idempotent). */
export function completeDisplayGraph(g: DisplayGraph, index: GraphIndex): void {
  if (!isPartial(g, index)) return;
  const clusterColor = (id: number | null) => (id === null ? null : index.clusterById.get(id)?.color ?? null);
  for (const id of index.order) if (!g.hasNode(id)) g.addNode(id, displayNode(index.nodes.get(id)!, clusterColor));
  addEdges(g, index, maxWeight(index), () => true);
}

// ---- level-of-detail graphs (meta.lod): the overview, then clusters of papers merged in as they load ----

/** Display keys of cluster stand-ins (a control character no data id starts with: ids come from JSON strings, but are never this). */
export const CLUSTER_NODE_PREFIX = '\u0001cluster:';
export const clusterNodeKey = (id: number) => `${CLUSTER_NODE_PREFIX}${id}`;
/** The cluster id of a stand-in's key, or null for any other key. */
export function clusterOfNodeKey(key: string): number | null {
  if (!key.startsWith(CLUSTER_NODE_PREFIX)) return null;
  const n = Number(key.slice(CLUSTER_NODE_PREFIX.length));
  return Number.isInteger(n) ? n : null;
}

/**
 * How much smaller a level-of-detail graph draws its papers: a cluster of a 75,000-paper graph packs thousands of papers
 * where a graph loaded whole has hundreds, so paper areas shrink with the paper count (1 up to 10,000 papers).
 */
export function lodPaperScale(papers: number): number {
  return Math.max(0.25, Math.min(1, Math.sqrt(10_000 / Math.max(1, papers))));
}

/** Radius of a cluster stand-in: its area grows with its paper count (the biggest cluster 28 px at overview zoom). */
export function clusterNodeSize(papers: number, maxPapers: number): number {
  return Math.max(5, 28 * Math.sqrt(Math.max(0, papers) / Math.max(1, maxPapers)));
}

/** Entities a level-of-detail graph draws from the start (the ones most papers link to); the others when needed. */
export const LOD_TOP_ENTITIES = 300;

/**
 * The first frame of a level-of-detail graph: one stand-in per cluster (its colour, at its centroid, sized by its
 * papers; labelled by the cluster-labels layer) and the overview's entities most papers link to, with the edges among
 * them. Every other entity is drawn when it is needed (`drawNeighbourhood`: selected, or a selected paper's): sigma
 * costs every drawn node and edge on every frame, shown or hidden, and most entities matter only next to their papers.
 * Edge weights are used as they are (clamped to 1): the heaviest edge of the whole graph is not known before every
 * cluster is loaded.
 */
export function buildLodDisplayGraph(index: GraphIndex, topEntities = LOD_TOP_ENTITIES): DisplayGraph {
  const g: DisplayGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const clusterColor = (id: number | null) => (id === null ? null : index.clusterById.get(id)?.color ?? null);
  const maxPapers = Math.max(1, ...index.clusters.map((c) => c.size));
  for (const c of index.clusters) {
    g.addNode(clusterNodeKey(c.id), { x: c.x, y: c.y, size: clusterNodeSize(c.size, maxPapers), color: c.color, label: '', kind: 'cluster', cluster: c.id });
  }
  const paperCount = (n: NodeView) => (n.type !== 'paper' && n.type !== 'bound' ? n.papers ?? 0 : 0);
  const top = index.order.filter((id) => index.nodes.get(id)!.type !== 'paper')
    .sort((a, b) => paperCount(index.nodes.get(b)!) - paperCount(index.nodes.get(a)!) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, topEntities);
  for (const id of top) if (!g.hasNode(id)) g.addNode(id, displayNode(index.nodes.get(id)!, clusterColor));
  addEdges(g, index, 1, () => true);
  return g;
}

/**
 * Draws a node of a level-of-detail graph and its links: for a paper, its entities too; for an entity, its links to
 * the papers drawn (loaded). Returns whether anything was added.
 */
export function drawNeighbourhood(g: DisplayGraph, index: GraphIndex, id: string, paperScale = 1): boolean {
  const n = index.nodes.get(id);
  if (!n) return false;
  const clusterColor = (c: number | null) => (c === null ? null : index.clusterById.get(c)?.color ?? null);
  const before = g.order + g.size;
  if (!g.hasNode(id)) g.addNode(id, displayNode(n, clusterColor, paperScale));
  const which: number[] = [];
  for (const i of index.adjacency.get(id) ?? []) {
    const e = index.edges[i];
    const other = e.source === id ? e.target : e.source;
    const o = index.nodes.get(other);
    if (!o) continue;
    // a paper brings its entities along; an entity does not bring papers (their clusters are not loaded)
    if (!g.hasNode(other)) { if (n.type === 'paper' && o.type !== 'paper') g.addNode(other, displayNode(o, clusterColor, paperScale)); else continue; }
    which.push(i);
  }
  addEdges(g, index, 1, () => true, which);
  return g.order + g.size !== before;
}

/**
 * Adds merged papers and edges (from `mergeCluster`) to a level-of-detail display graph and drops the stand-ins of
 * the clusters now loaded, so each gives way to its papers. Edges whose ends are not drawn are skipped (links to
 * entities not drawn wait for `drawNeighbourhood`).
 */
export function addLodPapers(g: DisplayGraph, index: GraphIndex, nodes: readonly string[], edges: readonly number[], loadedClusters: Iterable<number>, paperScale = 1): void {
  const clusterColor = (id: number | null) => (id === null ? null : index.clusterById.get(id)?.color ?? null);
  for (const id of nodes) {
    const n = index.nodes.get(id);
    if (n && !g.hasNode(id)) g.addNode(id, displayNode(n, clusterColor, paperScale));
  }
  addEdges(g, index, 1, () => true, edges);
  for (const c of loadedClusters) { const k = clusterNodeKey(c); if (g.hasNode(k)) g.dropNode(k); }
}
