// The bounds comparison (pure): collects the claims of a selection and orders them on a growth ladder,
// slowest-growing first, grouping equal growths and marking mutually incomparable ones.
import type { Relation } from '../extract/bounds/index.ts';
import { claimKept, paperById, papersOf, type ClaimView, type GraphIndex, type PaperNode } from './graph-index.ts';
import { RESOURCES } from '../extract/types.ts';
import type { Filters, Resource, Selection } from './types.ts';
import { worstCaseGrowth, isGraphProblem, type LadderView } from './worst-case.ts';
import { table } from '../extract/bounds/table.ts';

export type { LadderView } from './worst-case.ts';

export interface GrowthOps {
  compare(a: unknown, b: unknown): Relation;
  key(g: unknown): string;
  /**
   * Optional: the tiers (longest chain of strictly smaller growths below each) of many growths at once, when the
   * growth order can give them faster than all pairs (the bound parser's: O(n log n) on single-variable bounds).
   * Must agree with `compare`; growthTiers uses it, so a paper with thousands of claims is not n² comparisons.
   */
  tiers?(growths: readonly unknown[]): number[];
}

export interface ImprovesOn {
  /** LaTeX of the bound improved upon */
  latex: string;
  text: string;
  /** the paper that stated it, when known and different from the claim's own paper */
  paperId: string | null;
  paperLabel: string | null;
}

export interface LadderRow {
  claim: ClaimView;
  paper: PaperNode;
  /** 0 = slowest growth within its resource; null = no comparable growth */
  tier: number | null;
  /** claims in the same row group have equal growth */
  group: string;
  /** number of claims with exactly this growth (and resource) in the table */
  equalCount: number;
  /** true when another growth class shares this tier (so neither is provably smaller) */
  incomparable: boolean;
  improvesOn: ImprovesOn[];
  /**
   * frontier: an upper bound no other upper bound of the section beats (the best known); upper: a beaten one;
   * per-operation: a time bound below linear (it bounds a query or one operation, not the problem on its input);
   * lower: a lower bound or hardness result; other: a question, goal or conjecture
   */
  bucket: LadderBucket;
  /** an upper bound that can stand on the frontier (a time bound below linear cannot: it bounds one query) */
  candidate: boolean;
}

/** n, as a growth signature (the floor of a time frontier). */
const LINEAR = { t: [{ v: { n: [1, 0, 0, 0, 0, 0, 0] } }] };

export type LadderBucket = 'frontier' | 'upper' | 'per-operation' | 'lower' | 'other';
export const BUCKETS: readonly LadderBucket[] = ['frontier', 'upper', 'per-operation', 'lower', 'other'];

function bucketOf(c: ClaimView): Exclude<LadderBucket, 'frontier' | 'per-operation'> {
  if (c.role === 'lower' || c.notation === 'Omega' || c.notation === 'omega') return 'lower';
  if (c.role === 'other') return 'other';
  return 'upper';
}

export interface LadderSection {
  resource: Resource;
  rows: LadderRow[];
}

/** Papers whose claims a selection compares. `searchIds` resolves a search selection. */
export function selectionPapers(index: GraphIndex, sel: Selection | null, searchIds: readonly string[] = []): PaperNode[] {
  if (!sel) return [];
  if (sel.kind === 'cluster') {
    return (index.papersByCluster.get(sel.id) ?? []).map((id) => index.nodes.get(id) as PaperNode);
  }
  if (sel.kind === 'search') {
    const out: PaperNode[] = [];
    const seen = new Set<string>();
    for (const id of searchIds) for (const p of papersOf(index, id)) if (!seen.has(p.id)) { seen.add(p.id); out.push(p); }
    return out;
  }
  return papersOf(index, sel.id);
}

/** A problem and, unless `variants` is false, every problem that specializes it (transitively). */
export function problemScope(index: GraphIndex, id: string, variants = true): string[] {
  const out = [id];
  if (!variants) return out;
  const seen = new Set(out);
  for (let i = 0; i < out.length && out.length < 500; i++) {
    for (const v of index.variantsOf.get(out[i]) ?? []) if (!seen.has(v)) { seen.add(v); out.push(v); }
  }
  return out;
}

