// The bounds comparison: the claims of the selection per resource, each with its timeline and its rows grouped as
// best known (frontier), beaten upper bounds, lower bounds and questions; a "worst case in n | exact variables"
// switch with the legend of what the n view substitutes, "include variants" for a problem, filter chips, and per
// row the exact bound, paper, year, role, what it improves on and, on demand, the sentence that states it.
import { memo } from 'react';
import { RESOURCES, ROLES } from '../../extract/types.ts';
import type { GrowthOps, LadderSection } from '../../state/ladder.ts';
import type { Filters, LadderSettings, LadderView, Resource, Role } from '../../state/types.ts';
import { TexText } from './Tex.tsx';
import { Section } from './LadderSection.tsx';
import type { ProblemGroup } from '../../state/problem-groups.ts';
import { ProblemGroups } from './ProblemGroups.tsx';
import { ProblemLadderView } from './ProblemLadderView.tsx';
import type { ProblemLadder } from '../../state/problem-ladder.ts';

interface Props {
  title: string | null;
  sections: readonly LadderSection[];
  /** a cluster's, an assumption's or a search's claims: one ladder per problem instead of `sections` */
  groups?: readonly ProblemGroup[] | null;
  /** a problem's ladders (one per resource): the general problem first, each other setting apart */
  problemLadders?: readonly ProblemLadder[] | null;
  /** resources/roles present before filtering, for the filter chips */
  available: { resources: Resource[]; roles: Role[] };
  filters: Filters;
  ladder: LadderSettings;
  /** what the "worst case in n" view substitutes */
  legend: readonly string[];
  /** number of variants of a selected problem (null: not a problem) */
  variantCount: number | null;
  /** the selected problem (rows about one of its variants name the variant) */
  problemId: string | null;
  /** a node's name: a paper's title, an entity's label */
  labelOf(id: string): string | null;
  ops: GrowthOps;
  graphUrl: string;
  onToggleResource(r: Resource): void;
  onToggleRole(r: Role): void;
  onView(v: LadderView): void;
  onVariants(on: boolean): void;
  onSelect(id: string): void;
  /** a level-of-detail graph: a row's paper is a claims record (no abstract yet); load its cluster */
  onNeedPaper?(id: string): void;
}

export const BoundsComparison = memo(function BoundsComparison(p: Props) {
  const { title, sections, available, filters, ladder } = p;
  const groups = p.groups ?? null;
  const total = groups ? groups.reduce((n, g) => n + g.sections.reduce((m, s) => m + s.rows.length, 0), 0) : sections.reduce((n, s) => n + s.rows.length, 0);
  return (
    <div className="comparison-body">
      {title === null ? <p className="muted">Select a problem, paper, concept, method, cluster or search to compare the bounds stated for it: the best known first.</p> : (
        <>
          <p className="muted summary"><TexText text={title} />: {total ? `${total} claim${total === 1 ? '' : 's'}` : 'no complexity claims'}{total || !(filters.resources.length || filters.roles.length) ? '.' : ' pass the filters.'}</p>
          {total || filters.resources.length || filters.roles.length ? <>
          <div className="ladder-controls">
            <div className="segmented" role="radiogroup" aria-label="Order bounds by">
              <button type="button" role="radio" aria-checked={ladder.view === 'n'} onClick={() => p.onView('n')}>worst case in n</button>
              <button type="button" role="radio" aria-checked={ladder.view === 'exact'} onClick={() => p.onView('exact')}>exact variables</button>
            </div>
            {p.variantCount !== null && p.variantCount > 0 ? (
              <label className="check variants-toggle">
                <input type="checkbox" checked={ladder.variants} onChange={(e) => p.onVariants(e.target.checked)} />
                include variants ({p.variantCount})
              </label>
            ) : null}
          </div>
          <p className="legend-lines muted" aria-label="Ordering legend">
            {ladder.view === 'n'
              ? <>Ordered as if every input size were n: {p.legend.join('; ')}. Each row shows the bound as stated.</>
              : <>Ordered only where two bounds are over the same variables; others are incomparable (≀). “=” equal growth.</>}
          </p>
          {(available.resources.length > 1 || available.roles.length > 1 || filters.resources.length || filters.roles.length) ? (
            <details className="chip-details" open={filters.resources.length + filters.roles.length > 0 || undefined}>
              <summary>Filter by resource and role{filters.resources.length + filters.roles.length ? <span className="count-badge">{filters.resources.length + filters.roles.length}</span> : null}</summary>
              <div className="chip-filters" role="group" aria-label="Filter claims">
                {RESOURCES.filter((r) => available.resources.includes(r) || filters.resources.includes(r)).map((r) => (
                  <button key={r} type="button" className="toggle" aria-pressed={filters.resources.includes(r)} onClick={() => p.onToggleResource(r)}>{r}</button>
                ))}
                <span className="sep" aria-hidden="true" />
                {ROLES.filter((r) => available.roles.includes(r) || filters.roles.includes(r)).map((r) => (
                  <button key={r} type="button" className="toggle" aria-pressed={filters.roles.includes(r)} onClick={() => p.onToggleRole(r)}>{r}</button>
                ))}
              </div>
            </details>
          ) : null}
          </> : null}
          {p.problemLadders
            ? p.problemLadders.map((l) => <ProblemLadderView key={l.resource} ladder={l} ops={p.ops} labelOf={p.labelOf} graphUrl={p.graphUrl} onSelect={p.onSelect} onNeedPaper={p.onNeedPaper} />)
            : groups
            ? <ProblemGroups groups={groups} ops={p.ops} labelOf={p.labelOf} graphUrl={p.graphUrl} onSelect={p.onSelect} onNeedPaper={p.onNeedPaper} />
            : sections.map((s) => <Section key={s.resource} section={s} ops={p.ops} problemId={p.problemId} labelOf={p.labelOf} graphUrl={p.graphUrl} onSelect={p.onSelect} onNeedPaper={p.onNeedPaper} />)}
        </>
      )}
    </div>
  );
});
