// Rule data: when an expression written without O/Ω/Θ states a cost ("$k d \log(1/\delta)$ samples",
// "using $n^2 b / B$ I/Os", "error $\epsilon\sqrt{d}$", "lower bound is $n$"): a cost noun right after it,
// or a cost phrase right before it. Matched on lower-cased tokens.

export interface ExplicitNounRule { match: string; reason: string }

/** Nouns that make the expression before them an amount of a resource (across the fillers below). */
export const EXPLICIT_COST_NOUNS: readonly ExplicitNounRule[] = [
  { match: 'time', reason: 'explicit-noun:time' },
  { match: 'bits', reason: 'explicit-noun:bits' },
  { match: 'space', reason: 'explicit-noun:space' },
  { match: 'words', reason: 'explicit-noun:words' },
  { match: 'memory', reason: 'explicit-noun:memory' },
  { match: 'rate', reason: 'explicit-noun:rate' },
  { match: 'rates', reason: 'explicit-noun:rates' },
  { match: 'regret', reason: 'explicit-noun:regret' },
  { match: 'queries', reason: 'explicit-noun:queries' },
  { match: 'samples', reason: 'explicit-noun:samples' },
  { match: 'rounds', reason: 'explicit-noun:rounds' },
  { match: 'i/os', reason: 'explicit-noun:ios' },
  { match: 'operations', reason: 'explicit-noun:operations' },
  { match: 'steps', reason: 'explicit-noun:steps' },
  { match: 'iterations', reason: 'explicit-noun:iterations' },
  { match: 'comparisons', reason: 'explicit-noun:comparisons' },
  // sketches and group testing count rows and tests; oracles count calls, evaluations and probes
  { match: 'rows', reason: 'explicit-noun:rows' },
  { match: 'tests', reason: 'explicit-noun:tests' },
  { match: 'measurements', reason: 'explicit-noun:measurements' },
  { match: 'evaluations', reason: 'explicit-noun:evaluations' },
  { match: 'calls', reason: 'explicit-noun:calls' },
  { match: 'probes', reason: 'explicit-noun:probes' },
  { match: 'accesses', reason: 'explicit-noun:accesses' },
  { match: 'passes', reason: 'explicit-noun:passes' },
  { match: 'epochs', reason: 'explicit-noun:epochs' },
  { match: 'episodes', reason: 'explicit-noun:episodes' },
  { match: 'messages', reason: 'explicit-noun:messages' },
  { match: 'examples', reason: 'explicit-noun:examples' },
  { match: 'observations', reason: 'explicit-noun:observations' },
  { match: 'trajectories', reason: 'explicit-noun:trajectories' },
  { match: 'error', reason: 'explicit-noun:error' },
  { match: 'redundancy', reason: 'explicit-noun:redundancy' },
];

/** Words allowed between the expression and its cost noun ("$r|S|$ redundant bits", "$2^d$ membership queries"). */
export const EXPLICIT_NOUN_FILLERS: ReadonlySet<string> = new Set([
  'redundant', 'extra', 'additional', 'expected', 'query', 'update', 'preprocessing', 'amortized', 'worst', 'case', 'total', 'mean',
  'square', 'bit', 'oracle', 'gradient', 'stochastic', 'random', 'labeled', 'labelled', 'unlabeled', 'iid', 'noisy', 'independent',
  'fresh', 'membership', 'value', 'function', 'comparison', 'pairwise', 'adaptive', 'nonadaptive', 'non', 'cell', 'disk', 'communication',
  'auxiliary', 'working', 'space', 'memory',
]);

export interface ExplicitPhraseRule {
  /** words right before the expression (lower-cased, spaces between words) */
  match: string;
  reason: string;
  /** strong enough to make a lone variable a cost: "the lower bound is $n$" */
  strong?: boolean;
  /** ratios need a growing (Latin) variable: a ratio in ε or α alone is a constant factor */
  growing?: boolean;
  /** "is at least": only when a cost noun heads the clause ("the repair bandwidth … is at least"), never a condition */
  subject?: boolean;
  /** loose phrases need a compound expression (an operator, a log, a root, a power), not a named quantity ("lower bound $\beta_k^*$") */
  compound?: boolean;
}

