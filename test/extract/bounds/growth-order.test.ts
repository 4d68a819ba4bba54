// Growth order: the orderings the issue requires, the documented conventions (soft-O, little-o,
// accuracy parameters, verbal classes vs other variables), keys/labels and the ranked ladder.
import { describe, expect, it } from 'vitest';
import {
  compareGrowth, growthKey, growthLabel, parseBound, rankBounds, rankByGrowth, type GrowthSig, type Relation,
} from '../../../src/extract/bounds/index.ts';

function sig(text: string): GrowthSig {
  const r = parseBound(text);
  if (!r.ok) throw new Error(`test bound did not parse: ${text}: ${r.reason}`);
  return r.growth;
}
const rel = (a: string, b: string): Relation => compareGrowth(sig(a), sig(b));
const flip = (r: Relation): Relation => (r === 'less' ? 'greater' : r === 'greater' ? 'less' : r);

const REQUIRED: [string, Relation, string][] = [
  ['O(T log T)', 'less', 'O(T^2)'],
  ['O(nm)', 'less', 'O(nm log m)'],
  ['Õ(|Ω|k)', 'less', 'Õ(|Ω|k^2)'],
  ['O(ε^{-0.93} n)', 'less', 'O(ε^{-1} n)'],
  ['n^{1+o(1)}', 'less', 'n^{3-o(1)}'],
  ['O(n^{2.3728639})', 'less', 'O(n^{2.807})'],
  ['O(n^{2.807})', 'less', 'O(n^3)'],
  ['O(n^{2.3728639})', 'less', 'O(n^3)'],
  ['O(n^100)', 'less', 'O(2^n)'],
  ['O(n)', 'incomparable', 'O(m)'],
  ['nearly linear', 'less', 'subquadratic'],
  ['subquadratic', 'less', 'quadratic'],
  ['nearly linear', 'less', 'quadratic'],
];

const MORE: [string, Relation, string][] = [
  // symbols compare on their argument
  ['Θ(n log n)', 'equal', 'O(nlogn)'],
  ['Ω(n^2)', 'equal', '$O(n^{2})$'],
  ['widetilde O(|Omega| k)', 'equal', '$\\tilde{O}(|\\Omega| k)$'],
  ['O(VE)', 'equal', 'O(|V||E|)'],
  // sums keep incomparable terms and drop dominated ones
  ['O(n + m)', 'greater', 'O(n)'],
  ['O(n^2 + n)', 'equal', 'O(n^2)'],
  ['O(n + m log n)', 'incomparable', 'O(m + n log m)'],
  // little-o sits just below
  ['o(n^2)', 'less', 'O(n^2)'],
  ['o(n^2)', 'greater', 'O(n log n)'],
  ['$o(n)$', 'equal', 'sublinear'],
  // soft-O = f·polylog(f)
  ['Õ(n)', 'greater', 'O(n log n)'],
  ['Õ(n)', 'greater', 'O(n)'],
  ['Õ(n)', 'less', 'n^{1+o(1)}'],
  ['Õ(n)', 'equal', 'nearly linear'],
  ['Õ(n^2)', 'less', 'O(n^{2.001})'],
  // accuracy parameters go to 0
  ['O(1/eps)', 'equal', 'O(ε^{-1})'],
  ['O(\\epsilon^{-2})', 'greater', 'O(1/\\varepsilon)'],
  ['O(eps^-2 log(1/eps))', 'greater', 'O(ε^-2)'],
  ['O(n/δ)', 'greater', 'O(n)'],
  // logs, iterated logs, roots
  ['O(log n)', 'less', 'O(sqrt(n))'],
  ['O(log log n)', 'less', 'O(log n)'],
  ['O(log* n)', 'less', 'O(log log n)'],
  ['O(alpha(n))', 'less', 'O(log* n)'],
  ['O(log^2 n)', 'less', 'O(polylog(n))'],
  ['O(polylog(n))', 'less', 'O(n^{0.01})'],
  ['O(lg n / lglg n)', 'less', 'O(lg n)'],
  ['Θ(√n)', 'equal', 'O(n^{1/2})'],
  ['O(n^{1-o(1)})', 'less', 'O(n)'],
  ['O(n / log n)', 'less', 'O(n)'],
  ['n^{1-o(1)}', 'greater', 'O(n^{0.99})'],
  ['O(n^{2-ε})', 'less', 'n^{2-o(1)}'],
  ['truly subcubic', 'less', 'sub-cubic'],
  ['O(n^{\\omega})', 'less', 'O(n^{2.5})'],
  ['O(n^{\\omega})', 'greater', 'O(n^{2.3})'],
  // exponentials and beyond
  ['O(2^n)', 'less', 'O(3^n)'],
  ['O(1.7504^n)', 'less', 'O(2^n)'],
  ['O(2^n)', 'less', 'O(n 2^n)'],
  ['O(2^n)', 'less', 'O(n!)'],
  ['2^{O(k)} n', 'less', '2^{O(k)} n^2'],
  ['2^{O(k)} n', 'incomparable', 'O(n^2)'],
  ['O(2^{\\sqrt{n}})', 'less', 'O(2^n)'],
  ['O(2^{\\sqrt{n}})', 'greater', 'O(n^{100})'],
  ['n·exp(O(√log n))', 'greater', 'O(n log^5 n)'],
  ['n·exp(O(√log n))', 'less', 'O(n^{1.01})'],
  ['quasi-polynomial', 'greater', 'polynomial'],
  ['quasi-polynomial', 'less', 'subexponential'],
  ['subexponential', 'less', 'exponential'],
  ['O(d^k)', 'greater', 'O(d^2 k)'],
  ['O(n^{O(1)})', 'equal', 'poly(n)'],
  ['poly(n)', 'greater', 'O(n^{100})'],
  // verbal classes live in n; other variables are incomparable
  ['linear', 'equal', 'O(n)'],
  ['quadratic', 'incomparable', 'O(m)'],
  ['linear', 'less', 'O(n log n)'],
  ['constant', 'less', 'logarithmic'],
  ['logarithmic', 'less', 'polylogarithmic'],
  ['polylogarithmic', 'less', 'sublinear'],
  ['sublinear', 'less', 'linear'],
  ['linear', 'less', 'n log n'],
  ['n log n', 'less', 'nearly linear'],
  ['nearly linear', 'less', 'almost linear'],
  ['almost linear', 'less', 'subquadratic'],
  ['quadratic', 'less', 'cubic'],
  ['cubic', 'less', 'polynomial'],
  ['O(1)', 'equal', 'constant'],
];

