// Rule data: when a class word states a cost ("linear time", "scales linearly") and when it only
// names a model, objective or property ("linear regression", "quadratic programming").
import type { Resource } from '../types.ts';

export interface CostNounRule { match: string; resource: Resource; reason: string; /** class words this noun licenses (default: all) */ only?: readonly string[] }

/** Nouns after a class word that make it a cost ("quadratic time", "linear-size", "constant amount of memory"). */
export const VERBAL_COST_NOUNS: readonly CostNounRule[] = [
  { match: 'time', resource: 'time', reason: 'verbal-cost:time' },
  { match: 'runtime', resource: 'time', reason: 'verbal-cost:runtime' },
  { match: 'complexity', resource: 'time', reason: 'verbal-cost:complexity' },
  { match: 'complexities', resource: 'time', reason: 'verbal-cost:complexities' },
  { match: 'cost', resource: 'time', reason: 'verbal-cost:cost' },
  { match: 'costs', resource: 'time', reason: 'verbal-cost:costs' },
  { match: 'computation', resource: 'time', reason: 'verbal-cost:computation' },
  { match: 'compute', resource: 'time', reason: 'verbal-cost:compute' },
  { match: 'operations', resource: 'time', reason: 'verbal-cost:operations' },
  { match: 'overhead', resource: 'time', reason: 'verbal-cost:overhead' },
  { match: 'scaling', resource: 'time', reason: 'verbal-cost:scaling' },
  { match: 'algorithm', resource: 'time', reason: 'verbal-cost:algorithm' },
  { match: 'algorithms', resource: 'time', reason: 'verbal-cost:algorithms' },
  { match: 'attention', resource: 'time', reason: 'verbal-cost:attention', only: ['quadratic', 'cubic', 'sub-quadratic'] },
  { match: 'bottleneck', resource: 'time', reason: 'verbal-cost:bottleneck' },
  // "a polynomial dependence on the horizon" (of a cost named earlier); never "linear dependence"
  { match: 'dependence', resource: 'time', reason: 'verbal-cost:dependence', only: ['polynomial', 'polylogarithmic', 'logarithmic', 'exponential', 'quadratic', 'cubic'] },
  { match: 'dependency', resource: 'time', reason: 'verbal-cost:dependency', only: ['polynomial', 'polylogarithmic', 'logarithmic', 'exponential', 'quadratic', 'cubic'] },
  { match: 'episodes', resource: 'sample', reason: 'verbal-cost:episodes' },
  { match: 'memory', resource: 'space', reason: 'verbal-cost:memory' },
  { match: 'space', resource: 'space', reason: 'verbal-cost:space' },
  { match: 'storage', resource: 'space', reason: 'verbal-cost:storage' },
  { match: 'size', resource: 'space', reason: 'verbal-cost:size' },
  { match: 'bits', resource: 'space', reason: 'verbal-cost:bits' },
  { match: 'regret', resource: 'regret', reason: 'verbal-cost:regret' },
  { match: 'query', resource: 'query', reason: 'verbal-cost:query' },
  { match: 'queries', resource: 'query', reason: 'verbal-cost:queries' },
  { match: 'update', resource: 'update', reason: 'verbal-cost:update' },
  { match: 'samples', resource: 'sample', reason: 'verbal-cost:samples' },
  { match: 'sample', resource: 'sample', reason: 'verbal-cost:sample' },
  // rounds count a learner's iterations unless the abstract is about communication (see roundsResource)
  { match: 'rounds', resource: 'iteration', reason: 'verbal-cost:rounds' },
  { match: 'communication', resource: 'communication', reason: 'verbal-cost:communication' },
  { match: 'iterations', resource: 'iteration', reason: 'verbal-cost:iterations' },
  { match: 'round', resource: 'iteration', reason: 'verbal-cost:round' },
  { match: 'redundancy', resource: 'space', reason: 'verbal-cost:redundancy' },
  { match: 'delay', resource: 'time', reason: 'verbal-cost:delay' },
  { match: 'preprocessing', resource: 'time', reason: 'verbal-cost:preprocessing' },
  // "break the cubic barrier": the cost every earlier algorithm paid
  { match: 'barrier', resource: 'time', reason: 'verbal-cost:barrier', only: ['quadratic', 'cubic', 'exponential', 'n log n', 'linear'] },
  { match: 'barriers', resource: 'time', reason: 'verbal-cost:barriers', only: ['quadratic', 'cubic', 'exponential', 'n log n', 'linear'] },
  // "sublinear data structures": structures of o(n) words; "linear subpacketization" of a code
  { match: 'structures', resource: 'space', reason: 'verbal-cost:structures', only: ['sublinear', 'sub-logarithmic', 'logarithmic', 'polylogarithmic'] },
  { match: 'subpacketization', resource: 'space', reason: 'verbal-cost:subpacketization' },
  // "polylogarithmic approximations": an approximation ratio (constant and linear ones are factors or models)
  { match: 'approximations', resource: 'error', reason: 'verbal-cost:approximations', only: ['logarithmic', 'polylogarithmic', 'sub-logarithmic'] },
  // "an exponential lower bound", "a polynomial upper bound on the number of samples" (only before "bound(s)")
  { match: 'lower', resource: 'time', reason: 'verbal-cost:lower-bound' },
  { match: 'upper', resource: 'time', reason: 'verbal-cost:upper-bound' },
];

