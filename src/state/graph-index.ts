// Reads a graph.json envelope defensively into plain lookup maps the explorer needs (pure, no DOM):
// nodes, paper claims, adjacency, clusters, and which nodes the current filters keep.
import type { ClusterInfo } from '../graph/types.ts';
import { NODE_TYPES, type Filters, type NodeType, type Resource, type Role } from './types.ts';
import { RESOURCES, ROLES, NOTATIONS, OPERATIONS, MODELS, GUARANTEES, DEFAULT_SETTING, type Notation, type Setting } from '../extract/types.ts';

export interface ClaimView {
  /** "<paper id>#<index>" */
  id: string;
  paper: string;
  index: number;
  text: string;
  notation: Notation;
  soft: boolean;
  expr: string;
  latex: string;
  growth: unknown;
  resource: Resource;
  role: Role;
  subject: string | null;
  /** node id of the problem the claim bounds ("problem:<key>"), or null */
  problem: string | null;
  method: string | null;
  start: number;
  end: number;
  sentence: [number, number] | null;
  /** operation, model, variants, guarantee and (lower bounds) condition; the default when the file has none */
  setting: Setting;
  /** set when curators recorded the bound (Algorithm Wiki), not read from the text */
  curated?: CuratedRef;
}

/** Where a curated claim comes from. */
export interface CuratedRef { source: string; reference: string; url: string | null }

function readCurated(v: unknown): CuratedRef | undefined {
  if (!isObj(v) || typeof v.reference !== 'string') return undefined;
  return { source: str(v.source, 'curated').slice(0, 40), reference: v.reference.slice(0, 500), url: typeof v.url === 'string' ? v.url.slice(0, 2000) : null };
}

interface NodeBase {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  cluster: number | null;
}

export interface PaperNode extends NodeBase {
  type: 'paper';
  title: string;
  authors: string[];
  year: number | null;
  url: string | null;
  abstract: string;
  /** set when the abstract lives in `papers/<shard>.json` next to graph.json (large graphs) */
  abstractShard: string | null;
  claims: ClaimView[];
  /**
   * a record of a level-of-detail graph's claims index (claims.json) whose cluster is not loaded: title, year,
   * cluster, position and claims only (no authors, url or abstract until its cluster file is merged)
   */
  partial?: true;
}

export interface EntityNode extends NodeBase {
  type: Exclude<NodeType, 'paper' | 'bound'>;
  /** other names (acronyms, spellings) */
  aliases: string[];
  /** problems: node id of the general problem this one is a variant of */
  general: string | null;
  /** how many papers link to it (from the graph file), or null */
  papers: number | null;
}

export interface BoundNode extends NodeBase {
  type: 'bound';
  resource: Resource | null;
  growthKey: string | null;
  latex: string;
}

export type NodeView = PaperNode | EntityNode | BoundNode;

export interface EdgeView {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  attributes: Record<string, unknown>;
}

/** The node at the other end of an edge. */
export function otherEnd(e: EdgeView, id: string): string {
  return e.source === id ? e.target : e.source;
}

export interface GraphIndex {
  nodes: Map<string, NodeView>;
  /** node ids in file order */
  order: string[];
  edges: EdgeView[];
  /** node id → indices into `edges` (numbers, not objects: large graphs have hundreds of thousands) */
  adjacency: Map<string, number[]>;
  clusters: ClusterInfo[];
  clusterById: Map<number, ClusterInfo>;
  papersByCluster: Map<number, string[]>;
  years: { min: number; max: number } | null;
  meta: Record<string, unknown>;
  /** problem node id → the claims (of any paper) about it */
  claimsByProblem: Map<string, ClaimView[]>;
  /** problem node id → node ids of its direct variants (specializes edges) */
  variantsOf: Map<string, string[]>;
  /**
   * level-of-detail graphs: every paper with a claim, from claims.json (partial records; a loaded paper's node
   * in `nodes` takes precedence). Absent on a graph loaded whole.
   */
  claimPapers?: Map<string, PaperNode>;
}

const MAX_TEXT = 100_000; // longer strings are cut: the page must stay responsive on hostile files

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : typeof v === 'number' ? String(v) : fallback);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const intOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const oneOf = <T extends string>(v: unknown, xs: readonly T[], fallback: T): T =>
  typeof v === 'string' && (xs as readonly string[]).includes(v) ? (v as T) : fallback;

