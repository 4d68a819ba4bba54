// Table-driven tests of the claims extractor: spans, notations, resources, roles and non-claim traps.
import { describe, expect, it } from 'vitest';
import { claimsOf, traceOf } from './helpers.ts';

type Case = { s: string; text: string; notation?: string; resource?: string; role?: string; soft?: boolean };

const CLAIMS: Case[] = [
  // notations and spans
  { s: 'We give an algorithm running in $O(n \\log n)$ time.', text: '$O(n \\log n)$', notation: 'O', resource: 'time', role: 'result' },
  { s: 'Our algorithm runs in widetilde O(|Omega| k) time.', text: 'widetilde O(|Omega| k)', notation: 'O', soft: true },
  { s: 'We prove an $\\Omega(n^{2-o(1)})$ lower bound for this problem.', text: '$\\Omega(n^{2-o(1)})$', notation: 'Omega', role: 'lower' },
  { s: 'The method uses $\\Theta(\\log^2 n)$ bits of memory.', text: '$\\Theta(\\log^2 n)$', notation: 'Theta', resource: 'space' },
  { s: 'Our structure uses $o(n)$ bits.', text: '$o(n)$', notation: 'o', resource: 'space' },
  { s: 'We achieve Õ(n²) time.', text: 'Õ(n²)', notation: 'O', soft: true },
  { s: 'We solve it in Ω(ε⁻⁴) queries.', text: 'Ω(ε⁻⁴)', notation: 'Omega', resource: 'query' },
  { s: 'We get an algorithm with mathcal{O}( n + nLvarepsilon^{-1}) complexity.', text: 'mathcal{O}( n + nLvarepsilon^{-1})', notation: 'O' },
  { s: 'Our bound is Obig(n+nk{m}big) time.', text: 'Obig(n+nk{m}big)', notation: 'O' },
  { s: 'We compute it in n^{1+o(1)} time.', text: 'n^{1+o(1)}', notation: 'none', resource: 'time' },
  { s: 'The algorithm takes $2^{O(k)} n$ time.', text: '$2^{O(k)} n$', notation: 'none' },
  { s: 'We sort them in n log n time.', text: 'n log n', notation: 'none' },
  { s: 'The lower bound for both tasks is $r|S|$ bits.', text: '$r|S|$', notation: 'none', resource: 'space', role: 'lower' },
  { s: 'It uses $nH_k+ o(n\\lg \\sigma)$ bits.', text: '$nH_k+ o(n\\lg \\sigma)$', notation: 'none', resource: 'space' },
  { s: 'We show a construction in $O(n^2)$-time.', text: '$O(n^2)$', notation: 'O' },
  { s: 'The redundancy is $r=\\tilde{O}(n/\\sqrt{t})$ bits.', text: '\\tilde{O}(n/\\sqrt{t})', notation: 'O', resource: 'space' },
  // verbal
  { s: 'We present a nearly linear time algorithm.', text: 'nearly linear', notation: 'verbal', resource: 'time' },
  { s: 'We give the first truly sub-cubic algorithm.', text: 'truly sub-cubic', notation: 'verbal' },
  { s: 'Our attention scales linearly with sequence length.', text: 'linearly', notation: 'verbal', role: 'result' },
  { s: 'Their memory requirements grow quadratically with the number of images.', text: 'quadratically', notation: 'verbal', resource: 'space', role: 'prior' },
  { s: 'We obtain linear-time algorithms.', text: 'linear', notation: 'verbal' },
  { s: 'Transformers suffer from quadratic memory and computation costs.', text: 'quadratic', notation: 'verbal', resource: 'space', role: 'prior' },
  { s: 'We maintain the solution with polylogarithmic update time.', text: 'polylogarithmic', resource: 'update' },
  { s: 'The execution time of this program is quadratic with respect to the length.', text: 'quadratic', notation: 'verbal' },
  { s: 'The standard approach needs sub-quadratic memory.', text: 'sub-quadratic', resource: 'space', role: 'prior' },
  { s: 'We learn with a polynomial number of samples.', text: 'polynomial', resource: 'sample' },
  // resources
  { s: 'The index answers queries in $O(\\log n)$ query time.', text: '$O(\\log n)$', resource: 'query' },
  { s: 'Each insertion takes $O(1)$ update time.', text: '$O(1)$', resource: 'update' },
  { s: 'We prove a regret of $\\tilde{O}(\\sqrt{T})$.', text: '$\\tilde{O}(\\sqrt{T})$', resource: 'regret' },
  { s: 'The protocol uses $O(\\log n)$ rounds.', text: '$O(\\log n)$', resource: 'communication' },
  { s: 'The algorithm performs $O(N/B)$ I/Os.', text: '$O(N/B)$', resource: 'io' },
  { s: 'Our method converges in $O(1/\\epsilon)$ iterations.', text: '$O(1/\\epsilon)$', resource: 'iteration' },
  { s: 'We need $O(d/\\epsilon^2)$ samples.', text: '$O(d/\\epsilon^2)$', resource: 'sample' },
  { s: 'We find an $O(\\varepsilon)$-optimal solution.', text: '$O(\\varepsilon)$', resource: 'error' },
  { s: 'We give an $O(\\log n)$-approximation.', text: '$O(\\log n)$', resource: 'error' },
  { s: 'It reduces the time complexity from O(T^2) to O(T log T) and the space complexity from O(T^2) to O(T).', text: 'O(T)', resource: 'space', role: 'result' },
  // roles
  { s: 'This improves upon the previous $O(n^2)$ bound.', text: '$O(n^2)$', role: 'prior' },
  { s: 'We beat the decades-old $O(nm\\log m)$ running time.', text: '$O(nm\\log m)$', role: 'prior' },
  { s: 'Existing methods need $O(n^3)$ time.', text: '$O(n^3)$', role: 'prior' },
  { s: 'No algorithm can run in $O(n^{2-\\epsilon})$ time unless SETH fails.', text: '$O(n^{2-\\epsilon})$', role: 'lower' },
  { s: 'Does any sub-quadratic algorithm exist?', text: 'sub-quadratic', role: 'other' },
  { s: 'We conjecture that there exists a linear-time algorithm.', text: 'linear', role: 'other' },
  { s: 'Any such structure requires at least $\\Omega(n)$ space.', text: '$\\Omega(n)$', role: 'lower' },
  // scraped and glued symbol forms
  { s: 'It computes the DFT in time {O}(Klog K) by taking {O}(K) noiseless samples.', text: '{O}(K)', notation: 'O', resource: 'sample' },
  { s: 'prior work required a sample size of widetildeTheta(d^4).', text: 'widetildeTheta(d^4)', notation: 'Theta', soft: true, resource: 'sample', role: 'prior' },
  { s: 'We present the first $\\mathrm{o}(n)$-space algorithm.', text: '$\\mathrm{o}(n)$', notation: 'o', resource: 'space' },
  // explicit costs without a symbol
  { s: 'Its query complexity is bounded by poly(log(n),log(k),epsilon^{-1}).', text: 'poly(log(n),log(k),epsilon^{-1})', notation: 'none', resource: 'query' },
  { s: 'A degraded solution can be learned within poly(d/varepsilon) queries.', text: 'poly(d/varepsilon)', notation: 'none', resource: 'query' },
  { s: 'This improves the previous best $n^{O(w)}$ algorithm.', text: '$n^{O(w)}$', notation: 'none', role: 'prior' },
  { s: 'There is no algorithm that runs faster than n^{3-o(1)} (assuming SETH).', text: 'n^{3-o(1)}', notation: 'none', role: 'lower' },
  { s: 'We show that $T(n) = O(n \\log n)$ for all inputs.', text: 'O(n \\log n)', notation: 'O', resource: 'time' },
  // verbal classes in new shapes
  { s: 'Learning here requires exponentially many samples in the worst case.', text: 'exponentially', resource: 'sample' },
  { s: 'However, we run in time linear in the number of groups.', text: 'linear', resource: 'time', role: 'result' },
  { s: 'Existing algorithms have a polynomial dependence on the planning horizon.', text: 'polynomial', role: 'prior' },
  { s: 'We prove the existence of nearly linear approximation algorithms.', text: 'nearly linear', resource: 'time', role: 'result' },
  { s: 'The construction time for all deterministic versions of their data structure is quadratic in $n$.', text: 'quadratic', resource: 'time', role: 'prior' },
  { s: 'One algorithm outputs each solution in linearithmic time.', text: 'linearithmic', notation: 'verbal' },
  { s: 'With more levels, the preprocessing time can be reduced to almost linear or linear.', text: 'almost linear', resource: 'time' },
  { s: 'With more levels, the preprocessing time can be reduced to almost linear or linear.', text: 'linear', resource: 'time' },
  { s: 'We give an algorithm which in time $2^{O(k)} \\operatorname{poly}(n)$ finds a superstring.', text: '$2^{O(k)} \\operatorname{poly}(n)$', notation: 'none', resource: 'time' },
  // resources across a preposition, from the paired bound, and first-named of a pair
  { s: 'We provide a lower bound of $\\Omega(\\sqrt{d}/n)$ on the estimation error for sub-Gaussian data.', text: '$\\Omega(\\sqrt{d}/n)$', resource: 'error', role: 'lower' },
  { s: 'The method uses in total $O(\\epsilon^{-3})$ and $O(\\epsilon^{-7})$ accesses to gradient oracles.', text: '$O(\\epsilon^{-3})$', resource: 'query' },
  { s: 'However, the key limitation of transformers is their quadratic memory and time complexity $O(L^2)$ in the sequence length.', text: '$O(L^2)$', resource: 'space', role: 'prior' },
  { s: 'The latent state-space dependence is at least $\\Omega(S^{1.5})$ in the PAC sample complexity.', text: '$\\Omega(S^{1.5})$', resource: 'sample', role: 'lower' },
  // roles: dated citations, "to" targets, "we … which improves upon existing"
  { s: 'Later [RECOMB 2021], they gave a quadratic-time algorithm for it.', text: 'quadratic', role: 'prior' },
  { s: 'The regret has a polynomial dependence on the horizon.', text: 'polynomial', resource: 'regret' },
  { s: 'The bound was recently improved to $O(n \\log n)$ by Smith and Jones.', text: '$O(n \\log n)$', role: 'prior' },
  { s: 'We obtain $O(n)$ time by Lemma 3.', text: '$O(n)$', role: 'result' },
  { s: 'The memory footprint increases quadratically with the context length.', text: 'quadratically', resource: 'space' },
  { s: 'CIP can be solved in $\\bigO{Ln}$ time.', text: '$\\bigO{Ln}$', notation: 'O', resource: 'time' },
  { s: 'Our new algorithm greatly reduces the query working space to $O(dm)$ bits.', text: '$O(dm)$', role: 'result' },
  { s: 'The oracle complexity of our methods is $O(n + nL/\\epsilon)$, which improves upon existing methods.', text: '$O(n + nL/\\epsilon)$', resource: 'query', role: 'result' },
  { s: '(It is conjectured that the old variant uses $O(n^2)$ time.) Moreover, our variant uses $O(n)$ time.', text: '$O(n)$', role: 'result' },
  { s: 'Goldstein et al. conjectured that there is no algorithm which uses $n^{2-\\Omega(1)}$ space.', text: '$n^{2-\\Omega(1)}$', role: 'other' },
];

