// The clusters legend, a column left of the graph (never over it): label, color and paper count; the label focuses
// the camera and selects the cluster, the checkbox hides or shows it. It collapses to a narrow strip, and starts
// collapsed on narrow windows so the graph keeps its width.
import { memo, useState } from 'react';
import type { ClusterInfo } from '../../graph/types.ts';
import { texToPlain } from '../text/math-text.ts';

/** below this window width the legend starts collapsed */
const OPEN_FROM = 1200;

interface Props {
  clusters: readonly ClusterInfo[];
  counts: ReadonlyMap<number, number>;
  hidden: readonly number[];
  selected: number | null;
  onFocus(id: number): void;
  onToggle(id: number): void;
}

export const ClustersLegend = memo(function ClustersLegend({ clusters, counts, hidden, selected, onFocus, onToggle }: Props) {
  const [open, setOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= OPEN_FROM);
  const sorted = [...clusters].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.id - b.id);
  return (
    <section className={`panel legend${open ? '' : ' closed'}`} aria-label="Clusters">
      <h2>
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)} title={open ? 'Collapse the clusters legend' : 'Show the clusters legend'}>
          Clusters <span className="muted">({sorted.length})</span>
        </button>
      </h2>
      {!open ? null : sorted.length === 0 ? <p className="muted">No clusters in this graph.</p> : (
        <ul>
          {sorted.map((c) => (
            <li key={c.id} className={hidden.includes(c.id) ? 'off' : undefined}>
              <input
                type="checkbox"
                checked={!hidden.includes(c.id)}
                onChange={() => onToggle(c.id)}
                aria-label={`Show cluster ${c.label}`}
              />
              <button type="button" className={`legend-item${selected === c.id ? ' current' : ''}`} onClick={() => onFocus(c.id)} aria-current={selected === c.id ? 'true' : undefined}>
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
                <span className="legend-label" title={texToPlain(c.label)}>{texToPlain(c.label)}</span>
                <span className="legend-count">{counts.get(c.id) ?? 0}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
