// GraphML export written with xmlbuilder2 (graphology-graphml only parses). Keys use the names
// Gephi's importer recognises: label, x, y, size, r/g/b for colour, weight on edges. Each node and
// edge is built as its own small xmlbuilder2 fragment and serialised at once, so no document tree
// of the whole graph is held (measured: faster and lighter than one tree or the callback builder).
import { fragment } from 'xmlbuilder2';
import type { GraphEnvelope } from '../types.ts';
import { loadGraph, clusterLabels, flatNode, flatEdge, parseColor, NODE_COLUMNS, EDGE_COLUMNS, type Primitive } from './flatten.ts';

type KeyType = 'string' | 'double' | 'int';

function rgbOf(color: unknown): [number, number, number] {
  const c = parseColor(color);
  return c ? [c.r, c.g, c.b] : [153, 153, 153];
}

/** Attribute type for a column: numeric only if every value seen is a number. */
function columnTypes(records: Array<Record<string, Primitive>>, columns: readonly string[]): Map<string, KeyType> {
  const types = new Map<string, KeyType>();
  for (const col of columns) {
    let seen = false;
    let numeric = true;
    let integer = true;
    for (const r of records) {
      const v = r[col];
      if (v === undefined) continue;
      seen = true;
      if (typeof v !== 'number') { numeric = false; break; }
      if (!Number.isInteger(v)) integer = false;
    }
    if (seen) types.set(col, numeric ? (integer ? 'int' : 'double') : 'string');
  }
  return types;
}

export function toGraphml(env: GraphEnvelope): string {
  const graph = loadGraph(env);
  const labels = clusterLabels(env);
  const nodes: Array<{ key: string; flat: Record<string, Primitive>; a: Record<string, unknown> }> = [];
  graph.forEachNode((key, a) => nodes.push({ key, flat: flatNode(a, labels), a }));
  const edges: Array<{ key: string; s: string; t: string; flat: Record<string, Primitive>; w: number }> = [];
  graph.forEachEdge((key, a, s, t) => edges.push({ key, s, t, flat: flatEdge(a), w: Number(a.weight ?? 1) }));
  const nodeTypes = columnTypes(nodes.map((n) => n.flat), NODE_COLUMNS);
  const edgeTypes = columnTypes(edges.map((e) => e.flat), EDGE_COLUMNS);

  const chunks: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'];
  const emit = (frag: ReturnType<typeof fragment>, offset = 1) => { chunks.push(frag.end({ prettyPrint: true, headless: true, indent: '  ', offset }), '\n'); };
  // key ids are the attribute names prefixed by domain, so node "type" and edge "type" do not clash
  const visual: Array<[string, KeyType]> = [['label', 'string'], ['x', 'double'], ['y', 'double'], ['size', 'double'], ['r', 'int'], ['g', 'int'], ['b', 'int']];
  for (const [name, type] of [...visual, ...nodeTypes]) emit(fragment().ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type }).doc());
  emit(fragment().ele('key', { id: 'e_weight', for: 'edge', 'attr.name': 'weight', 'attr.type': 'double' }).doc());
  for (const [name, type] of edgeTypes) emit(fragment().ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type }).doc());

  chunks.push('  <graph id="boundgraph" edgedefault="directed">\n');
  for (const n of nodes) {
    const el = fragment().ele('node', { id: n.key });
    const [r, gg, b] = rgbOf(n.a.color);
    const vis: Array<[string, Primitive]> = [['label', String(n.a.label ?? '')], ['x', Number(n.a.x ?? 0)], ['y', Number(n.a.y ?? 0)], ['size', Number(n.a.size ?? 1)], ['r', r], ['g', gg], ['b', b]];
    for (const [name, v] of vis) el.ele('data', { key: `n_${name}` }).txt(String(v));
    for (const [name] of nodeTypes) if (n.flat[name] !== undefined) el.ele('data', { key: `n_${name}` }).txt(String(n.flat[name]));
    emit(el.doc(), 2);
  }
  for (const e of edges) {
    const el = fragment().ele('edge', { id: e.key, source: e.s, target: e.t });
    el.ele('data', { key: 'e_weight' }).txt(String(e.w));
    for (const [name] of edgeTypes) if (e.flat[name] !== undefined) el.ele('data', { key: `e_${name}` }).txt(String(e.flat[name]));
    emit(el.doc(), 2);
  }
  chunks.push('  </graph>\n</graphml>\n');
  return chunks.join('');
}