const TRAPS: { s: string; reason?: string }[] = [
  { s: 'We study quadratic neurons in deep networks.', reason: 'trap:quadratic-neurons' },
  // physics, not costs: a dependence "of X on Y", a change verb without a cost subject, core levels
  { s: 'The barrier follows from the exponential dependence of the current on the temperature.' },
  { s: 'The exciton density increases sublinearly with increasing excitation power.' },
  { s: 'Deposition increases the O(1s) binding energy by 2.0 eV.', reason: 'trap:orbital-label' },
  { s: 'We align the two scans in $SE(3)$ space.', reason: 'trap:named-group' },
  { s: 'We solve it by quadratic programming.', reason: 'trap:linear-programming' },
  { s: 'Under the Quadratic Growth condition we converge.', reason: 'trap:quadratic-growth-condition' },
  { s: 'We estimate the quadratic mean.', reason: 'trap:quadratic-mean' },
  { s: 'We fit a linear regression model.', reason: 'trap:linear-regression' },
  { s: 'We study linear MDPs.', reason: 'trap:linear-mdps' },
  { s: 'The method enjoys linear convergence.', reason: 'trap:linear-convergence' },
  { s: 'We replace softmax with linear attention.', reason: 'trap:linear-attention' },
  { s: 'We learn hierarchical polynomials.' },
  { s: 'We set k = O(log n) and proceed.', reason: 'trap:parameter-setting' },
  { s: 'If the entries are bounded by o(∛log n) we are fast.', reason: 'trap:entries-are-bounded-by' },
  { s: 'If entries are bounded above by o(∛log n) then it works.', reason: 'trap:value-bounded-above-by' },
  { s: 'We work in the word RAM with Θ(log n)-bit words.', reason: 'trap:bit-length-words' },
  { s: 'We give a 2-approximation.' },
  { s: 'Every O(1)-approximation algorithm needs it.', reason: 'trap:constant-approximation' },
  { s: 'Our system shows a 2X speedup over the baseline.' },
  { s: 'This yields an exponential improvement in space.', reason: 'trap:improvement-factor' },
  { s: 'The problem is NP-hard.' },
  { s: 'It is optimal up to logarithmic factors.', reason: 'trap:factors' },
  { s: 'For $b \\ge \\Omega(\\log^2 n)$ we obtain the result.', reason: 'trap:parameter-setting' },
  { s: 'We release O(200k) sketches.', reason: 'trap:numeric-count' },
  { s: 'Assuming the Strong Exponential Time Hypothesis, no faster algorithm exists.', reason: 'trap:exponential-time-hypothesis' },
  { s: 'The optimal regret decays exponentially fast.', reason: 'trap:decays-exponentially-fast' },
  { s: 'We use log-linear models.', reason: 'trap:log-linear' },
  { s: 'If all entries are bounded above by $o(\\sqrt[3]{\\log n})$ we can approximate it.', reason: 'trap:value-bounded-above-by' },
  { s: 'The execution time increases only by a small factor that is logarithmic in the length.' },
  { s: 'The maximum state complexity of $C(w)$ is achieved here.' },
];

