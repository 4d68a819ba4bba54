// A claim's setting and the roles of hardness statements: what makes two bounds comparable (operation, model,
// variants, guarantee) and what a lower bound rests on (its condition), decided from the clause, sentence and title.
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';
import { approximationFactor } from '../../src/extract/setting.ts';
import type { Claim } from '../../src/extract/types.ts';

function claims(abstract: string, title = ''): Claim[] {
  return extractPaper({ id: 't', title, abstract, authors: [], year: null, url: null, source: { file: 't', line: null, record: 0 } }).claims;
}
function claim(abstract: string, text: string, title = ''): Claim {
  const c = claims(abstract, title).find((x) => x.text === text);
  if (!c) throw new Error(`no claim ${text} in ${abstract}`);
  return c;
}

describe('operation', () => {
  it('splits preprocessing from query time in one sentence', () => {
    const s = 'We can compute it exactly with $O(n \\log n)$ preprocessing and $O(k \\log n)$ query time.';
    expect(claim(s, '$O(n \\log n)$').setting.operation).toBe('preprocessing');
    expect(claim(s, '$O(k \\log n)$').setting.operation).toBe('query');
    expect(claim(s, '$O(k \\log n)$').setting.variants).toContain('with-preprocessing');
  });
  it('reads "preprocessing time X and query time Y" bound by bound', () => {
    const s = 'We approximate it with preprocessing time $\\tilde{O}(n^2)$ and query time $\\tilde{O}(n^{1.5})$.';
    expect(claim(s, '$\\tilde{O}(n^2)$').setting.operation).toBe('preprocessing');
    expect(claim(s, '$\\tilde{O}(n^{1.5})$').setting.operation).toBe('query');
  });
  it('keeps a whole computation "without preprocessing"', () => {
    expect(claim('We compute it without preprocessing in $O(n^2)$ time.', '$O(n^2)$').setting.operation).toBe('total');
  });
  it('is the whole computation by default', () => {
    const c = claim('We give an $O(n \\log n)$ time algorithm for sorting.', '$O(n \\log n)$');
    expect(c.setting).toEqual({ operation: 'total', model: 'word-ram', variants: [], guarantee: 'worst', condition: null });
  });
});

describe('model', () => {
  it('tells a quantum bound from the classical one it is compared with', () => {
    const s = 'We give a quantum algorithm running in $O(n^{1.5})$ time, while the best classical algorithm takes $O(n^2)$ time.';
    expect(claim(s, '$O(n^{1.5})$').setting.model).toBe('quantum');
    expect(claim(s, '$O(n^2)$').setting.model).toBe('word-ram');
  });
  it('takes the title model for the paper\'s own results, not for earlier work', () => {
    const t = 'Quantum Algorithms for Edit Distance';
    const s = 'Edit distance can be solved in $O(n^2/w)$ time by bit-parallelism [12]. We obtain an $O(n^{1.5})$ time algorithm.';
    expect(claim(s, '$O(n^{1.5})$', t).setting.model).toBe('quantum');
    expect(claim(s, '$O(n^2/w)$', t).setting.model).toBe('word-ram');
  });
  it('reads external memory from I/Os and streaming from passes', () => {
    expect(claim('Our algorithm performs $O(n/B)$ I/Os.', '$O(n/B)$').setting.model).toBe('external-memory');
    expect(claim('It uses $O(\\log n)$ space in a single pass over the stream.', '$O(\\log n)$').setting.model).toBe('streaming');
  });
});

describe('variants', () => {
  it('marks approximations with their factor', () => {
    const c = claim('We approximate the edit distance within a factor of $3$ in $O(n^{1.8})$ time.', '$O(n^{1.8})$');
    expect(c.setting.variants).toEqual(['approximate:3']);
  });
  it('lets "exactly" cancel the approximation of the title', () => {
    const t = 'Approximating Edit Distance';
    expect(claim('We compute it exactly in $O(n^2)$ time.', '$O(n^2)$', t).setting.variants).toEqual([]);
    expect(claim('We compute it in $O(n^{1.9})$ time.', '$O(n^{1.9})$', t).setting.variants).toEqual(['approximate']);
  });
  it('never reads "approximate pattern matching" (matching with errors) or "dynamic programming" as a variant', () => {
    expect(claim('Approximate pattern matching takes $O(nk)$ time.', '$O(nk)$').setting.variants).toEqual([]);
    expect(claim('A dynamic programming algorithm takes $O(n^2)$ time.', '$O(n^2)$').setting.variants).toEqual([]);
  });
  it('reads input classes and several inputs', () => {
    expect(claim('For two permutations we compute the LCS in $O(n \\log \\log n)$ time.', '$O(n \\log \\log n)$').setting.variants).toEqual(['input:permutations']);
    expect(claim('The LCS of $k$ strings cannot be computed in $O(n^{k-\\epsilon})$ time under SETH.', '$O(n^{k-\\epsilon})$').setting.variants).toEqual(['input:multiple']);
  });
  it('lets "static" cancel the dynamic title for a bound of the static version', () => {
    expect(claim('For the static version we give an $O(n)$ time algorithm.', '$O(n)$', 'Dynamic Suffix Arrays').setting.variants).toEqual([]);
  });
});

