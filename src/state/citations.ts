// A paper's place in the citation graph (pure), as Connected Papers shows it: prior works — what it cites, and what
// its references cite most — and derivative works — what cites it; and, for its related papers, why each is related
// (a citation, an improvement, shared problems, methods or concepts, similar text).
import { otherEnd, type GraphIndex, type NodeView, type PaperNode } from './graph-index.ts';

/** Papers a paper cites (`out`) and papers citing it (`in`), in edge order, each once. */
export function citationNeighbours(index: GraphIndex, id: string): { cites: PaperNode[]; citedBy: PaperNode[] } {
  const cites: PaperNode[] = [];
  const citedBy: PaperNode[] = [];
  const seen = new Set<string>();
  for (const i of index.adjacency.get(id) ?? []) {
    const e = index.edges[i];
    if (e.type !== 'cites') continue;
    const other = otherEnd(e, id);
    const n = index.nodes.get(other);
    if (n?.type !== 'paper') continue;
    const key = `${e.source === id ? '>' : '<'}${other}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (e.source === id ? cites : citedBy).push(n);
  }
  return { cites, citedBy };
}

/** How many corpus papers cite each paper (distinct citing papers), computed once per index. */
const citedCounts = new WeakMap<GraphIndex, Map<string, number>>();
export function timesCited(index: GraphIndex): Map<string, number> {
  let m = citedCounts.get(index);
  if (m) return m;
  m = new Map();
  const pairs = new Set<string>();
  for (const e of index.edges) {
    if (e.type !== 'cites' || pairs.has(`${e.source}\u0000${e.target}`)) continue;
    pairs.add(`${e.source}\u0000${e.target}`);
    m.set(e.target, (m.get(e.target) ?? 0) + 1);
  }
  citedCounts.set(index, m);
  return m;
}

export interface RankedPaper {
  paper: PaperNode;
  /** prior works: how many of its references cite it (second order), or how often the corpus cites it (direct) */
  count: number;
}

export interface CitationLists {
  /** what the paper cites, most cited in the corpus first */
  cites: RankedPaper[];
  /** what its references cite most (not itself, not what it cites already): cited by at least two of its references */
  priorOfPrior: RankedPaper[];
  /** what cites it, newest first */
  citedBy: RankedPaper[];
}

const byYearDesc = (a: PaperNode, b: PaperNode) => (b.year ?? -1) - (a.year ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The prior and derivative works of a paper; `limit` caps each list (the view says how many there are). */
export function citationLists(index: GraphIndex, id: string, limit = 50): CitationLists & { totals: { cites: number; citedBy: number } } {
  const { cites, citedBy } = citationNeighbours(index, id);
  const cited = timesCited(index);
  const direct = cites.map((p) => ({ paper: p, count: cited.get(p.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || byYearDesc(a.paper, b.paper));
  const skip = new Set([id, ...cites.map((p) => p.id)]);
  const second = new Map<string, number>();
  for (const p of cites) for (const q of citationNeighbours(index, p.id).cites) if (!skip.has(q.id)) second.set(q.id, (second.get(q.id) ?? 0) + 1);
  const priorOfPrior = [...second].filter(([, n]) => n >= 2)
    .map(([pid, n]) => ({ paper: index.nodes.get(pid) as PaperNode, count: n }))
    .sort((a, b) => b.count - a.count || byYearDesc(a.paper, b.paper));
  const derivative = citedBy.map((p) => ({ paper: p, count: cited.get(p.id) ?? 0 })).sort((a, b) => byYearDesc(a.paper, b.paper));
  return {
    cites: direct.slice(0, limit), priorOfPrior: priorOfPrior.slice(0, limit), citedBy: derivative.slice(0, limit),
    totals: { cites: cites.length, citedBy: citedBy.length },
  };
}

/** Why two papers are related; `names` are the shared entities' labels, strongest first. */
export type RelatedReason =
  | { kind: 'cited-here' | 'cites-this' | 'improved-here' | 'improves-this' | 'similar' }
  | { kind: 'problem' | 'method' | 'concept'; names: string[] };

export interface RelatedPaper { paper: PaperNode; reasons: RelatedReason[] }

const SHARED_KINDS = ['problem', 'method', 'concept'] as const;
const PAPER_LINKS = new Set(['related', 'improves', 'cites']);

/** Labels of the entity neighbours of a node by type. */
function entityLabels(index: GraphIndex, id: string): Record<(typeof SHARED_KINDS)[number], Map<string, string>> {
  const out = { problem: new Map<string, string>(), method: new Map<string, string>(), concept: new Map<string, string>() };
  for (const i of index.adjacency.get(id) ?? []) {
    const n: NodeView | undefined = index.nodes.get(otherEnd(index.edges[i], id));
    if (n && (n.type === 'problem' || n.type === 'method' || n.type === 'concept')) out[n.type].set(n.id, n.label);
  }
  return out;
}

/**
 * The papers related to one paper — by text similarity (`related` edges), an improvement, or a citation — each with
 * the reasons: the citation or improvement and its direction, the problems, methods and concepts both papers are
 * linked to, similar text. Citations and improvements first, then by similarity; at most `limit`.
 */
export function relatedPapers(index: GraphIndex, id: string, limit = 10): RelatedPaper[] {
  const links = new Map<string, { reasons: Set<string>; weight: number }>();
  for (const i of index.adjacency.get(id) ?? []) {
    const e = index.edges[i];
    if (!PAPER_LINKS.has(e.type)) continue;
    const other = otherEnd(e, id);
    if (index.nodes.get(other)?.type !== 'paper') continue;
    let l = links.get(other);
    if (!l) links.set(other, (l = { reasons: new Set(), weight: 0 }));
    const out = e.source === id;
    if (e.type === 'related') { l.reasons.add('similar'); l.weight = Math.max(l.weight, e.weight); }
    // from this paper's side: it cites the other (cited here), or the other cites it
    else if (e.type === 'cites') l.reasons.add(out ? 'cited-here' : 'cites-this');
    else l.reasons.add(out ? 'improved-here' : 'improves-this');
  }
  const mine = entityLabels(index, id);
  const ORDER = ['improved-here', 'improves-this', 'cited-here', 'cites-this'];
  const ranked = [...links].map(([pid, l]) => {
    const theirs = entityLabels(index, pid);
    const reasons: RelatedReason[] = ORDER.filter((k) => l.reasons.has(k)).map((k) => ({ kind: k as 'cited-here' }));
    for (const kind of SHARED_KINDS) {
      const names = [...mine[kind]].filter(([nid]) => theirs[kind].has(nid)).map(([, label]) => label).slice(0, 3);
      if (names.length) reasons.push({ kind, names });
    }
    if (l.reasons.has('similar')) reasons.push({ kind: 'similar' });
    const strong = ORDER.some((k) => l.reasons.has(k)) ? 1 : 0;
    return { paper: index.nodes.get(pid) as PaperNode, reasons, strong, weight: l.weight };
  });
  ranked.sort((a, b) => b.strong - a.strong || b.weight - a.weight || byYearDesc(a.paper, b.paper));
  return ranked.slice(0, limit).map(({ paper, reasons }) => ({ paper, reasons }));
}

/** A reason as the view words it: "cites it", "same problem: edit distance", … */
export function reasonText(r: RelatedReason): string {
  switch (r.kind) {
    case 'cited-here': return 'cited by this paper';
    case 'cites-this': return 'cites this paper';
    case 'improved-here': return 'this paper improves on its bound';
    case 'improves-this': return 'improves on this paper’s bound';
    case 'similar': return 'similar text';
    case 'problem': return `same problem: ${r.names.join(', ')}`;
    case 'method': return `same method: ${r.names.join(', ')}`;
    case 'concept': return `shared concepts: ${r.names.join(', ')}`;
  }
}

/** Does the later paper of an `improves` edge cite the earlier one (the improvement is confirmed by a citation)? */
export function citesInCorpus(index: GraphIndex, from: string, to: string): boolean {
  return citationNeighbours(index, from).cites.some((p) => p.id === to);
}
