// Scales of the best-known-bound timeline (pure): years on x with round ticks, growth tiers on y as an ordinal
// scale (tiers are ranks, not magnitudes: equal spacing, the fastest-growing bound at the top), the step line of
// the best known bound, and which tier labels fit without overlapping.

export interface TimelineDot {
  id: string;
  year: number;
  tier: number;
  /** on the section's frontier (a best known bound) */
  frontier: boolean;
  /** tooltip */
  title: string;
}

export interface TimelineStep {
  year: number;
  tier: number;
  /** the best bound's label at that year (plain text) */
  label: string;
  improved: boolean;
}

export interface TimelineBox {
  width: number;
  height: number;
  pad: { l: number; r: number; t: number; b: number };
}

export interface TimelineLayout {
  x(year: number): number;
  y(tier: number): number;
  yearTicks: number[];
  /** y ticks: one per tier the best-known line visits, labelled with its bound (others unlabelled) */
  tierTicks: { tier: number; y: number; label: string | null }[];
  /** SVG path of the best-known step line, or '' */
  step: string;
  years: [number, number];
}

/** Round year ticks, at most `max` of them, step 1, 2, 5, 10, 20, 50… */
export function yearTicks(min: number, max: number, maxTicks: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  if (max === min) return [min];
  const span = max - min;
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
  const step = steps.find((s) => span / s + 1 <= Math.max(2, maxTicks)) ?? Math.ceil(span / Math.max(1, maxTicks - 1));
  const out: number[] = [];
  for (let y = Math.ceil(min / step) * step; y <= max; y += step) out.push(y);
  if (!out.length) out.push(min);
  return out;
}

/** Keeps labels whose positions are at least `gap` apart; `keep` (e.g. the current best) always survives. */
export function spacedLabels(ys: readonly number[], gap: number, keep: number | null): boolean[] {
  const shown = ys.map(() => false);
  const order = ys.map((_y, i) => i).sort((a, b) => (a === keep ? -1 : b === keep ? 1 : 0));
  const placed: number[] = [];
  for (const i of order) {
    if (placed.every((p) => Math.abs(p - ys[i]) >= gap)) { shown[i] = true; placed.push(ys[i]); }
  }
  return shown;
}

export function layoutTimeline(steps: readonly TimelineStep[], dots: readonly TimelineDot[], box: TimelineBox): TimelineLayout | null {
  const years = [...steps.map((s) => s.year), ...dots.map((d) => d.year)];
  if (!years.length) return null;
  const y0 = Math.min(...years), y1 = Math.max(...years);
  const tiers = [...new Set([...steps.map((s) => s.tier), ...dots.map((d) => d.tier)])].sort((a, b) => a - b);
  const { width, height, pad } = box;
  const plotW = Math.max(10, width - pad.l - pad.r);
  const plotH = Math.max(10, height - pad.t - pad.b);
  // a single year sits in the middle; otherwise half a year of margin on both sides keeps dots off the axes
  const x = (year: number) => (y1 === y0 ? pad.l + plotW / 2 : pad.l + ((year - y0 + 0.5) / (y1 - y0 + 1)) * plotW);
  const rank = new Map(tiers.map((t, i) => [t, i]));
  // lowest tier (slowest growth, the best bound) at the bottom: "lower is faster"
  // a few pixels inside the axes, so the best-known line never lies on the year axis
  const inset = Math.min(8, plotH / 6);
  const y = (tier: number) => {
    const r = rank.get(tier) ?? 0;
    return tiers.length === 1 ? pad.t + plotH / 2 : pad.t + plotH - inset - (r / (tiers.length - 1)) * (plotH - 2 * inset);
  };
  const maxTicks = Math.max(2, Math.floor(plotW / 44));
  const labelOf = new Map<number, string>();
  for (const s of steps) if (!labelOf.has(s.tier)) labelOf.set(s.tier, s.label);
  const stepTiers = [...labelOf.keys()];
  const current = steps.length ? steps[steps.length - 1].tier : null;
  const ys = stepTiers.map((t) => y(t));
  const shown = spacedLabels(ys, 12, current === null ? null : stepTiers.indexOf(current));
  const tierTicks = tiers.map((t) => {
    const i = stepTiers.indexOf(t);
    return { tier: t, y: y(t), label: i >= 0 && shown[i] ? labelOf.get(t)! : null };
  });
  let step = '';
  if (steps.length) {
    step = `M${round(x(steps[0].year) - 4)},${round(y(steps[0].tier))}`;
    for (let i = 1; i < steps.length; i++) step += `H${round(x(steps[i].year))}V${round(y(steps[i].tier))}`;
    step += `H${round(pad.l + plotW)}`;
  }
  return { x, y, yearTicks: yearTicks(y0, y1, maxTicks), tierTicks, step, years: [y0, y1] };
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A label cut to `n` characters (by code point), with an ellipsis. */
export function clip(s: string, n: number): string {
  const cs = [...s];
  return cs.length > n ? `${cs.slice(0, n - 1).join('')}…` : s;
}
