// GraphML export written with xmlbuilder2 (graphology-graphml only parses). Keys use the names
// Gephi's importer recognises: label, x, y, size, r/g/b for colour, weight on edges. The callback
// builder serialises as it goes (no document tree), so 85k nodes stay well under a gigabyte.
import { createCB } from 'xmlbuilder2';
import type { GraphEnvelope } from '../types.ts';
import { loadGraph, clusterLabels, flatNode, flatEdge, NODE_COLUMNS, EDGE_COLUMNS, type Primitive } from './flatten.ts';

type KeyType = 'string' | 'double' | 'int';

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return [153, 153, 153];
  const v = parseInt(m[1], 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
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

  const chunks: string[] = [];
  const xml = createCB({ data: (chunk: string) => { chunks.push(chunk); }, prettyPrint: true });
  xml.dec({ version: '1.0', encoding: 'UTF-8' });
  xml.ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  // key ids are the attribute names prefixed by domain, so node "type" and edge "type" do not clash
  const visual: Array<[string, KeyType]> = [['label', 'string'], ['x', 'double'], ['y', 'double'], ['size', 'double'], ['r', 'int'], ['g', 'int'], ['b', 'int']];
  for (const [name, type] of [...visual, ...nodeTypes]) xml.ele('key', { id: `n_${name}`, for: 'node', 'attr.name': name, 'attr.type': type }).up();
  xml.ele('key', { id: 'e_weight', for: 'edge', 'attr.name': 'weight', 'attr.type': 'double' }).up();
  for (const [name, type] of edgeTypes) xml.ele('key', { id: `e_${name}`, for: 'edge', 'attr.name': name, 'attr.type': type }).up();

  const data = (key: string, value: Primitive) => xml.ele('data', { key }).txt(String(value)).up();
  xml.ele('graph', { id: 'boundgraph', edgedefault: 'directed' });
  for (const n of nodes) {
    xml.ele('node', { id: n.key });
    const [r, gg, b] = hexToRgb(String(n.a.color ?? ''));
    const vis: Array<[string, Primitive]> = [['label', String(n.a.label ?? '')], ['x', Number(n.a.x ?? 0)], ['y', Number(n.a.y ?? 0)], ['size', Number(n.a.size ?? 1)], ['r', r], ['g', gg], ['b', b]];
    for (const [name, v] of vis) data(`n_${name}`, v);
    for (const [name] of nodeTypes) if (n.flat[name] !== undefined) data(`n_${name}`, n.flat[name]);
    xml.up();
  }
  for (const e of edges) {
    xml.ele('edge', { id: e.key, source: e.s, target: e.t });
    data('e_weight', e.w);
    for (const [name] of edgeTypes) if (e.flat[name] !== undefined) data(`e_${name}`, e.flat[name]);
    xml.up();
  }
  xml.up().up().end();
  return chunks.join('');
}
