// The bounds comparison (pure): collects the claims of a selection and orders them on a growth ladder,
// slowest-growing first, grouping equal growths and marking mutually incomparable ones.
import type { Relation } from '../extract/bounds/index.ts';
import { claimKept, papersOf, type ClaimView, type GraphIndex, type PaperNode } from './graph-index.ts';
import { RESOURCES } from '../extract/types.ts';
import type { Filters, Resource, Selection } from './types.ts';

export interface GrowthOps {
  compare(a: unknown, b: unknown): Relation;
  key(g: unknown): string;
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

/** Claims of those papers that pass the filters; a bound-class node keeps only claims of its class. */
export function selectionClaims(index: GraphIndex, sel: Selection | null, f: Filters, ops: GrowthOps, searchIds: readonly string[] = []): ClaimView[] {
  const papers = selectionPapers(index, sel, searchIds);
  const node = sel?.kind === 'node' ? index.nodes.get(sel.id) : undefined;
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

/** The comparison table: one section per resource (in RESOURCES order), rows by tier, then year, then paper. */
export function buildLadder(index: GraphIndex, claims: readonly ClaimView[], ops: GrowthOps): LadderSection[] {
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
      const k = safeKey(ops, c.growth);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { growth: c.growth, claims: [] }));
      g.claims.push(c);
    }
    const keys = [...groups.keys()].sort();
    const tiers = growthTiers(keys.map((k) => groups.get(k)!.growth), ops);
    const tierCount = new Map<number, number>();
    for (const t of tiers) tierCount.set(t, (tierCount.get(t) ?? 0) + 1);
    const rows: LadderRow[] = [];
    keys.forEach((k, i) => {
      const g = groups.get(k)!;
      for (const c of g.claims) {
        const paper = index.nodes.get(c.paper) as PaperNode;
        rows.push({
          claim: c, paper, tier: tiers[i], group: k, equalCount: g.claims.length,
          incomparable: (tierCount.get(tiers[i]) ?? 0) > 1,
          improvesOn: improvesFor(index, c, paper, ops),
        });
      }
    });
    for (const c of unranked) {
      const paper = index.nodes.get(c.paper) as PaperNode;
      rows.push({ claim: c, paper, tier: null, group: '', equalCount: 1, incomparable: false, improvesOn: improvesFor(index, c, paper, ops) });
    }
    rows.sort((a, b) =>
      (a.tier ?? Infinity) - (b.tier ?? Infinity)
      || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0)
      || (a.paper.year ?? 9999) - (b.paper.year ?? 9999)
      || (a.claim.id < b.claim.id ? -1 : a.claim.id > b.claim.id ? 1 : 0));
    sections.push({ resource, rows });
  }
  return sections;
}

const KIND_NAMES: Record<string, string> = {
  paper: 'Paper', concept: 'Concept', method: 'Method', problem: 'Problem', assumption: 'Assumption', bound: 'Bound class',
};

/** Heading of the comparison for a selection; null when nothing is selected. */
export function selectionTitle(index: GraphIndex, sel: Selection | null): string | null {
  if (!sel) return null;
  if (sel.kind === 'cluster') return `Cluster “${index.clusterById.get(sel.id)?.label ?? sel.id}”`;
  if (sel.kind === 'search') return `Results for “${sel.query}”`;
  const n = index.nodes.get(sel.id);
  if (!n) return null;
  const name = n.type === 'paper' ? n.title : n.label;
  return `${KIND_NAMES[n.type]} “${name.length > 80 ? `${name.slice(0, 79)}…` : name}”`;
}
