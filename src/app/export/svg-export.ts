// SVG of the current view (what sigma shows now: visible nodes after reducers, their edges and drawn
// labels) for papers and posters. Built with DOM APIs and serialised, so file text is always escaped.
import type Sigma from 'sigma';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

export function viewToSvg(sigma: Sigma): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const svg = doc.documentElement;
  svg.setAttribute('xmlns', NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const el = (name: string, attrs: Record<string, string | number>, parent: Element) => {
    const e = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    parent.appendChild(e);
    return e;
  };
  el('rect', { width, height, fill: '#ffffff' }, svg);
  const edgesG = el('g', { id: 'edges', fill: 'none' }, svg);
  const nodesG = el('g', { id: 'nodes' }, svg);
  const labelsG = el('g', { id: 'labels', 'font-family': FONT, 'font-size': 12, fill: '#1f2328' }, svg);
  const ratio = sigma.getCamera().ratio;
  const margin = 50;
  const inView = (p: { x: number; y: number }) => p.x > -margin && p.y > -margin && p.x < width + margin && p.y < height + margin;
  const pos = new Map<string, { x: number; y: number; r: number; color: string }>();
  graph.forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const a = graph.getNodeAttributes(node) as { x: number; y: number };
    const p = sigma.graphToViewport({ x: a.x, y: a.y }); // graph attributes: always graph coordinates
    pos.set(node, { x: p.x, y: p.y, r: sigma.scaleSize(d.size, ratio), color: d.color });
  });
  graph.forEachEdge((edge, _a, s, t) => {
    const d = sigma.getEdgeDisplayData(edge);
    const ps = pos.get(s), pt = pos.get(t);
    if (!d || d.hidden || !ps || !pt || (!inView(ps) && !inView(pt))) return;
    el('line', { x1: ps.x.toFixed(1), y1: ps.y.toFixed(1), x2: pt.x.toFixed(1), y2: pt.y.toFixed(1), stroke: d.color, 'stroke-width': Math.max(0.5, sigma.scaleSize(d.size, ratio)).toFixed(2) }, edgesG);
  });
  for (const [, p] of pos) {
    if (!inView(p)) continue;
    el('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: Math.max(0.5, p.r).toFixed(2), fill: p.color }, nodesG);
  }
  for (const node of sigma.getNodeDisplayedLabels()) {
    const p = pos.get(node);
    const d = sigma.getNodeDisplayData(node);
    if (!p || !d?.label || !inView(p)) continue;
    const text = el('text', { x: (p.x + p.r + 3).toFixed(1), y: (p.y + 4).toFixed(1) }, labelsG);
    text.textContent = d.label;
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}