export interface LadderOptions {
  view: LadderView;
  /** problem selections: include the claims of its variants */
  variants: boolean;
}
export const DEFAULT_LADDER: LadderOptions = { view: 'n', variants: false };

/**
 * Claims of a selection that pass the filters. A problem keeps the claims about it (and its variants), from
 * every paper; a bound-class node keeps only claims of its class; other nodes, the claims of their papers.
 */
export function selectionClaims(index: GraphIndex, sel: Selection | null, f: Filters, ops: GrowthOps, searchIds: readonly string[] = [], opts: LadderOptions = DEFAULT_LADDER): ClaimView[] {
  const node = sel?.kind === 'node' ? index.nodes.get(sel.id) : undefined;
  if (node?.type === 'problem') {
    const out: ClaimView[] = [];
    for (const pid of problemScope(index, node.id, opts.variants)) for (const c of index.claimsByProblem.get(pid) ?? []) if (claimKept(c, f)) out.push(c);
    return out;
  }
  const papers = selectionPapers(index, sel, searchIds);
  const out: ClaimView[] = [];
  for (const p of papers) {
    for (const c of p.claims) {
      if (!claimKept(c, f)) continue;
      if (node?.type === 'bound') {
        if (node.resource && c.resource !== node.resource) continue;
        if (node.growthKey && (c.growth === null || safeKey(ops, c.growth) !== node.growthKey)) continue;
      }
      out.push(c);
    }
  }
  return out;
}

function safeKey(ops: GrowthOps, g: unknown): string {
  try { return ops.key(g); } catch { return '?'; }
}

function safeCompare(ops: GrowthOps, a: unknown, b: unknown): Relation {
  try { return ops.compare(a, b); } catch { return 'incomparable'; }
}

/**
 * Tier = length of the longest chain of strictly smaller growth classes below a class. Two classes in
 * one tier are never ordered by `compare` (if a < b then tier(b) > tier(a)), so a shared tier means
 * "incomparable". Quadratic in the number of distinct classes, not claims.
 */
export function growthTiers(growths: readonly unknown[], ops: GrowthOps): number[] {
  if (ops.tiers) return ops.tiers(growths);
  const n = growths.length;
  const less: number[][] = Array.from({ length: n }, () => []); // less[i] = classes j with j < i
  const indeg = new Array<number>(n).fill(0);
  const above: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = safeCompare(ops, growths[i], growths[j]);
      if (r === 'less') { less[j].push(i); above[i].push(j); indeg[j]++; }
      else if (r === 'greater') { less[i].push(j); above[j].push(i); indeg[i]++; }
    }
  }
  const tier = new Array<number>(n).fill(0);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) queue.push(i);
  const done = new Array<boolean>(n).fill(false);
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q];
    done[i] = true;
    for (const j of above[i]) {
      tier[j] = Math.max(tier[j], tier[i] + 1);
      if (--indeg[j] === 0) queue.push(j);
    }
  }
  // an inconsistent comparator can make cycles: place those classes above everything they follow
  for (let i = 0; i < n; i++) if (!done[i]) tier[i] = Math.max(tier[i], ...less[i].map((j) => tier[j] + 1), 0);
  return tier;
}