/** Cost nouns strong enough to reach across an adjective ("sublinear linearized regret", "polynomial adaptive query complexity"). */
export const STRONG_COST_NOUNS: ReadonlySet<string> = new Set(['regret', 'time', 'runtime', 'space', 'memory', 'samples', 'sample', 'queries', 'query', 'communication', 'rounds', 'iterations', 'redundancy']);

/** Adjectives by their ending ("linearized", "dynamic", "cumulative", "statistical") that may sit before a strong cost noun. */
export const ADJECTIVE_SUFFIX = /^[a-z]{3,}(?:ized|ised|ic|ive|al|ous|ary|ial)$/;

/** Adjectives between "number of" and the counted noun ("a constant number of extra comparisons", "oracle calls"). */
export const COUNTED_FILLERS: ReadonlySet<string> = new Set([
  'extra', 'additional', 'oracle', 'gradient', 'membership', 'codeword', 'random', 'labeled', 'labelled', 'unlabeled', 'comparison',
  'function', 'value', 'adaptive', 'non', 'nonadaptive', 'fresh', 'independent', 'noisy', 'i', 'd', 'iid', 'total', 'expected', 'communication',
  'memory', 'disk', 'cell', 'evaluation', 'zeroth', 'first', 'order', 'stochastic', 'distinct', 'pairwise',
]);

/** Adjectives allowed between a class word and its cost noun ("linear computational complexity"). */
export const VERBAL_FILLERS: ReadonlySet<string> = new Set([
  'computational', 'execution', 'running', 'worst', 'case', 'expected', 'amortized', 'amortised', 'additional', 'extra',
  'total', 'overall', 'construction', 'preprocessing', 'asymptotic', 'inference', 'training', 'parallel', 'work', 'amount', 'of',
  'time', 'and', 'deterministic', 'randomized', 'per', 'token', 'decoding', 'memory', 'working', 'auxiliary', 'algorithmic',
  'approximation', 'exact', 'pseudo', 'arithmetic', 'bit', 'step', 'access', 'lookup', 'query', 'membership', 'search', 'searching',
  'navigation', 'evaluation', 'encode', 'decode', 'encoding', 'retrieval', 'reporting', 'answering', 'update', 'insertion',
  'deletion', 'codeword', 'description', 'proof', 'ram', 'dynamic', 'online', 'streaming', 'distributed', 'data',
]);

