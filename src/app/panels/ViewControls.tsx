// The map's view controls in the top bar: what node colours encode, the network or density map, and the table.
import type { ColourMode, MapView, TableTab } from '../../state/types.ts';
import { COLOUR_MODES } from '../../state/types.ts';
import { COLOUR_MODE_NAMES } from '../../state/colour-modes.ts';

interface Props {
  colour: ColourMode;
  map: MapView;
  table: TableTab | null;
  hasYears: boolean;
  onColour(c: ColourMode): void;
  onMap(m: MapView): void;
  onTable(open: boolean): void;
}

export function ViewControls({ colour, map, table, hasYears, onColour, onMap, onTable }: Props) {
  return (
    <div className="view-controls">
      <label className="colour-select">
        <span>Colour</span>
        <select aria-label="Colour nodes by" value={colour} onChange={(e) => onColour(e.target.value as ColourMode)}>
          {COLOUR_MODES.map((m) => <option key={m} value={m} disabled={m === 'year' && !hasYears}>{COLOUR_MODE_NAMES[m]}{m === 'year' && !hasYears ? ' (no years)' : ''}</option>)}
        </select>
      </label>
      <div className="segmented" role="radiogroup" aria-label="Map view">
        <button type="button" role="radio" aria-checked={map === 'network'} onClick={() => onMap('network')}>Network</button>
        <button type="button" role="radio" aria-checked={map === 'density'} onClick={() => onMap('density')}>Density</button>
      </div>
      <button type="button" className="toolbar-toggle" aria-pressed={table !== null} onClick={() => onTable(table === null)}>Table</button>
    </div>
  );
}
