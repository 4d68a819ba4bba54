// Detects a paper's stated improvements: a `result` claim and a `prior` claim on the same resource,
// in the same sentence or adjacent sentences (the extractor marks "from X to Y", "beating X",
// "improves upon X" as prior), where the growth order says the result is smaller.
import type { Claim, Resource } from '../extract/types.ts';
import type { GrowthOps } from './types.ts';

export interface Improvement {
  /** indices into the paper's claims */
  resultClaim: number;
  priorClaim: number;
  resource: Resource;
}

/** Characters allowed between one sentence's end and the next sentence's start to count as adjacent. */
const ADJACENT_GAP = 4;

function near(a: Claim, b: Claim): 'same' | 'adjacent' | null {
  const [as, ae] = a.sentence;
  const [bs, be] = b.sentence;
  if (as === bs && ae === be) return 'same';
  if ((bs >= ae && bs - ae <= ADJACENT_GAP) || (as >= be && as - be <= ADJACENT_GAP)) return 'adjacent';
  return null;
}

/** The resource both claims bound, or null. `other` matches a specific resource only in one sentence. */
function sharedResource(r: Claim, p: Claim, where: 'same' | 'adjacent'): Resource | null {
  if (r.resource === p.resource) return r.resource;
  if (where !== 'same') return null;
  if (p.resource === 'other') return r.resource;
  if (r.resource === 'other') return p.resource;
  return null;
}

/** All (result, prior) pairs of one paper's claims where the result beats the prior; in claim order. */
export function findImprovements(claims: readonly Claim[], growth: GrowthOps): Improvement[] {
  const out: Improvement[] = [];
  const seen = new Set<string>();
  claims.forEach((r, ri) => {
    if (r.role !== 'result' || r.growth == null) return;
    claims.forEach((p, pi) => {
      if (p.role !== 'prior' || p.growth == null || pi === ri) return;
      const where = near(r, p);
      if (!where) return;
      const resource = sharedResource(r, p, where);
      if (!resource) return;
      if (growth.compare(r.growth, p.growth) !== 'less') return;
      // one edge per (result class, prior class, resource): repeated mentions add nothing
      const key = `${resource}|${growth.key(r.growth)}|${growth.key(p.growth)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ resultClaim: ri, priorClaim: pi, resource });
    });
  });
  return out;
}