/** Words before "time" that make a class a query or update time ("constant lookup time", "polylogarithmic update time"). */
export const COMPOUND_TIME_RESOURCES: ReadonlyMap<string, Resource> = new Map<string, Resource>([
  ['access', 'query'], ['lookup', 'query'], ['query', 'query'], ['membership', 'query'], ['search', 'query'], ['searching', 'query'],
  ['navigation', 'query'], ['retrieval', 'query'], ['reporting', 'query'], ['answering', 'query'],
  ['update', 'update'], ['insertion', 'update'], ['deletion', 'update'],
]);

export interface VerbTrigger { match: string; reason: string }

/** Verbs in front of an adverb class word that make it a cost ("scales linearly", "grow quadratically"). */
export const VERBAL_SCALING_VERBS: readonly VerbTrigger[] = [
  { match: 'depends', reason: 'verbal-verb:depends' },
  { match: 'depend', reason: 'verbal-verb:depend' },
  { match: 'scale', reason: 'verbal-verb:scale' },
  { match: 'scales', reason: 'verbal-verb:scales' },
  { match: 'scaling', reason: 'verbal-verb:scaling' },
  { match: 'scaled', reason: 'verbal-verb:scaled' },
  { match: 'grow', reason: 'verbal-verb:grow' },
  { match: 'grows', reason: 'verbal-verb:grows' },
  { match: 'growing', reason: 'verbal-verb:growing-cost' },
  { match: 'increase', reason: 'verbal-verb:increase' },
  { match: 'increases', reason: 'verbal-verb:increases' },
  { match: 'remains', reason: 'verbal-verb:remains' },
  { match: 'runs', reason: 'verbal-verb:runs' },
  { match: 'run', reason: 'verbal-verb:run' },
];

/** "<cost noun> is quadratic" — a cost noun shortly before a class adjective linked by a copula. */
export const VERBAL_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'remains', 'remain', 'becomes', 'become', 'be', 'was', 'were']);

/** "<word> complexity": the word before a generic cost noun names the resource ("sample complexity … is polynomial"). */
export const COMPOUND_RESOURCES: ReadonlyMap<string, Resource> = new Map<string, Resource>([
  ['sample', 'sample'], ['query', 'query'], ['communication', 'communication'], ['iteration', 'iteration'], ['oracle', 'query'],
  ['space', 'space'], ['memory', 'space'], ['round', 'communication'], ['regret', 'regret'],
]);

/** Cost nouns that, before a copula, license the class word after it ("the execution time … is quadratic"). */
export const VERBAL_SUBJECT_NOUNS: readonly CostNounRule[] = [
  { match: 'time', resource: 'time', reason: 'verbal-subject:time' },
  { match: 'complexity', resource: 'time', reason: 'verbal-subject:complexity' },
  { match: 'cost', resource: 'time', reason: 'verbal-subject:cost' },
  { match: 'runtime', resource: 'time', reason: 'verbal-subject:runtime' },
  { match: 'memory', resource: 'space', reason: 'verbal-subject:memory' },
  { match: 'space', resource: 'space', reason: 'verbal-subject:space' },
  { match: 'cache', resource: 'space', reason: 'verbal-subject:cache' },
  { match: 'size', resource: 'space', reason: 'verbal-subject:size' },
  { match: 'requirements', resource: 'time', reason: 'verbal-subject:requirements' },
  { match: 'computation', resource: 'time', reason: 'verbal-subject:computation' },
  { match: 'regret', resource: 'regret', reason: 'verbal-subject:regret' },
  // "our algorithm is sub-quadratic in the size of the graph", "a delay logarithmic in the size of the data"
  { match: 'algorithm', resource: 'time', reason: 'verbal-subject:algorithm' },
  { match: 'algorithms', resource: 'time', reason: 'verbal-subject:algorithms' },
  { match: 'delay', resource: 'time', reason: 'verbal-subject:delay' },
];

export interface VerbalTrap { match: string; reason: string; side: 'next' | 'prev'; only?: readonly string[] }

