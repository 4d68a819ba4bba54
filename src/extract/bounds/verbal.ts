// Verbal complexity classes ("nearly linear", "sub-quadratic", "polylogarithmic", adverbs like
// "quadratically") mapped onto the same growth signatures as symbolic bounds, in the variable n.
import { L, P, PO, STAR, normTerm, sigExp, type GrowthSig, type Vec } from './growth.ts';
import { table } from './table.ts';

export interface VerbalClass {
  /** class name as shown: "nearly linear" */
  name: string;
  /** gold-dev README §4 expr */
  expr: string;
  latex: string;
  growth: () => GrowthSig;
}

const vec = (p: number, po = 0, l = 0): Vec => { const v = [0, 0, 0, 0, 0, 0, 0]; v[P] = p; v[PO] = po; v[L] = l; return v; };
const onN = (v: Vec, side: 'below' | 'above' | null = null): (() => GrowthSig) => () =>
  ({ t: [normTerm({ v: { n: v }, ...(side === 'below' ? { b: true as const } : side === 'above' ? { a: true as const } : {}) })] });

const CONSTANT: VerbalClass = { name: 'constant', expr: '1', latex: '1', growth: () => ({ t: [{ v: {} }] }) };
const LOGARITHMIC: VerbalClass = { name: 'logarithmic', expr: 'log n', latex: '\\log n', growth: onN(vec(0, 0, 1)) };
const SUBLOG: VerbalClass = { name: 'sub-logarithmic', expr: 'o(log n)', latex: 'o(\\log n)', growth: onN(vec(0, 0, 1), 'below') };
const POLYLOG: VerbalClass = { name: 'polylogarithmic', expr: 'polylog(n)', latex: '\\operatorname{polylog}(n)', growth: onN(vec(0, 0, STAR)) };
const SUBLINEAR: VerbalClass = { name: 'sublinear', expr: 'o(n)', latex: 'o(n)', growth: onN(vec(1), 'below') };
const SUPERLINEAR: VerbalClass = { name: 'superlinear', expr: 'omega(n)', latex: '\\omega(n)', growth: onN(vec(1), 'above') };
const LINEAR: VerbalClass = { name: 'linear', expr: 'n', latex: 'n', growth: onN(vec(1)) };
const NEARLY_LINEAR: VerbalClass = { name: 'nearly linear', expr: 'n polylog(n)', latex: 'n \\operatorname{polylog}(n)', growth: onN(vec(1, 0, STAR)) };
const ALMOST_LINEAR: VerbalClass = { name: 'almost linear', expr: 'n^(1+o(1))', latex: 'n^{1+o(1)}', growth: onN(vec(1, 1)) };
const N_LOG_N: VerbalClass = { name: 'n log n', expr: 'n log n', latex: 'n \\log n', growth: onN(vec(1, 0, 1)) };
const SUBQUADRATIC: VerbalClass = { name: 'subquadratic', expr: 'o(n^2)', latex: 'o(n^{2})', growth: onN(vec(2), 'below') };
const TRULY_SUBQUADRATIC: VerbalClass = { name: 'truly subquadratic', expr: 'n^(2-eps)', latex: 'n^{2-\\varepsilon}', growth: onN(vec(2, -2)) };
const QUADRATIC: VerbalClass = { name: 'quadratic', expr: 'n^2', latex: 'n^{2}', growth: onN(vec(2)) };
const SUBCUBIC: VerbalClass = { name: 'subcubic', expr: 'o(n^3)', latex: 'o(n^{3})', growth: onN(vec(3), 'below') };
const TRULY_SUBCUBIC: VerbalClass = { name: 'truly subcubic', expr: 'n^(3-eps)', latex: 'n^{3-\\varepsilon}', growth: onN(vec(3, -2)) };
const CUBIC: VerbalClass = { name: 'cubic', expr: 'n^3', latex: 'n^{3}', growth: onN(vec(3)) };
const POLYNOMIAL: VerbalClass = { name: 'polynomial', expr: 'poly(n)', latex: '\\operatorname{poly}(n)', growth: onN(vec(STAR)) };
const QUASI_POLY: VerbalClass = { name: 'quasi-polynomial', expr: '2^polylog(n)', latex: '2^{\\operatorname{polylog}(n)}', growth: () => sigExp({ t: [normTerm({ v: { n: vec(0, 0, STAR) } })] }, STAR) };
const SUBEXP: VerbalClass = { name: 'subexponential', expr: '2^o(n)', latex: '2^{o(n)}', growth: () => sigExp({ t: [normTerm({ v: { n: vec(1) }, b: true })] }, STAR) };
const DOUBLY_LOG: VerbalClass = { name: 'doubly logarithmic', expr: 'log log n', latex: '\\log \\log n', growth: () => ({ t: [normTerm({ v: { n: [0, 0, 0, 0, 1, 0, 0] } })] }) };
const DOUBLY_EXP: VerbalClass = { name: 'doubly exponential', expr: '2^2^n', latex: '2^{2^{n}}', growth: () => sigExp(sigExp({ t: [normTerm({ v: { n: vec(1) } })] }, STAR), STAR) };
const EXPONENTIAL: VerbalClass = { name: 'exponential', expr: '2^O(n)', latex: '2^{O(n)}', growth: () => sigExp({ t: [normTerm({ v: { n: vec(1) } })] }, STAR) };

