// Layout: seeded and deterministic, every node placed inside the ±1000 box, clusters kept together.
import { describe, it, expect } from 'vitest';
import { buildGraph } from '../../src/graph/index.ts';
import { inferIterations } from '../../src/graph/layout.ts';
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