describe('guarantee', () => {
  it.each([
    ['Our algorithm runs in $O(n)$ expected time.', 'expected'],
    ['Updates take $O(\\log n)$ amortized time.', 'amortized'],
    ['The randomized algorithm succeeds with high probability in $O(n)$ time.', 'whp'],
    ['A randomized algorithm runs in $O(n)$ time.', 'expected'],
    ['It runs in $O(n)$ time in the worst case.', 'worst'],
  ])('%s → %s', (s, g) => {
    expect(claims(s)[0].setting.guarantee).toBe(g);
  });
});

describe('hardness statements are lower bounds, with their condition', () => {
  it.each([
    ['Edit distance cannot be computed in $O(n^{2-\\epsilon})$ time unless SETH fails.', '$O(n^{2-\\epsilon})$', 'SETH'],
    ['We show that no $O(n^{2-\\epsilon})$-time algorithm for LCS exists, since such an algorithm would refute SETH.', '$O(n^{2-\\epsilon})$', 'SETH'],
    ['A truly subcubic $O(n^{3-\\varepsilon})$ time algorithm for tree edit distance is unlikely, assuming the APSP conjecture.', '$O(n^{3-\\varepsilon})$', 'APSP'],
    ['We prove that, conditioned on the strong 3SUM conjecture, one cannot achieve $k^{1-\\Omega(1)}$ time for all operations.', '$k^{1-\\Omega(1)}$', '3SUM'],
    ['We prove 3SUM-hardness (no strongly subquadratic-time algorithm, assuming the 3SUM conjecture) of several problems.', 'strongly subquadratic', '3SUM'],
    ['Exact computation of LCS of $m$ sequences requires $\\Theta(n^m)$ time unless the Strong Exponential Time Hypothesis is false.', '$\\Theta(n^m)$', 'SETH'],
    ['Any randomized constant-approximate algorithm requires linear space.', 'linear', 'unconditional'],
  ])('%s', (s, text, condition) => {
    const c = claim(s, text);
    expect(c.role).toBe('lower');
    expect(c.setting.condition).toBe(condition);
  });

  it('takes the hypothesis of the previous sentence when the sentence names none', () => {
    const s = 'Our reductions assume the Strong Exponential Time Hypothesis. Under this assumption, LCS cannot be solved in $O(n^{2-\\epsilon})$ time.';
    expect(claim(s, '$O(n^{2-\\epsilon})$').setting.condition).toBe('SETH');
  });

  it('keeps an upper bound said to be optimal or tight as an upper bound', () => {
    expect(claim('The exact edit distance can be maintained in $\\tilde{O}(n)$ time per update (Charalampopoulos, Kociumaka, Mozes; 2020), which is again tight assuming SETH.', '$\\tilde{O}(n)$').role).not.toBe('lower');
    expect(claim('Our algorithm runs in $O(n)$ time, which is optimal unless all the palindromes can be found faster.', '$O(n)$').role).toBe('result');
  });

  it('keeps a conjecture someone "conjectured" a conjecture, and the known upper bound beside a hardness clause an upper bound', () => {
    expect(claim('Goldstein et al. conjectured that there is no algorithm for 3SUM-Indexing which uses $n^{2-\\Omega(1)}$ space.', '$n^{2-\\Omega(1)}$').role).toBe('other');
    expect(claim('The standard algorithm for DTW takes $O(n^2)$ time, and there are conditional lower bounds showing that no algorithm can do substantially better.', '$O(n^2)$').role).toBe('prior');
    expect(claim('While hash tables perform point search with O(1) time, they cannot be used for range queries.', 'O(1)').role).not.toBe('lower');
  });
});

describe('approximationFactor', () => {
  it.each([
    ['a $(1+\\epsilon)$-approximation in linear time', '(1+\\epsilon)'],
    ['within a factor of $3$', '3'],
    ['a constant-factor approximation', 'constant'],
    ['an $n^{o(1)}$-factor approximation to LCS', 'n^{o(1)}'],
    ['an algorithm for it', null],
  ])('%s → %s', (s, f) => {
    expect(approximationFactor(s)).toBe(f);
  });
});
