// A sort key for bounds in a table: the bound's dominant term in the "worst case in n" view (every input size set to n,
// see worst-case.ts) as a vector compared lexicographically — exponential factor, polynomial degree, log power, … —
// so a column of bounds sorts from the slowest-growing to the fastest. A total order (the ladder's partial order
// needs pairwise comparisons, quadratic in the rows); bounds the ladder calls incomparable land in a fixed order.
import type { GrowthSig, GrowthTerm } from '../extract/bounds/index.ts';
import { worstCaseGrowth } from './worst-case.ts';

const VEC = 7;

/** [exponential, p, p offset, exp(log^c), log, log log, log*, α, below/above] of a term, variables summed. */
function termKey(t: GrowthTerm): number[] {
  const key = new Array<number>(VEC + 2).fill(0);
  if (t.e) key[0] = 1 + Math.max(0, ...t.e.g.map((g) => termKey(g)[1]));
  for (const vec of Object.values(t.v ?? {})) for (let i = 0; i < VEC; i++) key[i + 1] += Number(vec[i]) || 0;
  key[VEC + 1] = t.b ? -1 : t.a ? 1 : 0;
  return key;
}

export function compareRank(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** The sort key of a growth signature, or null when there is none (a verbal claim without a class, garbage). */
export function growthRank(growth: unknown, graph = false): number[] | null {
  const g = worstCaseGrowth(growth, graph) as GrowthSig | null;
  if (!g || typeof g !== 'object' || !Array.isArray(g.t) || g.t.length === 0) return null;
  let best: number[] | null = null;
  for (const t of g.t) {
    if (!t || typeof t !== 'object') continue;
    const k = termKey(t);
    if (!best || compareRank(k, best) > 0) best = k;
  }
  return best;
}
