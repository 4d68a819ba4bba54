// The export disclosure: PNG of the view at 1×, 2× or 4× the screen's pixels (title, legend and cluster labels drawn
// in), SVG of the view with node labels, GEXF of the visible graph, CSV of the comparison and of the table. Choosing
// an item closes the menu. On a level-of-detail graph the view and GEXF exports cover the loaded clusters only.
import { useRef } from 'react';

interface Props {
  onPng(scale: number): void;
  onSvg(): void;
  onGexf(): void;
  onCsv(): void;
  onTableCsv(): void;
  csvAvailable: boolean;
  /** the canvas size in CSS pixels, to say what each PNG size gives */
  canvas: { width: number; height: number } | null;
  /** a level-of-detail graph: "3 of 41" clusters loaded (null: the whole graph is loaded) */
  partial?: string | null;
}

const SCALES = [1, 2, 4] as const;
/** the figure's margins around the canvas: title band and legend column (see export/png-export.ts) */
const EXTRA = { width: 270, height: 52 };

export function ExportMenu({ onPng, onSvg, onGexf, onCsv, onTableCsv, csvAvailable, canvas, partial = null }: Props) {
  const menu = useRef<HTMLDetailsElement | null>(null);
  const pick = (f: () => void) => () => { if (menu.current) menu.current.open = false; f(); };
  const size = (s: number) => (canvas ? ` (${Math.round((canvas.width + EXTRA.width) * s).toLocaleString('en')} × ${Math.round((canvas.height + EXTRA.height) * s).toLocaleString('en')})` : '');
  return (
    <details className="menu menu-right" ref={menu}>
      <summary>Export</summary>
      <div className="menu-body">
        <ul className="menu-list">
          {SCALES.map((s) => (
            <li key={s}><button type="button" onClick={pick(() => onPng(s))}>PNG image of the view, {s}×{size(s)}</button></li>
          ))}
          <li><button type="button" onClick={pick(onSvg)}>SVG of the view with labels (vector)</button></li>
          <li><button type="button" onClick={pick(onGexf)}>GEXF of the visible graph{partial ? ' (loaded clusters)' : ''}</button></li>
          <li><button type="button" onClick={pick(onCsv)} disabled={!csvAvailable}>CSV of the comparison</button></li>
          <li><button type="button" onClick={pick(onTableCsv)}>CSV of the claims table</button></li>
        </ul>
        {partial ? <p className="menu-note" data-testid="export-note">Large graph: images and GEXF cover what is loaded ({partial} clusters); the CSVs have every claim.</p> : null}
      </div>
    </details>
  );
}
