// Flat, primitive-valued attribute records for formats that cannot hold arrays or objects
// (GEXF, GraphML): lists are joined with "; ", claims become a count, nulls are omitted.
import Graph from 'graphology';
import type { GraphEnvelope } from '../types.ts';
import { safeUrl } from '../../ingest/index.ts';

export type Primitive = string | number | boolean;

/** Node attribute names written as data columns, in a fixed order (label/x/y/size/color are visual and handled by each writer). */
export const NODE_COLUMNS = ['type', 'cluster', 'clusterLabel', 'title', 'year', 'url', 'authors', 'methods', 'problems', 'claims', 'papers', 'resource', 'growthKey', 'latex'] as const;
export const EDGE_COLUMNS = ['type', 'role', 'notation', 'latex', 'resource', 'fromLatex', 'toLatex', 'toBound', 'confirmed'] as const;

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

/** An RGB(A) colour from `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` or `rgba(…)`; null for anything else. */
export function parseColor(value: unknown): { r: number; g: number; b: number; a: number } | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const v = value.trim().toLowerCase();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(v);
  if (m) {
    const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
    const byte = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: byte(0), g: byte(2), b: byte(4), a: h.length === 8 ? Math.round((byte(6) / 255) * 1000) / 1000 : 1 };
  }
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(?:(\d(?:\.\d{1,6})?|\.\d{1,6})\s*)?)?\)$/.exec(v);
  if (m && [m[1], m[2], m[3]].every((x) => Number(x) <= 255)) {
    const a = m[4] !== undefined && m[4] !== '' ? Math.min(1, Number(m[4])) : 1;
    return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: Number.isFinite(a) ? a : 1 };
  }
  return null;
}

export function flatNode(attrs: Record<string, unknown>, labels: Map<number, string>): Record<string, Primitive> {
  const out: Record<string, Primitive> = {};
  for (const col of NODE_COLUMNS) {
    let v: unknown = attrs[col];
    // graph.json may come from anywhere: only a plain http(s) link is exported
    if (col === 'url') v = safeUrl(v) ?? undefined;
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
