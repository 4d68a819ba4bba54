// Types of the graph stage: the graph.json envelope the explorer loads and other tools read.
import type { SerializedGraph } from 'graphology-types';

export type NodeType = 'paper' | 'concept' | 'method' | 'problem' | 'assumption' | 'bound';
export type EdgeType = 'mentions' | 'introduces' | 'claims' | 'related' | 'improves';

export interface ClusterInfo {
  id: number;
  label: string;
  color: string;
  size: number; // number of papers
  x: number;
  y: number;
  /** most distinctive concepts, best first */
  terms: string[];
}

export interface GraphMeta {
  generator: string; // "boundgraph 0.1.0"
  inputs: string[];
  counts: Record<string, number>;
  modularity: number | null;
  [key: string]: unknown;
}

export interface GraphEnvelope {
  format: 'boundgraph.graph';
  version: 1;
  meta: GraphMeta;
  clusters: ClusterInfo[];
  graph: SerializedGraph;
}