/** Class words that only name a model, objective, property or factor: never claims. */
export const VERBAL_TRAPS: readonly VerbalTrap[] = [
  { match: 'programming', side: 'next', reason: 'trap:linear-programming' },
  { match: 'program', side: 'next', reason: 'trap:linear-program' },
  { match: 'programs', side: 'next', reason: 'trap:linear-programs' },
  { match: 'regression', side: 'next', reason: 'trap:linear-regression' },
  { match: 'mdp', side: 'next', reason: 'trap:linear-mdp' },
  { match: 'mdps', side: 'next', reason: 'trap:linear-mdps' },
  { match: 'convergence', side: 'next', reason: 'trap:linear-convergence' },
  { match: 'attention', side: 'next', reason: 'trap:linear-attention', only: ['linear', 'sublinear', 'nearly linear', 'polynomial', 'exponential', 'constant', 'logarithmic'] },
  { match: 'growth', side: 'next', reason: 'trap:quadratic-growth-condition' },
  { match: 'mean', side: 'next', reason: 'trap:quadratic-mean' },
  { match: 'neurons', side: 'next', reason: 'trap:quadratic-neurons' },
  { match: 'neuron', side: 'next', reason: 'trap:quadratic-neuron' },
  { match: 'model', side: 'next', reason: 'trap:linear-model' },
  { match: 'models', side: 'next', reason: 'trap:linear-models' },
  { match: 'kernel', side: 'next', reason: 'trap:linear-kernel' },
  { match: 'layer', side: 'next', reason: 'trap:linear-layer' },
  { match: 'layers', side: 'next', reason: 'trap:linear-layers' },
  { match: 'probe', side: 'next', reason: 'trap:linear-probe' },
  { match: 'probing', side: 'next', reason: 'trap:linear-probing' },
  { match: 'objective', side: 'next', reason: 'trap:quadratic-objective' },
  { match: 'objectives', side: 'next', reason: 'trap:quadratic-objectives' },
  { match: 'terms', side: 'next', reason: 'trap:quadratic-terms' },
  { match: 'elements', side: 'next', reason: 'trap:quadratic-elements' },
  { match: 'number', side: 'next', reason: 'trap:quadratic-number-of' },
  { match: 'speedup', side: 'next', reason: 'trap:speedup-factor' },
  { match: 'speedups', side: 'next', reason: 'trap:speedup-factors' },
  { match: 'improvement', side: 'next', reason: 'trap:improvement-factor' },
  { match: 'factor', side: 'next', reason: 'trap:factor' },
  { match: 'factors', side: 'next', reason: 'trap:factors' },
  { match: 'fast', side: 'next', reason: 'trap:decays-exponentially-fast' },
  { match: 'growing', side: 'next', reason: 'trap:exponentially-growing' },
  { match: 'volume', side: 'next', reason: 'trap:exponential-volume' },
  { match: 'family', side: 'next', reason: 'trap:exponential-family' },
  { match: 'separable', side: 'next', reason: 'trap:linearly-separable' },
  { match: 'independent', side: 'next', reason: 'trap:linearly-independent' },
  { match: 'form', side: 'next', reason: 'trap:quadratic-form' },
  { match: 'function', side: 'next', reason: 'trap:linear-function' },
  { match: 'functions', side: 'next', reason: 'trap:linear-functions' },
  { match: 'approximation', side: 'next', reason: 'trap:linear-approximation', only: ['linear', 'quadratic', 'cubic', 'polynomial', 'constant', 'logarithmic'] },
  { match: 'inverse', side: 'prev', reason: 'trap:inverse-polynomial' },
  { match: 'log', side: 'prev', reason: 'trap:log-linear' },
  { match: 'non', side: 'prev', reason: 'trap:non-linear' },
  { match: 'piecewise', side: 'prev', reason: 'trap:piecewise' },
  { match: 'locally', side: 'prev', reason: 'trap:locally-linear' },
  { match: 'hierarchical', side: 'prev', reason: 'trap:hierarchical-polynomials' },
  { match: 'rectified', side: 'prev', reason: 'trap:rectified-linear' },
];