export function readClaim(paper: string, index: number, c: unknown): ClaimView | null {
  if (!isObj(c)) return null;
  const sentence = Array.isArray(c.sentence) && c.sentence.length === 2 && c.sentence.every((n) => typeof n === 'number')
    ? [c.sentence[0] as number, c.sentence[1] as number] as [number, number]
    : null;
  return {
    id: `${paper}#${index}`,
    paper,
    index,
    text: str(c.text),
    notation: oneOf(c.notation, NOTATIONS, 'none'),
    soft: c.soft === true,
    expr: str(c.expr),
    latex: str(c.latex),
    growth: c.growth ?? null,
    resource: oneOf(c.resource, RESOURCES, 'other'),
    role: oneOf(c.role, ROLES, 'other'),
    subject: typeof c.subject === 'string' ? c.subject.slice(0, 500) : null,
    problem: typeof c.problem === 'string' && c.problem ? `problem:${c.problem.slice(0, 300)}` : null,
    method: typeof c.method === 'string' ? c.method.slice(0, 300) : null,
    start: num(c.start, -1),
    end: num(c.end, -1),
    sentence,
    setting: readSetting(c.setting),
    ...(isObj(c.curated) ? { curated: readCurated(c.curated) } : {}),
  };
}

/** A claim's setting, read defensively: unknown values fall back to the default (whole computation, word RAM). */
export function readSetting(v: unknown): Setting {
  if (!isObj(v)) return { ...DEFAULT_SETTING, variants: [] };
  return {
    operation: oneOf(v.operation, OPERATIONS, 'total'),
    model: oneOf(v.model, MODELS, 'word-ram'),
    variants: Array.isArray(v.variants) ? v.variants.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 80)).slice(0, 12) : [],
    guarantee: oneOf(v.guarantee, GUARANTEES, 'worst'),
    condition: typeof v.condition === 'string' ? v.condition.slice(0, 80) : null,
  };
}

function readAuthors(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((a): a is string => typeof a === 'string').map((a) => a.slice(0, 500)).slice(0, 200);
  if (typeof v === 'string' && v) return [v.slice(0, 2000)];
  return [];
}

export function readNode(id: string, a: Record<string, unknown>): NodeView {
  const type = oneOf<NodeType>(a.type, NODE_TYPES, 'concept');
  const base: NodeBase = {
    id,
    label: str(a.label, id),
    x: num(a.x, 0),
    y: num(a.y, 0),
    size: Math.max(0.5, num(a.size, 2)),
    color: /^#[0-9a-fA-F]{3,8}$/.test(str(a.color)) ? str(a.color) : '#8a8f98',
    cluster: intOrNull(a.cluster),
  };
  if (type === 'paper') {
    const claims = Array.isArray(a.claims)
      ? a.claims.map((c, i) => readClaim(id, i, c)).filter((c): c is ClaimView => c !== null)
      : [];
    return {
      ...base,
      type,
      title: str(a.title, base.label),
      authors: readAuthors(a.authors),
      year: intOrNull(a.year),
      url: typeof a.url === 'string' ? a.url.slice(0, 4000) : null,
      abstract: str(a.abstract),
      abstractShard: typeof a.abstractShard === 'string' && /^[0-9a-z_-]{1,16}$/i.test(a.abstractShard) ? a.abstractShard : null,
      claims,
    };
  }
  if (type === 'bound') {
    return {
      ...base,
      type,
      resource: typeof a.resource === 'string' ? oneOf(a.resource, RESOURCES, 'other') : null,
      growthKey: typeof a.growthKey === 'string' ? a.growthKey : null,
      latex: str(a.latex),
    };
  }
  const aliases = Array.isArray(a.aliases) ? a.aliases.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 300)).slice(0, 20) : [];
  return { ...base, type, aliases, general: typeof a.general === 'string' ? a.general.slice(0, 400) : null, papers: typeof a.papers === 'number' && Number.isFinite(a.papers) ? a.papers : null };
}

const NO_ATTRIBUTES: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** An edge record's two ends, or null when it is not an edge record (or a self-loop). */
export function edgeEnds(e: unknown): [string, string] | null {
  if (!isObj(e)) return null;
  const source = String(e.source);
  const target = String(e.target);
  return source === target ? null : [source, target];
}

