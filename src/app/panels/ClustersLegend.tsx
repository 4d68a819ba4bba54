// The clusters legend: label, color and paper count; the label focuses the camera and selects the cluster,
// the checkbox hides or shows it.
import { useState } from 'react';
import type { ClusterInfo } from '../../graph/types.ts';

interface Props {
  clusters: readonly ClusterInfo[];
  counts: ReadonlyMap<number, number>;
  hidden: readonly number[];
  selected: number | null;
  onFocus(id: number): void;
  onToggle(id: number): void;
}

export function ClustersLegend({ clusters, counts, hidden, selected, onFocus, onToggle }: Props) {
  const [open, setOpen] = useState(true);
  const sorted = [...clusters].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.id - b.id);
  return (
    <section className="panel legend" aria-label="Clusters">
      <h2>
        <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
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
                <span className="legend-label">{c.label}</span>
                <span className="legend-count">{counts.get(c.id) ?? 0}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