describe('extractor: claims', () => {
  it.each(CLAIMS)('$s', (c) => {
    const claims = claimsOf(c.s);
    const hit = claims.find((x) => x.text === c.text);
    expect(hit, `claims: ${JSON.stringify(claims.map((x) => x.text))}`).toBeDefined();
    expect(c.s.slice(hit!.start, hit!.end)).toBe(c.text);
    if (c.notation) expect(hit!.notation).toBe(c.notation);
    if (c.resource) expect(hit!.resource).toBe(c.resource);
    if (c.role) expect(hit!.role).toBe(c.role);
    if (c.soft !== undefined) expect(hit!.soft).toBe(c.soft);
    expect(hit!.sentence[0]).toBeLessThanOrEqual(hit!.start);
    expect(hit!.sentence[1]).toBeGreaterThanOrEqual(hit!.end);
  });
});

describe('extractor: non-claim traps', () => {
  it.each(TRAPS)('$s', (t) => {
    const tr = traceOf(t.s);
    expect(tr.claims.map((c) => c.claim.text)).toEqual([]);
    if (t.reason) expect(tr.rejected.map((r) => r.reason)).toContain(t.reason);
  });
});

describe('extractor: "X time and space" is one claim with the first resource', () => {
  it('keeps one claim', () => {
    const c = claimsOf('We build it in $O(n)$ time and space.');
    expect(c).toHaveLength(1);
    expect(c[0].resource).toBe('time');
  });
});