/** An edge record (ends from `edgeEnds`) as the index keeps it; `i` is its position in `edges`. */
export function readEdge(e: Record<string, unknown>, [source, target]: [string, string], i: number): EdgeView {
  const attributes = isObj(e.attributes) ? e.attributes : NO_ATTRIBUTES;
  const type = str(attributes.type, 'related');
  return {
    id: typeof e.key === 'string' ? e.key : `e${i}`,
    source, target,
    type,
    weight: num(attributes.weight, 1),
    // only improvement edges carry attributes the app reads; dropping the rest frees the parsed file
    attributes: type === 'improves' ? attributes : NO_ATTRIBUTES,
  };
}

/**
 * Claims by the problem node they bound, from paper records (a graph's paper nodes, or a level-of-detail graph's
 * claims index), in the order given; claims about a problem `hasProblem` rejects are left out.
 */
export function claimsByProblemOf(papers: Iterable<PaperNode>, hasProblem: (id: string) => boolean, into = new Map<string, ClaimView[]>()): Map<string, ClaimView[]> {
  for (const n of papers) {
    for (const c of n.claims) {
      if (!c.problem || !hasProblem(c.problem)) continue;
      const l = into.get(c.problem);
      if (l) l.push(c); else into.set(c.problem, [c]);
    }
  }
  return into;
}

/** Throws a readable Error when the file is not a boundgraph graph; tolerates bad records inside it. */
export function buildIndex(envelope: unknown): GraphIndex {
  if (!isObj(envelope) || envelope.format !== 'boundgraph.graph' || !isObj(envelope.graph)) {
    throw new Error('graph.json: not a boundgraph graph (expected {"format":"boundgraph.graph", ...})');
  }
  const g = envelope.graph;
  const nodes = new Map<string, NodeView>();
  const order: string[] = [];
  for (const n of Array.isArray(g.nodes) ? g.nodes : []) {
    if (!isObj(n) || (typeof n.key !== 'string' && typeof n.key !== 'number')) continue;
    const id = String(n.key);
    if (nodes.has(id)) continue;
    nodes.set(id, readNode(id, isObj(n.attributes) ? n.attributes : {}));
    order.push(id);
  }
  const edges: EdgeView[] = [];
  const adjacency = new Map<string, number[]>();
  const link = (a: string, edge: number) => {
    let l = adjacency.get(a);
    if (!l) adjacency.set(a, (l = []));
    l.push(edge);
  };
  for (const e of Array.isArray(g.edges) ? g.edges : []) {
    const ends = edgeEnds(e);
    if (!ends || !nodes.has(ends[0]) || !nodes.has(ends[1])) continue;
    const i = edges.length;
    edges.push(readEdge(e as Record<string, unknown>, ends, i));
    link(ends[0], i);
    link(ends[1], i);
  }
  const clusters: ClusterInfo[] = [];
  for (const c of Array.isArray(envelope.clusters) ? envelope.clusters : []) {
    if (!isObj(c) || intOrNull(c.id) === null) continue;
    clusters.push({
      id: c.id as number,
      label: str(c.label, `Cluster ${c.id}`).slice(0, 200),
      color: /^#[0-9a-fA-F]{3,8}$/.test(str(c.color)) ? str(c.color) : '#8a8f98',
      size: num(c.size, 0),
      x: num(c.x, 0),
      y: num(c.y, 0),
      terms: Array.isArray(c.terms) ? c.terms.filter((t): t is string => typeof t === 'string').slice(0, 20) : [],
    });
  }
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const variantsOf = new Map<string, string[]>();
  for (const e of edges) {
    if (e.type !== 'specializes') continue;
    const l = variantsOf.get(e.target);
    if (l) l.push(e.source); else variantsOf.set(e.target, [e.source]);
  }
  const papersByCluster = new Map<number, string[]>();
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const id of order) {
    const n = nodes.get(id)!;
    if (n.type !== 'paper') continue;
    if (n.year !== null) { minYear = Math.min(minYear, n.year); maxYear = Math.max(maxYear, n.year); }
    if (n.cluster === null) continue;
    let l = papersByCluster.get(n.cluster);
    if (!l) papersByCluster.set(n.cluster, (l = []));
    l.push(id);
  }
  const claimsByProblem = claimsByProblemOf(paperNodes(nodes, order), (id) => nodes.has(id));
  return {
    nodes, order, edges, adjacency, clusters, clusterById, papersByCluster,
    years: Number.isFinite(minYear) ? { min: minYear, max: maxYear } : null,
    meta: isObj(envelope.meta) ? envelope.meta : {},
    claimsByProblem, variantsOf,
  };
}

