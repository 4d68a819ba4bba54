// Build-time layout so the explorer opens laid out, clusters as regions: the cluster graph first (discs packed
// apart), each cluster's papers by ForceAtlas2 on their own links fitted into its disc, entities beside their papers.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { seededRng, round } from './rng.ts';
import { fitToRegion, layoutRegions, type Region } from './layout-regions.ts';

/** graph units between the entities around one paper (nodes are a few units across before normalisation) */
const ENTITY_SPACING = 2;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface LayoutOptions {
  seed?: number;
  /** ForceAtlas2 iterations on each cluster's papers (default: twice `inferIterations` of the paper count, at most 300) */
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

/** ForceAtlas2 iterations for a graph of this many nodes: generous on small graphs, a few refinements on large ones (≈1.4 s per iteration at 50k nodes). */
export function inferIterations(order: number): number {
  // past 200k nodes the seeded layout (papers in discs around laid-out clusters) is kept nearly as it is: one
  // refinement, so the layout's cost stays proportional to the graph (3 iterations took 47 s of a 300k-paper build)
  if (order > 200_000) return 1;
  return Math.max(3, Math.min(300, Math.round(300_000 / Math.max(1, order))));
}

/**
 * Lays out `graph` in place (x, y on every node), clusters as regions: the cluster graph first (discs packed apart, see
 * layout-regions.ts), then each cluster's papers by ForceAtlas2 on the links among them alone, fitted into its disc,
 * then every other node (concepts, problems, …) inside the disc of the cluster most of its papers are in, near them.
 * Links between clusters never pull regions into each other, so clusters stay apart as in VOSviewer's maps.
 * `clusterOf` gives each paper's cluster index (null for other nodes). Requires `size` on every node.
 */
export function layoutGraph(
  graph: Graph,
  clusterOf: (node: string) => number | null,
  clusterSizes: readonly number[],
  opts: LayoutOptions = {},
): LayoutResult {
  const rng = seededRng(opts.seed ?? 42);
  // cluster graph weights from edges between papers of different clusters; papers' links within their cluster
  const links = new Map<string, number>();
  const inner = clusterSizes.map(() => [] as Array<[string, string, number]>);
  graph.forEachEdge((_e, attr, s, t) => {
    if (attr.type !== 'related' && attr.type !== 'improves') return;
    const a = clusterOf(s);
    const b = clusterOf(t);
    if (a === null || b === null) return;
    const w = typeof attr.weight === 'number' && attr.weight > 0 ? attr.weight : 1;
    if (a === b) { inner[a].push([s, t, w]); return; }
    if (attr.type !== 'related') return;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    links.set(key, (links.get(key) ?? 0) + w);
  });
  const sortedLinks = new Map([...links].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)));
  const regions = layoutRegions(clusterSizes, sortedLinks, rng);

  const members = clusterSizes.map(() => [] as string[]);
  const pending: string[] = [];
  graph.forEachNode((node) => { const c = clusterOf(node); if (c === null) pending.push(node); else members[c].push(node); });
  const papers = members.reduce((n, m) => n + m.length, 0);
  const iterations = opts.iterations ?? Math.min(300, 2 * inferIterations(papers));
  members.forEach((ids, c) => {
    const sub = new Graph({ type: 'undirected' });
    for (const id of ids) {
      // seeded in a unit disc (uniform by area); the region fit sets the scale
      const r = Math.sqrt(rng()) * 10;
      const a = 2 * Math.PI * rng();
      sub.addNode(id, { x: r * Math.cos(a), y: r * Math.sin(a), size: graph.getNodeAttribute(id, 'size') as number });
    }
    for (const [s, t, w] of inner[c]) {
      if (s === t) continue;
      if (sub.hasEdge(s, t)) sub.updateEdgeAttribute(s, t, 'weight', (v: number) => v + w);
      else sub.addEdge(s, t, { weight: w });
    }
    if (sub.order > 2 && sub.size > 0 && iterations > 0) {
      forceAtlas2.assign(sub, { iterations, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(sub), outboundAttractionDistribution: true, linLogMode: opts.linLog ?? false } });
    }
    const fitted = fitToRegion(ids.map((id) => sub.getNodeAttributes(id) as { x: number; y: number }), regions[c]);
    ids.forEach((id, i) => graph.mergeNodeAttributes(id, fitted[i]));
  });

  // other nodes: inside the region of the cluster most of their papers are in, near those papers
  const later: string[] = [];
  const spots = new Map<string, { x: number; y: number; home: number; nodes: string[] }>();
  for (const node of pending) {
    const count = new Map<number, number>();
    graph.forEachNeighbor(node, (nb) => { const c = clusterOf(nb); if (c !== null) count.set(c, (count.get(c) ?? 0) + 1); });
    if (!count.size) { later.push(node); continue; }
    const home = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    let sx = 0, sy = 0, n = 0;
    graph.forEachNeighbor(node, (nb) => {
      if (clusterOf(nb) !== home) return;
      sx += graph.getNodeAttribute(nb, 'x') as number;
      sy += graph.getNodeAttribute(nb, 'y') as number;
      n++;
    });
    const x = sx / n, y = sy / n;
    const key = `${home}|${x.toFixed(3)}|${y.toFixed(3)}`;
    const spot = spots.get(key);
    if (spot) spot.nodes.push(node); else spots.set(key, { x, y, home, nodes: [node] });
  }
  // the nodes of one spot (the entities of a single paper) on a sunflower spiral around it, wider the more they are,
  // so no two share a position (thousands of bound classes of one paper once piled up on one point)
  for (const { x, y, home, nodes } of spots.values()) {
    const reg = regions[home];
    const spread = Math.max(reg.r * 0.12, ENTITY_SPACING * Math.sqrt(nodes.length));
    const turn = 2 * Math.PI * rng();
    nodes.forEach((node, i) => {
      const r = spread * Math.sqrt((i + 0.5 * rng()) / nodes.length);
      const a = turn + i * GOLDEN_ANGLE;
      const p = { x: x + r * Math.cos(a), y: y + r * Math.sin(a) };
      graph.mergeNodeAttributes(node, spread <= reg.r ? clampToRegion(p, reg) : p);
    });
  }
  // nodes with no paper neighbour (a general problem only its variants name): beside the nodes they link to
  const unplaced = new Set(later);
  for (const node of later) {
    let sx = 0, sy = 0, n = 0;
    graph.forEachNeighbor(node, (nb) => { if (unplaced.has(nb)) return; sx += graph.getNodeAttribute(nb, 'x') as number; sy += graph.getNodeAttribute(nb, 'y') as number; n++; });
    const jx = (rng() - 0.5) * 10;
    const jy = (rng() - 0.5) * 10;
    graph.mergeNodeAttributes(node, n ? { x: sx / n + jx, y: sy / n + jy } : { x: jx * 20, y: jy * 20 });
  }

  // noverlap costs ~0.6 s per iteration at 10k nodes here and rarely converges on big graphs
  const nov = opts.noverlapIterations ?? (graph.order <= 3000 ? 30 : graph.order <= 20_000 ? 4 : 0);
  if (nov > 0) {
    // (noverlap's grid keeps a set of candidate pairs per cell: a pathological pile-up can exceed a Set's size; the
    // layout is then kept as it is rather than failing the build)
    try { noverlap.assign(graph, { maxIterations: nov, settings: { margin: 0.5, ratio: 1 } }); } catch (err) { if (!(err instanceof RangeError)) throw err; }
  }

  // normalise into [-extent, extent] and round: smaller files, stable bytes
  const extent = opts.extent ?? 1000;
  let max = 1e-9;
  graph.forEachNode((_n, a) => { max = Math.max(max, Math.abs(a.x as number), Math.abs(a.y as number)); });
  const f = extent / max;
  const decimals = graph.order > 20_000 ? 1 : 2; // tenths of a ±1000 box for 20k+ nodes (whole units show as a grid when zoomed in)
  graph.updateEachNodeAttributes((_n, a) => ({ ...a, x: round((a.x as number) * f, decimals), y: round((a.y as number) * f, decimals) }));
  return { clusterCentres: regions.map((c) => ({ x: c.x * f, y: c.y * f })), iterations };
}

/** A point pulled back inside a region's disc (with a margin) when it fell outside. */
function clampToRegion(p: { x: number; y: number }, reg: Region): { x: number; y: number } {
  const dx = p.x - reg.x, dy = p.y - reg.y;
  const d = Math.hypot(dx, dy);
  const max = reg.r * 0.95;
  return d <= max ? p : { x: reg.x + (dx / d) * max, y: reg.y + (dy / d) * max };
}
