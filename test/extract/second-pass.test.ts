// The patterns of the second accuracy pass, one table per field: class words far from their cost noun or modifying it,
// costs written without a symbol, the resource a data-structure bound quantifies, roles of earlier work, conditional
// lower bounds and questions, and TeX commands whose arguments are not variables.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.ts';

type Case = { s: string; text: string; notation?: string; resource?: string; role?: string; expr?: string };

function expectClaim(c: Case): void {
  const found = claimsOf(c.s).find((x) => x.text === c.text);
  expect(found, `no claim ${c.text} in: ${c.s}`).toBeDefined();
  if (!found) return;
  if (c.notation) expect(found.notation).toBe(c.notation);
  if (c.resource) expect(found.resource).toBe(c.resource);
  if (c.role) expect(found.role).toBe(c.role);
  if (c.expr) expect(found.expr).toBe(c.expr);
}

const PREFIX = 'We study a problem. ';

describe('class words', () => {
  it.each<Case>([
    { s: PREFIX + 'We prove an exponential lower bound for this family.', text: 'exponential', role: 'lower' },
    { s: PREFIX + 'We show a quasi-polynomial lower bound on the number of samples.', text: 'quasi-polynomial', resource: 'sample', role: 'lower' },
    { s: PREFIX + 'Our tester uses a number of queries that is polynomial in d.', text: 'polynomial', resource: 'query' },
    { s: PREFIX + 'With a number of iterations linear in the sample size, it achieves the rate.', text: 'linear', resource: 'iteration' },
    { s: PREFIX + 'We compute all distinct squares in time linear to the string length.', text: 'linear', resource: 'time' },
    { s: PREFIX + 'Only a constant number of extra comparisons is introduced.', text: 'constant', resource: 'time' },
    { s: PREFIX + 'Our main result shows that sublinear linearized regret is sufficient.', text: 'sublinear', resource: 'regret' },
    { s: PREFIX + 'Our codes have sub-logarithmic asymptotic redundancy.', text: 'sub-logarithmic', resource: 'space', expr: 'o(log n)' },
    { s: PREFIX + 'Fictitious play can take doubly exponential time to reach a Nash equilibrium.', text: 'doubly exponential', resource: 'iteration', role: 'lower' },
    { s: PREFIX + 'The algorithm needs a polynomial number of oracle calls.', text: 'polynomial', resource: 'query' },
    { s: PREFIX + 'The sample complexity depends logarithmically on the number of witnesses.', text: 'logarithmically', resource: 'sample' },
    { s: PREFIX + 'Bloom filters maintain constant membership query time.', text: 'constant', resource: 'query' },
    { s: PREFIX + 'Our algorithm is sub-quadratic in the size of the graph.', text: 'sub-quadratic', resource: 'time' },
    { s: PREFIX + 'We show that the problem does not admit a polynomial kernel.', text: 'polynomial', resource: 'space', role: 'lower' },
    { s: PREFIX + 'In this paper, we break the cubic barrier for this problem.', text: 'cubic', resource: 'time' },
  ])('$text in "$s"', (c) => expectClaim(c));

  it('licenses both classes of "constant or almost-constant time" as query time of access and select', () => {
    const c = claimsOf(PREFIX + 'Operations access and select on the index can be solved in constant or almost-constant time.');
    expect(c.map((x) => [x.text, x.resource])).toEqual([['constant', 'query'], ['almost-constant', 'query']]);
  });

  it.each([
    'We state the result for an arbitrary constant in $(0,1)$ here, with space to spare.',
    'The execution time increases only by a small factor that is logarithmic in the length.',
    'We deduce exponential lower bounds on the number of solutions.',
    'The universe size is close to quadratic in the number of elements.',
  ])('no class-word claim in "%s"', (s) => {
    expect(claimsOf(s).filter((c) => c.notation === 'verbal')).toEqual([]);
  });
});

describe('costs written without O, Ω or Θ', () => {
  it.each<Case>([
    { s: PREFIX + 'We show that with $k d \\log(1/\\delta)$ samples one can learn the class.', text: '$k d \\log(1/\\delta)$', notation: 'none', resource: 'sample' },
    { s: PREFIX + 'The algorithm sorts using $n^2 b / B$ I/Os in the worst case.', text: '$n^2 b / B$', resource: 'io' },
    { s: PREFIX + 'Any tester requires $2^{d}$ queries.', text: '$2^{d}$', resource: 'query' },
    { s: PREFIX + 'The estimator achieves error $\\epsilon \\sqrt{d}$ with high probability.', text: '$\\epsilon \\sqrt{d}$', resource: 'error' },
    { s: PREFIX + 'The sketch uses $\\mathcal{R}^{1/p} d$ rows.', text: '$\\mathcal{R}^{1/p} d$', resource: 'space' },
    { s: PREFIX + 'Our method needs $\\mathfrak{d}^2 k$ queries.', text: '$\\mathfrak{d}^2 k$', resource: 'query' },
    { s: PREFIX + 'Its information theoretic lower bound is $n$, and it is open.', text: '$n$', notation: 'none', role: 'lower' },
    { s: PREFIX + 'The structure uses $(1.5+\\epsilon)n$ words of working space.', text: '$(1.5+\\epsilon)n$', resource: 'space' },
    { s: PREFIX + 'We maintain a $(1+\\epsilon)f$-approximate set cover.', text: '$(1+\\epsilon)f$', resource: 'error' },
    { s: PREFIX + 'The learner needs d^2 samples.', text: 'd^2', resource: 'sample' },
    { s: PREFIX + 'FlashAttention computes attention using N^2d^2{M} I/O operations.', text: 'N^2d^2{M}', resource: 'io' },
  ])('$text in "$s"', (c) => expectClaim(c));

  it.each([
    'We learn from $n$ samples.',
    'The lower bound $\\beta_k^*$ is computable.',
    'We answer it with multiplicative error $(1+\\varepsilon)$ here.',
    'The edit distance is at least $n^{1-\\delta}$ for some $\\delta$.',
    'The competitive ratio of $\\frac{1}{2-\\alpha}$ is tight.',
  ])('no explicit claim in "%s"', (s) => {
    expect(claimsOf(s).filter((c) => c.notation === 'none')).toEqual([]);
  });
});

