// Rule data: contexts in which an asymptotic expression is not a cost claim (parameter settings,
// constant approximation factors, bit-lengths, optimality qualifiers, counts).

export interface BoundTrap {
  /** text right before the bound (lower-cased, spaces collapsed) must end with this */
  before?: string;
  /** text right after the bound (lower-cased) must start with this */
  after?: string;
  /** only when the argument is a constant such as `1` or `2` */
  argConstant?: boolean;
  /** only when the argument matches (anchored, bounded patterns only) */
  argPattern?: RegExp;
  reason: string;
}

export const BOUND_TRAPS: readonly BoundTrap[] = [
  // "$\Theta(\log n)$-bit words": the size of a machine word or a number, not a cost ("an $O(n)$-bit encoding" is one)
  { after: '-bit word', reason: 'trap:bit-length-words' },
  { after: '-bit integer', reason: 'trap:bit-length-integers' },
  { after: '-bit key', reason: 'trap:bit-length-keys' },
  { after: '-bit number', reason: 'trap:bit-length-numbers' },
  { after: '-bit machine', reason: 'trap:bit-length-machine' },
  { after: '-bit precision', reason: 'trap:bit-length-precision' },
  { after: '-bit value', reason: 'trap:bit-length-values' },
  { after: '-bit register', reason: 'trap:bit-length-registers' },
  { after: ' bit words', reason: 'trap:bit-length-words-spaced' },
  { after: '-approximation', argConstant: true, reason: 'trap:constant-approximation' },
  { after: '-approximate', argConstant: true, reason: 'trap:constant-approximate' },
  { after: '-competitive', argConstant: true, reason: 'trap:constant-competitive' },
  { after: ' approximation', argConstant: true, reason: 'trap:constant-approximation-spaced' },
  { before: 'factor of', argConstant: true, reason: 'trap:constant-factor' },
  { before: 'up to', after: ' factor', reason: 'trap:up-to-factors' },
  { before: '1+', reason: 'trap:one-plus-factor' },
  { before: '1-', reason: 'trap:one-minus-factor' },
  { before: '1\\pm', reason: 'trap:one-pm-factor' },
  { after: ' times', reason: 'trap:measured-times' },
  { after: '-times', reason: 'trap:measured-times-hyphen' },
  { after: ' speedup', reason: 'trap:measured-speedup' },
  { after: ' speed-up', reason: 'trap:measured-speed-up' },
  { after: ' speed up', reason: 'trap:measured-speed-up-spaced' },
  { after: '-hard', reason: 'trap:hardness-class' },
  // "threshold logic gates with $O(n)$ fan-in": the size of a gate, not a cost
  { after: ' fan-in', reason: 'trap:fan-in' },
  { after: ' fan in', reason: 'trap:fan-in-spaced' },
  // the size of the input, not a cost: "strings of total length O(N)", "a text of length O(n)"
  { before: 'of total length', reason: 'trap:input-of-total-length' },
  { before: 'of length', reason: 'trap:input-of-length' },
  { before: 'of total size', reason: 'trap:input-of-total-size' },
  // the size of the alphabet, not a cost: "over an alphabet of size $O(k)$", "alphabet size $n^{O(1)}$"
  { before: 'alphabet of size', reason: 'trap:alphabet-of-size' },
  { before: 'alphabets of size', reason: 'trap:alphabets-of-size' },
  { before: 'alphabet size', reason: 'trap:alphabet-size' },
  { before: 'alphabet size is', reason: 'trap:alphabet-size-is' },
  // "both strings are at Hamming distance $O(k)$ from …": a distance the input has, not a cost
  { before: 'at hamming distance', reason: 'trap:at-hamming-distance' },
  { before: 'at edit distance', reason: 'trap:at-edit-distance' },
  { before: 'at distance', reason: 'trap:at-distance' },
  { before: 'within distance', reason: 'trap:within-distance' },
  { before: 'bounded above by', reason: 'trap:value-bounded-above-by' },
  { before: 'as large as', reason: 'trap:value-as-large-as' },
  { before: 'entries bounded by', reason: 'trap:entries-bounded-by' },
  { before: 'entries are bounded by', reason: 'trap:entries-are-bounded-by' },
  { before: 'as small as', reason: 'trap:value-as-small-as' },
  { before: 'improved by a factor of', reason: 'trap:improved-by-factor' },
  { before: 'improves by a factor of', reason: 'trap:improves-by-factor' },
  { before: 'reduced by a factor of', reason: 'trap:reduced-by-factor' },
  { before: 'faster by a factor of', reason: 'trap:faster-by-factor' },
  { after: ' omits', reason: 'trap:notation-omits' },
  { after: ' hides', reason: 'trap:notation-hides' },
  { after: ' notation', reason: 'trap:notation-word' },
  // "the O(1s) binding energy", "O(2p) orbitals": an oxygen core level, not a bound
  { argPattern: /^\s*\d[spdf]\s*$/, reason: 'trap:orbital-label' },
];

