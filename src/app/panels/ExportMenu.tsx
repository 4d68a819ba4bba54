// The export disclosure: PNG and SVG of the current view, GEXF of the visible graph, CSV of the comparison.
// Choosing an item closes the menu. On a level-of-detail graph the view and GEXF exports cover the loaded clusters
// only, and the menu says so.
import { useRef } from 'react';

interface Props {
  onPng(): void;
  onSvg(): void;
  onGexf(): void;
  onCsv(): void;
  csvAvailable: boolean;
  /** a level-of-detail graph: "3 of 41" clusters loaded (null: the whole graph is loaded) */
  partial?: string | null;
}

export function ExportMenu({ onPng, onSvg, onGexf, onCsv, csvAvailable, partial = null }: Props) {
  const menu = useRef<HTMLDetailsElement | null>(null);
  const pick = (f: () => void) => () => { if (menu.current) menu.current.open = false; f(); };
  return (
    <details className="menu menu-right" ref={menu}>
      <summary>Export</summary>
      <div className="menu-body">
        <ul className="menu-list">
          <li><button type="button" onClick={pick(onPng)}>PNG image of the view</button></li>
          <li><button type="button" onClick={pick(onSvg)}>SVG of the view (vector)</button></li>
          <li><button type="button" onClick={pick(onGexf)}>GEXF of the visible graph{partial ? ' (loaded clusters)' : ''}</button></li>
          <li><button type="button" onClick={pick(onCsv)} disabled={!csvAvailable}>CSV of the comparison table</button></li>
        </ul>
        {partial ? <p className="menu-note" data-testid="export-note">Large graph: images and GEXF cover what is loaded ({partial} clusters); the comparison CSV has every claim.</p> : null}
      </div>
    </details>
  );
}
