// Types of the graph stage: the graph.json envelope the explorer loads and other tools read.
import type { SerializedGraph } from 'graphology-types';
import type { Claim, Resource, Role, Notation, GrowthJson } from '../extract/types.ts';

export type NodeType = 'paper' | 'concept' | 'method' | 'problem' | 'assumption' | 'bound';
export type EdgeType = 'mentions' | 'introduces' | 'uses' | 'studies' | 'specializes' | 'claims' | 'related' | 'improves' | 'cites';

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
  /** number of papers and a digest of their ids and texts */
  corpus: { papers: number; digest: string };
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

// ---- node and edge attributes (the contract graph.json readers rely on) ----

interface NodeBase {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface PaperNode extends NodeBase {
  type: 'paper';
  title: string;
  year: number | null;
  /** absent when meta.abstracts.mode is "sharded" (then in the shard's PaperDetail) */
  url?: string | null;
  /** absent when meta.abstracts.mode is "sharded" (then in the shard's PaperDetail) */
  authors?: string[];
  /** cluster id (see GraphEnvelope.clusters) */
  cluster: number;
  claims: Claim[];
  /** present when meta.abstracts.mode is "inline" */
  abstract?: string;
  /** present when meta.abstracts.mode is "sharded": file `papers/<abstractShard>.json` next to graph.json */
  abstractShard?: string;
  methods: string[];
  problems: string[];
}

/** One record of `papers/<shard>.json` (an object: paper id → PaperDetail). */
export interface PaperDetail {
  abstract: string;
  authors: string[];
  url: string | null;
}

export interface EntityNode extends NodeBase {
  type: 'concept' | 'method' | 'problem' | 'assumption';
  /** number of papers linked to it */
  papers: number;
  /** problems: the canonical key (claims' `problem` field holds it) */
  key?: string;
  /** problems and methods: other names of it (acronyms, other spellings) */
  aliases?: string[];
  /** problems: the general problem this one is a variant of (node key) */
  general?: string;
}

export interface BoundNode extends NodeBase {
  type: 'bound';
  resource: Resource;
  growthKey: string;
  growth: GrowthJson;
  latex: string;
  papers: number;
}

export type GraphNode = PaperNode | EntityNode | BoundNode;

export interface MentionsEdge { type: 'mentions'; weight: number }
export interface IntroducesEdge { type: 'introduces'; weight: number }
/** paper → a named method it builds on */
export interface UsesEdge { type: 'uses'; weight: number }
/** paper → one of its main problems */
export interface StudiesEdge { type: 'studies'; weight: number }
/** problem → the general problem it is a variant of */
export interface SpecializesEdge { type: 'specializes'; weight: number }
export interface ClaimsEdge {
  type: 'claims';
  weight: number; // claims of the paper in this class
  role: Role;
  notation: Notation;
  latex: string;
}
export interface RelatedEdge { type: 'related'; weight: number }
/**
 * A paper's result beating a prior bound. The target is the earlier paper that stated the prior bound as its own
 * result (same problem, resource and growth), or else the prior's bound class.
 */
export interface ImprovesEdge {
  type: 'improves';
  weight: number;
  resource: Resource;
  /** paper → paper edges: the problem node both claims are about */
  problem?: string;
  /** paper → paper edges: index into the earlier paper's claims */
  earlierClaim?: number;
  /** paper → paper edges: the sentence stating the beaten bound, and the earlier paper's sentence stating it as its result */
  sentence?: string;
  earlierSentence?: string;
  /** the beaten (prior) bound and the new one */
  fromLatex: string;
  toLatex: string;
  /** bound node of the result's growth class (the edge target is the prior's class) */
  toBound: string;
  /** indices into the source paper's `claims` */
  resultClaim: number;
  priorClaim: number;
  /** paper → paper edges: the later paper cites the earlier one (a `cites` edge joins them too) */
  confirmed?: true;
}
/** paper → a paper of the corpus it cites (from the records' references and citations) */
export interface CitesEdge { type: 'cites'; weight: number }
export type GraphEdge = MentionsEdge | IntroducesEdge | UsesEdge | StudiesEdge | SpecializesEdge | ClaimsEdge | RelatedEdge | ImprovesEdge | CitesEdge;

export type Relation = 'less' | 'equal' | 'greater' | 'incomparable';

/** Growth-order operations, injected so the graph stage can be tested with its own signatures. */
export interface GrowthOps {
  compare(a: GrowthJson, b: GrowthJson): Relation;
  key(g: GrowthJson): string;
  label(g: GrowthJson): string;
}

export interface BuildOptions {
  thesaurus?: ReadonlyMap<string, string>;
  /** curated problem identities and hierarchy (see graph/problems.ts readProblemThesaurus) */
  problems?: import('./problems.ts').ProblemThesaurus;
  seed?: number;
  /** related neighbours per paper (default 5, 4 above 20k papers) */
  relatedK?: number;
  /** concept/method/problem nodes need at least this many papers (default 2) */
  minDf?: number;
  /** keep abstracts inline up to this many papers (default 5000); above, they go to shards */
  inlineAbstractsMax?: number;
  /** number of abstract shards when not inline (default 256) */
  abstractShards?: number;
  /** growth operations (default: src/extract/bounds) */
  growth?: GrowthOps;
  /** Louvain resolution (default 1) */
  resolution?: number;
  /** per-stage timing callback (ms) */
  onStage?: (stage: string, ms: number) => void;
}
