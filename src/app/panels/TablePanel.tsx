// The table under the map: every claim (bound, resource, role, setting, problem, paper, year) or every paper, of the
// selection or of the whole graph; sortable by any column (bounds by growth), filtered by text, exported as CSV.
// Rows are virtualised (only those in view are in the DOM), so 100,000 claims scroll as smoothly as 100.
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { columnsOf, filterRows, sortRows, type ClaimRow, type PaperRow, type Row } from '../../state/table.ts';
import type { TableTab } from '../../state/types.ts';
import { Tex, TexText } from './Tex.tsx';

interface Props {
  tab: TableTab;
  sort: string | null;
  filter: string;
  all: boolean;
  /** the rows before sorting and filtering (the selection's, or every row when `all` or nothing is selected) */
  rows: readonly Row[];
  /** what the rows are of: "Cluster “edit distance”", or null for the whole graph */
  scope: string | null;
  selectedId: string | null;
  onTab(tab: TableTab): void;
  onSort(key: string, descendingFirst: boolean): void;
  onFilter(filter: string): void;
  onAll(all: boolean): void;
  onClose(): void;
  onSelect(id: string): void;
  onCsv(rows: readonly Row[]): void;
}

const ROW_H = 30;
const OVERSCAN = 8;

export const TablePanel = memo(function TablePanel(p: Props) {
  const columns = columnsOf(p.tab);
  const [draft, setDraft] = useState(p.filter);
  useEffect(() => setDraft(p.filter), [p.filter]);
  // the URL follows the filter box after a pause in typing (each change rewrites the history entry)
  useEffect(() => {
    if (draft === p.filter) return;
    const t = setTimeout(() => p.onFilter(draft), 200);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft]);
  const filtered = useMemo(() => filterRows(p.rows, columns, p.filter), [p.rows, columns, p.filter]);
  const shown = useMemo(() => sortRows(filtered, columns, p.sort), [filtered, columns, p.sort]);
  const scroller = useRef<HTMLDivElement | null>(null);
  const [view, setView] = useState({ top: 0, height: 300 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);
  // a new sort, filter or tab starts at the top
  useEffect(() => { if (scroller.current) scroller.current.scrollTop = 0; }, [p.tab, p.sort, p.filter, p.rows]);
  const first = Math.max(0, Math.floor(view.top / ROW_H) - OVERSCAN);
  const last = Math.min(shown.length, Math.ceil((view.top + view.height) / ROW_H) + OVERSCAN);
  const id = useId();
  const sortKey = p.sort?.replace(/^-/, '') ?? null;
  const desc = p.sort?.startsWith('-') ?? false;
  const label = p.tab === 'claims' ? 'Claims' : 'Papers';

  return (
    <section className="table-panel" aria-label="Table of claims and papers">
      <div className="table-toolbar">
        <div role="tablist" aria-label="Table" className="tabs">
          {(['claims', 'papers'] as const).map((t) => (
            <button key={t} type="button" role="tab" id={`${id}-${t}`} aria-selected={p.tab === t} aria-controls={`${id}-panel`} onClick={() => p.onTab(t)}>
              {t === 'claims' ? 'Claims' : 'Papers'}
            </button>
          ))}
        </div>
        <label className="check table-scope" title={p.scope ? `only the rows of ${p.scope}` : 'select a problem, paper, cluster or search to narrow the table to it'}>
          <input type="checkbox" checked={p.scope !== null && !p.all} disabled={p.scope === null} onChange={(e) => p.onAll(!e.target.checked)} />
          <span className="scope-text">{p.scope ? 'only the selection' : 'whole graph'}</span>
        </label>
        <input type="search" className="table-filter" aria-label="Filter rows" placeholder='Filter rows: words, year:2021, resource:time…'
          value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') p.onFilter(draft); }} spellCheck={false} />
        <span className="muted row-count" role="status" aria-live="polite" data-testid="table-count">{shown.length.toLocaleString('en')} of {p.rows.length.toLocaleString('en')} {label.toLowerCase()}</span>
        <button type="button" className="small" onClick={() => p.onCsv(shown)} disabled={!shown.length}>CSV</button>
        <button type="button" className="small" aria-label="Close the table" onClick={p.onClose}>✕</button>
      </div>
      <div className="table-scroll" ref={scroller} role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${p.tab}`}
        onScroll={(e) => { const el = e.currentTarget; setView({ top: el.scrollTop, height: el.clientHeight }); }}>
        <table className={`data-table table-${p.tab}`} aria-label={label} aria-rowcount={shown.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={`col-${c.key}`} aria-sort={sortKey === c.key ? (desc ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" onClick={() => p.onSort(c.key, c.descendingFirst ?? false)} title={`Sort by ${c.title.toLowerCase()}`}>
                    {c.title}<span className="sort-mark" aria-hidden="true">{sortKey === c.key ? (desc ? ' ▾' : ' ▴') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 ? <tr className="spacer" aria-hidden="true" style={{ height: first * ROW_H }} /> : null}
            {shown.slice(first, last).map((r, i) => (
              <TableRow key={r.id} row={r} tab={p.tab} index={first + i + 2} selected={rowPaper(r) === p.selectedId} onSelect={p.onSelect} />
            ))}
            {last < shown.length ? <tr className="spacer" aria-hidden="true" style={{ height: (shown.length - last) * ROW_H }} /> : null}
          </tbody>
        </table>
        {!shown.length ? <p className="muted table-empty">{p.rows.length ? 'No row matches the filter.' : p.tab === 'claims' ? 'No complexity claims here.' : 'No papers here.'}</p> : null}
      </div>
    </section>
  );
});

const rowPaper = (r: Row) => r.paper.id;

const TableRow = memo(function TableRow({ row, tab, index, selected, onSelect }: {
  row: Row; tab: TableTab; index: number; selected: boolean; onSelect(id: string): void;
}) {
  return (
    <tr aria-rowindex={index} aria-selected={selected} className={selected ? 'selected' : undefined} onClick={() => onSelect(row.paper.id)}>
      {tab === 'claims' ? <ClaimCells row={row as ClaimRow} onSelect={onSelect} /> : <PaperCells row={row as PaperRow} onSelect={onSelect} />}
    </tr>
  );
});

function ClaimCells({ row, onSelect }: { row: ClaimRow; onSelect(id: string): void }) {
  const c = row.claim;
  return (
    <>
      <td className="col-bound"><Tex latex={c.latex} fallback={c.text} /></td>
      <td className="col-resource"><span className={`badge res-${c.resource}`}>{c.resource}</span></td>
      <td className="col-role"><span className={`badge role-${c.role}`}>{c.role}</span></td>
      <td className="col-setting" title={row.setting || 'whole computation, word RAM, worst case'}>{row.setting || <span className="muted">—</span>}</td>
      <td className="col-problem" title={row.problem}>
        {row.problemId ? <button type="button" className="link" onClick={(e) => { e.stopPropagation(); onSelect(row.problemId!); }}><TexText text={row.problem} /></button> : <span className="muted"><TexText text={row.problem} /></span>}
      </td>
      <td className="col-paper"><button type="button" className="link" title={row.paper.title} onClick={(e) => { e.stopPropagation(); onSelect(row.paper.id); }}><TexText text={row.paper.title} /></button></td>
      <td className="col-year">{row.paper.year ?? ''}</td>
    </>
  );
}

function PaperCells({ row, onSelect }: { row: PaperRow; onSelect(id: string): void }) {
  return (
    <>
      <td className="col-paper"><button type="button" className="link" title={row.paper.title} onClick={(e) => { e.stopPropagation(); onSelect(row.paper.id); }}><TexText text={row.paper.title} /></button></td>
      <td className="col-year">{row.paper.year ?? ''}</td>
      <td className="col-authors" title={row.authors}>{row.authors}</td>
      <td className="col-cluster" title={row.cluster}><TexText text={row.cluster} /></td>
      <td className="col-claims">{row.claims}</td>
      <td className="col-best">{row.bestLatex ? <Tex latex={row.bestLatex} fallback={row.best} /> : <span className="muted">—</span>}</td>
    </>
  );
}