/** Operators that make `x OP bound` a parameter setting unless x names a cost. */
export const ASSIGNMENT_OPERATORS: readonly string[] = ['\\leq', '\\geq', '\\le', '\\ge', '\\ll', '\\gg', '\\sim', '\\approx', '>=', '<=', '=', '≤', '≥', '<', '>', '≈', '∼', '~'];

/** Left-hand sides that name a cost, so `t_q = O(…)` is a claim rather than a setting. */
export const COST_VARIABLES: readonly { match: RegExp; reason: string; resource?: 'update' | 'query' | 'error' | 'other' }[] = [
  // "$S^3 \cdot T = \tilde{O}(N^6)$", "$S \cdot T = O(n^2)$": a space–time trade-off bounds a product of costs
  { match: /(?:^|[^A-Za-z\\])[ST](?:\^\{?\d+\}?)?\s*(?:\\cdot|\\times|\*)\s*[ST](?:\^\{?\d+\}?)?\s*$/, reason: 'lhs:space-time-product', resource: 'other' },
  { match: /^t_?\{?(?:u|upd|update|i|ins)\}?$/, reason: 'lhs:update-time-variable', resource: 'update' },
  { match: /^t_?\{?(?:q|query)\}?$/, reason: 'lhs:query-time-variable', resource: 'query' },
  // an expectation or a norm (‖x − y‖, |f − g|): not the size of a set (|Σ|, |V|)
  { match: /(?:mathbb\{?E|\\\||\|\||\|[^|]{0,40}[-+][^|]{0,40}\|)/, reason: 'lhs:expected-error', resource: 'error' },
  { match: /^[tT](?:_?\{?[a-z]{1,6}\}?)?(?:\([a-z]\))?$/, reason: 'lhs:time-variable' },
  { match: /^[SQU]\([a-z]\)$/, reason: 'lhs:cost-function' },
  { match: /^(?:time|space|cost|regret|error|redundancy|size)$/i, reason: 'lhs:cost-word' },
];

/**
 * Whole math spans that name a mathematical object rather than a cost, even when a cost noun
 * follows ("in $\mathrm{Sim}(3)$ space", "$SE(3)$ space", "$\mathbb{R}^d$ space").
 */
export const NAMED_OBJECT_TRAPS: readonly { match: RegExp; reason: string }[] = [
  { match: /^\s*(?:\\(?:mathrm|mathsf|operatorname|text|rm)\s*(?:\{\s*)?)?(?:SO|SE|SU|Sim|GL|SL|PSL|PGL|Sp|Spin|O|U)\s*(?:\}\s*)?\(\s*(?:\d+|n|d|k)\s*\)\s*$/, reason: 'trap:named-group' },
  { match: /^\s*\\mathbb\s*(?:\{\s*)?[A-Z]\s*(?:\}\s*)?(?:\^|_|$)/, reason: 'trap:named-field-or-space' },
  // "multiplicative error $(1+\epsilon)$": an approximation factor, never a cost
  { match: /^\s*(?:\(\s*)?1\s*(?:[+-]|\\pm)\s*\\?(?:epsilon|varepsilon|eps|delta|ε|δ)\s*(?:\)\s*)?$/, reason: 'trap:one-plus-epsilon-span' },
];
