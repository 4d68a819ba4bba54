// Substituting variables in a growth signature: x → n^c (m ≤ n², k ≤ n) or x → log n (a machine word w).
// Used for the "worst case in n" view of a ladder, where bounds in different variables become comparable.
import { normTerm, sigAdd, sigMulMany, zero, L, LL, LS, P, type GrowthSig, type GrowthTerm } from './growth.ts';

export type Substitution = { pow: number } | 'log';

/** The signature with each variable that `rule` maps replaced by a power of `target` (or its logarithm). */
export function substituteVariables(g: GrowthSig, rule: (variable: string) => Substitution | null, target = 'n', opts: { worstCase?: boolean } = {}): GrowthSig {
  const term = (t: GrowthTerm, depth: number): GrowthTerm => {
    const factors: GrowthSig[] = [];
    for (const [x, vec] of Object.entries(t.v)) {
      const s = x === target ? null : rule(x);
      if (s === null) { factors.push({ t: [{ v: { [x]: [...vec] } }] }); continue; }
      if (s === 'log') {
        // w^p · log^l w with w = Θ(log n): log^p n · (log log n)^l
        const v = zero();
        v[L] = vec[P];
        v[LL] = vec[L];
        v[LS] = vec[LL];
        factors.push({ t: [{ v: { [target]: v } }] });
        continue;
      }
      // the worst case over x in [1, n^c]: a bound that shrinks as x grows (n²/s, n/log s) is worst at x = 1
      if (opts.worstCase && (vec.find((e) => e !== 0) ?? 0) < 0) continue;
      // x = n^c: x^p = n^{cp}; log x = Θ(log n), so the other slots stay
      const v = [...vec];
      v[P] = vec[P] * s.pow;
      factors.push({ t: [{ v: { [target]: v } }] });
    }
    let out: GrowthTerm = factors.length ? sigMulMany(factors).t[0] : { v: {} };
    if (t.e && depth < 20) out = { ...out, e: { g: t.e.g.map((u) => term(u, depth + 1)), c: t.e.c } };
    if (t.b) out = { ...out, b: true };
    if (t.a) out = { ...out, a: true };
    return normTerm(out);
  };
  try {
    return sigAdd({ t: g.t.map((t) => term(t, 0)) });
  } catch {
    return g;
  }
}
