// The comparison of a cluster, assumption, concept or search, one problem at a time: each problem's ladder under its
// own heading (most claims first), the first few open, the rest a click away, so no "best known" mixes problems.
import { useState } from 'react';
import type { ProblemGroup } from '../../state/problem-groups.ts';
import type { GrowthOps } from '../../state/ladder.ts';
import { Section } from './LadderSection.tsx';
import { TexText } from './Tex.tsx';

interface Props {
  groups: readonly ProblemGroup[];
  ops: GrowthOps;
  labelOf(id: string): string | null;
  graphUrl: string;
  onSelect(id: string): void;
  onNeedPaper?(id: string): void;
}

/** groups open at first; the others show their heading only (their ladders are built, not drawn) */
const OPEN_FIRST = 3;
/** groups listed before "Show all" */
const LISTED = 30;

export function ProblemGroups({ groups, ops, labelOf, graphUrl, onSelect, onNeedPaper }: Props) {
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [all, setAll] = useState(false);
  const shown = all ? groups : groups.slice(0, LISTED);
  return (
    <div className="problem-groups">
      <p className="muted groups-note">{groups.length === 1 ? 'One problem' : `${groups.length} problems`}: each has its own ladder (bounds of different problems are never compared).</p>
      {shown.map((g, i) => {
        const key = g.problem ?? '(none)';
        const isOpen = open[key] ?? i < OPEN_FIRST;
        const frontier = g.sections.flatMap((s) => s.rows.filter((r) => r.bucket === 'frontier').slice(0, 1).map((r) => ({ resource: s.resource, row: r })));
        return (
          <section key={key} className={`problem-group${isOpen ? ' open' : ''}`} aria-label={`Ladder of ${g.label}`} data-problem={g.problem ?? ''}>
            <h3 className="group-head">
              <button type="button" className="group-toggle" aria-expanded={isOpen} onClick={() => setOpen((o) => ({ ...o, [key]: !isOpen }))}>
                <span className="group-label"><TexText text={g.label} /></span>
                <span className="muted group-count">{g.claims} claim{g.claims === 1 ? '' : 's'} · {g.papers} paper{g.papers === 1 ? '' : 's'}</span>
              </button>
              {g.problem ? <button type="button" className="small open-problem" onClick={() => onSelect(g.problem!)} title="open the problem's own page (variants, timeline, all its papers)">open</button> : null}
            </h3>
            {!isOpen && frontier.length ? (
              <p className="group-summary muted">best known: {frontier.map((f, j) => <span key={j} className="group-best">{f.resource} <TexText text={`$${f.row.claim.latex}$`} /></span>)}</p>
            ) : null}
            {isOpen ? g.sections.map((s) => <Section key={s.resource} section={s} ops={ops} problemId={g.problem} labelOf={labelOf} graphUrl={graphUrl} onSelect={onSelect} onNeedPaper={onNeedPaper} />) : null}
          </section>
        );
      })}
      {!all && groups.length > LISTED ? <button type="button" className="small more" onClick={() => setAll(true)}>Show all {groups.length} problems</button> : null}
    </div>
  );
}
