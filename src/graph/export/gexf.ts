// GEXF 1.3 export (graphology-gexf) that Gephi opens with labels, colours, sizes, positions, and
// node type / cluster as attributes.
import { write } from 'graphology-gexf';
import type { GraphEnvelope } from '../types.ts';
import { loadGraph, clusterLabels, flatNode, flatEdge } from './flatten.ts';

export function toGexf(env: GraphEnvelope): string {
  const graph = loadGraph(env);
  const labels = clusterLabels(env);
  return write(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: String(a.label ?? ''),
      viz: { color: String(a.color ?? '#999999'), size: Number(a.size ?? 1), x: Number(a.x ?? 0), y: Number(a.y ?? 0) },
      attributes: flatNode(a, labels),
    }),
    formatEdge: (_key, a) => ({
      label: String(a.type ?? ''),
      weight: Number(a.weight ?? 1),
      attributes: flatEdge(a),
    }),
  });
}