/** Normalised phrase (lower case, hyphens as spaces, adverbs as adjectives) → class. */
const PHRASES: Record<string, VerbalClass> = table({
  'constant': CONSTANT,
  'logarithmic': LOGARITHMIC, 'log': LOGARITHMIC,
  'sublogarithmic': SUBLOG, 'sub logarithmic': SUBLOG,
  'polylogarithmic': POLYLOG, 'poly logarithmic': POLYLOG, 'polylog': POLYLOG,
  'sublinear': SUBLINEAR, 'sub linear': SUBLINEAR,
  'linear': LINEAR,
  'superlinear': SUPERLINEAR, 'super linear': SUPERLINEAR,
  'nearly linear': NEARLY_LINEAR, 'near linear': NEARLY_LINEAR, 'quasi linear': NEARLY_LINEAR, 'quasilinear': NEARLY_LINEAR,
  'essentially linear': NEARLY_LINEAR, 'softly linear': NEARLY_LINEAR,
  'almost linear': ALMOST_LINEAR,
  'n log n': N_LOG_N, 'nlogn': N_LOG_N, 'linearithmic': N_LOG_N, 'loglinear': N_LOG_N, 'log linear': N_LOG_N,
  'subquadratic': SUBQUADRATIC, 'sub quadratic': SUBQUADRATIC,
  'truly subquadratic': TRULY_SUBQUADRATIC, 'true subquadratic': TRULY_SUBQUADRATIC, 'strongly subquadratic': TRULY_SUBQUADRATIC,
  'quadratic': QUADRATIC,
  'subcubic': SUBCUBIC, 'sub cubic': SUBCUBIC,
  'truly subcubic': TRULY_SUBCUBIC, 'true subcubic': TRULY_SUBCUBIC, 'strongly subcubic': TRULY_SUBCUBIC,
  'cubic': CUBIC,
  'polynomial': POLYNOMIAL,
  'quasi polynomial': QUASI_POLY, 'quasipolynomial': QUASI_POLY,
  'subexponential': SUBEXP, 'sub exponential': SUBEXP,
  'exponential': EXPONENTIAL,
  'doubly logarithmic': DOUBLY_LOG, 'doubly exponential': DOUBLY_EXP,
});

const ADVERB: Record<string, string> = table({
  linearly: 'linear', quadratically: 'quadratic', cubically: 'cubic', logarithmically: 'logarithmic',
  polynomially: 'polynomial', exponentially: 'exponential', sublinearly: 'sublinear', superlinearly: 'superlinear', polylogarithmically: 'polylogarithmic',
  subquadratically: 'subquadratic', subexponentially: 'subexponential', nearly: 'nearly', truly: 'truly', sublogarithmically: 'sublogarithmic', doubly: 'doubly',
});

/** Canonical phrase or null; keeps words independent of spacing/hyphen/case and a trailing "time". */
export function lookupVerbalClass(words: string): VerbalClass | null {
  if (words.length > 80) return null;
  let s = words.toLowerCase().replace(/[-‐‑–_]/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/ (time|complexity|cost|runtime|running time|size|space)$/, '');
  const parts = s.split(' ').map((w) => ADVERB[w] ?? w);
  // "sub quadratic" and "subquadratic" are the same phrase
  const joined = parts.join(' ');
  return PHRASES[joined] ?? PHRASES[joined.replace(/\bsub /g, 'sub')] ?? null;
}
