// The filters disclosure: node types, claim resource and role, only papers with bounds, year range.
import { RESOURCES, ROLES } from '../../extract/types.ts';
import { NODE_TYPES, type Filters, type NodeType, type Resource, type Role } from '../../state/types.ts';
import { TYPE_COLORS } from '../display.ts';

interface Props {
  filters: Filters;
  years: { min: number; max: number } | null;
  resourcesPresent: ReadonlySet<Resource>;
  onToggleType(t: NodeType): void;
  onToggleResource(r: Resource): void;
  onToggleRole(r: Role): void;
  onOnlyBounds(on: boolean): void;
  onYears(min: number | null, max: number | null): void;
  onReset(): void;
}

const TYPE_NAMES: Record<NodeType, string> = {
  paper: 'Papers', concept: 'Concepts', method: 'Methods', problem: 'Problems', assumption: 'Assumptions', bound: 'Bound classes',
};

function parseYear(v: string): number | null {
  return /^\d{4}$/.test(v.trim()) ? Number(v) : null;
}

export function FiltersMenu(p: Props) {
  const f = p.filters;
  const active = f.hiddenTypes.length + f.resources.length + f.roles.length + Number(f.onlyBounds) + Number(f.yearMin !== null || f.yearMax !== null);
  return (
    <details className="menu">
      <summary>Filters{active ? <span className="count-badge">{active}</span> : null}</summary>
      <div className="menu-body filters">
        <fieldset>
          <legend>Node types</legend>
          {NODE_TYPES.map((t) => (
            <label key={t} className="check">
              <input type="checkbox" checked={!f.hiddenTypes.includes(t)} onChange={() => p.onToggleType(t)} />
              <span className={`type-dot dot-${t}`} aria-hidden="true" style={t === 'paper' ? undefined : { background: TYPE_COLORS[t] }} />
              {TYPE_NAMES[t]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Claims</legend>
          <label className="check">
            <input type="checkbox" checked={f.onlyBounds} onChange={(e) => p.onOnlyBounds(e.target.checked)} />
            Only papers with bounds
          </label>
          <div className="chip-filters" role="group" aria-label="Claim resource">
            {RESOURCES.filter((r) => p.resourcesPresent.has(r) || f.resources.includes(r)).map((r) => (
              <button key={r} type="button" className="toggle" aria-pressed={f.resources.includes(r)} onClick={() => p.onToggleResource(r)}>{r}</button>
            ))}
          </div>
          <div className="chip-filters" role="group" aria-label="Claim role">
            {ROLES.map((r) => (
              <button key={r} type="button" className="toggle" aria-pressed={f.roles.includes(r)} onClick={() => p.onToggleRole(r)}>{r}</button>
            ))}
          </div>
        </fieldset>
        {p.years ? (
          <fieldset>
            <legend>Years ({p.years.min}–{p.years.max})</legend>
            <label className="year-input">From <input type="number" inputMode="numeric" min={p.years.min} max={p.years.max} defaultValue={f.yearMin ?? ''} key={`a${f.yearMin}`}
              onBlur={(e) => p.onYears(parseYear(e.target.value), f.yearMax)} onKeyDown={(e) => { if (e.key === 'Enter') p.onYears(parseYear(e.currentTarget.value), f.yearMax); }} /></label>
            <label className="year-input">To <input type="number" inputMode="numeric" min={p.years.min} max={p.years.max} defaultValue={f.yearMax ?? ''} key={`b${f.yearMax}`}
              onBlur={(e) => p.onYears(f.yearMin, parseYear(e.target.value))} onKeyDown={(e) => { if (e.key === 'Enter') p.onYears(f.yearMin, parseYear(e.currentTarget.value)); }} /></label>
          </fieldset>
        ) : null}
        <button type="button" className="small" onClick={p.onReset}>Reset filters</button>
      </div>
    </details>
  );
}
