// The export disclosure: PNG and SVG of the current view, GEXF of the visible graph, CSV of the comparison.
// Choosing an item closes the menu.
import { useRef } from 'react';

interface Props {
  onPng(): void;
  onSvg(): void;
  onGexf(): void;
  onCsv(): void;
  csvAvailable: boolean;
}

export function ExportMenu({ onPng, onSvg, onGexf, onCsv, csvAvailable }: Props) {
  const menu = useRef<HTMLDetailsElement | null>(null);
  const pick = (f: () => void) => () => { if (menu.current) menu.current.open = false; f(); };
  return (
    <details className="menu menu-right" ref={menu}>
      <summary>Export</summary>
      <div className="menu-body">
        <ul className="menu-list">
          <li><button type="button" onClick={pick(onPng)}>PNG image of the view</button></li>
          <li><button type="button" onClick={pick(onSvg)}>SVG of the view (vector)</button></li>
          <li><button type="button" onClick={pick(onGexf)}>GEXF of the visible graph</button></li>
          <li><button type="button" onClick={pick(onCsv)} disabled={!csvAvailable}>CSV of the comparison table</button></li>
        </ul>
      </div>
    </details>
  );
}
