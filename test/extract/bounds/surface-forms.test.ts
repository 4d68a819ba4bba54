// Table-driven tests of parseBound over the three surface forms (LaTeX, plain/Unicode, LaTeX with
// lost backslashes) and the verbal classes: notation, soft, expr (gold-dev README §4) and printers.
import { describe, expect, it } from 'vitest';
import { growthLabel, parseBound, parseVerbalClass, type ParsedBound } from '../../../src/extract/bounds/index.ts';

type Case = [input: string, notation: ParsedBound['notation'], soft: boolean, expr: string];

const LATEX: Case[] = [
  ['\\tilde{O}(m\\sqrt{n})', 'O', true, 'm sqrt(n)'],
  ['$\\mathcal{O}(n\\log n)$', 'O', false, 'n log n'],
  ['\\(\\Omega(n^{2-o(1)})\\)', 'Omega', false, 'n^(2-o(1))'],
  ['$\\Theta(\\log^2 n)$', 'Theta', false, 'log^2 n'],
  ['$O(n^{\\omega})$', 'O', false, 'n^omega'],
  ['$\\widetilde{O}(\\varepsilon^{-2}\\sqrt{n})$', 'O', true, 'eps^-2 sqrt(n)'],
  ['$O(\\operatorname{poly}(n))$', 'O', false, 'poly(n)'],
  ['$O(k \\log^{k} d \\, \\mathrm{polylog} \\, m)$', 'O', false, 'k log^k d polylog(m)'],
  ['$\\mathcal{O}(\\frac{1}{\\epsilon}n)$', 'O', false, '(1 / eps) n'],
  ['$\\Omega(\\sqrt[3]{\\log n})$', 'Omega', false, '(log n)^(1/3)'],
  ['$O\\big(n \\cdot m\\big)$', 'O', false, 'n m'],
  ['$O \\left(\\frac{\\log n}{\\alpha \\log \\log n} \\right)$', 'O', false, 'log n / (alpha log log n)'],
  ['$O(\\lg n)$', 'O', false, 'log n'],
  ['$O(|E| \\log |V|)$', 'O', false, '|E| log |V|'],
  ['$nH_k+ o(n\\lg \\sigma)$', 'none', false, 'n H_k + o(n log sigma)'],
  ['$O(c \\sqrt{\\lg n} + m \\lg m \\lg n \\lg^* n)$', 'O', false, 'c sqrt(log n) + m log m log n log* n'],
  ['$O\\left(\\log{n} \\cdot 2^{\\log^{\\ast}{n}} \\cdot \\log^{\\ast}{n}\\right)$', 'O', false, 'log n 2^(log* n) log* n'],
  ['$2\\lceil\\log_2\\log_2 n\\rceil + O(\\ell^2)$', 'none', false, '2 ceil(log2 log2 n) + O(l^2)'],
  ['$\\textrm{O}(n)$', 'O', false, 'n'],
  // authors' own macros with a braced argument
  ['$\\bigO{Ln}$', 'O', false, 'L n'],
  ['$\\Oh{n^2}$', 'O', false, 'n^2'],
  ['$\\tO{m\\sqrt{n}}$', 'O', true, 'm sqrt(n)'],
  ['$\\bigOmega{n \\log n}$', 'Omega', false, 'n log n'],
  ['$\\smash{\\tilde{O}(dH^2\\sqrt{T})}$', 'O', true, 'd H^2 sqrt(T)'],
  ['$O(n\\,\\log n)$', 'O', false, 'n log n'],
  ['$\\sigma + O(1)$', 'none', false, 'sigma + O(1)'],
  ['$\\Omega(n^{\\frac{5}4})$', 'Omega', false, 'n^(5/4)'],
  ['$O((\\frac{n}{\\log n})^{\\frac{2}{3}})$', 'O', false, '(n / log n)^(2/3)'],
  ['$O(m+(occ+1)\\log^\\epsilon n)$', 'O', false, 'm + (occ + 1) log^eps n'],
  ['$\\omega(n)$', 'omega', false, 'n'],
  ['$o(n)$', 'o', false, 'n'],
  ['$O(n^2 / \\log^a{n})$', 'O', false, 'n^2 / log^a n'],
  ['$(1+o(1))r|S|$', 'none', false, '(1 + o(1)) r |S|'],
];

