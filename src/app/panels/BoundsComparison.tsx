// The bounds comparison: every claim of the selection on a growth ladder per resource (slowest growth
// first; equal growths grouped, incomparable ones marked), filterable by resource and role, with the
// improvements each result states and a chart of rank against year.
import { useState } from 'react';
import { RESOURCES, ROLES } from '../../extract/types.ts';
import type { LadderRow, LadderSection } from '../../state/ladder.ts';
import type { Filters, Resource, Role } from '../../state/types.ts';
import { Tex } from './Tex.tsx';
import { GrowthChart } from './GrowthChart.tsx';

interface Props {
  title: string | null;
  sections: readonly LadderSection[];
  /** resources/roles present before filtering, for the filter chips */
  available: { resources: Resource[]; roles: Role[] };
  filters: Filters;
  onToggleResource(r: Resource): void;
  onToggleRole(r: Role): void;
  onSelect(id: string): void;
  onExportCsv(): void;
}

const ROW_LIMIT = 200;

function Row({ row, prev, showYear, onSelect }: { row: LadderRow; prev: LadderRow | null; showYear: boolean; onSelect(id: string): void }) {
  const sameGroup = prev !== null && row.tier !== null && prev.group === row.group && prev.tier === row.tier;
  const rank = row.tier === null ? '–' : sameGroup ? '=' : String(row.tier + 1);
  const marks: string[] = [];
  if (row.equalCount > 1 && !sameGroup) marks.push(`${row.equalCount} equal`);
  if (row.incomparable && !sameGroup) marks.push('incomparable with others at this rank');
  if (row.tier === null) marks.push('growth not comparable');
  return (
    <tr className={sameGroup ? 'same-group' : undefined} data-claim={row.claim.id}>
      <td className="rank" title={marks.join('; ') || undefined}>
        {rank}{row.incomparable && !sameGroup ? <span className="incomp" aria-label="incomparable">≀</span> : null}
      </td>
      <td className="bound"><Tex latex={row.claim.latex} fallback={row.claim.text} /></td>
      <td className="paper">
        <button type="button" className="link" onClick={() => onSelect(row.paper.id)}>{row.paper.title}</button>
        {row.claim.subject ? <span className="subject">{row.claim.subject}</span> : null}
        {row.improvesOn.map((imp, i) => (
          <span key={i} className="improves">
            improves on <Tex latex={imp.latex} fallback={imp.text} />
            {imp.paperId && imp.paperLabel ? <> from <button type="button" className="link" onClick={() => onSelect(imp.paperId!)}>{imp.paperLabel}</button></> : null}
          </span>
        ))}
      </td>
      {showYear ? <td className="year">{row.paper.year ?? ''}</td> : null}
      <td><span className={`badge role-${row.claim.role}`}>{row.claim.role}</span></td>
    </tr>
  );
}

function Section({ section, onSelect }: { section: LadderSection; onSelect(id: string): void }) {
  const [all, setAll] = useState(false);
  const rows = all ? section.rows : section.rows.slice(0, ROW_LIMIT);
  const showYear = section.rows.some((r) => r.paper.year !== null);
  return (
    <section className="ladder-section" aria-label={`${section.resource} bounds`}>
      <h3>{section.resource} <span className="muted">· {section.rows.length} claim{section.rows.length === 1 ? '' : 's'}</span></h3>
      <GrowthChart rows={section.rows} />
      <table className="ladder">
        <colgroup><col className="c-rank" /><col className="c-bound" /><col />{showYear ? <col className="c-year" /> : null}<col className="c-role" /></colgroup>
        <thead><tr><th scope="col" title="growth rank, slowest first">Rank</th><th scope="col">Bound</th><th scope="col">Paper</th>{showYear ? <th scope="col">Year</th> : null}<th scope="col">Role</th></tr></thead>
        <tbody>
          {rows.map((r, i) => <Row key={r.claim.id} row={r} prev={i ? rows[i - 1] : null} showYear={showYear} onSelect={onSelect} />)}
        </tbody>
      </table>
      {!all && section.rows.length > ROW_LIMIT
        ? <button type="button" className="more" onClick={() => setAll(true)}>Show all {section.rows.length} rows</button> : null}
    </section>
  );
}

export function BoundsComparison({ title, sections, available, filters, onToggleResource, onToggleRole, onSelect, onExportCsv }: Props) {
  const total = sections.reduce((n, s) => n + s.rows.length, 0);
  return (
    <section className="panel comparison" aria-label="Bounds comparison">
      <header className="panel-head">
        <h2>Bounds comparison</h2>
        {total ? <button type="button" className="small" onClick={onExportCsv}>CSV</button> : null}
      </header>
      {title === null ? <p className="muted">Select a paper, problem, concept, method, cluster or search to compare the bounds stated for it, slowest growth first.</p> : (
        <>
          <p className="muted">{title}: {total} claim{total === 1 ? '' : 's'}, slowest growth first. “=” equal growth, “≀” not comparable with the others at that rank.</p>
          {(available.resources.length > 1 || available.roles.length > 1 || filters.resources.length || filters.roles.length) ? (
            <div className="chip-filters" role="group" aria-label="Filter claims">
              {RESOURCES.filter((r) => available.resources.includes(r) || filters.resources.includes(r)).map((r) => (
                <button key={r} type="button" className="toggle" aria-pressed={filters.resources.includes(r)} onClick={() => onToggleResource(r)}>{r}</button>
              ))}
              <span className="sep" aria-hidden="true" />
              {ROLES.filter((r) => available.roles.includes(r) || filters.roles.includes(r)).map((r) => (
                <button key={r} type="button" className="toggle" aria-pressed={filters.roles.includes(r)} onClick={() => onToggleRole(r)}>{r}</button>
              ))}
            </div>
          ) : null}
          {sections.map((s) => <Section key={s.resource} section={s} onSelect={onSelect} />)}
        </>
      )}
    </section>
  );
}