function improvesFor(index: GraphIndex, c: ClaimView, paper: PaperNode, ops: GrowthOps): ImprovesOn[] {
  if (c.role !== 'result') return [];
  const out: ImprovesOn[] = [];
  const seen = new Set<string>();
  // `improves` edges of the graph carry both bounds; read the common attribute spellings
  for (const i of index.adjacency.get(paper.id) ?? []) {
    const e = index.edges[i];
    if (e.type !== 'improves' || e.source !== paper.id) continue;
    const a = e.attributes;
    const res = typeof a.resource === 'string' ? a.resource : null;
    if (res && res !== c.resource) continue;
    if (typeof a.resultClaim === 'number' && a.resultClaim !== c.index) continue;
    const toLatex = pickLatex(a, ['toLatex', 'resultLatex', 'to', 'result', 'after']);
    if (toLatex && c.latex && toLatex !== c.latex) continue;
    const fromLatex = pickLatex(a, ['fromLatex', 'priorLatex', 'from', 'prior', 'before']);
    if (!fromLatex || seen.has(fromLatex)) continue;
    seen.add(fromLatex);
    const target = index.nodes.get(e.target);
    // a paper → paper edge names the earlier paper whose result this one improves
    const other = target?.type === 'paper' && target.id !== paper.id ? target : null;
    out.push({ latex: fromLatex, text: fromLatex, paperId: other?.id ?? null, paperLabel: other?.label ?? null });
  }
  if (out.length) return out;
  // no edge: a prior claim of the same paper and resource that grows faster
  for (const p of paper.claims) {
    if (p.role !== 'prior' || p.resource !== c.resource || p.growth === null || c.growth === null) continue;
    if (safeCompare(ops, c.growth, p.growth) !== 'less' || seen.has(p.latex)) continue;
    seen.add(p.latex);
    out.push({ latex: p.latex, text: p.text, paperId: null, paperLabel: null });
  }
  return out;
}

function pickLatex(a: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = a[k];
    if (typeof v === 'string' && v) return v;
    if (v && typeof v === 'object' && typeof (v as Record<string, unknown>).latex === 'string') return (v as Record<string, string>).latex;
  }
  return null;
}

/**
 * The comparison table: one section per resource (in RESOURCES order). In each, the frontier first (upper bounds
 * no other upper bound beats), then the beaten upper bounds, the lower bounds and the questions, each group by
 * growth tier, then year. In the "n" view every input-size variable is set to n first (see worst-case.ts), so
 * bounds in different variables are ordered; the exact bound is still the one shown. `graph` says m counts edges.
 */
export function buildLadder(index: GraphIndex, claims: readonly ClaimView[], ops: GrowthOps, opts: { view?: LadderView; graph?: boolean; floor?: boolean } = {}): LadderSection[] {
  const view = opts.view ?? 'exact';
  const byResource = new Map<Resource, ClaimView[]>();
  for (const c of claims) {
    let l = byResource.get(c.resource);
    if (!l) byResource.set(c.resource, (l = []));
    l.push(c);
  }
  const sections: LadderSection[] = [];
  for (const resource of RESOURCES) {
    const cs = byResource.get(resource);
    if (!cs) continue;
    const groups = new Map<string, { growth: unknown; claims: ClaimView[] }>();
    const unranked: ClaimView[] = [];
    for (const c of cs) {
      if (c.growth === null) { unranked.push(c); continue; }
      const g = view === 'n' ? worstCaseGrowth(c.growth, opts.graph ?? false) : c.growth;
      const k = safeKey(ops, g);
      let grp = groups.get(k);
      if (!grp) groups.set(k, (grp = { growth: g, claims: [] }));
      grp.claims.push(c);
    }
    const keys = [...groups.keys()].sort();
    const growths = keys.map((k) => groups.get(k)!.growth);
    const tiers = growthTiers(growths, ops);
    const tierCount = new Map<number, number>();
    for (const t of tiers) tierCount.set(t, (tierCount.get(t) ?? 0) + 1);
    // the frontier: classes holding an upper bound that no other class holding an upper bound beats. A time bound
    // below linear (O(1), log n) bounds a query or one operation, not the problem on its whole input: listed, but
    // not a frontier candidate
    // (a data structure's construction may take less than linear time on packed input: `floor: false`)
    const eligible = keys.map((_k, i) => resource !== 'time' || opts.floor === false || safeCompare(ops, growths[i], LINEAR) !== 'less');
    const upper = keys.map((k, i) => eligible[i] && groups.get(k)!.claims.some((c) => bucketOf(c) === 'upper'));
    // beaten: an upper class with a strictly smaller upper class, i.e. above tier 0 among the upper classes
    const upperIdx = keys.flatMap((_k, i) => (upper[i] ? [i] : []));
    const upperTiers = ops.tiers ? growthTiers(upperIdx.map((i) => growths[i]), ops) : null;
    const beaten = upperTiers
      ? (() => { const b = keys.map(() => false); upperIdx.forEach((i, k) => { b[i] = upperTiers[k] > 0; }); return b; })()
      : keys.map((_k, i) => upper[i] && keys.some((_k2, j) => j !== i && upper[j] && safeCompare(ops, growths[j], growths[i]) === 'less'));
    const rows: LadderRow[] = [];
    keys.forEach((k, i) => {
      const g = groups.get(k)!;
      for (const c of g.claims) {
        const paper = paperById(index, c.paper);
        if (!paper) continue;
        const b = bucketOf(c);
        rows.push({
          claim: c, paper, tier: tiers[i], group: k, equalCount: g.claims.length,
          incomparable: (tierCount.get(tiers[i]) ?? 0) > 1,
          improvesOn: improvesFor(index, c, paper, ops),
          bucket: b === 'upper' && !eligible[i] ? 'per-operation' : b === 'upper' && upper[i] && !beaten[i] ? 'frontier' : b,
          candidate: b === 'upper' && eligible[i],
        });
      }
    });
    for (const c of unranked) {
      const paper = paperById(index, c.paper);
      if (!paper) continue;
      const b = bucketOf(c);
      rows.push({ claim: c, paper, tier: null, group: '', equalCount: 1, incomparable: false, improvesOn: improvesFor(index, c, paper, ops), bucket: b, candidate: false });
    }
    rows.sort((a, b) =>
      BUCKETS.indexOf(a.bucket) - BUCKETS.indexOf(b.bucket)
      || (a.tier ?? Infinity) - (b.tier ?? Infinity)
      || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0)
      || (a.paper.year ?? 9999) - (b.paper.year ?? 9999)
      || (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));
    sections.push({ resource, rows });
  }
  return sections;
}

