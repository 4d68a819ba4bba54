// The graph.json envelope: `{ format, version, meta, clusters, graph }` with a fixed key order and
// no timestamps, so the same input gives byte-identical files; plus the reader that validates one.
import type { SerializedGraph } from 'graphology-types';
import type { ClusterInfo, GraphEnvelope, GraphMeta } from './types.ts';

export const GRAPH_FORMAT = 'boundgraph.graph';
export const GRAPH_VERSION = 1;

export function makeEnvelope(meta: GraphMeta, clusters: ClusterInfo[], graph: SerializedGraph): GraphEnvelope {
  return { format: GRAPH_FORMAT, version: GRAPH_VERSION, meta, clusters, graph };
}

/**
 * Serialise compactly, one top-level key per line (diff-friendly, still small). JSON.stringify keeps
 * insertion order, and every object here is built in a fixed order.
 */
export function serializeEnvelope(env: GraphEnvelope): string {
  const parts = [
    `"format":${JSON.stringify(env.format)}`,
    `"version":${JSON.stringify(env.version)}`,
    `"meta":${JSON.stringify(env.meta)}`,
    `"clusters":${JSON.stringify(env.clusters)}`,
    `"graph":${JSON.stringify(env.graph)}`,
  ];
  return `{\n${parts.join(',\n')}\n}\n`;
}

export type ParsedEnvelope = { ok: true; envelope: GraphEnvelope } | { ok: false; message: string };

/** Check that parsed JSON is a graph envelope this version understands. Never throws. */
export function parseEnvelope(value: unknown): ParsedEnvelope {
  if (typeof value !== 'object' || value === null) return { ok: false, message: 'not a JSON object' };
  const v = value as Record<string, unknown>;
  if (v.format !== GRAPH_FORMAT) return { ok: false, message: `format is ${JSON.stringify(v.format)}, expected "${GRAPH_FORMAT}" (was it written by \`boundgraph build\`?)` };
  if (v.version !== GRAPH_VERSION) return { ok: false, message: `version ${JSON.stringify(v.version)} is not supported (expected ${GRAPH_VERSION})` };
  const g = v.graph as Record<string, unknown> | undefined;
  if (!g || !Array.isArray(g.nodes) || !Array.isArray(g.edges)) return { ok: false, message: 'graph.nodes / graph.edges missing' };
  if (!Array.isArray(v.clusters)) return { ok: false, message: 'clusters missing' };
  if (typeof v.meta !== 'object' || v.meta === null) return { ok: false, message: 'meta missing' };
  return { ok: true, envelope: value as GraphEnvelope };
}
