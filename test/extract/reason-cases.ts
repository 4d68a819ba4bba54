// Table of sentences that make each rule of src/extract/rules/*.ts fire, with the reason each must show in
// the extractor's trace. Templated per rule family where one sentence shape fits, hand-written otherwise.
import { SYMBOL_RULES } from '../../src/extract/rules/symbols.ts';
import { VERBAL_CLASS_RULES, QUALIFIER_RULES } from '../../src/extract/rules/verbal-classes.ts';
import { VERBAL_COST_NOUNS, VERBAL_SCALING_VERBS, VERBAL_SUBJECT_NOUNS, VERBAL_TRAPS } from '../../src/extract/rules/verbal-context.ts';
import { RESOURCE_CUES, QUERY_VERBS, STRUCTURE_QUERY_WORDS, UPDATE_VERBS } from '../../src/extract/rules/resource-cues.ts';
import { EXPLICIT_COST_NOUNS, EXPLICIT_COST_PHRASES } from '../../src/extract/rules/explicit-cues.ts';
import { ROLE_CUES, HARDNESS_CUES } from '../../src/extract/rules/role-cues.ts';
import { SETTING_CUES } from '../../src/extract/rules/setting-cues.ts';
import { BOUND_TRAPS } from '../../src/extract/rules/traps.ts';

export interface ReasonCase { reason: string; s: string }

const templated: ReasonCase[] = [
  ...SYMBOL_RULES.map((r) => ({ reason: r.reason, s: `We give an algorithm in ${r.match}(n) time.` })),
  ...VERBAL_CLASS_RULES.map((r) => ({
    reason: r.reason,
    s: r.match.endsWith('ly') ? `Our cost scales ${r.match.replace(/^(sub|super)/, '$1-')} with the input size.`
      : `We give a ${r.match === 'nearlinear' ? 'near-linear' : r.match.replace(/^(sub|super)(?=[a-z])/, '$1-')} time algorithm.`,
  })),
  ...QUALIFIER_RULES.map((r) => ({ reason: r.reason, s: `We give a ${r.match} linear time algorithm.` })),
  ...VERBAL_COST_NOUNS.map((r) => ({ reason: r.reason, s: `We obtain ${r.only ? r.only[r.only.length - 1] : 'linear'} ${r.match}${/^(?:lower|upper)$/.test(r.match) ? ' bounds' : ''} for it.` })),
  ...VERBAL_SCALING_VERBS.map((r) => ({ reason: r.reason, s: `Our cost ${r.match} linearly with n.` })),
  ...VERBAL_SUBJECT_NOUNS.map((r) => ({ reason: r.reason, s: `The ${r.match} of our method is quadratic.` })),
  ...VERBAL_TRAPS.map((t) => ({
    reason: t.reason,
    s: t.side === 'next' ? `We study the ${t.only ? t.only[0] : 'quadratic'} ${t.match} here.` : `We study the ${t.match} ${t.only ? t.only[0] : 'linear'} time case.`,
  })),
  ...RESOURCE_CUES.map((r) => ({ reason: r.reason, s: r.hyphenOnly ? `We find $O(n)$-${r.match} points.` : `Thus it needs $O(n)$ ${r.match}.` })),
  ...QUERY_VERBS.map((r) => ({ reason: r.reason, s: `It can ${r.match} them in $O(m)$ time.` })),
  // operations on a built structure need an abstract about one ("index")
  ...STRUCTURE_QUERY_WORDS.map((r) => ({ reason: r.reason, s: `The index can ${r.match} items in $O(\\log n)$ time.` })),
  ...UPDATE_VERBS.map((r) => ({ reason: r.reason, s: `The index can ${r.match} items in constant time.` })),
  ...EXPLICIT_COST_NOUNS.map((r) => ({ reason: r.reason, s: `Thus it needs $n \\log n$ ${r.match}.` })),
  ...EXPLICIT_COST_PHRASES.map((r) => ({ reason: r.reason, s: `Thus ${r.subject ? 'the time ' : 'we get '}${r.match} $n \\log n + k$ here.` })),
  ...ROLE_CUES.map((r) => ({
    reason: r.reason,
    s: r.scope === 'near' ? `Thus, ${r.match} $O(n^2)$ time.` : r.scope === 'after' ? `Thus $O(n^2)$ ${r.match} holds.` : `The ${r.match} note: it takes $O(n^2)$ time.`,
  })),
  ...HARDNESS_CUES.map((h) => ({ reason: h.reason, s: h.hypothetical ? `Any algorithm for it ${h.match} $O(n^2)$ time.` : `We show that ${h.match} $O(n^2)$ time.` })),
  // cancelling cues ("exactly", "static") leave no reason of their own: test/extract/setting.test.ts checks them
  ...SETTING_CUES.filter((c) => !c.value.startsWith('!')).map((c) => ({
    reason: c.reason,
    s: c.field === 'condition'
      ? `We show that it cannot run in $O(n^2)$ time under ${/^condition:(?:eth|ov)$/.test(c.reason) ? c.match.toUpperCase() : c.match}.`
      : c.scope === 'near' ? `Thus ${c.match} $O(n^2)$ time.` : `We note that ${c.match} gives $O(n^2)$ time.`,
  })),
  ...BOUND_TRAPS.map((t) => ({ reason: t.reason, s: `We note ${t.before ?? 'that'} $O(${t.argPattern ? '1s' : t.argConstant ? '1' : 'n'})$${t.after ?? ' here'}.` })),
];

