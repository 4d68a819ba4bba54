// The legend of the map's colours, in the corner of the canvas: the colour mode's scale (years, claim counts, roles)
// or the density ramp. Colouring by cluster needs none here (the clusters list is that legend).
import type { ColourLegend as Legend } from '../../state/colour-modes.ts';
import { densityColour } from '../../state/density.ts';

const rgba = ([r, g, b, a]: [number, number, number, number]) => `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(2)})`;
export const DENSITY_STOPS = [0.05, 0.25, 0.45, 0.7, 1].map((t) => rgba(densityColour(t)));

export function ColourLegend({ legend, density }: { legend: Legend; density: boolean }) {
  if (!density && legend.mode === 'cluster') return null;
  return (
    <section className="colour-legend" aria-label="Map legend" data-testid="colour-legend">
      {density ? (
        <div className="legend-block">
          <h3>Density of papers</h3>
          <div className="gradient" style={{ background: `linear-gradient(to right, ${DENSITY_STOPS.join(', ')})` }} aria-hidden="true" />
          <div className="gradient-ends"><span>sparse</span><span>dense</span></div>
        </div>
      ) : null}
      {legend.mode !== 'cluster' && !density ? (
        <div className="legend-block">
          <h3>{legend.title}</h3>
          {legend.gradient ? (
            <>
              <div className="gradient" style={{ background: `linear-gradient(to right, ${legend.gradient.colours.join(', ')})` }} aria-hidden="true" />
              <div className="gradient-ends"><span>{legend.gradient.low}</span><span>{legend.gradient.high}</span></div>
              <ul className="legend-items">{legend.items.filter((i) => !/^\d+$/.test(i.label)).map((i) => <LegendRow key={i.label} {...i} />)}</ul>
            </>
          ) : <ul className="legend-items">{legend.items.map((i) => <LegendRow key={i.label} {...i} />)}</ul>}
        </div>
      ) : null}
    </section>
  );
}

function LegendRow({ label, colour }: { label: string; colour: string }) {
  return <li><span className="dot" style={{ background: colour }} aria-hidden="true" />{label}</li>;
}
