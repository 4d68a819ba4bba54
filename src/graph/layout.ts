// Build-time layout so the explorer opens laid out: the cluster graph is laid out first, papers
// are seeded in a disc around their cluster's centre, entities at the mean of their papers, then
// ForceAtlas2 (settings inferred from the graph, fewer iterations on big graphs) and noverlap.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { seededRng, round } from './rng.ts';

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations on the full graph (default: inferred from its size) */
  iterations?: number;
  /** noverlap iterations (default: inferred) */
  noverlapIterations?: number;
  /** ForceAtlas2 lin-log mode (default false) */
  linLog?: boolean;
  /** coordinates are scaled into [-extent, extent] then rounded */
  extent?: number;
}

export interface LayoutResult {
  clusterCentres: Array<{ x: number; y: number }>;
  iterations: number;
}

/** Full-graph FA2 iterations: generous on small graphs, a few refinements on large ones (≈1.4 s per iteration at 50k nodes). */
export function inferIterations(order: number): number {
  // past 200k nodes the seeded layout (papers in discs around laid-out clusters) is kept nearly as it is: one
  // refinement, so the layout's cost stays proportional to the graph (3 iterations took 47 s of a 300k-paper build)
  if (order > 200_000) return 1;
  return Math.max(3, Math.min(300, Math.round(300_000 / Math.max(1, order))));
}

/** Positions for the clusters: FA2 on the cluster graph, spread so discs of radius ∝ √size do not overlap much. */
function layoutClusters(sizes: readonly number[], links: ReadonlyMap<string, number>, rng: () => number) {
  const cg = new Graph({ type: 'undirected' });
  const k = sizes.length;
  sizes.forEach((s, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, k);
    cg.addNode(String(i), { x: Math.cos(a) * 100 + rng(), y: Math.sin(a) * 100 + rng(), size: Math.sqrt(s) });
  });
  for (const [key, w] of links) {
    const [a, b] = key.split('|');
    cg.addEdge(a, b, { weight: w });
  }
  if (k > 1) {
    forceAtlas2.assign(cg, { iterations: 300, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(cg), adjustSizes: false } });
  }
  // scale so neighbouring cluster discs (radius √size) sit apart: the closest pair at ≥ the sum of their radii
  const pos = sizes.map((_, i) => ({ x: cg.getNodeAttribute(String(i), 'x') as number, y: cg.getNodeAttribute(String(i), 'y') as number }));
  let scale = 1;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k && k <= 400; j++) {
      const d = Math.hypot(pos[i].x - pos[j].x, pos[i].y - pos[j].y) || 1e-6;
      scale = Math.max(scale, (Math.sqrt(sizes[i]) + Math.sqrt(sizes[j])) * 6 / d);
    }
  }
  return pos.map((p) => ({ x: p.x * scale, y: p.y * scale }));
}

/**
 * Lays out `graph` in place (x, y on every node). `cluster` gives each paper's cluster index; other
 * nodes are placed from their neighbours. Requires `size` on every node.
 */
export function layoutGraph(
  graph: Graph,
  clusterOf: (node: string) => number | null,
  clusterSizes: readonly number[],
  opts: LayoutOptions = {},
): LayoutResult {
  const rng = seededRng(opts.seed ?? 42);
  // cluster graph weights from edges between papers of different clusters
  const links = new Map<string, number>();
  graph.forEachEdge((_e, attr, s, t) => {
    if (attr.type !== 'related') return;
    const a = clusterOf(s);
    const b = clusterOf(t);
    if (a === null || b === null || a === b) return;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    links.set(key, (links.get(key) ?? 0) + (attr.weight as number));
  });
  const sortedLinks = new Map([...links].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
  const centres = layoutClusters(clusterSizes, sortedLinks, rng);

  // papers in a disc around their centre (uniform by area), others at the mean of their papers
  const pending: string[] = [];
  graph.forEachNode((node) => {
    const c = clusterOf(node);
    if (c === null) { pending.push(node); return; }
    const r = Math.sqrt(clusterSizes[c]) * 5 * Math.sqrt(rng());
    const a = 2 * Math.PI * rng();
    graph.mergeNodeAttributes(node, { x: centres[c].x + r * Math.cos(a), y: centres[c].y + r * Math.sin(a) });
  });
  for (const node of pending) {
    let sx = 0;
    let sy = 0;
    let cnt = 0;
    graph.forEachNeighbor(node, (nb) => {
      if (clusterOf(nb) === null) return;
      sx += graph.getNodeAttribute(nb, 'x') as number;
      sy += graph.getNodeAttribute(nb, 'y') as number;
      cnt++;
    });
    const jx = (rng() - 0.5) * 10;
    const jy = (rng() - 0.5) * 10;
    graph.mergeNodeAttributes(node, cnt ? { x: sx / cnt + jx, y: sy / cnt + jy } : { x: jx * 20, y: jy * 20 });
  }

  const iterations = opts.iterations ?? inferIterations(graph.order);
  if (graph.order > 1 && iterations > 0) {
    // hubs (concepts, bound classes) spread by outbound distribution; lin-log tried: on small graphs it spreads nodes into a uniform disc
    const settings = { ...forceAtlas2.inferSettings(graph), outboundAttractionDistribution: true, linLogMode: opts.linLog ?? false };
    forceAtlas2.assign(graph, { iterations, getEdgeWeight: 'weight', settings });
  }
  // noverlap costs ~0.6 s per iteration at 10k nodes here and rarely converges on big graphs
  const nov = opts.noverlapIterations ?? (graph.order <= 3000 ? 50 : graph.order <= 20_000 ? 4 : 0);
  if (nov > 0) noverlap.assign(graph, { maxIterations: nov, settings: { margin: 1, ratio: 1.1 } });

  // normalise into [-extent, extent] and round: smaller files, stable bytes
  const extent = opts.extent ?? 1000;
  let max = 1e-9;
  graph.forEachNode((_n, a) => { max = Math.max(max, Math.abs(a.x as number), Math.abs(a.y as number)); });
  const f = extent / max;
  const decimals = graph.order > 20_000 ? 1 : 2; // tenths of a ±1000 box for 20k+ nodes (whole units show as a grid when zoomed in)
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: round((a.x as number) * f, decimals), y: round((a.y as number) * f, decimals) }));
  return { clusterCentres: centres.map((c) => ({ x: c.x * f, y: c.y * f })), iterations };
}