/** Is the selection a graph problem (so that m counts edges in the "n" view)? */
export function selectionIsGraphProblem(index: GraphIndex, sel: Selection | null): boolean {
  const n = sel?.kind === 'node' ? index.nodes.get(sel.id) : undefined;
  return !!n && n.type === 'problem' && isGraphProblem(`${n.id} ${n.label}`);
}

export interface TimelinePoint {
  year: number;
  /** the best known upper bounds up to this year (the frontier of the results published by then) */
  best: LadderRow[];
  /** tier of the best bound (lower is better); the chart's y value */
  tier: number;
  /** a result of this year moved the frontier */
  improved: boolean;
}

/**
 * Best known bound per year for one ladder section: for every year with a result, the frontier of the results
 * of that year and before. Results only (a prior bound's year is not known); tiers come from the section.
 */
export function bestByYear(section: LadderSection, ops: GrowthOps): TimelinePoint[] {
  const results = section.rows.filter((r) => r.claim.role === 'result' && r.tier !== null && r.paper.year !== null && r.candidate);
  const years = [...new Set(results.map((r) => r.paper.year!))].sort((a, b) => a - b);
  const out: TimelinePoint[] = [];
  let prevTier = Infinity;
  for (const y of years) {
    const upTo = results.filter((r) => r.paper.year! <= y);
    const minTier = Math.min(...upTo.map((r) => r.tier!));
    const best = upTo.filter((r) => r.tier === minTier);
    out.push({ year: y, best, tier: minTier, improved: minTier < prevTier });
    prevTier = Math.min(prevTier, minTier);
  }
  void ops;
  return out;
}

const KIND_NAMES: Record<string, string> = table({
  paper: 'Paper', concept: 'Concept', method: 'Method', problem: 'Problem', assumption: 'Assumption', bound: 'Bound class',
});

/** Heading of the comparison for a selection; null when nothing is selected. */
export function selectionTitle(index: GraphIndex, sel: Selection | null): string | null {
  if (!sel) return null;
  if (sel.kind === 'cluster') return `Cluster “${index.clusterById.get(sel.id)?.label ?? sel.id}”`;
  if (sel.kind === 'search') return `Results for “${sel.query}”`;
  const n = index.nodes.get(sel.id) ?? paperById(index, sel.id);
  if (!n) return null;
  const name = n.type === 'paper' ? n.title : n.label;
  return `${KIND_NAMES[n.type]} “${name.length > 80 ? `${name.slice(0, 79)}…` : name}”`;
}
