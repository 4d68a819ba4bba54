// A problem's ladder (pure): its claims split into the general problem in the default model (the frontier a
// researcher asks for) and one group per other setting — a named variant, another model, an approximate or
// restricted version, preprocessing and queries — each ordered on its own growth ladder, so that only like is
// compared with like. The explorer's problem view and `boundgraph ladder` both read it.
import type { Resource } from '../extract/types.ts';
import type { ClaimView, EntityNode, GraphIndex } from './graph-index.ts';
import { buildLadder, bestByYear, problemScope, type GrowthOps, type LadderRow, type LadderSection, type TimelinePoint } from './ladder.ts';
import { isGraphProblem, type LadderView } from './worst-case.ts';
import { growthRank } from './growth-rank.ts';
import { modelName, operationName, variantBase, variantName } from './setting-label.ts';
import { curatedLane, isCurated, type CuratedLane } from './curated.ts';

export type ProblemKind = 'computation' | 'data-structure';

export interface LadderGroup {
  /** upper bounds no other upper bound of the group beats */
  frontier: LadderRow[];
  /** upper bounds a frontier bound beats */
  beaten: LadderRow[];
  /** lower bounds and hardness results, strongest first */
  lower: LadderRow[];
  /** questions, conjectures, and time bounds below linear that cannot be a whole computation */
  other: LadderRow[];
}

export interface SettingGroup {
  /** stable key of the setting ("variant:approximate|model:quantum") */
  key: string;
  /** as shown: "approximate · quantum", "STR-IC-LCS", "with preprocessing · per query" */
  heading: string;
  /** the variant problem node, when the group is a named variant of the problem */
  problem: string | null;
  group: LadderGroup;
  /** the group's rows as one ladder section (what the explorer draws) */
  section: LadderSection | null;
}

export interface ProblemLadder {
  problem: EntityNode;
  kind: ProblemKind;
  resource: Resource;
  /** what the general group compares: "general problem, word RAM, whole computation, time" */
  compares: string;
  general: LadderGroup;
  /** the general group's rows as one ladder section (what the explorer draws), null when it has none */
  generalSection: LadderSection | null;
  settings: SettingGroup[];
  /** best upper and strongest lower bound of the general group; `closed` when they meet */
  gap: { upper: LadderRow | null; lower: LadderRow | null; closed: boolean | null };
  /** the general group's best known bound per year (comparable claims only) */
  timeline: TimelinePoint[];
  /** the curators' bounds of the problem beside the corpus' (Algorithm Wiki read with the corpus), and where they differ */
  curated: CuratedLane;
}

export interface ProblemLadderOptions {
  resource: Resource;
  view?: LadderView;
  /** include the claims of variant problems (specializes edges) as setting groups (default true) */
  variants?: boolean;
  /** the claims to rank (the explorer's, after its filters): by default every claim of the problem (and variants) */
  claims?: readonly ClaimView[];
}

const DS_NAME = /\b(?:quer(?:y|ies)|index(?:es|ing)?|indices|oracles?|dictionar(?:y|ies)|data structures?|sketch(?:es|ing)?|labeling|labelling|retrieval|access|membership|rank|select|lookups?|predecessor|successor)\b/;

/** Is the problem a data-structure problem (its queries and updates are the problem), or a computation? */
export function problemKind(node: EntityNode, claims: readonly ClaimView[]): ProblemKind {
  if (DS_NAME.test(`${node.id} ${node.label}`.toLowerCase())) return 'data-structure';
  let ops = 0, all = 0;
  for (const c of claims) {
    if (c.problem !== node.id || c.resource === 'space') continue;
    all++;
    if (c.setting.operation === 'query' || c.setting.operation === 'update' || c.resource === 'query' || c.resource === 'update') ops++;
  }
  return all >= 3 && ops * 2 >= all ? 'data-structure' : 'computation';
}

/** The setting group of a claim of problem `node` (null: the general problem in the default setting). */
export function settingKey(c: ClaimView, node: EntityNode, kind: ProblemKind, labelOf: (id: string) => string): { key: string; heading: string; problem: string | null } | null {
  const parts: string[] = [];
  const heading: string[] = [];
  const variantProblem = c.problem && c.problem !== node.id ? c.problem : null;
  if (variantProblem) { parts.push(`problem:${variantProblem}`); heading.push(labelOf(variantProblem)); }
  if (c.setting.model !== 'word-ram') { parts.push(`model:${c.setting.model}`); heading.push(modelName(c.setting.model)); }
  const vs = [...new Set(c.setting.variants.map(variantBase))].filter((v) => !(kind === 'data-structure' && v === 'with-preprocessing')).sort();
  for (const v of vs) { parts.push(`variant:${v}`); heading.push(variantName(v)); }
  if (kind === 'computation' && c.setting.operation !== 'total') { parts.push(`op:${c.setting.operation}`); heading.push(operationName(c.setting.operation)); }
  if (!parts.length) return null;
  return { key: parts.join('|'), heading: heading.join(' · '), problem: variantProblem };
}

/** How many claims a group holds. */
export function groupSize(g: LadderGroup): number {
  return g.frontier.length + g.beaten.length + g.lower.length + g.other.length;
}

