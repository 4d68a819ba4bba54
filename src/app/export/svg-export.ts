// SVG of the current view for papers and posters: a title, the links and nodes sigma shows now (after the reducers),
// node labels — every label sigma shows, then as many other nodes' labels as fit without overlapping, biggest nodes
// first — the cluster labels as placed on screen, and the legend. Every node also carries its full label as a <title>
// (a tooltip in browsers and editors). Built with DOM APIs and serialised, so file text is always escaped.
import type Sigma from 'sigma';
import type { Figure } from './figure.ts';

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const HEADER = 52;
const LEGEND_W = 270;
const LABEL_SIZE = 11;
/** width of a label in px, estimated (no text layout in a detached document): ~0.56 em per character */
const labelWidth = (text: string, size = LABEL_SIZE) => text.length * size * 0.56;

interface Rect { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** `text` cut to about `px` pixels of 12 px type. */
const fit = (text: string, px: number) => (labelWidth(text, 12) <= px ? text : `${text.slice(0, Math.max(1, Math.floor(px / (12 * 0.56)) - 1)).trimEnd()}…`);

/** Words of `text` in lines of at most `px` pixels of 12 px type, by estimate. */
function wrapByWidth(text: string, px: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && labelWidth(next, 12) > px) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** `fullLabel`: a node's whole name for its tooltip (the drawn label may be shortened). */
export function viewToSvg(sigma: Sigma, figure: Figure, fullLabel: (id: string) => string | null = () => null): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const svg = doc.documentElement;
  const W = width + LEGEND_W, H = height + HEADER;
  svg.setAttribute('xmlns', NS);
  svg.setAttribute('width', String(W));
  svg.setAttribute('height', String(H));
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const el = (name: string, attrs: Record<string, string | number>, parent: Element, text?: string) => {
    const e = doc.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    if (text !== undefined) e.textContent = text;
    parent.appendChild(e);
    return e;
  };
  el('rect', { width: W, height: H, fill: '#ffffff' }, svg);
  el('text', { x: 12, y: 26, 'font-family': FONT, 'font-size': 17, 'font-weight': 600, fill: '#1f2328' }, svg, fit(figure.title, (W - 24) * 0.7));
  el('text', { x: 12, y: 44, 'font-family': FONT, 'font-size': 12, fill: '#57606a' }, svg, figure.subtitle);
  const map = el('g', { id: 'map', transform: `translate(0 ${HEADER})` }, svg);
  el('rect', { width, height, fill: '#fbfbfc' }, map);
  const edgesG = el('g', { id: 'edges', fill: 'none' }, map);
  const nodesG = el('g', { id: 'nodes' }, map);
  const labelsG = el('g', { id: 'node-labels', 'font-family': FONT, 'font-size': LABEL_SIZE, fill: '#1f2328' }, map);
  const clusterG = el('g', { id: 'cluster-labels', 'font-family': FONT, 'font-size': 12, 'font-weight': 600, fill: '#1f2328' }, map);
  const ratio = sigma.getCamera().ratio;
  const margin = 50;
  const inView = (p: { x: number; y: number }) => p.x > -margin && p.y > -margin && p.x < width + margin && p.y < height + margin;
  const pos = new Map<string, { x: number; y: number; r: number; color: string; label: string | null; z: number; size: number }>();
  graph.forEachNode((node) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const a = graph.getNodeAttributes(node) as { x: number; y: number };
    const p = sigma.graphToViewport({ x: a.x, y: a.y }); // graph attributes: always graph coordinates
    pos.set(node, { x: p.x, y: p.y, r: sigma.scaleSize(d.size, ratio), color: d.color, label: d.label ?? null, z: d.zIndex ?? 0, size: d.size });
  });
  graph.forEachEdge((edge, _a, s, t) => {
    const d = sigma.getEdgeDisplayData(edge);
    const ps = pos.get(s), pt = pos.get(t);
    if (!d || d.hidden || !ps || !pt || (!inView(ps) && !inView(pt))) return;
    el('line', { x1: ps.x.toFixed(1), y1: ps.y.toFixed(1), x2: pt.x.toFixed(1), y2: pt.y.toFixed(1), stroke: d.color, 'stroke-width': Math.max(0.5, sigma.scaleSize(d.size, ratio)).toFixed(2) }, edgesG);
  });
  // faded nodes first, highlighted ones on top (as on screen)
  const drawn = [...pos].filter(([, p]) => inView(p)).sort((a, b) => a[1].z - b[1].z);
  for (const [node, p] of drawn) {
    const c = el('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: Math.max(0.5, p.r).toFixed(2), fill: p.color }, nodesG);
    const full = fullLabel(node) ?? graph.getNodeAttribute(node, 'label');
    if (typeof full === 'string' && full) el('title', {}, c, full);
  }
  // labels: the cluster labels and sigma's own first, then other nodes by size while they fit
  const taken: Rect[] = figure.labels.map((l) => ({ x0: l.x, y0: l.y, x1: l.x + l.w, y1: l.y + l.h }));
  const shown = new Set(sigma.getNodeDisplayedLabels());
  const order = drawn.filter(([, p]) => p.label).sort((a, b) => Number(shown.has(b[0])) - Number(shown.has(a[0])) || b[1].z - a[1].z || b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1));
  for (const [node, p] of order) {
    const text = p.label!;
    const w = labelWidth(text);
    const box = { x0: p.x + p.r + 2, y0: p.y - 7, x1: p.x + p.r + 4 + w, y1: p.y + 7 };
    if (!shown.has(node) && (box.x1 > width || box.y0 < 0 || box.y1 > height || taken.some((q) => overlaps(q, box)))) continue;
    taken.push(box);
    el('text', { x: (p.x + p.r + 3).toFixed(1), y: (p.y + 4).toFixed(1) }, labelsG, text);
  }
  for (const l of figure.labels) {
    el('rect', { x: l.x.toFixed(1), y: l.y.toFixed(1), width: l.w.toFixed(1), height: l.h.toFixed(1), rx: 9, fill: 'rgba(255,255,255,0.9)', stroke: l.colour, 'stroke-width': 1.5 }, clusterG);
    // wrapped as on screen (12 px semibold, centred), by estimated widths
    const lines = wrapByWidth(l.text, l.w - 10);
    lines.forEach((line, i) => el('text', { x: (l.x + l.w / 2).toFixed(1), y: (l.y + l.h / 2 + 4 + (i - (lines.length - 1) / 2) * 14).toFixed(1), 'text-anchor': 'middle' }, clusterG, line));
  }
  // legend
  const legend = el('g', { id: 'legend', transform: `translate(${width} ${HEADER})`, 'font-family': FONT, 'font-size': 12, fill: '#1f2328' }, svg);
  el('line', { x1: 0.5, y1: 0, x2: 0.5, y2: height, stroke: '#dfe3e8' }, legend);
  el('text', { x: 12, y: 26, 'font-weight': 600, 'font-size': 13 }, legend, fit(figure.legendTitle, LEGEND_W - 24));
  let y = 40;
  if (figure.gradient) {
    const defs = el('defs', {}, svg);
    const grad = el('linearGradient', { id: 'legend-gradient' }, defs);
    figure.gradient.colours.forEach((c, i, all) => el('stop', { offset: `${Math.round((i / Math.max(1, all.length - 1)) * 100)}%`, 'stop-color': c }, grad));
    el('rect', { x: 12, y, width: LEGEND_W - 24, height: 12, fill: 'url(#legend-gradient)' }, legend);
    el('text', { x: 12, y: y + 28, fill: '#57606a' }, legend, figure.gradient.low);
    el('text', { x: LEGEND_W - 12, y: y + 28, fill: '#57606a', 'text-anchor': 'end' }, legend, figure.gradient.high);
    y += 44;
  }
  for (const item of figure.legend) {
    if (y > height - 10) break;
    if (item.colour !== 'transparent') el('circle', { cx: 18, cy: y + 7, r: 5, fill: item.colour }, legend);
    el('text', { x: 30, y: y + 11 }, legend, fit(item.label, LEGEND_W - 42));
    y += 19;
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}