describe('required orderings (issue 3 §1)', () => {
  it.each(REQUIRED)('%s %s %s', (a, r, b) => {
    expect(rel(a, b)).toBe(r);
    expect(rel(b, a)).toBe(flip(r));
  });
});

describe('further orderings and conventions', () => {
  it.each(MORE)('%s %s %s', (a, r, b) => {
    expect(rel(a, b)).toBe(r);
    expect(rel(b, a)).toBe(flip(r));
  });
});

describe('growthKey and growthLabel', () => {
  it('equal growth gives equal keys across surface forms', () => {
    const forms = ['O(n log n)', 'O(nlogn)', '$\\Theta(n \\log n)$', 'Omega(nlog n)', 'O(n lg n)', 'n log n'];
    const keys = new Set(forms.map((f) => growthKey(sig(f))));
    expect([...keys]).toEqual(['n log n']);
  });
  it('different growth gives different keys', () => {
    const forms = ['O(n)', 'O(n log n)', 'O(n^2)', 'O(m)', 'Õ(n)', 'o(n)', 'O(n^{2.3728639})', 'O(n^{2.3728596})', 'n^{1+o(1)}', 'O(2^n)', 'O(3^n)'];
    const keys = forms.map((f) => growthKey(sig(f)));
    expect(new Set(keys).size).toBe(forms.length);
  });
  it.each([
    ['O(n log n)', 'n log n', 'n log n'],
    ['O(n^2)', 'n²', 'n^2'],
    ['O(ε^{-2} d)', 'd ε⁻²', 'd eps^-2'],
    ['2^{O(k)} n', '2^O(k) n', '2^O(k) n'],
    ['o(n^2)', 'o(n²)', 'o(n^2)'],
    ['O(n + m)', 'm + n', 'm + n'],
    ['Õ(|Ω| k)', 'Õ(k Ω)', '~O(k Omega)'],
    ['O(d^k)', 'd^k', 'd^k'],
    ['n^{1+o(1)}', 'n^(1+o(1))', 'n^(1+o(1))'],
    ['O(1)', '1', '1'],
  ])('%s → label %s, key %s', (input, label, key) => {
    expect(growthLabel(sig(input))).toBe(label);
    expect(growthKey(sig(input))).toBe(key);
  });
  it('signatures are JSON round-trippable and still compare the same', () => {
    const a = JSON.parse(JSON.stringify(sig('Õ(n^{1+o(1)} + 2^{O(k)} m)'))) as GrowthSig;
    expect(compareGrowth(a, sig('Õ(n^{1+o(1)} + 2^{O(k)} m)'))).toBe('equal');
    expect(growthKey(a)).toBe(growthKey(sig('Õ(n^{1+o(1)} + 2^{O(k)} m)')));
  });
  it('malformed signatures do not throw', () => {
    const bad = [null, {}, { t: 'x' }, { t: [{ v: { n: [1] } }] }, { t: [] }] as unknown as GrowthSig[];
    for (const b of bad) {
      expect(compareGrowth(b, sig('O(n)'))).toBe('incomparable');
      expect(growthKey(b)).toBe('?');
      expect(growthLabel(b)).toBe('?');
    }
  });
});