const PLAIN: Case[] = [
  ['O(n log n)', 'O', false, 'n log n'],
  ['O(nlogn)', 'O', false, 'n log n'],
  ['Õ(n²)', 'O', true, 'n^2'],
  ['Ω(ε⁻⁴)', 'Omega', false, 'eps^-4'],
  ['Θ(√n)', 'Theta', false, 'sqrt(n)'],
  ['O(n^1.5)', 'O', false, 'n^1.5'],
  ['O(poly(log n))', 'O', false, 'poly(log n)'],
  ['O(VE + V^2LogU)', 'O', false, 'V E + V^2 log U'],
  ['2^{O(k)} n', 'none', false, '2^O(k) n'],
  ['n·exp(O(√log n))', 'none', false, 'n exp(O(sqrt(log n)))'],
  ['O(TW)', 'O', false, 'T W'],
  ['O(nm)', 'O', false, 'n m'],
  ['O(lg n / lglg n)', 'O', false, 'log n / log log n'],
  ['o(lg n / lglg n)', 'o', false, 'log n / log log n'],
  ['O(alpha(n))', 'O', false, 'alpha(n)'],
  ['O(lg n * poly(lglg n))', 'O', false, 'log n poly(log log n)'],
  ['~O(n)', 'O', true, 'n'],
  ['O(1/eps)', 'O', false, '1 / eps'],
  ['O(n^{1/3})', 'O', false, 'n^(1/3)'],
  ['O (n logn)', 'O', false, 'n log n'],
  ['Θ(n³)', 'Theta', false, 'n^3'],
  ['n log n', 'none', false, 'n log n'],
  ['O(n!)', 'O', false, 'n!'],
];

const STRIPPED: Case[] = [
  ['widetilde O(|Omega| k)', 'O', true, '|Omega| k'],
  ['mathcal{O}(d^k)', 'O', false, 'd^k'],
  ['Omega(sqrt[3]{log n})', 'Omega', false, '(log n)^(1/3)'],
  ['Obig(n+nk{m}big)', 'O', false, 'n + n k / m'],
  ['tilde O( d^2varepsilon^{-2})', 'O', true, 'd^2 eps^-2'],
  ['mathcal{O}( n + nLvarepsilon^{-1})', 'O', false, 'n + n L eps^-1'],
  ['n^{1+o(1)}', 'none', false, 'n^(1+o(1))'],
  ['n^{3-o(1)}', 'none', false, 'n^(3-o(1))'],
  ['Theta(nlog n)', 'Theta', false, 'n log n'],
  ['O(sqrt{n}log n)', 'O', false, 'sqrt(n) log n'],
  ['mathcal{O}(frac{n}{b})', 'O', false, 'n / b'],
];

describe('parseBound: real LaTeX', () => {
  it.each(LATEX)('%s', (input, notation, soft, expr) => {
    const r = parseBound(input);
    expect(r.ok, r.ok ? '' : r.reason).toBe(true);
    if (!r.ok) return;
    expect({ notation: r.notation, soft: r.soft, expr: r.expr }).toEqual({ notation, soft, expr });
    expect(r.input).toBe(input);
  });
});

describe('parseBound: plain text and Unicode', () => {
  it.each(PLAIN)('%s', (input, notation, soft, expr) => {
    const r = parseBound(input);
    expect(r.ok, r.ok ? '' : r.reason).toBe(true);
    if (!r.ok) return;
    expect({ notation: r.notation, soft: r.soft, expr: r.expr }).toEqual({ notation, soft, expr });
  });
});

describe('parseBound: LaTeX whose backslashes were lost', () => {
  it.each(STRIPPED)('%s', (input, notation, soft, expr) => {
    const r = parseBound(input);
    expect(r.ok, r.ok ? '' : r.reason).toBe(true);
    if (!r.ok) return;
    expect({ notation: r.notation, soft: r.soft, expr: r.expr }).toEqual({ notation, soft, expr });
  });
});

