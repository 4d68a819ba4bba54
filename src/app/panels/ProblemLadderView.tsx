// A problem's ladder for one resource, as a theory reader asks for it: the general problem (exact, word RAM, whole
// computation — or its queries and updates for a data-structure problem) on its own growth ladder with its timeline,
// the gap between its best upper and strongest lower bound, and every other setting (a variant, another model, an
// approximation, preprocessing, a restricted input) collapsed below under its own heading, never mixed in.
import { memo } from 'react';
import { groupSize, type ProblemLadder } from '../../state/problem-ladder.ts';
import type { GrowthOps } from '../../state/ladder.ts';
import { conditionLabel, lowerBoundPrefix } from '../../state/setting-label.ts';
import { Tex } from './Tex.tsx';
import { Section } from './LadderSection.tsx';

interface Props {
  ladder: ProblemLadder;
  ops: GrowthOps;
  labelOf(id: string): string | null;
  graphUrl: string;
  onSelect(id: string): void;
  onNeedPaper?(id: string): void;
}

export const ProblemLadderView = memo(function ProblemLadderView({ ladder, ops, labelOf, graphUrl, onSelect, onNeedPaper }: Props) {
  const { gap } = ladder;
  const general = ladder.generalSection;
  const n = groupSize(ladder.general);
  const others = ladder.settings.reduce((k, s) => k + groupSize(s.group), 0);
  return (
    <section className="problem-ladder" aria-label={`${ladder.resource} ladder`} data-resource={ladder.resource}>
      <h3>{ladder.resource} <span className="muted">· {n + others} claim{n + others === 1 ? '' : 's'}</span></h3>
      <p className="compares muted" title="only claims in this setting are compared on the ladder below">Compares: {ladder.compares}</p>
      {general && n ? (
        <>
          {gap.upper || gap.lower ? (
            <p className="gap" aria-label="Gap between the best upper and the strongest lower bound">
              {gap.upper ? <>best upper <Tex latex={gap.upper.claim.latex} fallback={gap.upper.claim.text} /></> : 'no upper bound'}
              {' · '}
              {gap.lower ? <>strongest lower {lowerBoundPrefix(gap.lower.claim) ? `${lowerBoundPrefix(gap.lower.claim)} ` : ''}<Tex latex={gap.lower.claim.latex} fallback={gap.lower.claim.text} />{conditionLabel(gap.lower.claim.setting.condition) ? <span className="muted"> ({conditionLabel(gap.lower.claim.setting.condition)})</span> : null}</> : 'no lower bound'}
              {gap.closed ? <span className="badge closed"> closed</span> : null}
            </p>
          ) : null}
          <Section section={general} ops={ops} problemId={ladder.problem.id} labelOf={labelOf} graphUrl={graphUrl} onSelect={onSelect} onNeedPaper={onNeedPaper} heading={null} />
        </>
      ) : <p className="muted">No claim of the general problem in this setting{others ? '; the other settings are below' : ''}.</p>}
      {ladder.settings.length ? (
        <div className="setting-groups">
          <h4>Other settings and variants <span className="muted">· {ladder.settings.length}</span></h4>
          {ladder.settings.map((s) => {
            const best = s.group.frontier[0];
            const k = groupSize(s.group);
            return (
              <details key={s.key} className="setting-group" data-setting={s.key}>
                <summary>
                  <span className="setting-heading">{s.heading}</span>
                  <span className="muted"> · {k} claim{k === 1 ? '' : 's'}</span>
                  {best ? <span className="muted"> · best <Tex latex={best.claim.latex} fallback={best.claim.text} /></span> : null}
                </summary>
                {s.section ? <Section section={s.section} ops={ops} problemId={ladder.problem.id} labelOf={labelOf} graphUrl={graphUrl} onSelect={onSelect} onNeedPaper={onNeedPaper} heading={null} timeline={false} /> : null}
              </details>
            );
          })}
        </div>
      ) : null}
    </section>
  );
});
