// One resource's part of a ladder: its timeline and its rows grouped as best known (frontier), beaten upper bounds,
// per-operation bounds, lower bounds and questions; per row the exact bound, paper, year, role, what it improves on
// and, on demand, the sentence of the abstract that states it.
import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import { bestByYear, type GrowthOps, type ImprovesOn, type LadderRow, type LadderSection } from '../../state/ladder.ts';
import type { PaperNode } from '../../state/graph-index.ts';
import { Tex, TexText } from './Tex.tsx';
import { Timeline } from './Timeline.tsx';
import { BUCKET_HINTS, BUCKET_TITLES, bucketGroups, type ShownRow } from './ladder-rows.ts';
import { claimSentence } from './abstract-segments.ts';
import { useAbstract } from './use-abstract.ts';
import { lowerBoundPrefix, settingLabel } from '../../state/setting-label.ts';

/** rows shown per bucket before "Show all" */
const BUCKET_LIMIT = 40;

function improvesOf(shown: ShownRow): ImprovesOn[] {
  const out: ImprovesOn[] = [];
  const seen = new Set<string>();
  for (const r of [shown.row, ...shown.repeats]) {
    for (const i of r.improvesOn) {
      const k = `${i.latex}|${i.paperId ?? ''}`;
      if (!seen.has(k)) { seen.add(k); out.push(i); }
    }
  }
  return out;
}

function SentenceOf({ row, graphUrl, onNeedPaper }: { row: LadderRow; graphUrl: string; onNeedPaper?(id: string): void }) {
  const partial = row.paper.partial === true;
  const abstract = useAbstract(row.paper as PaperNode, graphUrl);
  // the ladder is rebuilt with the full paper once its cluster is merged
  useEffect(() => { if (partial) onNeedPaper?.(row.paper.id); }, [partial, row.paper.id, onNeedPaper]);
  if (abstract === null || partial) return <p className="claim-sentence muted">Loading the abstract…</p>;
  const s = claimSentence(abstract, row.claim);
  if (!s) return <p className="claim-sentence muted">The claim’s text is not in the abstract (it may come from the title): “<TexText text={row.claim.text} />”.</p>;
  return (
    <blockquote className="claim-sentence">
      {s.cut ? '… ' : null}<TexText text={s.before} /><mark><TexText text={s.claim} /></mark><TexText text={s.after} />{s.cut ? ' …' : null}
    </blockquote>
  );
}

interface RowProps {
  shown: ShownRow;
  labelOf(id: string): string | null;
  rank: string;
  rankTitle: string | undefined;
  incomparable: boolean;
  variant: string | null;
  graphUrl: string;
  onSelect(id: string): void;
  onNeedPaper?(id: string): void;
}

const Row = memo(function Row({ shown, labelOf, rank, rankTitle, incomparable, variant, graphUrl, onSelect, onNeedPaper }: RowProps) {
  const [open, setOpen] = useState(false);
  const { row } = shown;
  const improves = improvesOf(shown);
  return (
    <li className={`ladder-row bucket-${row.bucket}`} data-claim={row.claim.id} data-bucket={row.bucket}>
      <div className="row-head">
        <span className="rank" title={rankTitle}>{rank}{incomparable ? <span className="incomp" aria-label="incomparable">≀</span> : null}</span>
        <span className="bound">{lowerBoundPrefix(row.claim) ? <span className="rules-out">{lowerBoundPrefix(row.claim)} </span> : null}<Tex latex={row.claim.latex} fallback={row.claim.text} /></span>
        {shown.repeats.length ? <span className="badge" title="the paper states this bound more than once">×{shown.repeats.length + 1}</span> : null}
        <span className="row-meta">
          <button type="button" className="sentence-toggle" aria-expanded={open} title="the sentence of the abstract that states this bound" onClick={() => setOpen((o) => !o)}>{open ? 'hide sentence' : 'sentence'}</button>
          {row.paper.year !== null ? <span className="year">{row.paper.year}</span> : null}
          <span className={`badge role-${row.claim.role}`}>{row.claim.role}</span>
        </span>
      </div>
      <div className="row-body">
        <button type="button" className="link paper-link" onClick={() => onSelect(row.paper.id)}><TexText text={row.paper.title} /></button>
        {variant ? <span className="variant-tag" title="a claim about a variant of the problem">{variant}</span> : null}
        {settingLabel(row.claim.setting) ? <span className="setting-tag" title="the claim's setting (operation, model, variant, guarantee, condition)"><TexText text={settingLabel(row.claim.setting, { tex: true })} /></span> : null}
        {improves.map((imp, i) => (
          <span key={i} className="improves">
            improves on <Tex latex={imp.latex} fallback={imp.text} />
            {imp.paperId && imp.paperLabel ? <> from <button type="button" className="link" onClick={() => onSelect(imp.paperId!)}><TexText text={labelOf(imp.paperId) ?? imp.paperLabel} /></button></> : null}
          </span>
        ))}
        {open ? <SentenceOf row={row} graphUrl={graphUrl} onNeedPaper={onNeedPaper} /> : null}
      </div>
    </li>
  );
});

