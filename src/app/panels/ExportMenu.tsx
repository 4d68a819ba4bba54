// The export disclosure: PNG and SVG of the current view, GEXF of the visible graph, CSV of the comparison.
interface Props {
  onPng(): void;
  onSvg(): void;
  onGexf(): void;
  onCsv(): void;
  csvAvailable: boolean;
}

export function ExportMenu({ onPng, onSvg, onGexf, onCsv, csvAvailable }: Props) {
  return (
    <details className="menu menu-right">
      <summary>Export</summary>
      <div className="menu-body">
        <ul className="menu-list">
          <li><button type="button" onClick={onPng}>PNG image of the view</button></li>
          <li><button type="button" onClick={onSvg}>SVG of the view (vector)</button></li>
          <li><button type="button" onClick={onGexf}>GEXF of the visible graph</button></li>
          <li><button type="button" onClick={onCsv} disabled={!csvAvailable}>CSV of the comparison table</button></li>
        </ul>
      </div>
    </details>
  );
}