/** Phrases right before an expression that make it a cost even with no noun after it. */
export const EXPLICIT_COST_PHRASES: readonly ExplicitPhraseRule[] = [
  { match: 'redundancy', reason: 'explicit-before:redundancy', compound: true },
  { match: 'redundancy of', reason: 'explicit-before:redundancy-of' },
  { match: 'rate of order', reason: 'explicit-before:rate-of-order' },
  { match: 'rate of', reason: 'explicit-before:rate-of' },
  { match: 'query time to be', reason: 'explicit-before:query-time-to-be' },
  { match: 'time to be', reason: 'explicit-before:time-to-be' },
  { match: 'query time explodes to', reason: 'explicit-before:query-time-explodes-to' },
  { match: 'explodes to', reason: 'explicit-before:explodes-to' },
  { match: 'faster than', reason: 'explicit-before:faster-than' },
  { match: 'complexity bounded by', reason: 'explicit-before:complexity-bounded-by' },
  { match: 'complexity is bounded by', reason: 'explicit-before:complexity-is-bounded-by' },
  { match: 'in time', reason: 'explicit-before:in-time' },
  { match: 'running time of', reason: 'explicit-before:running-time-of' },
  { match: 'upper bound of', reason: 'explicit-before:upper-bound-of' },
  { match: 'lower bound of', reason: 'explicit-before:lower-bound-of', strong: true },
  { match: 'upper bound', reason: 'explicit-before:upper-bound', compound: true },
  { match: 'lower bound', reason: 'explicit-before:lower-bound', compound: true },
  { match: 'lower bound is', reason: 'explicit-before:lower-bound-is', strong: true },
  { match: 'upper bound is', reason: 'explicit-before:upper-bound-is', strong: true },
  { match: 'complexity is', reason: 'explicit-before:complexity-is', strong: true },
  { match: 'error', reason: 'explicit-before:error', compound: true },
  { match: 'error of', reason: 'explicit-before:error-of' },
  { match: 'error rate', reason: 'explicit-before:error-rate' },
  { match: 'regret', reason: 'explicit-before:regret', compound: true },
  { match: 'regret of', reason: 'explicit-before:regret-of' },
  { match: 'regret bound of', reason: 'explicit-before:regret-bound-of' },
  { match: 'risk of', reason: 'explicit-before:risk-of' },
  { match: 'distortion', reason: 'explicit-before:distortion', compound: true },
  { match: 'distortion of', reason: 'explicit-before:distortion-of' },
  { match: 'approximation ratio of', reason: 'explicit-before:approximation-ratio-of', growing: true },
  { match: 'approximation factor of', reason: 'explicit-before:approximation-factor-of', growing: true },
  { match: 'competitive ratio of', reason: 'explicit-before:competitive-ratio-of', growing: true },
  { match: 'sample complexity', reason: 'explicit-before:sample-complexity', compound: true },
  { match: 'query complexity', reason: 'explicit-before:query-complexity', compound: true },
  { match: 'convergence rate', reason: 'explicit-before:convergence-rate', compound: true },
  // "runs in $m\sqrt{n}$.", "the query time is $\log^2 n$", "whose running time is $2^k n$", "has size $k \log n$",
  // "the total work is $n \log^2 n$ and the depth is $\log^3 n$": a cost named right before a compound expression
  { match: 'runs in', reason: 'explicit-before:runs-in', compound: true },
  { match: 'time complexity', reason: 'explicit-before:time-complexity', compound: true },
  { match: 'space complexity', reason: 'explicit-before:space-complexity', compound: true },
  { match: 'time', reason: 'explicit-before:time', compound: true },
  { match: 'run in', reason: 'explicit-before:run-in', compound: true },
  { match: 'running in', reason: 'explicit-before:running-in', compound: true },
  { match: 'time is', reason: 'explicit-before:time-is', compound: true },
  { match: 'time of', reason: 'explicit-before:time-of', compound: true },
  { match: 'space is', reason: 'explicit-before:space-is', compound: true },
  { match: 'space of', reason: 'explicit-before:space-of', compound: true },
  { match: 'size is', reason: 'explicit-before:size-is', compound: true },
  { match: 'has size', reason: 'explicit-before:has-size', compound: true },
  { match: 'work is', reason: 'explicit-before:work-is', compound: true },
  { match: 'depth is', reason: 'explicit-before:depth-is', compound: true },
  { match: 'cost is', reason: 'explicit-before:cost-is', compound: true },
  { match: 'cost of', reason: 'explicit-before:cost-of', compound: true },
  { match: 'runtime is', reason: 'explicit-before:runtime-is', compound: true },
  { match: 'runtime of', reason: 'explicit-before:runtime-of', compound: true },
  { match: 'uses', reason: 'explicit-before:uses', compound: true },
  { match: 'using', reason: 'explicit-before:using', compound: true },
  { match: 'requires', reason: 'explicit-before:requires', compound: true },
  { match: 'takes', reason: 'explicit-before:takes', compound: true },
  { match: 'within', reason: 'explicit-before:within', compound: true },
  // "… repair bandwidth and repair I/O are at least $$\ell(n-1)-…$$"
  { match: 'is at least', reason: 'explicit-before:is-at-least', compound: true, subject: true },
  { match: 'are at least', reason: 'explicit-before:are-at-least', compound: true, subject: true },
  { match: 'is at most', reason: 'explicit-before:is-at-most', compound: true, subject: true },
  { match: 'are at most', reason: 'explicit-before:are-at-most', compound: true, subject: true },
];

/** Cost nouns that may head a clause ending in "is at least $…$" (see `subject`). */
export const EXPLICIT_SUBJECT_NOUNS: ReadonlySet<string> = new Set([
  'bandwidth', 'time', 'space', 'redundancy', 'regret', 'error', 'complexity', 'cost', 'memory', 'queries', 'samples', 'rounds', 'i/o',
  'communication', 'overhead', 'bits', 'words', 'runtime', 'risk',
]);
