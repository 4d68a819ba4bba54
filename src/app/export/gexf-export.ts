// GEXF 1.3 of the visible graph (graphology-gexf writer), with data attributes Gephi can color and filter by.
import Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { GraphIndex } from '../../state/graph-index.ts';

export function visibleGraphToGexf(index: GraphIndex, visible: ReadonlySet<string>): string {
  const g = new Graph({ type: 'mixed', multi: true });
  for (const id of index.order) {
    if (!visible.has(id)) continue;
    const n = index.nodes.get(id)!;
    g.addNode(id, {
      label: n.type === 'paper' ? n.title : n.label,
      type: n.type,
      cluster: n.cluster ?? -1,
      year: n.type === 'paper' ? n.year ?? 0 : 0,
      claims: n.type === 'paper' ? n.claims.length : 0,
      x: n.x, y: n.y, size: n.size, color: n.color,
    });
  }
  for (const e of index.edges) {
    if (!visible.has(e.source) || !visible.has(e.target)) continue;
    g.addDirectedEdge(e.source, e.target, { type: e.type, weight: e.weight });
  }
  return write(g, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: String(a.label),
      viz: { color: String(a.color), size: Number(a.size), x: Number(a.x), y: Number(a.y) },
      attributes: { type: a.type, cluster: a.cluster, year: a.year, claims: a.claims },
    }),
    formatEdge: (_key, a) => ({ weight: Number(a.weight), attributes: { type: a.type } }),
  });
}