describe('printers', () => {
  const cases: [string, string, string][] = [
    ['widetilde O(|Omega| k)', 'Õ(|Ω| k)', '\\tilde{O}(|\\Omega| k)'],
    ['Ω(ε⁻⁴)', 'Ω(ε⁻⁴)', '\\Omega(\\varepsilon^{-4})'],
    ['$O(n\\log n)$', 'O(n log n)', 'O(n \\log n)'],
    ['$\\Theta(\\frac{n}{\\log n})$', 'Θ(n / log n)', '\\Theta\\left(\\frac{n}{\\log n}\\right)'],
    ['n^{1-o(1)}', 'n^(1-o(1))', 'n^{1 - o(1)}'],
    ['Θ(√n)', 'Θ(√n)', '\\Theta(\\sqrt{n})'],
    ['O(m+occ)', 'O(m + occ)', 'O(m + \\mathrm{occ})'],
    ['$O(\\lg^* n)$', 'O(log* n)', 'O(\\log^{*} n)'],
  ];
  it.each(cases)('%s → %s / %s', (input, canonical, latex) => {
    const r = parseBound(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.canonical).toBe(canonical);
    expect(r.latex).toBe(latex);
  });
});

describe('parseVerbalClass', () => {
  const cases: [string, string, string][] = [
    ['constant', '1', '1'],
    ['logarithmic', 'log n', 'log n'],
    ['polylogarithmic', 'polylog(n)', 'polylog(n)'],
    ['sublinear', 'o(n)', 'o(n)'],
    ['linear', 'n', 'n'],
    ['linearly', 'n', 'n'],
    ['nearly linear', 'n polylog(n)', 'n polylog(n)'],
    ['near-linear', 'n polylog(n)', 'n polylog(n)'],
    ['near linearly', 'n polylog(n)', 'n polylog(n)'],
    ['quasi-linear', 'n polylog(n)', 'n polylog(n)'],
    ['almost linear', 'n^(1+o(1))', 'n^(1+o(1))'],
    ['n log n', 'n log n', 'n log n'],
    ['linearithmic', 'n log n', 'n log n'],
    ['subquadratic', 'o(n^2)', 'o(n²)'],
    ['sub-quadratic', 'o(n^2)', 'o(n²)'],
    ['Quadratic', 'n^2', 'n²'],
    ['quadratically', 'n^2', 'n²'],
    ['cubic', 'n^3', 'n³'],
    ['sub-cubic', 'o(n^3)', 'o(n³)'],
    ['true sub-cubic', 'n^(3-eps)', 'n^(3-δ)'],
    ['truly subcubic', 'n^(3-eps)', 'n^(3-δ)'],
    ['polynomial', 'poly(n)', 'poly(n)'],
    ['quasi-polynomial', '2^polylog(n)', '2^O(polylog(n))'],
    ['subexponential', '2^o(n)', '2^O(o(n))'],
    ['exponential', '2^O(n)', '2^O(n)'],
    ['superlinear', 'omega(n)', 'ω(n)'],
    ['nearly linear time', 'n polylog(n)', 'n polylog(n)'],
  ];
  it.each(cases)('%s', (words, expr, label) => {
    const r = parseVerbalClass(words);
    expect(r).not.toBeNull();
    if (!r) return;
    expect(r.notation).toBe('verbal');
    expect(r.soft).toBe(false);
    expect(r.expr).toBe(expr);
    expect(growthLabel(r.growth)).toBe(label);
    expect(r.input).toBe(words);
  });
  it.each(['quadratic programming', 'linear regression', 'time', '', 'polynomially many', 'x'.repeat(5000)])('not a class: %s', (w) => {
    expect(parseVerbalClass(w)).toBeNull();
  });
  it('parseBound also reads a class word', () => {
    const r = parseBound('sub-quadratic');
    expect(r.ok && r.notation).toBe('verbal');
  });
});