/** Rules whose reason needs a particular sentence shape. */
const handWritten: ReasonCase[] = [
  // sentence cues that a nearer, shorter cue would shadow in the template shape
  { reason: 'role:none-known', s: 'No algorithm known today, even after decades of careful study by many groups, runs in $O(n^2)$ time.' },
  { reason: 'role:hardness-such-algorithm-next-sentence', s: 'No $O(n^{2-\\epsilon})$-time algorithm is known. Such an algorithm would refute SETH.' },
  { reason: 'role:lower-bounds-show', s: 'Lower bounds show that for a very large and natural family of inputs the best running time is $O(n^2)$.' },
  { reason: 'role:lower-bound-shows', s: 'A lower bound shows that for a very large and natural family of inputs the best running time is $O(n^2)$.' },
  { reason: 'role:it-is-known', s: 'It is known that, for a very large and natural family of inputs, this takes $O(n^2)$ time.' },
  { reason: 'role:all-known', s: 'All the known methods, for a very large and natural family of inputs, take $O(n^2)$ time.' },
  { reason: 'role:known-sentence', s: 'This bound is known to hold for a very large and natural family of inputs that take $O(n^2)$ time.' },
  { reason: 'role:their-best', s: 'Their best result, for a very large and natural family of inputs, takes $O(n^2)$ time.' },
  { reason: 'role:their-solution', s: 'Their solution, for a very large and natural family of inputs, takes $O(n^2)$ time.' },
  { reason: 'role:their-algorithm', s: 'Their algorithm, for a very large and natural family of inputs, takes $O(n^2)$ time.' },
  // "from X to Y": each end of the change
  { reason: 'role:from-x-to-y', s: 'This cuts the running time from $O(n^2)$ to $O(n)$.' },
  { reason: 'role:from-x-to-y-target', s: 'This cuts the running time from $O(n^2)$ to $O(n)$.' },
  // left-hand sides that name a cost, so `x = O(…)` is a claim rather than a parameter setting
  { reason: 'lhs:update-time-variable', s: 'We show that $t_u = O(\\log n)$ suffices.' },
  { reason: 'lhs:query-time-variable', s: 'We show that $t_q = O(1)$ suffices.' },
  { reason: 'lhs:expected-error', s: 'We show that $\\mathbb{E}\\|x_k - x^*\\|^2 = O(1/k)$ holds.' },
  { reason: 'lhs:time-variable', s: 'We show that $T(n) = O(n \\log n)$ holds.' },
  { reason: 'lhs:cost-function', s: 'We show that $S(n) = O(n)$ holds.' },
  { reason: 'lhs:cost-word', s: 'We show that the space = O(n) here.' },
  { reason: 'lhs:space-time-product', s: 'We get $S^3\\cdot T = \\tilde{O}(N^6)$ here.' },
  // factors around 1 inside the math span
  { reason: 'role:citation-after', s: 'The structure uses $O(n)$ space [12].' },
  { reason: 'role:attributed-after', s: 'The bound was improved to $O(n \\log n)$ by Smith and Jones.' },
  { reason: 'condition:conjectured-to', s: 'Such a problem is conjectured to require $\Omega(n^2)$ time.' },
  { reason: 'condition:believed-to', s: 'Exact computation is believed to require near-quadratic time.' },
  { reason: 'setting:special-case', s: 'In a special case we solve it in $O(n)$ time.' },
  { reason: 'trap:structural-count', s: 'There are $O(k^2)$ $k$-mismatch occurrences in the text.' },
  { reason: 'trap:orbital-label', s: 'Deposition increases the O(1s) binding energy by 2.0 eV.' },
  { reason: 'trap:named-group', s: 'We align the point clouds in $\\mathrm{Sim}(3)$ space.' },
  { reason: 'trap:named-field-or-space', s: 'We embed the graph in $\\mathbb{R}^d$ space.' },
  { reason: 'trap:one-plus-factor', s: 'The estimate is within a factor 1+O(eps) of the optimum.' },
  { reason: 'trap:one-minus-factor', s: 'The estimate is within a factor 1-O(eps) of the optimum.' },
  { reason: 'trap:one-pm-factor', s: 'The estimate is within a factor 1\\pm O(eps) of the optimum.' },
  // "unless" rules something out only next to a negation; "other" only before a word for others' work
  { reason: 'role:hardness-unless', s: 'It takes $O(n^2)$ time unless SETH fails.' },
  { reason: 'role:no-improvement-possible', s: 'No faster bound than $O(n^2)$ is possible.' },
  { reason: 'role:inherit-attribution', s: 'We study sorting in place. Then $O(N \\log N)$ time using $O(1)$ extra words by [Franceschini and Muthukrishnan 2007] holds.' },
  { reason: 'role:eponym-algorithm-after', s: 'This nearly matches the $O(nk)$ runtime of the Landau-Vishkin algorithm.' },
  { reason: 'resource:searching-time', s: 'Our index answers in $O(m)$ searching time.' },
  { reason: 'resource:search-time', s: 'Our index answers in $O(m)$ search time.' },
  { reason: 'setting:gap', s: 'For the gap version we give an $O(n^2)$ time algorithm.' },
  { reason: 'role:other-methods', s: 'Other methods take $O(n^2)$ time.' },
  { reason: 'trap:one-plus-epsilon-span', s: 'We answer it with multiplicative error $(1+\\varepsilon)$ in the worst case.' },
  { reason: 'role:reference-key-after', s: 'Gradient ascent achieves $O(\\sqrt{T})$ regret and strategic robustness [KSS24].' },
  // sentence cues for earlier work, far enough from the bound that no near cue shadows them
  ...['prior work', 'prior works', 'previous work', 'previous works', 'previous best', 'previous fastest'].map((w) => ({
    reason: `role:${w.replace(/ /g, '-')}`, s: `${w[0].toUpperCase()}${w.slice(1)}, for a very large and natural family of inputs, takes $O(n^2)$ time.`,
  })),
  { reason: 'role:prior-to-our-work', s: 'Prior to our work, for a very large and natural family of inputs, the best took $O(n^2)$ time.' },
  ...['described', 'presented', 'proposed', 'devised', 'designed', 'developed'].map((w) => ({
    reason: `role:${w}`, s: `Smith ${w}, for a very large and natural family of inputs, a method taking $O(n^2)$ time.`,
  })),
];

const handReasons = new Set(handWritten.map((c) => c.reason));
export const REASON_CASES: readonly ReasonCase[] = [...templated.filter((c) => !handReasons.has(c.reason)), ...handWritten];
