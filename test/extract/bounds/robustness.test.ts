// The parser never throws and stays linear: unparsed inputs, adversarial strings (100 KB of O(O(O(,
// deep braces, long ^{ runs, random Unicode) and fast-check properties over random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGrowth, growthKey, growthLabel, parseBound, parseVerbalClass } from '../../../src/extract/bounds/index.ts';
import { ADVERSARIAL } from '../../../scripts/bench/parser.ts';

describe('unparsed inputs keep the raw text and a reason', () => {
  it.each([
    ['', 'empty'],
    ['$$', 'empty'],
    ['O(', 'end'],
    ['O(n) m)', "unexpected ')'"],
    ['O(n))', "unexpected ')'"],
    ['garbage ((', 'word'],
    ['Varies by codebook structure', ''],
    ['$O(n)$ [pre-processing]', "unexpected '['"],
    ['O(n) ~ O(m)', "unexpected '~'"],
    ['m = O(n log n)', "unexpected '='"],
    ['\\sum_{i} x_i', 'unsupported command \\sum'],
    ['O(n \\cdots m)', 'ellipsis'],
    ['O(log)', 'without an argument'],
    ['42', 'no variable'],
    ['x'.repeat(2001), 'longer than 2000'],
  ])('%j', (input, reason) => {
    const r = parseBound(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.input).toBe(input);
    expect(r.reason).toContain(reason);
    expect(r.reason.length).toBeGreaterThan(0);
  });
  it('a closer missing at the very end is tolerated (a typo in the source), not in the middle', () => {
    const r = parseBound('$\\Omega(\\min(\\log n,\\log ({x_{max}\\over x_{min}}))$');
    expect(r.ok && r.notation).toBe('Omega');
    expect(r.ok && r.expr).toBe('min(log n, log(x_max / x_min))');
    expect(parseBound('O(n log(m + k').ok).toBe(true);
    expect(parseBound('O(n + * m').ok).toBe(false);
  });
  it('{+} is a plain operator', () => {
    const r = parseBound('$O(n{+}m)$');
    expect(r.ok && r.expr).toBe('n + m');
  });
  it('Varies by codebook structure: reason is not empty', () => {
    const r = parseBound('Varies by codebook structure');
    expect(r.ok ? 'ok' : r.reason).not.toBe('ok');
  });
});

describe('adversarial inputs', () => {
  const HUGE = 100_000;
  it.each(Object.keys(ADVERSARIAL))('%s: 100 KB never throws and is refused fast under the default cap', (name) => {
    const s = ADVERSARIAL[name](HUGE);
    const t = performance.now();
    const r = parseBound(s);
    expect(performance.now() - t).toBeLessThan(50);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('longer than');
  });
  it.each(Object.keys(ADVERSARIAL))('%s: 100 KB with the cap lifted never throws and finishes in seconds, not minutes', (name) => {
    const s = ADVERSARIAL[name](HUGE);
    const t = performance.now();
    const r = parseBound(s, { maxLength: Infinity });
    // generous: the CI machine is shared; catastrophic backtracking would take minutes
    expect(performance.now() - t).toBeLessThan(15_000);
    expect(typeof r.ok).toBe('boolean');
    if (r.ok) { expect(typeof growthKey(r.growth)).toBe('string'); expect(typeof r.latex).toBe('string'); }
  });
  it('just under the cap: 1,999 chars of every family parse or fail quickly', () => {
    for (const gen of Object.values(ADVERSARIAL)) {
      const s = gen(1999);
      const t = performance.now();
      parseBound(s);
      expect(performance.now() - t).toBeLessThan(3_000);
    }
  });
});

const MATHY = fc.constantFrom(
  'O', 'o', 'Ω', 'Θ', 'Õ', '\\tilde', '\\widetilde', '{', '}', '(', ')', '[', ']', '^', '_', '|', '+', '-', '*', '/',
  'n', 'm', 'k', 'log', 'lg', 'loglog', 'sqrt', '\\sqrt', '\\frac', 'frac', 'poly', 'polylog', 'exp', 'min', 'max',
  '\\log', '\\epsilon', 'varepsilon', 'eps', 'ε', '⁻', '²', '√', '1', '2', '0.5', ' ', '$', '\\left(', '\\right)',
  'big', '\\big', 'mathcal', '\\mathcal{O}', 'Omega', 'omega', '\\omega', 'o(1)', ',', '!', '~', '\\,', '\\lceil',
  '\\rceil', '*', '\\ast', 'alpha', 'H_k', '\\', '\\over', '\\operatorname{poly}', '\\mathrm{polylog}', '\\lg^*',
);

describe('properties (fast-check)', () => {
  it('never throws on random strings; results are well formed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const r = parseBound(s);
      expect(r.input).toBe(s);
      if (r.ok) { expect(typeof r.expr).toBe('string'); growthKey(r.growth); growthLabel(r.growth); }
      else expect(r.reason.length).toBeGreaterThan(0);
      parseVerbalClass(s);
    }), { numRuns: 800, seed: 42 });
  });
  it('never throws on random Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
      const r = parseBound(s);
      expect(r.input).toBe(s);
    }), { numRuns: 500, seed: 7 });
  });
  it('never throws on random math-like token soups; parsed bounds compare reflexively equal', () => {
    fc.assert(fc.property(fc.array(MATHY, { maxLength: 60 }), (parts) => {
      const s = parts.join('');
      const r = parseBound(s);
      if (r.ok) {
        expect(compareGrowth(r.growth, r.growth)).toBe('equal');
        const again = parseBound(s);
        expect(again.ok && growthKey(again.growth)).toBe(growthKey(r.growth));
      }
    }), { numRuns: 1500, seed: 3 });
  });
  it('compareGrowth is antisymmetric on parsed token soups', () => {
    const flip = { less: 'greater', greater: 'less', equal: 'equal', incomparable: 'incomparable' } as const;
    fc.assert(fc.property(fc.array(MATHY, { maxLength: 30 }), fc.array(MATHY, { maxLength: 30 }), (a, b) => {
      const x = parseBound(a.join('')), y = parseBound(b.join(''));
      if (!x.ok || !y.ok) return;
      expect(compareGrowth(y.growth, x.growth)).toBe(flip[compareGrowth(x.growth, y.growth)]);
    }), { numRuns: 1500, seed: 11 });
  });
  it('equal keys for equal growth on parsed token soups', () => {
    fc.assert(fc.property(fc.array(MATHY, { maxLength: 30 }), fc.array(MATHY, { maxLength: 30 }), (a, b) => {
      const x = parseBound(a.join('')), y = parseBound(b.join(''));
      if (!x.ok || !y.ok) return;
      if (compareGrowth(x.growth, y.growth) === 'equal') expect(growthKey(x.growth)).toBe(growthKey(y.growth));
    }), { numRuns: 1500, seed: 5 });
  });
});
