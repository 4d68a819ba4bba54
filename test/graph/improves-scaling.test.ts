// The improves pass gives what the all-pairs version gave (checked on random papers: sentences adjacent or not,
// repeated growths, every role and resource), and its time grows near-linearly in a paper's claims: 4× the claims in
// < 10× the time, for claims spread over sentences and for one long sentence (the all-pairs version took 12.5 s
// on 40,000 claims).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findImprovements, type Improvement } from '../../src/graph/improves.ts';
import type { Claim, Resource, Role } from '../../src/extract/types.ts';
import type { GrowthOps } from '../../src/graph/types.ts';
import { claim, TOY_GROWTH } from '../fixtures/graph/papers.ts';

/** The first version: every result against every prior. */
function reference(claims: readonly Claim[], growth: GrowthOps): Improvement[] {
  const near = (a: Claim, b: Claim) => {
    const [as, ae] = a.sentence, [bs, be] = b.sentence;
    if (as === bs && ae === be) return 'same';
    if ((bs >= ae && bs - ae <= 4) || (as >= be && as - be <= 4)) return 'adjacent';
    return null;
  };
  const shared = (r: Claim, p: Claim, where: string): Resource | null => {
    if (r.resource === p.resource) return r.resource;
    if (where !== 'same') return null;
    if (p.resource === 'other') return r.resource;
    if (r.resource === 'other') return p.resource;
    return null;
  };
  const out: Improvement[] = [];
  const seen = new Set<string>();
  claims.forEach((r, ri) => {
    if (r.role !== 'result' || r.growth == null) return;
    claims.forEach((p, pi) => {
      if (p.role !== 'prior' || p.growth == null || pi === ri) return;
      const where = near(r, p);
      if (!where) return;
      const resource = shared(r, p, where);
      if (!resource || growth.compare(r.growth, p.growth) !== 'less') return;
      const key = `${resource}|${growth.key(r.growth)}|${growth.key(p.growth)}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ resultClaim: ri, priorClaim: pi, resource });
    });
  });
  return out;
}

// sentences: [0,100) [101,200) [203,300) [305,400) [500,600) — adjacent within 4 characters, or not
const SENTENCES: [number, number][] = [[0, 100], [101, 200], [203, 300], [305, 400], [500, 600]];
const ROLES: Role[] = ['result', 'prior', 'lower', 'other'];
const RESOURCES: Resource[] = ['time', 'space', 'other', 'query'];

describe('findImprovements', () => {
  it('gives the pairs, in the order, of the all-pairs version', () => {
    const arb = fc.array(fc.record({ deg: fc.integer({ min: 1, max: 4 }), role: fc.constantFrom(...ROLES), res: fc.constantFrom(...RESOURCES), s: fc.integer({ min: 0, max: SENTENCES.length - 1 }), nul: fc.boolean() }), { maxLength: 30 });
    fc.assert(fc.property(arb, (spec) => {
      const claims = spec.map((x) => { const c = claim(x.deg, x.role, x.res, SENTENCES[x.s]); return x.nul && x.deg === 4 ? { ...c, growth: null } : c; });
      expect(findImprovements(claims, TOY_GROWTH)).toEqual(reference(claims, TOY_GROWTH));
    }), { numRuns: 2000, seed: 18 });
  });

  it.each([
    ['claims spread over sentences', (i: number) => [i * 10, i * 10 + 9] as [number, number]],
    ['one long sentence', (_i: number) => [0, 1_000_000] as [number, number]],
  ])('%s: 4× the claims in < 10× the time', (_name, sentenceOf) => {
    const claimsOf = (n: number) => Array.from({ length: n }, (_, i) => claim((i % 7) + 1, i % 3 === 0 ? 'prior' : 'result', i % 2 ? 'time' : 'space', sentenceOf(i)));
    const time = (n: number) => { const c = claimsOf(n); let best = Infinity; for (let r = 0; r < 3; r++) { const t = performance.now(); findImprovements(c, TOY_GROWTH); best = Math.min(best, performance.now() - t); } return best; };
    let n = 1000;
    let base = time(n);
    while (base < 20 && n < 256_000) { n *= 2; base = time(n); }
    let ratio = time(n * 4) / base;
    if (ratio >= 10) ratio = Math.min(ratio, time(n * 4) / time(n));
    expect(ratio, `${n} claims: ${base.toFixed(1)} ms`).toBeLessThan(10);
  }, 120_000);
});
