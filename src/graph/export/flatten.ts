// Flat, primitive-valued attribute records for formats that cannot hold arrays or objects
// (GEXF, GraphML): lists are joined with "; ", claims become a count, nulls are omitted.
import Graph from 'graphology';
import type { GraphEnvelope } from '../types.ts';

export type Primitive = string | number | boolean;

/** Node attribute names written as data columns, in a fixed order (label/x/y/size/color are visual and handled by each writer). */
export const NODE_COLUMNS = ['type', 'cluster', 'clusterLabel', 'title', 'year', 'url', 'authors', 'methods', 'problems', 'claims', 'papers', 'resource', 'growthKey', 'latex'] as const;
export const EDGE_COLUMNS = ['type', 'role', 'notation', 'latex', 'resource', 'fromLatex', 'toLatex', 'toBound'] as const;

export function loadGraph(env: GraphEnvelope): Graph {
  return Graph.from(env.graph);
}

export function clusterLabels(env: GraphEnvelope): Map<number, string> {
  return new Map(env.clusters.map((c) => [c.id, c.label]));
}

function primitive(v: unknown): Primitive | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string').join('; ');
  return undefined;
}

export function flatNode(attrs: Record<string, unknown>, labels: Map<number, string>): Record<string, Primitive> {
  const out: Record<string, Primitive> = {};
  for (const col of NODE_COLUMNS) {
    let v: unknown = attrs[col];
    if (col === 'clusterLabel') v = typeof attrs.cluster === 'number' ? labels.get(attrs.cluster) : undefined;
    if (col === 'claims') v = Array.isArray(attrs.claims) ? attrs.claims.length : undefined;
    const p = primitive(v);
    if (p !== undefined) out[col] = p;
  }
  return out;
}

export function flatEdge(attrs: Record<string, unknown>): Record<string, Primitive> {
  const out: Record<string, Primitive> = {};
  for (const col of EDGE_COLUMNS) {
    const p = primitive(attrs[col]);
    if (p !== undefined) out[col] = p;
  }
  return out;
}