function group(rows: readonly LadderRow[]): LadderGroup {
  const g: LadderGroup = { frontier: [], beaten: [], lower: [], other: [] };
  for (const r of rows) {
    if (r.bucket === 'frontier') g.frontier.push(r);
    else if (r.bucket === 'upper') g.beaten.push(r);
    else if (r.bucket === 'lower') g.lower.push(r);
    else g.other.push(r);
  }
  return g;
}

/** Where upper bounds below a lower bound of the general problem go: they contradict it, so they are of something else. */
export const BELOW_LOWER = { key: 'conflict:below-lower-bound', heading: 'below a lower bound of the problem (another setting or problem?)' };

/**
 * The polynomial degree of a bound in the worst case in n (n² log n → 2, n^{2−ε} → 2, √n → 0.5): its growth rank's
 * degree; Infinity with an exponential factor, NaN without a growth.
 */
export function polynomialDegree(growth: unknown, graph = false): number {
  const r = growthRank(growth, graph);
  return r === null ? NaN : r[0] > 0 ? Infinity : r[1];
}

/** Claims of a problem and (unless `variants` is false) of every problem that specializes it. */
export function problemClaims(index: GraphIndex, nodeId: string, variants = true): ClaimView[] {
  const out: ClaimView[] = [];
  for (const pid of problemScope(index, nodeId, variants)) for (const c of index.claimsByProblem.get(pid) ?? []) out.push(c);
  return out;
}

export function problemLadder(index: GraphIndex, node: EntityNode, ops: GrowthOps, opts: ProblemLadderOptions): ProblemLadder {
  const view = opts.view ?? 'n';
  const scoped = (opts.claims ?? problemClaims(index, node.id, opts.variants !== false)).filter((c) => c.resource === opts.resource);
  // curated claims sit in their own lane: the ladder ranks what the corpus states
  const claims = scoped.filter((c) => !isCurated(c));
  const kind = problemKind(node, problemClaims(index, node.id, false));
  const labelOf = (id: string) => index.nodes.get(id)?.label ?? id.replace(/^problem:/, '');
  const general: ClaimView[] = [];
  const bySetting = new Map<string, { heading: string; problem: string | null; claims: ClaimView[] }>();
  for (const c of claims) {
    const k = settingKey(c, node, kind, labelOf);
    if (!k) { general.push(c); continue; }
    let g = bySetting.get(k.key);
    if (!g) bySetting.set(k.key, (g = { heading: k.heading, problem: k.problem, claims: [] }));
    g.claims.push(c);
  }
  const graph = isGraphProblem(`${node.id} ${node.label}`);
  const floor = kind === 'computation';
  const ladderOf = (cs: readonly ClaimView[]) => buildLadder(index, cs, ops, { view, graph, floor }).find((s) => s.resource === opts.resource);
  // an upper bound polynomially below a lower bound of the general problem cannot be the general problem's ("its
  // dual problem edit distance, for which several linear time solutions are obtained", in a paper on approximating
  // LCS, beside "believed to require near-quadratic time"): it is set apart, not ranked as the best known
  const strongest = Math.max(-Infinity, ...general.filter((c) => c.role === 'lower').map((c) => polynomialDegree(c.growth, graph)).filter((d) => !Number.isNaN(d)));
  if (strongest > 1) {
    for (let i = general.length - 1; i >= 0; i--) {
      const c = general[i];
      if (c.role === 'lower' || c.role === 'other') continue;
      if (polynomialDegree(c.growth, graph) < strongest - 0.5) {
        general.splice(i, 1);
        let g = bySetting.get(BELOW_LOWER.key);
        if (!g) bySetting.set(BELOW_LOWER.key, (g = { heading: BELOW_LOWER.heading, problem: null, claims: [] }));
        g.claims.unshift(c);
      }
    }
  }
  const gen = ladderOf(general);
  const generalGroup = group(gen?.rows ?? []);
  const settings: SettingGroup[] = [...bySetting]
    .sort((a, b) => b[1].claims.length - a[1].claims.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, g]) => {
      const section = ladderOf(g.claims) ?? null;
      return { key, heading: g.heading, problem: g.problem, group: group(section?.rows ?? []), section };
    });
  const upper = generalGroup.frontier[0] ?? null;
  const lower = generalGroup.lower[generalGroup.lower.length - 1] ?? null;
  let closed: boolean | null = null;
  if (upper && lower && upper.claim.growth !== null && lower.claim.growth !== null) {
    try { closed = ops.compare(upper.claim.growth, lower.claim.growth) === 'equal'; } catch { closed = null; }
  }
  const parts = ['general problem', 'word RAM', ...(kind === 'computation' ? ['whole computation'] : ['preprocessing, queries and updates']), opts.resource];
  return {
    problem: node, kind, resource: opts.resource, compares: parts.join(', '),
    general: generalGroup, generalSection: gen ?? null, settings,
    gap: { upper, lower, closed },
    timeline: gen ? bestByYear(gen, ops) : [],
    // the curators' bounds are compared with the general problem's, setting by setting (their own settings say which)
    curated: curatedLane([...scoped.filter(isCurated), ...general], ops, { view, graph }),
  };
}
