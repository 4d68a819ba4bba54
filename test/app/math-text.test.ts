// Math in text from papers: finding $…$ spans, and LaTeX → plain text for canvas labels and tooltips.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanBareCommands, latexToPlain, mathSpans, splitMath, texToPlain } from '../../src/app/text/math-text.ts';

describe('splitMath', () => {
  it('cuts a text into plain and math pieces that cover it exactly', () => {
    expect(splitMath('On the $k$-Hamming and \\(k\\)-Edit, $$d$$')).toEqual([
      { kind: 'text', value: 'On the ', start: 0, end: 7 },
      { kind: 'math', value: 'k', start: 7, end: 10 },
      { kind: 'text', value: '-Hamming and ', start: 10, end: 23 },
      { kind: 'math', value: 'k', start: 23, end: 28 },
      { kind: 'text', value: '-Edit, ', start: 28, end: 35 },
      { kind: 'math', value: 'd', start: 35, end: 40 },
    ]);
  });
  it.each([
    ['an unclosed dollar stays text', 'costs $5 today', []],
    ['an escaped dollar is no delimiter', 'costs \\$5 and \\$6', []],
    ['an empty pair is no math', 'a $$ b', []],
    ['a span past 600 characters is no math', `$${'x'.repeat(700)}$`, []],
  ])('%s', (_name, text, spans) => {
    expect(mathSpans(text)).toEqual(spans);
  });
  it('never loses text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 120 }), (t) => {
      expect(splitMath(t).map((p) => t.slice(p.start, p.end)).join('')).toBe(t);
    }), { numRuns: 400 });
  });
});

describe('LaTeX to plain text', () => {
  it.each([
    ['$\\mathcal{O}(mn\\log(mn))$', 'O(mn log(mn))'],
    ['$k$-Hamming distance', 'k-Hamming distance'],
    ['Beating the $\\sqrt{n}$ Barrier', 'Beating the √n Barrier'],
    ['$\\tilde{O}(n^{2-\\epsilon})$', 'Õ(n^(2-ε))'],
    ['$\\widetilde O(|\\Omega| k)$', 'Õ(|Ω| k)'],
    ['$O\\left(\\frac{n^2}{\\log^2 n}\\right)$', 'O(n²/(log² n))'],
    ['$x_{i}^2$ and $\\mathbb{R}^d$', 'xᵢ² and ℝᵈ'],
    ['$(1+\\varepsilon)$-approximation', '(1+ε)-approximation'],
    ['$O(n^{1.5}\\sqrt{\\log n})$', 'O(n^(1.5)√(log n))'],
    ['A Practical O(R\\log\\log n+n) time', 'A Practical O(R log log n+n) time'],
    ['costs \\$5', 'costs $5'],
  ])('%s → %s', (tex, plain) => {
    expect(texToPlain(tex)).toBe(plain);
  });
  it('drops what plain text never shows: macro definitions, rules, links, html commands', () => {
    expect(latexToPlain('\\def\\a{\\a\\a}\\a')).toBe('a');
    expect(latexToPlain('O(\\rule{100000em}{100000em} n)')).toBe('O( n)');
    expect(latexToPlain('\\href{javascript:alert(1)}{O(n)}')).toBe('O(n)');
    expect(latexToPlain('\\htmlClass{x}{O(n)}')).toBe('O(n)');
  });
  it('leaves unknown commands with arguments alone outside math', () => {
    expect(cleanBareCommands('\\rule{1}{2} and \\alpha')).toBe('\\rule{1}{2} and α');
  });
  it('terminates quickly on any input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (t) => { texToPlain(t); latexToPlain(t); }), { numRuns: 400 });
    const deep = `${'\\frac{'.repeat(3000)}x${'}'.repeat(3000)}`;
    const t0 = performance.now();
    latexToPlain(deep);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
