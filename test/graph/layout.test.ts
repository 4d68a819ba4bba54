// Layout: seeded and deterministic, every node placed inside the ±1000 box, clusters kept together.
import { describe, it, expect } from 'vitest';
import { buildGraph } from '../../src/graph/index.ts';
import Graph from 'graphology';
import { inferIterations, layoutGraph } from '../../src/graph/layout.ts';
import { fitToRegion, layoutRegions } from '../../src/graph/layout-regions.ts';
import { seededRng } from '../../src/graph/rng.ts';
import { fixturePapers, TOY_GROWTH } from '../fixtures/graph/papers.ts';

type A = Record<string, number | string>;

describe('layout', () => {
  const { envelope } = buildGraph(fixturePapers(), { growth: TOY_GROWTH });
  const nodes = envelope.graph.nodes.map((n) => n.attributes as A);

  it('places every node inside the box, spread out, with rounded coordinates', () => {
    const xs = nodes.map((a) => a.x as number);
    const ys = nodes.map((a) => a.y as number);
    for (const v of [...xs, ...ys]) {
      expect(Math.abs(v)).toBeLessThanOrEqual(1000);
      expect(Math.round(v * 100) / 100).toBe(v);
    }
    expect(Math.max(...xs.map(Math.abs), ...ys.map(Math.abs))).toBeCloseTo(1000, 0);
    expect(new Set(nodes.map((a) => `${a.x},${a.y}`)).size).toBe(nodes.length);
  });

  it('keeps papers nearer their own cluster centre than other centres', () => {
    const papers = nodes.filter((a) => a.type === 'paper');
    let own = 0;
    let other = 0;
    for (const p of papers) {
      for (const c of envelope.clusters) {
        const d = Math.hypot((p.x as number) - c.x, (p.y as number) - c.y);
        if (c.id === p.cluster) own += d; else other += d / (envelope.clusters.length - 1);
      }
    }
    expect(own).toBeLessThan(other * 0.6);
  });

  it('changes with the seed and not otherwise', () => {
    const again = buildGraph(fixturePapers(), { growth: TOY_GROWTH }).envelope;
    expect(JSON.stringify(again.graph)).toBe(JSON.stringify(envelope.graph));
    const other = buildGraph(fixturePapers(), { growth: TOY_GROWTH, seed: 7 }).envelope;
    expect(JSON.stringify(other.graph.nodes.map((n) => [n.attributes!.x, n.attributes!.y]))).not.toBe(JSON.stringify(envelope.graph.nodes.map((n) => [n.attributes!.x, n.attributes!.y])));
  });

  it('spends fewer ForceAtlas2 iterations on bigger graphs', () => {
    expect(inferIterations(100)).toBe(300);
    expect(inferIterations(100_000)).toBe(3);
    expect(inferIterations(500_000)).toBe(1);
    expect(inferIterations(10_000)).toBeLessThan(inferIterations(1000));
  });
});

/** Five clusters of papers (sizes 40, 30, 25, 12, 6) linked densely inside, sparsely across; concepts on the papers. */
function clusteredGraph() {
  const sizes = [40, 30, 25, 12, 6];
  const g = new Graph({ type: 'directed', multi: true });
  const rng = seededRng(5);
  const cluster = new Map<string, number>();
  const ids: string[][] = sizes.map((n, c) => Array.from({ length: n }, (_, i) => `p${c}-${i}`));
  ids.forEach((list, c) => list.forEach((id) => { g.addNode(id, { type: 'paper', size: 3 + 4 * rng() }); cluster.set(id, c); }));
  ids.forEach((list) => list.forEach((a, i) => list.forEach((b, j) => { if (j > i && rng() < 0.2) g.addEdge(a, b, { type: 'related', weight: 0.3 + rng() }); })));
  for (let k = 0; k < 40; k++) { // links across clusters pull regions together but never into each other
    const a = Math.floor(rng() * 5), b = Math.floor(rng() * 5);
    if (a !== b) g.addEdge(ids[a][Math.floor(rng() * ids[a].length)], ids[b][Math.floor(rng() * ids[b].length)], { type: 'related', weight: 1 });
  }
  // a concept of cluster 2 (3 of its papers and 1 of cluster 0), and a problem with no paper
  g.addNode('c:topic', { type: 'concept', size: 4 });
  for (const p of [ids[2][0], ids[2][1], ids[2][2], ids[0][0]]) g.addEdge(p, 'c:topic', { type: 'mentions', weight: 1 });
  g.addNode('problem:general', { type: 'problem', size: 4 });
  g.addEdge('c:topic', 'problem:general', { type: 'specializes', weight: 1 });
  return { g, sizes, cluster, ids };
}

