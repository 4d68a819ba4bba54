// GEXF 1.3 export (graphology-gexf) that Gephi opens with labels, colours, sizes, positions, and
// node type / cluster as attributes. Colours are written as r/g/b(/a) attributes, not GEXF 1.3's `hex`:
// Gephi, networkx and igraph all read r/g/b, while networkx's read_gexf fails on hex.
import { write } from 'graphology-gexf';
import type { GraphEnvelope } from '../types.ts';
import { loadGraph, clusterLabels, flatNode, flatEdge, parseColor } from './flatten.ts';

const DEFAULT_COLOR = { r: 153, g: 153, b: 153, a: 1 };

/** A CSS colour as the `rgb()` / `rgba()` string graphology-gexf turns into r, g, b (and a) attributes. */
function gexfColor(value: unknown): string {
  const c = parseColor(value) ?? DEFAULT_COLOR;
  return c.a === 1 ? `rgb(${c.r},${c.g},${c.b})` : `rgba(${c.r},${c.g},${c.b},${c.a})`;
}

export function toGexf(env: GraphEnvelope): string {
  const graph = loadGraph(env);
  const labels = clusterLabels(env);
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: String(a.label ?? ''),
      viz: { color: gexfColor(a.color), size: Number(a.size ?? 1), x: Number(a.x ?? 0), y: Number(a.y ?? 0) },
      attributes: flatNode(a, labels),
    }),
    formatEdge: (_key, a) => ({
      label: String(a.type ?? ''),
      weight: Number(a.weight ?? 1),
      attributes: flatEdge(a),
    }),
  });
}
