// What an exported figure shows besides the graph: a title line, the cluster labels as they are placed on screen, and
// the legend of the colours (the clusters, or the colour mode's scale, or the density ramp). Read from the page at
// export time, so the PNG and the SVG show what the user sees.
import type { ColourLegend } from '../../state/colour-modes.ts';
import { DENSITY_STOPS } from '../panels/ColourLegend.tsx';

export interface FigureLabel { text: string; colour: string; x: number; y: number; w: number; h: number }

export interface Figure {
  title: string;
  subtitle: string;
  /** cluster labels shown on the canvas now, in canvas pixels (top-left corner, size) */
  labels: FigureLabel[];
  legendTitle: string;
  legend: Array<{ label: string; colour: string }>;
  /** a continuous scale drawn as a bar above the items */
  gradient: { colours: string[]; low: string; high: string } | null;
}

/**
 * The cluster labels visible over the canvas (the DOM layer of ClusterLabelsLayer, a sibling of sigma's container
 * inside the graph box), relative to sigma's container.
 */
export function visibleClusterLabels(container: HTMLElement): FigureLabel[] {
  const box = container.getBoundingClientRect();
  const out: FigureLabel[] = [];
  const root = container.closest('.graph-box') ?? container.parentElement ?? container;
  root.querySelectorAll<HTMLElement>('.cluster-label').forEach((el) => {
    if (el.style.visibility === 'hidden' || el.offsetParent === null) return;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom) return;
    out.push({ text: el.textContent ?? '', colour: el.style.borderColor || '#8a8f98', x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height });
  });
  return out;
}

/** Legend lines of the figure: clusters by size (at most `max`), or the colour mode's items, or the density ramp. */
export function figureLegend(legend: ColourLegend, density: boolean, clusterSizes: ReadonlyMap<number, number>, clusters: ReadonlyArray<{ id: number; label: string; color: string }>, max = 24): Pick<Figure, 'legendTitle' | 'legend' | 'gradient'> {
  if (density) return { legendTitle: 'Density of papers', legend: [], gradient: { colours: DENSITY_STOPS, low: 'sparse', high: 'dense' } };
  if (legend.mode === 'cluster') {
    const sorted = [...clusters].sort((a, b) => (clusterSizes.get(b.id) ?? 0) - (clusterSizes.get(a.id) ?? 0) || a.id - b.id);
    const items = sorted.slice(0, max).map((c) => ({ label: `${c.label} (${clusterSizes.get(c.id) ?? 0})`, colour: c.color }));
    if (sorted.length > max) items.push({ label: `… and ${sorted.length - max} more clusters`, colour: 'transparent' });
    return { legendTitle: 'Clusters (papers)', legend: items, gradient: null };
  }
  return { legendTitle: legend.title, legend: legend.items.filter((i) => !legend.gradient || !/^\d+$/.test(i.label)), gradient: legend.gradient };
}