describe('layout by regions', () => {
  const layOut = (seed = 42) => {
    const { g, sizes, cluster, ids } = clusteredGraph();
    layoutGraph(g, (n) => cluster.get(n) ?? null, sizes, { seed });
    return { g, ids };
  };

  it('keeps every cluster inside its own disc, apart from the others', () => {
    const { g, ids } = layOut();
    const discs = ids.map((list) => {
      const pts = list.map((id) => g.getNodeAttributes(id) as { x: number; y: number });
      const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
      const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
      return { cx, cy, r: Math.max(...pts.map((p) => Math.hypot(p.x - cx, p.y - cy))) };
    });
    for (let a = 0; a < discs.length; a++) {
      for (let b = a + 1; b < discs.length; b++) {
        const d = Math.hypot(discs[a].cx - discs[b].cx, discs[a].cy - discs[b].cy);
        expect(d, `clusters ${a} and ${b}`).toBeGreaterThan(discs[a].r + discs[b].r);
      }
    }
    // bigger clusters get bigger discs (area grows with the paper count)
    expect(discs[0].r).toBeGreaterThan(discs[3].r);
  });

  it('puts an entity among the papers of its cluster, and a paperless one beside what it links to', () => {
    const { g, ids } = layOut();
    const at = (id: string) => g.getNodeAttributes(id) as { x: number; y: number };
    const centre = (list: string[]) => ({ x: list.reduce((s, id) => s + at(id).x, 0) / list.length, y: list.reduce((s, id) => s + at(id).y, 0) / list.length });
    const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
    const topic = at('c:topic');
    const own = dist(topic, centre(ids[2]));
    for (const c of [0, 1, 3, 4]) expect(own).toBeLessThan(dist(topic, centre(ids[c])));
    expect(dist(at('problem:general'), topic)).toBeLessThan(own + 200);
  });

  it('is deterministic for a seed', () => {
    const pos = (seed: number) => { const { g } = layOut(seed); return JSON.stringify(g.mapNodes((n, a) => [n, a.x, a.y])); };
    expect(pos(42)).toBe(pos(42));
    expect(pos(42)).not.toBe(pos(7));
  });

  it('packs discs without overlap, linked ones side by side', () => {
    const links = new Map([['0|1', 10], ['2|3', 10]]);
    const regions = layoutRegions([50, 50, 50, 50, 5], links, seededRng(1));
    for (let a = 0; a < regions.length; a++) {
      for (let b = a + 1; b < regions.length; b++) {
        expect(Math.hypot(regions[a].x - regions[b].x, regions[a].y - regions[b].y)).toBeGreaterThanOrEqual(regions[a].r + regions[b].r);
      }
    }
    const d = (a: number, b: number) => Math.hypot(regions[a].x - regions[b].x, regions[a].y - regions[b].y);
    expect(d(0, 1)).toBeLessThan(d(0, 2));
    expect(d(2, 3)).toBeLessThan(d(1, 3));
  });

  it('fits a force layout into a disc, keeping each point\'s direction from the centre', () => {
    const pts = [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 10 }, { x: -1000, y: 0 }, { x: 3, y: 3 }];
    const out = fitToRegion(pts, { x: 100, y: 100, r: 20 });
    for (const p of out) expect(Math.hypot(p.x - 100, p.y - 100)).toBeLessThanOrEqual(20);
    expect(out[3].x).toBeLessThan(100); // the far outlier stays on its side, inside the disc
  });
});
