// What the comparison pane and the table show for a selection: its claims (filtered), one ladder — or, for a cluster,
// an assumption, a concept or a search, one ladder per problem — the resources and roles present for the filter chips,
// and the table's rows. Called with the deferred selection (App), so Details answers first and these follow.
import { useMemo } from 'react';
import type { GraphIndex, PaperNode } from '../state/graph-index.ts';
import { buildLadder, selectionClaims, selectionIsGraphProblem, selectionPapers, type LadderSection } from '../state/ladder.ts';
import { groupsByProblem, ladderByProblem, type ProblemGroup } from '../state/problem-groups.ts';
import { problemLadder, type ProblemLadder } from '../state/problem-ladder.ts';
import type { EntityNode } from '../state/graph-index.ts';
import { RESOURCES } from '../extract/types.ts';
import { ladderClaims } from '../state/curated.ts';
import { claimRows, paperRows, type Row } from '../state/table.ts';
import type { Filters, LadderSettings, Resource, Role, Selection, TableSettings } from '../state/types.ts';
import { DEFAULT_FILTERS } from '../state/types.ts';
import { growthOps } from './growth.ts';
import { latexToPlain } from './text/math-text.ts';

export interface Comparison {
  graphProblem: boolean;
  sections: LadderSection[];
  groups: ProblemGroup[] | null;
  /** a problem's ladders, one per resource: the general problem compared on its own, each other setting apart */
  problemLadders: ProblemLadder[] | null;
  available: { resources: Resource[]; roles: Role[] };
  papers: PaperNode[];
}

const boundText = (latex: string, text: string) => (latex ? latexToPlain(latex) : text);

export function useComparison(index: GraphIndex, sel: Selection | null, filters: Filters, searchIds: readonly string[], opts: LadderSettings): Comparison {
  const graphProblem = useMemo(() => selectionIsGraphProblem(index, sel), [index, sel]);
  // a problem's ladder is the corpus' own claims: curated ones sit in their lane (CuratedLane, in the problem's details)
  const claims = useMemo(() => ladderClaims(index, sel, selectionClaims(index, sel, filters, growthOps, searchIds, opts)), [index, sel, filters, searchIds, opts]);
  const grouped = useMemo(() => groupsByProblem(index, sel), [index, sel]);
  const groups = useMemo(() => (grouped ? ladderByProblem(index, claims, growthOps, { view: opts.view }) : null), [index, claims, grouped, opts.view]);
  const problemLadders = useMemo(() => {
    const node = sel?.kind === 'node' ? index.nodes.get(sel.id) : undefined;
    if (grouped || node?.type !== 'problem') return null;
    const present = new Set(claims.map((c) => c.resource));
    return RESOURCES.filter((r) => present.has(r)).map((resource) => problemLadder(index, node as EntityNode, growthOps, { resource, view: opts.view, variants: opts.variants, claims }));
  }, [index, sel, grouped, claims, opts.view, opts.variants]);
  // the rows the count and the CSV read: a problem's ladder groups (built once, above), else one ladder of the claims
  const sections = useMemo(() => {
    if (grouped) return [];
    if (problemLadders) return problemLadders.flatMap((l) => [l.generalSection, ...l.settings.map((g) => g.section)]).filter((x): x is LadderSection => x !== null);
    return buildLadder(index, claims, growthOps, { view: opts.view, graph: graphProblem });
  }, [index, claims, grouped, problemLadders, opts.view, graphProblem]);
  const available = useMemo(() => {
    const all = selectionClaims(index, sel, DEFAULT_FILTERS, growthOps, searchIds, opts);
    return { resources: [...new Set(all.map((c) => c.resource))], roles: [...new Set(all.map((c) => c.role))] };
  }, [index, sel, searchIds, opts]);
  const papers = useMemo(() => selectionPapers(index, sel, searchIds), [index, sel, searchIds]);
  return { graphProblem, sections, groups, problemLadders, available, papers };
}

/** The claims table's rows of a selection (or the whole graph's), computed on demand (the export menu's CSV). */
export function claimRowsOf(index: GraphIndex, sel: Selection | null, table: TableSettings, filters: Filters, searchIds: readonly string[], opts: LadderSettings): Row[] {
  return claimRows(index, sel === null || table.all ? null : selectionClaims(index, sel, filters, growthOps, searchIds, opts), filters, boundText);
}

/** The table's rows (null while it is closed): the selection's claims or papers, or the whole graph's. */
export function useTableRows(index: GraphIndex, sel: Selection | null, table: TableSettings, filters: Filters, searchIds: readonly string[], opts: LadderSettings): Row[] | null {
  const whole = sel === null || table.all;
  return useMemo(() => {
    if (table.tab === null) return null;
    if (table.tab === 'claims') return claimRows(index, whole ? null : selectionClaims(index, sel, filters, growthOps, searchIds, opts), filters, boundText);
    return paperRows(index, whole ? null : selectionPapers(index, sel, searchIds), filters, boundText);
  }, [index, sel, table.tab, whole, filters, searchIds, opts]);
}