describe('resource: the noun each bound quantifies', () => {
  it.each<[string, string[]]>([
    ['We give an index of $O(n)$ words answering queries in $O(\\log n)$ time.', ['space', 'query']],
    ['Our structure uses $O(n)$ and $O(\\log n)$ space and query time, respectively.', ['space', 'query']],
    ['Our structure supports queries and updates in $O(\\log n)$ and $O(\\log^2 n)$ time, respectively.', ['query', 'update']],
    ['We give a dictionary supporting insertions/deletions/queries in $O(1)$ time.', ['time']],
    ['Our index supports access and rank on $T$ in $O(\\log \\sigma)$ time.', ['query']],
    ['Our index can be constructed in $O(n)$ time and answers queries in $O(1)$ time.', ['time', 'query']],
    ['Our protocol uses $O(\\log n)$ bits of communication.', ['communication']],
    ['After $\\mathcal{O}(k^5/\\varepsilon^2)$ rounds, the revenue of our dynamics is at least a constant.', ['iteration']],
    ['Our distributed protocol needs $O(\\log n)$ rounds.', ['communication']],
    ['We prove an $O(1/T)$ convergence rate for our method.', ['error']],
    ['Our greedy algorithm achieves $\\widetilde{O}(1/T)$ average regret.', ['regret']],
    ['Our estimator converges as $\\mathcal{O}(N^{-1/2})$ in the mean-field limit.', ['error']],
    ['We give codes correcting $t$ deletions with $t\\log n + O(1)$ bits of redundancy.', ['space']],
  ])('%s', (s, resources) => {
    expect(claimsOf(s).map((c) => c.resource)).toEqual(resources);
  });
});

describe('role', () => {
  it.each<Case>([
    { s: 'Kosaraju described a linear-time algorithm for computing squares. We give a new one.', text: 'linear', role: 'prior' },
    { s: 'We study it. For comparison, Knuth\'s coder uses $\\Theta(H)$ amortized time per character.', text: '$\\Theta(H)$', role: 'prior' },
    { s: 'We study it. Prior to our work, the previous best approximation ratio guaranteed by deterministic algorithms was $O(f^2)$.', text: '$O(f^2)$', role: 'prior' },
    { s: 'We study it. Online gradient ascent achieves $O(\\sqrt{TK})$ regret and strategic robustness [KSS24].', text: '$O(\\sqrt{TK})$', role: 'prior' },
    { s: 'We study it. Our algorithm runs in $O(n \\log n)$ time, matching the known lower bound.', text: '$O(n \\log n)$', role: 'result' },
    { s: 'We study it. We enumerate all of them in $O(n)$ time, which is optimal unless the output can be represented more compactly.', text: '$O(n)$', role: 'result' },
    { s: 'We study it. There is no $O(n^{2-\\varepsilon})$ algorithm unless SETH fails.', text: '$O(n^{2-\\varepsilon})$', role: 'lower' },
    { s: 'We study it. A widespread conjecture is that the problem requires $\\Omega(N^{2-\\epsilon})$ preprocessing time.', text: '$\\Omega(N^{2-\\epsilon})$', role: 'lower' },
    { s: 'We study it. Is there an $O(n)$ algorithm for this problem?', text: '$O(n)$', role: 'other' },
    { s: 'We study it. In this paper, we resolve this open question by devising an $\\widetilde{O}(T^{2/3})$-regret mechanism.', text: '$\\widetilde{O}(T^{2/3})$', role: 'result' },
    { s: 'We study it. We confirm this conjecture, improving the best known result of $O(n \\lg n)$ time to linear.', text: 'linear', role: 'result' },
    { s: 'We study it. We build on recent succinct representations to encode the model within $4m+o(m)$ bits.', text: '$4m+o(m)$', role: 'result' },
    { s: 'We study it. Other applications of this data structure include an $O(nz)$-time construction.', text: '$O(nz)$', role: 'result' },
    { s: 'We study it. We show that FTRL can take exponential time to converge.', text: 'exponential', role: 'lower' },
    { s: 'A hash table occupies linear space and answers each query in constant time. We give a smaller one.', text: 'linear', role: 'prior' },
  ])('$text in "$s"', (c) => expectClaim(c));
});

describe('TeX commands with arguments are not variables', () => {
  it.each<[string, string, string]>([
    ['We give an algorithm in $O(\\htmlClass{x}{n})$ time.', '$O(\\htmlClass{x}{n})$', 'n'],
    ['It takes $O(\\textcolor{red}{n^2} \\phantom{m})$ time.', '$O(\\textcolor{red}{n^2} \\phantom{m})$', 'n^2'],
    ['We get $\\htmlClass{x}{\\htmlId{y}{O(n)}}$ time.', '$\\htmlClass{x}{\\htmlId{y}{O(n)}}$', 'n'],
    ['It uses $O(\\rule{1em}{2em} n \\log n)$ space.', '$O(\\rule{1em}{2em} n \\log n)$', 'n log n'],
  ])('%s', (s, text, expr) => {
    const c = claimsOf(s).find((x) => x.text === text);
    expect(c?.expr).toBe(expr);
    expect(c?.notation).toBe('O');
    expect(c?.latex).not.toMatch(/htmlClass|textcolor|phantom|rule/);
  });
});
