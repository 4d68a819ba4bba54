// Timeline scales: round year ticks, an ordinal tier axis with the best bound at the bottom, labels that fit.
import { describe, expect, it } from 'vitest';
import { clip, layoutTimeline, spacedLabels, yearTicks } from '../../src/app/panels/timeline-scale.ts';

describe('yearTicks', () => {
  it.each([
    [2009, 2023, 7, [2010, 2015, 2020]],
    [2009, 2023, 16, [2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]],
    [2018, 2021, 6, [2018, 2019, 2020, 2021]],
    [1990, 2024, 5, [1990, 2000, 2010, 2020]],
    [2020, 2020, 5, [2020]],
  ])('%i–%i, at most %i ticks', (a, b, n, want) => {
    const t = yearTicks(a, b, n);
    expect(t).toEqual(want);
    expect(t.length).toBeLessThanOrEqual(Math.max(n, 1));
  });
  it('is empty for a bad range', () => {
    expect(yearTicks(2020, 2010, 5)).toEqual([]);
    expect(yearTicks(NaN, 2010, 5)).toEqual([]);
  });
});

describe('layoutTimeline', () => {
  const box = { width: 400, height: 170, pad: { l: 100, r: 10, t: 10, b: 34 } };
  const steps = [
    { year: 2009, tier: 4, label: 'O(n²)', improved: true },
    { year: 2012, tier: 3, label: 'O(n²/log n)', improved: true },
    { year: 2015, tier: 2, label: 'O(n²/(log² n))', improved: true },
  ];
  const dots = [
    { id: 'a', year: 2009, tier: 4, frontier: false, title: '' },
    { id: 'b', year: 2023, tier: 5, frontier: false, title: '' },
    { id: 'c', year: 2015, tier: 2, frontier: true, title: '' },
  ];
  const l = layoutTimeline(steps, dots, box)!;
  it('puts the slowest growth (the best bound) lowest and years left to right inside the plot', () => {
    expect(l.y(2)).toBeGreaterThan(l.y(3));
    expect(l.y(5)).toBeLessThan(l.y(4));
    expect(l.y(2)).toBeLessThanOrEqual(box.height - box.pad.b);
    expect(l.y(5)).toBeGreaterThanOrEqual(box.pad.t);
    expect(l.x(2009)).toBeGreaterThan(box.pad.l);
    expect(l.x(2023)).toBeLessThan(box.width - box.pad.r);
    expect(l.years).toEqual([2009, 2023]);
  });
  it('labels the tiers the best-known line visits, and only those', () => {
    expect(l.tierTicks.filter((t) => t.label !== null).map((t) => t.label)).toEqual(['O(n²/(log² n))', 'O(n²/log n)', 'O(n²)']);
    expect(l.tierTicks.find((t) => t.tier === 5)!.label).toBeNull();
  });
  it('draws a step line that ends at the right edge', () => {
    expect(l.step).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+H390$/);
  });
  it('returns null with nothing to draw', () => {
    expect(layoutTimeline([], [], box)).toBeNull();
  });
});

describe('labels', () => {
  it('keeps labels apart, the current best first', () => {
    expect(spacedLabels([100, 95, 80], 12, 1)).toEqual([false, true, true]);
    expect(spacedLabels([100, 95, 80], 12, null)).toEqual([true, false, true]);
  });
  it('clips by code point', () => {
    expect(clip('O(n²/(log² n))', 6)).toBe('O(n²/…');
    expect(clip('short', 6)).toBe('short');
  });
});