export function Section({ section, ops, problemId, labelOf, graphUrl, onSelect, onNeedPaper, heading, timeline = true }: {
  section: LadderSection; ops: GrowthOps; problemId: string | null; labelOf(id: string): string | null; graphUrl: string; onSelect(id: string): void; onNeedPaper?(id: string): void;
  /** the section's heading instead of its resource (null: none) */
  heading?: ReactNode | null;
  /** draw the best-known-per-year timeline (default true) */
  timeline?: boolean;
}) {
  const [all, setAll] = useState<Record<string, boolean>>({});
  const groups = useMemo(() => bucketGroups(section), [section]);
  const points = useMemo(() => bestByYear(section, ops), [section, ops]);
  return (
    <section className="ladder-section" aria-label={`${section.resource} bounds`}>
      {heading === undefined ? <h3>{section.resource} <span className="muted">· {section.rows.length} claim{section.rows.length === 1 ? '' : 's'}</span></h3> : heading}
      {timeline ? <Timeline section={section} points={points} /> : null}
      {groups.map((g) => {
        const rows = all[g.bucket] ? g.rows : g.rows.slice(0, BUCKET_LIMIT);
        return (
          <div key={g.bucket} className={`bucket bucket-${g.bucket}`} data-bucket={g.bucket} role="group" aria-label={BUCKET_TITLES[g.bucket]}>
            <h4 title={BUCKET_HINTS[g.bucket]}>{BUCKET_TITLES[g.bucket]} <span className="muted">· {g.claims}</span></h4>
            <ol className="ladder-rows">
              {rows.map((s, i) => {
                const prev = i ? rows[i - 1].row : null;
                const r = s.row;
                const sameGroup = prev !== null && r.tier !== null && prev.group === r.group && prev.tier === r.tier;
                const marks: string[] = ['growth rank in this resource, slowest first'];
                if (r.equalCount > 1) marks.push(`${r.equalCount} claims with this growth`);
                if (r.incomparable) marks.push('not comparable with the others at this rank');
                if (r.tier === null) marks.push('growth not comparable');
                const variant = problemId && r.claim.problem && r.claim.problem !== problemId ? labelOf(r.claim.problem) : null;
                return (
                  <Row key={r.claim.id} shown={s} labelOf={labelOf} rank={r.tier === null ? '–' : sameGroup ? '=' : String(r.tier + 1)} rankTitle={marks.join('; ')}
                    incomparable={r.incomparable && !sameGroup} variant={variant} graphUrl={graphUrl} onSelect={onSelect} onNeedPaper={onNeedPaper} />
                );
              })}
            </ol>
            {!all[g.bucket] && g.rows.length > BUCKET_LIMIT
              ? <button type="button" className="small more" onClick={() => setAll((a) => ({ ...a, [g.bucket]: true }))}>Show all {g.rows.length} rows</button> : null}
          </div>
        );
      })}
    </section>
  );
}
