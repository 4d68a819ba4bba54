// GEXF 1.3 of the visible graph (graphology-gexf writer), with data attributes Gephi can color and filter by.
// Colours are written as r/g/b attributes (as the CLI's GEXF export does), not `hex`: networkx's read_gexf fails on hex.
// On a level-of-detail graph this is the graph loaded so far (the index holds only loaded clusters' papers).
import Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { GraphIndex } from '../../state/graph-index.ts';

const GREY = 'rgb(138,143,152)';

/** `#rgb` / `#rrggbb` / `#rrggbbaa` as the `rgb()` / `rgba()` string graphology-gexf writes as r, g, b (and a) attributes. */
export function gexfColor(hex: string): string {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex.trim());
  if (!m) return GREY;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const byte = (i: number) => parseInt(h.slice(i, i + 2), 16);
  if (h.length === 8) return `rgba(${byte(0)},${byte(2)},${byte(4)},${Math.round((byte(6) / 255) * 1000) / 1000})`;
  return `rgb(${byte(0)},${byte(2)},${byte(4)})`;
}

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
      viz: { color: gexfColor(String(a.color)), size: Number(a.size), x: Number(a.x), y: Number(a.y) },
      attributes: { type: a.type, cluster: a.cluster, year: a.year, claims: a.claims },
    }),
    formatEdge: (_key, a) => ({ weight: Number(a.weight), attributes: { type: a.type } }),
  });
}
