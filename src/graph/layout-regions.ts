// Cluster regions for the layout: where each cluster's disc goes (the cluster graph laid out by ForceAtlas2, then
// packed so discs keep a gap and no space is wasted), and how a cluster's own layout is fitted into its disc.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface Region { x: number; y: number; r: number }

/** graph units of disc radius per √paper: a disc's area grows with its paper count */
export const REGION_UNIT = 12;
/** gap between two discs, as a share of the smaller radius (at least GAP_MIN units) */
const GAP_SHARE = 0.35;
const GAP_MIN = 10;

/**
 * Discs for the clusters: the cluster graph (clusters as nodes, weighted by the links between their papers) laid out
 * by ForceAtlas2 from a circle, so linked clusters sit side by side; then packed: overlapping discs pushed apart
 * (plus a gap) while a weak pull to the centre closes empty space, ending with pushes only so no two discs overlap.
 * Deterministic (the circle start and the fixed iteration counts; `jitter` is seeded).
 */
export function layoutRegions(sizes: readonly number[], links: ReadonlyMap<string, number>, jitter: () => number): Region[] {
  const k = sizes.length;
  const radius = sizes.map((s) => REGION_UNIT * Math.sqrt(Math.max(1, s)));
  if (k === 0) return [];
  if (k === 1) return [{ x: 0, y: 0, r: radius[0] }];
  const cg = new Graph({ type: 'undirected' });
  sizes.forEach((s, i) => {
    const a = (2 * Math.PI * i) / k;
    cg.addNode(String(i), { x: Math.cos(a) * 100 + jitter(), y: Math.sin(a) * 100 + jitter(), size: Math.sqrt(Math.max(1, s)) });
  });
  for (const [key, w] of links) {
    const [a, b] = key.split('|');
    cg.addEdge(a, b, { weight: w });
  }
  forceAtlas2.assign(cg, { iterations: 300, getEdgeWeight: 'weight', settings: { ...forceAtlas2.inferSettings(cg), adjustSizes: false, strongGravityMode: true, gravity: 0.5 } });
  const pos = sizes.map((_, i) => ({ x: cg.getNodeAttribute(String(i), 'x') as number, y: cg.getNodeAttribute(String(i), 'y') as number }));
  // scale the arrangement so a typical pair of neighbours starts about touching: packing then moves discs little
  let nearest = 0;
  for (let i = 0; i < k; i++) {
    let best = Infinity;
    for (let j = 0; j < k; j++) if (j !== i) best = Math.min(best, Math.hypot(pos[i].x - pos[j].x, pos[i].y - pos[j].y) / (radius[i] + radius[j]));
    nearest += best;
  }
  const f = 1 / Math.max(1e-9, nearest / k);
  for (const p of pos) { p.x *= f; p.y *= f; }
  packDiscs(pos, radius, links);
  return pos.map((p, i) => ({ x: p.x, y: p.y, r: radius[i] }));
}

/** Pushes overlapping discs apart (each by its share of the overlap, small discs move more) with a pull to the centre and along links. */
function packDiscs(pos: Array<{ x: number; y: number }>, radius: readonly number[], links: ReadonlyMap<string, number>): void {
  const k = pos.length;
  const gap = (i: number, j: number) => Math.max(GAP_MIN, GAP_SHARE * Math.min(radius[i], radius[j]));
  const area = radius.map((r) => r * r);
  const pairs = [...links].map(([key, w]) => { const [a, b] = key.split('|').map(Number); return { a, b, w }; });
  const maxW = Math.max(1e-9, ...pairs.map((p) => p.w));
  const push = () => {
    let moved = 0;
    for (let i = 0; i < k; i++) {
      for (let j = i + 1; j < k; j++) {
        let dx = pos[j].x - pos[i].x;
        let dy = pos[j].y - pos[i].y;
        let d = Math.hypot(dx, dy);
        const want = radius[i] + radius[j] + gap(i, j);
        if (d >= want) continue;
        if (d < 1e-6) { dx = 1; dy = 0; d = 1; } // coincident: part them along x, deterministically
        const over = want - d;
        const si = area[j] / (area[i] + area[j]); // the smaller disc takes more of the move
        pos[i].x -= (dx / d) * over * si; pos[i].y -= (dy / d) * over * si;
        pos[j].x += (dx / d) * over * (1 - si); pos[j].y += (dy / d) * over * (1 - si);
        moved += over;
      }
    }
    return moved;
  };
  for (let it = 0; it < 400; it++) {
    // pull: towards the centre of mass, and linked discs towards each other (gently: overlaps are resolved after)
    let cx = 0, cy = 0, tot = 0;
    for (let i = 0; i < k; i++) { cx += pos[i].x * area[i]; cy += pos[i].y * area[i]; tot += area[i]; }
    cx /= tot; cy /= tot;
    const pull = 0.03 * (1 - it / 400);
    for (let i = 0; i < k; i++) { pos[i].x += (cx - pos[i].x) * pull; pos[i].y += (cy - pos[i].y) * pull; }
    for (const { a, b, w } of pairs) {
      const t = 0.02 * (w / maxW) * (1 - it / 400);
      const dx = pos[b].x - pos[a].x, dy = pos[b].y - pos[a].y;
      pos[a].x += dx * t; pos[a].y += dy * t;
      pos[b].x -= dx * t; pos[b].y -= dy * t;
    }
    push();
  }
  for (let it = 0; it < 200 && push() > 1e-6; it++);
}

/**
 * Fits a cluster's own layout (positions around any centre) into its disc: the centre moves to the region's centre,
 * and each point keeps its angle while its radius becomes a blend of its distance rank (which fills the disc evenly,
 * so outliers of the force layout do not stretch the cluster thin) and its scaled distance (which keeps sub-groups).
 */
export function fitToRegion(points: Array<{ x: number; y: number }>, region: Region): Array<{ x: number; y: number }> {
  const n = points.length;
  if (n === 0) return [];
  if (n === 1) return [{ x: region.x, y: region.y }];
  let cx = 0, cy = 0;
  for (const p of points) { cx += p.x; cy += p.y; }
  cx /= n; cy /= n;
  const dist = points.map((p) => Math.hypot(p.x - cx, p.y - cy));
  const order = dist.map((_, i) => i).sort((a, b) => dist[a] - dist[b] || a - b);
  const far = dist[order[Math.min(n - 1, Math.floor(n * 0.9))]] || 1;
  const inner = region.r * 0.92; // a margin inside the disc for the nodes' own size
  const out = new Array<{ x: number; y: number }>(n);
  order.forEach((i, rank) => {
    const byRank = Math.sqrt((rank + 0.5) / n);
    const byDist = Math.min(1, dist[i] / far);
    const r = inner * (0.65 * byRank + 0.35 * byDist);
    const a = dist[i] > 1e-9 ? Math.atan2(points[i].y - cy, points[i].x - cx) : rank * 2.399963; // golden angle for the centre ties
    out[i] = { x: region.x + r * Math.cos(a), y: region.y + r * Math.sin(a) };
  });
  return out;
}