function* paperNodes(nodes: ReadonlyMap<string, NodeView>, order: readonly string[]): Generator<PaperNode> {
  for (const id of order) { const n = nodes.get(id)!; if (n.type === 'paper') yield n; }
}

/** A paper by id: its node, or (level-of-detail graphs, cluster not loaded) its claims-index record; else null. */
export function paperById(index: GraphIndex, id: string): PaperNode | null {
  const n = index.nodes.get(id);
  if (n) return n.type === 'paper' ? n : null;
  return index.claimPapers?.get(id) ?? null;
}

/** Whether a claim passes the resource and role filters. */
export function claimKept(c: ClaimView, f: Filters): boolean {
  return (f.resources.length === 0 || f.resources.includes(c.resource)) && (f.roles.length === 0 || f.roles.includes(c.role));
}

function paperKept(p: PaperNode, f: Filters): boolean {
  if (f.hiddenTypes.includes('paper')) return false;
  if (p.cluster !== null && f.hiddenClusters.includes(p.cluster)) return false;
  if (f.yearMin !== null && (p.year === null || p.year < f.yearMin)) return false;
  if (f.yearMax !== null && (p.year === null || p.year > f.yearMax)) return false;
  if (f.onlyBounds && !p.claims.some((c) => claimKept(c, f))) return false;
  return true;
}

/**
 * Node ids the filters keep. Papers are filtered directly; every other node is kept when its type is
 * shown and at least one kept paper links to it (so hiding a cluster also hides its own concepts).
 * `lod`: a level-of-detail graph, whose entities are drawn before any of their papers is loaded; an entity is
 * kept when its type is shown and, only while a filter narrows the papers, a kept loaded paper links to it.
 */
export function visibleNodeIds(index: GraphIndex, f: Filters, lod = false): Set<string> {
  const keptPapers = new Set<string>();
  const out = new Set<string>();
  // a paper hidden only by its type still carries its entities: filter the entities by the other criteria
  const paperFilter: Filters = { ...f, hiddenTypes: f.hiddenTypes.filter((t) => t !== 'paper') };
  const narrowsPapers = f.hiddenClusters.length > 0 || f.yearMin !== null || f.yearMax !== null || f.onlyBounds;
  for (const id of index.order) {
    const n = index.nodes.get(id)!;
    if (n.type === 'paper' && paperKept(n, paperFilter)) {
      keptPapers.add(id);
      if (!f.hiddenTypes.includes('paper')) out.add(id);
    }
  }
  for (const id of index.order) {
    const n = index.nodes.get(id)!;
    if (n.type === 'paper' || f.hiddenTypes.includes(n.type)) continue;
    if (lod && !narrowsPapers) { out.add(id); continue; }
    const nb = index.adjacency.get(id);
    if (nb?.some((i) => keptPapers.has(otherEnd(index.edges[i], id)))) out.add(id);
  }
  return out;
}

/** Neighbours of a node of the given types, strongest edge first, deduplicated. */
export function neighborsOfType(index: GraphIndex, id: string, types: readonly NodeType[], edgeTypes?: readonly string[]): NodeView[] {
  const best = new Map<string, number>();
  for (const i of index.adjacency.get(id) ?? []) {
    const e = index.edges[i];
    if (edgeTypes && !edgeTypes.includes(e.type)) continue;
    const nid = otherEnd(e, id);
    const n = index.nodes.get(nid);
    if (!n || !types.includes(n.type)) continue;
    best.set(nid, Math.max(best.get(nid) ?? -Infinity, e.weight));
  }
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([nid]) => index.nodes.get(nid)!);
}

/** Papers attached to a node: itself for a paper, its paper neighbours otherwise, papers of a cluster. */
export function papersOf(index: GraphIndex, id: string): PaperNode[] {
  const n = index.nodes.get(id);
  if (!n) { const p = index.claimPapers?.get(id); return p ? [p] : []; }
  if (n.type === 'paper') return [n];
  return neighborsOfType(index, id, ['paper']) as PaperNode[];
}

/** Only http(s) links are ever rendered as links; anything else (javascript:, data:, relative) is dropped. */
export function safeHttpUrl(u: string | null): string | null {
  if (!u) return null;
  try {
    const url = new URL(u.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
