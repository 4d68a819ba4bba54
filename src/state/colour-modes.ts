// What node colours encode, as VOSviewer's overlay and Connected Papers' node colour do: the cluster (as built), the
// publication year (a sequential scale, oldest light to newest dark), the number of claims (binned), or the role of a
// paper's best claim (its own result, a lower bound, only prior bounds, only questions, none). Pure: the colour of a
// paper and the legend that explains it.
import type { GraphIndex, PaperNode } from './graph-index.ts';
import type { ColourMode } from './types.ts';

export interface LegendItem { label: string; colour: string }

export interface ColourLegend {
  mode: ColourMode;
  title: string;
  /** categories or bins, in order; a year scale lists its stops */
  items: LegendItem[];
  /** a continuous scale: its gradient stops (low → high) and end labels */
  gradient: { colours: string[]; low: string; high: string } | null;
}

/** No value (no year, no claims): light grey, behind the coloured nodes. */
export const NO_VALUE = '#c9ced6';

// viridis-like, dark enough at the light end to read on the white map (≥ 2:1)
const SEQUENTIAL = ['#7ac143', '#3fae6a', '#1f9a8a', '#21808f', '#2c6691', '#3b4e8c', '#46337e', '#440154'];
const YEAR_SCALE = ['#c7a62a', '#8fb03a', '#4da35e', '#1f8f7c', '#227490', '#355693', '#45377f', '#440154'];

/** The paper's best claim's role: its own result beats a lower bound, which beats a prior bound, which beats a question. */
export type BestRole = 'result' | 'lower' | 'prior' | 'other' | 'none';
const ROLE_ORDER: readonly BestRole[] = ['result', 'lower', 'prior', 'other'];
export const ROLE_COLOURS: Record<BestRole, string> = { result: '#1e8a3c', lower: '#6f42c1', prior: '#c27c0e', other: '#5a7fa8', none: NO_VALUE };
const ROLE_NAMES: Record<BestRole, string> = {
  result: 'its own result', lower: 'a lower bound', prior: 'prior bounds only', other: 'questions only', none: 'no claims',
};

export function bestRole(p: PaperNode): BestRole {
  let best = ROLE_ORDER.length;
  for (const c of p.claims) { const i = ROLE_ORDER.indexOf(c.role); if (i >= 0 && i < best) best = i; }
  return best < ROLE_ORDER.length ? ROLE_ORDER[best] : 'none';
}

/** Claim-count bins: 0, 1, 2, 3–4, 5–8, 9+. */
const CLAIM_BINS: ReadonlyArray<{ max: number; label: string }> = [
  { max: 0, label: '0' }, { max: 1, label: '1' }, { max: 2, label: '2' }, { max: 4, label: '3–4' }, { max: 8, label: '5–8' }, { max: Infinity, label: '9+' },
];
const CLAIM_COLOURS = [NO_VALUE, SEQUENTIAL[0], SEQUENTIAL[2], SEQUENTIAL[4], SEQUENTIAL[6], SEQUENTIAL[7]];

function claimBin(n: number): number {
  return CLAIM_BINS.findIndex((b) => n <= b.max);
}

/**
 * The years the scale spans: the 5th to the 95th percentile of the papers' years (a few old papers would otherwise
 * squeeze every recent one into one colour), or all of them when that leaves no span. Null without years.
 */
export function yearScale(index: GraphIndex): { min: number; max: number; clipped: boolean } | null {
  if (!index.years) return null;
  const years: number[] = [];
  for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper' && n.year !== null) years.push(n.year); }
  for (const p of index.claimPapers?.values() ?? []) if (!index.nodes.has(p.id) && p.year !== null) years.push(p.year);
  years.sort((a, b) => a - b);
  const lo = years[Math.floor(years.length * 0.05)], hi = years[Math.min(years.length - 1, Math.floor(years.length * 0.95))];
  if (lo === undefined || hi === undefined || hi <= lo) return { ...index.years, clipped: false };
  return { min: lo, max: hi, clipped: lo > index.years.min || hi < index.years.max };
}

/** Colour of a year on the scale (clamped); NO_VALUE without a year. */
export function yearColour(year: number | null, range: { min: number; max: number } | null): string {
  if (year === null || !range) return NO_VALUE;
  const span = Math.max(1, range.max - range.min);
  const t = Math.max(0, Math.min(1, (year - range.min) / span));
  return YEAR_SCALE[Math.min(YEAR_SCALE.length - 1, Math.round(t * (YEAR_SCALE.length - 1)))];
}

/** A colouring function for papers under `mode` (null for `cluster`: papers keep their cluster colour). */
export function paperColourer(index: GraphIndex, mode: ColourMode): ((p: PaperNode) => string) | null {
  switch (mode) {
    case 'cluster': return null;
    case 'year': { const range = yearScale(index); return (p) => yearColour(p.year, range); }
    case 'claims': return (p) => CLAIM_COLOURS[claimBin(p.claims.length)];
    case 'role': return (p) => ROLE_COLOURS[bestRole(p)];
  }
}

/** The legend of a colour mode (for `cluster` the clusters list is the legend: its items are the clusters). */
export function colourLegend(index: GraphIndex, mode: ColourMode): ColourLegend {
  switch (mode) {
    case 'cluster':
      return { mode, title: 'Colour: cluster', items: index.clusters.map((c) => ({ label: c.label, colour: c.color })), gradient: null };
    case 'year': {
      const range = yearScale(index);
      const items: LegendItem[] = [];
      if (range) {
        const step = Math.max(1, Math.ceil((range.max - range.min) / 6));
        for (let y = range.min; y < range.max; y += step) items.push({ label: String(y), colour: yearColour(y, range) });
        items.push({ label: String(range.max), colour: yearColour(range.max, range) });
      }
      items.push({ label: 'no year', colour: NO_VALUE });
      const low = range && range.clipped && range.min > index.years!.min ? `≤ ${range.min}` : String(range?.min ?? '');
      const high = range && range.clipped && range.max < index.years!.max ? `≥ ${range.max}` : String(range?.max ?? '');
      return { mode, title: 'Colour: publication year', items, gradient: range ? { colours: YEAR_SCALE, low, high } : null };
    }
    case 'claims':
      return { mode, title: 'Colour: complexity claims per paper', items: CLAIM_BINS.map((b, i) => ({ label: b.label, colour: CLAIM_COLOURS[i] })), gradient: null };
    case 'role':
      return { mode, title: 'Colour: role of the best claim', items: (['result', 'lower', 'prior', 'other', 'none'] as const).map((r) => ({ label: ROLE_NAMES[r], colour: ROLE_COLOURS[r] })), gradient: null };
  }
}

export const COLOUR_MODE_NAMES: Record<ColourMode, string> = { cluster: 'Cluster', year: 'Year', claims: 'Number of claims', role: 'Best claim’s role' };
