// The comparison of a cluster, an assumption, a concept or a search: one ladder per problem, not one frontier across
// unrelated problems (a SETH page's "best known" must not be the `n` of some other problem). Each group is the ladder
// of the claims about one problem (buildLadder from ladder.ts, unchanged); claims that name no problem come last.
import type { ClaimView, GraphIndex } from './graph-index.ts';
import { buildLadder, type GrowthOps, type LadderSection } from './ladder.ts';
import { isGraphProblem, type LadderView } from './worst-case.ts';

export interface ProblemGroup {
  /** the problem node id, or null for the claims that name no problem */
  problem: string | null;
  label: string;
  /** claims in the group (before the ladder drops any whose paper is missing) */
  claims: number;
  /** papers stating them */
  papers: number;
  sections: LadderSection[];
}

/** Groups with more claims first (the problems the selection is mostly about), then by label; "no problem" last. */
export function ladderByProblem(index: GraphIndex, claims: readonly ClaimView[], ops: GrowthOps, opts: { view?: LadderView } = {}): ProblemGroup[] {
  const byProblem = new Map<string | null, ClaimView[]>();
  for (const c of claims) {
    const key = c.problem !== null && index.nodes.has(c.problem) ? c.problem : null;
    const l = byProblem.get(key);
    if (l) l.push(c); else byProblem.set(key, [c]);
  }
  const groups: ProblemGroup[] = [];
  for (const [problem, cs] of byProblem) {
    const node = problem === null ? null : index.nodes.get(problem) ?? null;
    const label = node ? node.label : 'claims that name no problem';
    groups.push({
      problem,
      label,
      claims: cs.length,
      papers: new Set(cs.map((c) => c.paper)).size,
      sections: buildLadder(index, cs, ops, { view: opts.view ?? 'n', graph: node !== null && isGraphProblem(`${node.id} ${node.label}`) }),
    });
  }
  return groups.sort((a, b) => (a.problem === null ? 1 : 0) - (b.problem === null ? 1 : 0)
    || b.claims - a.claims || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Should this selection's comparison be grouped by problem? Clusters, searches and entities other than a problem, a paper or a bound class. */
export function groupsByProblem(index: GraphIndex, sel: { kind: 'node'; id: string } | { kind: 'cluster'; id: number } | { kind: 'search'; query: string } | null): boolean {
  if (!sel) return false;
  if (sel.kind !== 'node') return true;
  const n = index.nodes.get(sel.id);
  return !!n && n.type !== 'problem' && n.type !== 'paper' && n.type !== 'bound';
}
