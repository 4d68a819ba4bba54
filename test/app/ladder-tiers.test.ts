// The explorer's ladder asks the bound parser for the tiers of a selection's growth classes at once (rankByGrowth:
// sorted per variable) instead of comparing all pairs: the tiers, frontier and beaten bounds are those of the
// pairwise definition, and a selection of thousands of distinct bounds (one paper with 10,000 claims) stays fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthTiers, type GrowthOps } from '../../src/state/ladder.ts';
import { growthOps } from '../../src/app/growth.ts';
import { parseBound } from '../../src/extract/bounds/index.ts';

const pairwise: GrowthOps = { compare: growthOps.compare, key: growthOps.key };
const POOL = ['O(1)', 'O(log n)', 'O(n)', 'O(n log n)', 'O(n^2)', 'O(m)', 'O(m^2)', 'O(nm)', 'O(n + m)', 'O(2^n)', 'O(k)', 'O(1/ε)', 'o(n^2)', 'ω(n)', 'O(√n)', 'quadratic', 'nearly linear', 'O(n^{1+o(1)})', 'Õ(n)', 'O(n^3)']
  .map((b) => { const p = parseBound(b); return p.ok ? p.growth : null; });

describe('growthTiers with the bound parser', () => {
  it('gives the tiers of the pairwise definition (distinct classes, as the ladder passes them)', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { maxLength: POOL.length }), (picks) => {
      const gs = picks.map((i) => POOL[i]);
      expect(growthTiers(gs, growthOps)).toEqual(growthTiers(gs, pairwise));
    }), { numRuns: 500, seed: 18 });
  });

  it('10,000 distinct bounds take well under a second (all pairs would be 50 million comparisons)', () => {
    const gs = Array.from({ length: 10_000 }, (_, k) => { const p = parseBound(`O(n^{${(k + 1) / 40}})`); return p.ok ? p.growth : null; });
    const t = performance.now();
    const tiers = growthTiers(gs, growthOps);
    expect(performance.now() - t).toBeLessThan(3_000);
    expect(tiers[0]).toBe(0);
    expect(tiers[9_999]).toBeGreaterThan(tiers[0]);
  });
});
