// Growth comparison for the ladder, from the bound parser (the one place that knows growth order).
import { compareGrowth, growthKey, isGrowthSig, rankByGrowth, type GrowthSig } from '../extract/bounds/index.ts';
import type { GrowthOps } from '../state/ladder.ts';

export const growthOps: GrowthOps = {
  compare: (a, b) => compareGrowth(a as GrowthSig, b as GrowthSig),
  key: (g) => growthKey(g as GrowthSig),
  // a paper or problem with thousands of claims: one sort per variable instead of all pairs
  tiers: (gs) => rankByGrowth(gs.map((g) => (isGrowthSig(g) ? g : null))).map((r) => r.rank ?? 0),
};
