// How a claim's setting reads: plain in the CLI and CSV, with TeX approximation factors as math on the page; a
// lower bound written with O reads as what it rules out.
import { describe, expect, it } from 'vitest';
import { lowerBoundPrefix, settingLabel, variantName } from '../../src/state/setting-label.ts';
import { DEFAULT_SETTING } from '../../src/extract/types.ts';

describe('setting labels', () => {
  it('wraps a TeX approximation factor in dollars for the page, and only that', () => {
    expect(variantName('approximate:n^{o(1)}', true)).toBe('approximate $n^{o(1)}$');
    expect(variantName('approximate:3', true)).toBe('approximate 3');
    expect(variantName('input:bounded-alphabet', true)).toBe('bounded alphabet');
    expect(variantName('approximate:n^{o(1)}')).toBe('approximate n^{o(1)}');
    const s = { ...DEFAULT_SETTING, model: 'quantum' as const, variants: ['approximate:1/2+\\epsilon'] };
    expect(settingLabel(s, { tex: true })).toBe('quantum · approximate $1/2+\\epsilon$');
    expect(settingLabel(s)).toBe('quantum · approximate 1/2+\\epsilon');
  });
  it('reads a lower bound written with O as what it rules out', () => {
    expect(lowerBoundPrefix({ role: 'lower', notation: 'O', text: '$O(n^{2-\\epsilon})$' })).toBe('rules out');
    expect(lowerBoundPrefix({ role: 'lower', notation: 'verbal', text: 'truly subcubic' })).toBe('rules out');
    expect(lowerBoundPrefix({ role: 'lower', notation: 'Omega', text: '$\\Omega(n)$' })).toBeNull();
    expect(lowerBoundPrefix({ role: 'result', notation: 'O', text: '$O(n)$' })).toBeNull();
  });
});