describe('rankByGrowth', () => {
  it('orders a chain, ties equal bounds and marks incomparable ones', () => {
    const inputs = ['O(n^2)', 'O(n)', 'Θ(n)', 'O(m)', 'O(n log n)', 'garbage ((('];
    const ladder = rankBounds(inputs.map((b) => parseBound(b)));
    expect(ladder.map((r) => r.rank)).toEqual([2, 0, 0, 0, 1, null]);
    // Θ(n) is equal to O(n), the first input of that growth; O(m) is equal only to itself
    expect(ladder.map((r) => r.equalTo)).toEqual([0, 1, 1, 3, 4, null]);
  });
  it('is deterministic and independent of input order for the ranks of each bound', () => {
    const inputs = ['O(2^n)', 'quadratic', 'O(n^{2.807})', 'nearly linear', 'O(n^3)', 'O(log n)', 'subquadratic'];
    const a = rankBounds(inputs.map((b) => parseBound(b)));
    const reversed = [...inputs].reverse();
    const b = rankBounds(reversed.map((x) => parseBound(x)));
    inputs.forEach((x, i) => expect(b[reversed.indexOf(x)].rank).toBe(a[i].rank));
    expect(a.map((r) => r.rank)).toEqual([6, 3, 4, 1, 5, 0, 2]);
  });
  it('handles nulls and an empty list', () => {
    expect(rankByGrowth([])).toEqual([]);
    expect(rankByGrowth([null, null])).toEqual([{ rank: null, equalTo: null }, { rank: null, equalTo: null }]);
  });
});

describe('little-omega and superlinear', () => {
  it.each([
    ['ω(n)', 'greater', 'O(n)'],
    ['ω(n)', 'less', 'O(n log n)'],
    ['superlinear', 'equal', '$\\omega(n)$'],
    ['superlinear', 'greater', 'linear'],
    ['o(n)', 'less', 'ω(n)'],
  ] as [string, Relation, string][])('%s %s %s', (a, r, b) => {
    expect(rel(a, b)).toBe(r);
    expect(rel(b, a)).toBe(flip(r));
  });
  it('labels', () => {
    expect(growthLabel(sig('ω(n)'))).toBe('ω(n)');
    expect(growthKey(sig('superlinear'))).toBe('omega(n)');
  });
});

describe('O* (exact algorithms: polynomial factors hidden)', () => {
  it.each([
    ['O^*(1.5^n)', 'less', 'O(2^n)'],
    ['O^*(2^n)', 'greater', 'O(n^5 2^n)'],
    ['O^{*}(2^n)', 'equal', '$O^{\\ast}(2^n)$'],
    ['O^*(n^2)', 'equal', 'poly(n)'],
  ] as [string, Relation, string][])('%s %s %s', (a, r, b) => {
    expect(rel(a, b)).toBe(r);
    expect(rel(b, a)).toBe(flip(r));
  });
  it('prints the star and keeps the base', () => {
    const r = parseBound('O^*(1.5^n)');
    expect(r.ok && [r.notation, r.canonical, r.latex, growthLabel(r.growth)]).toEqual(['O', 'O*(1.5^n)', 'O^{*}(1.5^{n})', '1.5^n poly(n)']);
  });
});
