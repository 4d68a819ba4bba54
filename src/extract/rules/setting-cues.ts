// Rule data: words that decide a claim's setting — what the bound counts (operation), the model of computation,
// restrictions and variants of the problem, the guarantee, and the hypothesis a lower bound rests on. Matched on
// lower-cased tokens (hyphens split words: "cell-probe" is "cell probe"); the longest phrase at a token wins.
// `scope` says how far a cue reaches: `near` (a few tokens either side of the bound, in its clause), `clause`, or
// `sentence`; `title` cues also set the field of the paper's own results when their sentence says nothing.
// A value starting with "!" cancels that value ("exactly" cancels "approximate" from a wider scope).

export type SettingField = 'operation' | 'model' | 'variant' | 'guarantee' | 'condition';

export interface SettingCue {
  match: string;
  field: SettingField;
  value: string;
  scope: 'near' | 'clause' | 'sentence';
  /** the cue in the title sets the field of the paper's results and lower bounds */
  title?: boolean;
  /** the cue does not count when the next token is one of these ("dynamic programming") */
  notBefore?: readonly string[];
  /** … or when the previous token is one of these ("non-dynamic") */
  notAfter?: readonly string[];
  reason: string;
}

/** Tokens around a bound that `near` cues may sit in: before it, and after it. */
export const SETTING_NEAR_BEFORE = 7;
export const SETTING_NEAR_AFTER = 5;

const DP = ['programming', 'program', 'programs', 'time', 'range', 'graph', 'graphs', 'programme'];
const APPROX_PROBLEM = ['pattern', 'string', 'matching', 'matches', 'dictionary', 'text', 'search', 'searching', 'repeats', 'periodicity', 'period', 'periods', 'membership', 'counting', 'nearest'];

export const SETTING_CUES: readonly SettingCue[] = [
  // ---- operation: what the cost counts (query and update time are decided with the resource) ----
  { match: 'preprocessing', field: 'operation', value: 'preprocessing', scope: 'near', reason: 'setting:preprocessing' },
  { match: 'preprocessing time', field: 'operation', value: 'preprocessing', scope: 'near', reason: 'setting:preprocessing-time' },
  { match: 'preprocess', field: 'operation', value: 'preprocessing', scope: 'near', reason: 'setting:preprocess' },
  { match: 'preprocessed', field: 'operation', value: 'preprocessing', scope: 'near', reason: 'setting:preprocessed' },
  { match: 'precomputation', field: 'operation', value: 'preprocessing', scope: 'near', reason: 'setting:precomputation' },
  { match: 'construction time', field: 'operation', value: 'preprocessing', scope: 'near', reason: 'setting:construction-time' },
  { match: 'without preprocessing', field: 'operation', value: 'total', scope: 'clause', reason: 'setting:without-preprocessing' },
  { match: 'per operation', field: 'operation', value: 'update', scope: 'near', reason: 'setting:per-operation' },
  { match: 'after each', field: 'operation', value: 'update', scope: 'near', reason: 'setting:after-each' },
  { match: 'per character', field: 'operation', value: 'update', scope: 'near', reason: 'setting:per-character' },
  { match: 'per symbol', field: 'operation', value: 'update', scope: 'near', reason: 'setting:per-symbol' },
  { match: 'per arriving', field: 'operation', value: 'update', scope: 'near', reason: 'setting:per-arriving' },
  { match: 'per text character', field: 'operation', value: 'update', scope: 'near', reason: 'setting:per-text-character' },

  // ---- model of computation ----
  { match: 'quantum', field: 'model', value: 'quantum', scope: 'sentence', title: true, reason: 'setting:quantum' },
  { match: 'qram', field: 'model', value: 'quantum', scope: 'sentence', title: true, reason: 'setting:qram' },
  { match: 'classical', field: 'model', value: 'word-ram', scope: 'clause', reason: 'setting:classical' },
  { match: 'classically', field: 'model', value: 'word-ram', scope: 'clause', reason: 'setting:classically' },
  { match: 'word ram', field: 'model', value: 'word-ram', scope: 'clause', reason: 'setting:word-ram' },
  { match: 'streaming', field: 'model', value: 'streaming', scope: 'sentence', title: true, reason: 'setting:streaming' },
  { match: 'stream', field: 'model', value: 'streaming', scope: 'clause', reason: 'setting:stream' },
  { match: 'multiple streams', field: 'model', value: 'streaming', scope: 'sentence', title: true, reason: 'setting:multiple-streams' },
  { match: 'data streams', field: 'model', value: 'streaming', scope: 'sentence', title: true, reason: 'setting:data-streams' },
  { match: 'one pass', field: 'model', value: 'streaming', scope: 'clause', reason: 'setting:one-pass' },
  { match: 'single pass', field: 'model', value: 'streaming', scope: 'clause', reason: 'setting:single-pass' },
  { match: 'passes', field: 'model', value: 'streaming', scope: 'near', reason: 'setting:passes' },
  { match: 'sliding window', field: 'model', value: 'streaming', scope: 'sentence', title: true, reason: 'setting:sliding-window' },
  { match: 'sliding windows', field: 'model', value: 'streaming', scope: 'sentence', title: true, reason: 'setting:sliding-windows' },
  { match: 'external memory', field: 'model', value: 'external-memory', scope: 'sentence', title: true, reason: 'setting:external-memory' },
  { match: 'i/o', field: 'model', value: 'external-memory', scope: 'clause', reason: 'setting:io' },
  { match: 'i/os', field: 'model', value: 'external-memory', scope: 'clause', reason: 'setting:ios' },
  { match: 'i/o model', field: 'model', value: 'external-memory', scope: 'sentence', title: true, reason: 'setting:io-model' },
  { match: 'cache oblivious', field: 'model', value: 'external-memory', scope: 'sentence', title: true, reason: 'setting:cache-oblivious' },
  { match: 'disk', field: 'model', value: 'external-memory', scope: 'clause', reason: 'setting:disk' },
  { match: 'cell probe', field: 'model', value: 'cell-probe', scope: 'sentence', title: true, reason: 'setting:cell-probe' },
  { match: 'pointer machine', field: 'model', value: 'pointer-machine', scope: 'sentence', title: true, reason: 'setting:pointer-machine' },
  { match: 'comparison model', field: 'model', value: 'comparison', scope: 'sentence', title: true, reason: 'setting:comparison-model' },
  { match: 'comparison based', field: 'model', value: 'comparison', scope: 'clause', reason: 'setting:comparison-based' },
  { match: 'comparisons', field: 'model', value: 'comparison', scope: 'near', reason: 'setting:comparisons' },
  // "a lower bound on the number of comparisons required to …": every bound of the sentence counts comparisons
  { match: 'number of comparisons', field: 'model', value: 'comparison', scope: 'sentence', reason: 'setting:number-of-comparisons' },
  { match: 'decision tree', field: 'model', value: 'comparison', scope: 'clause', reason: 'setting:decision-tree' },
  { match: 'parallel', field: 'model', value: 'parallel', scope: 'sentence', title: true, notBefore: ['to'], reason: 'setting:parallel' },
  { match: 'pram', field: 'model', value: 'parallel', scope: 'sentence', title: true, reason: 'setting:pram' },
  { match: 'mpc', field: 'model', value: 'parallel', scope: 'sentence', title: true, reason: 'setting:mpc' },
  { match: 'massively parallel', field: 'model', value: 'parallel', scope: 'sentence', title: true, reason: 'setting:massively-parallel' },
  { match: 'mapreduce', field: 'model', value: 'parallel', scope: 'sentence', title: true, reason: 'setting:mapreduce' },
  { match: 'processors', field: 'model', value: 'parallel', scope: 'clause', reason: 'setting:processors' },
  { match: 'gpu', field: 'model', value: 'parallel', scope: 'clause', title: true, reason: 'setting:gpu' },
  { match: 'gpus', field: 'model', value: 'parallel', scope: 'clause', title: true, reason: 'setting:gpus' },
  { match: 'multicore', field: 'model', value: 'parallel', scope: 'clause', title: true, reason: 'setting:multicore' },
  { match: 'work', field: 'model', value: 'parallel', scope: 'near', notBefore: ['on', 'of', 'in', 'we', 'shows', 'show'], notAfter: ['this', 'our', 'previous', 'prior', 'recent', 'of', 'the', 'related', 'earlier', 'future', 'in'], reason: 'setting:work' },
  { match: 'depth', field: 'model', value: 'parallel', scope: 'near', reason: 'setting:depth' },
  { match: 'distributed', field: 'model', value: 'distributed', scope: 'sentence', title: true, reason: 'setting:distributed' },
  { match: 'congest', field: 'model', value: 'distributed', scope: 'sentence', title: true, reason: 'setting:congest' },
  { match: 'local model', field: 'model', value: 'distributed', scope: 'sentence', title: true, reason: 'setting:local-model' },
  { match: 'congested clique', field: 'model', value: 'distributed', scope: 'sentence', title: true, reason: 'setting:congested-clique' },
  { match: 'communication complexity', field: 'model', value: 'communication', scope: 'sentence', title: true, reason: 'setting:communication-complexity' },
  { match: 'protocol', field: 'model', value: 'communication', scope: 'clause', reason: 'setting:protocol' },
  { match: 'document exchange', field: 'model', value: 'communication', scope: 'sentence', title: true, reason: 'setting:document-exchange' },
  { match: 'sketch', field: 'model', value: 'communication', scope: 'clause', reason: 'setting:sketch' },
  { match: 'sketches', field: 'model', value: 'communication', scope: 'clause', reason: 'setting:sketches' },
  { match: 'sketching', field: 'model', value: 'communication', scope: 'sentence', title: true, reason: 'setting:sketching' },
  { match: 'referee', field: 'model', value: 'communication', scope: 'sentence', reason: 'setting:referee' },

  // ---- restrictions and variants of the problem ----
  { match: 'approximation', field: 'variant', value: 'approximate', scope: 'clause', title: true, notAfter: ['linear', 'diophantine', 'rational', 'low', 'stochastic', 'function', 'taylor'], reason: 'setting:approximation' },
  { match: 'approximations', field: 'variant', value: 'approximate', scope: 'clause', title: true, notAfter: ['linear', 'polynomial', 'rational'], reason: 'setting:approximations' },
  { match: 'approximate', field: 'variant', value: 'approximate', scope: 'clause', title: true, notBefore: APPROX_PROBLEM, reason: 'setting:approximate' },
  { match: 'approximately', field: 'variant', value: 'approximate', scope: 'near', reason: 'setting:approximately' },
  { match: 'approximates', field: 'variant', value: 'approximate', scope: 'clause', reason: 'setting:approximates' },
  { match: 'approximated', field: 'variant', value: 'approximate', scope: 'clause', reason: 'setting:approximated' },
  { match: 'approximating', field: 'variant', value: 'approximate', scope: 'clause', title: true, notBefore: APPROX_PROBLEM, reason: 'setting:approximating' },
  { match: 'fptas', field: 'variant', value: 'approximate', scope: 'clause', title: true, reason: 'setting:fptas' },
  { match: 'ptas', field: 'variant', value: 'approximate', scope: 'clause', title: true, reason: 'setting:ptas' },
  { match: 'estimate', field: 'variant', value: 'approximate', scope: 'clause', title: true, reason: 'setting:estimate' },
  { match: 'estimating', field: 'variant', value: 'approximate', scope: 'clause', title: true, reason: 'setting:estimating' },
  { match: 'within a factor', field: 'variant', value: 'approximate', scope: 'clause', reason: 'setting:within-a-factor' },
  { match: 'gap', field: 'variant', value: 'approximate', scope: 'clause', title: true, notBefore: ['between', 'of', 'in', 'to', 'is', 'remains', 'left', 'for'], notAfter: ['close', 'closes', 'closing', 'closed', 'narrow', 'narrows', 'narrowing', 'bridge', 'bridges', 'this', 'that', 'polynomial', 'quadratic', 'logarithmic', 'large', 'remaining', 'significant'], reason: 'setting:gap' },
  { match: 'exact', field: 'variant', value: '!approximate', scope: 'clause', notBefore: APPROX_PROBLEM, reason: 'setting:exact' },
  { match: 'exactly', field: 'variant', value: '!approximate', scope: 'clause', reason: 'setting:exactly' },
  { match: 'permutation', field: 'variant', value: 'input:permutations', scope: 'clause', title: true, reason: 'setting:permutation' },
  { match: 'permutations', field: 'variant', value: 'input:permutations', scope: 'clause', title: true, reason: 'setting:permutations' },
  { match: 'binary strings', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', title: true, reason: 'setting:binary-strings' },
  { match: 'binary alphabet', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', title: true, reason: 'setting:binary-alphabet' },
  { match: 'binary', field: 'variant', value: 'input:bounded-alphabet', scope: 'near', title: true, notBefore: ['search', 'searching', 'tree', 'trees', 'heap', 'heaps', 'code', 'codes', 'relation', 'relations', 'operations', 'representation', 'matrix', 'matrices'], reason: 'setting:binary' },
  { match: 'constant alphabet', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', title: true, reason: 'setting:constant-alphabet' },
  { match: 'constant alphabets', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', title: true, reason: 'setting:constant-alphabets' },
  { match: 'constant size alphabet', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', title: true, reason: 'setting:constant-size-alphabet' },
  { match: 'constant size alphabets', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', title: true, reason: 'setting:constant-size-alphabets' },
  { match: 'constant sized alphabet', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', title: true, reason: 'setting:constant-sized-alphabet' },
  { match: 'bounded alphabet', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', title: true, reason: 'setting:bounded-alphabet' },
  { match: 'small alphabet', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', reason: 'setting:small-alphabet' },
  { match: 'small alphabets', field: 'variant', value: 'input:bounded-alphabet', scope: 'clause', reason: 'setting:small-alphabets' },
  { match: 'run length encoded', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:run-length-encoded' },
  { match: 'run length encodings', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:run-length-encodings' },
  { match: 'rle', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:rle' },
  { match: 'grammar compressed', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:grammar-compressed' },
  { match: 'straight line program', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:straight-line-program' },
  { match: 'straight line programs', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:straight-line-programs' },
  { match: 'compressed strings', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:compressed-strings' },
  { match: 'compressed string', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:compressed-string' },
  { match: 'compressed text', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:compressed-text' },
  { match: 'compressed texts', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:compressed-texts' },
  { match: 'compressed setting', field: 'variant', value: 'input:compressed', scope: 'sentence', title: true, reason: 'setting:compressed-setting' },
  { match: 'compressed size', field: 'variant', value: 'input:compressed', scope: 'clause', reason: 'setting:compressed-size' },
  { match: 'compressed data', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:compressed-data' },
  { match: 'compressed input', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:compressed-input' },
  { match: 'compressed inputs', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:compressed-inputs' },
  // "when both p and t are compressed using the LZW method"
  { match: 'are compressed', field: 'variant', value: 'input:compressed', scope: 'clause', reason: 'setting:are-compressed' },
  { match: 'is compressed', field: 'variant', value: 'input:compressed', scope: 'clause', reason: 'setting:is-compressed' },
  { match: 'lzw compressed', field: 'variant', value: 'input:compressed', scope: 'clause', title: true, reason: 'setting:lzw-compressed' },
  { match: 'compressed space', field: 'variant', value: 'compressed-space', scope: 'clause', title: true, reason: 'setting:compressed-space' },
  { match: 'run compressed space', field: 'variant', value: 'compressed-space', scope: 'clause', title: true, reason: 'setting:run-compressed-space' },
  { match: 'uncompressed', field: 'variant', value: '!input:compressed', scope: 'clause', reason: 'setting:uncompressed' },
  { match: 'weighted', field: 'variant', value: 'weighted', scope: 'clause', title: true, notAfter: ['un', 'non'], reason: 'setting:weighted' },
  { match: 'dynamic', field: 'variant', value: 'dynamic', scope: 'clause', title: true, notBefore: DP, notAfter: ['non'], reason: 'setting:dynamic' },
  { match: 'fully dynamic', field: 'variant', value: 'dynamic', scope: 'clause', title: true, reason: 'setting:fully-dynamic' },
  { match: 'dynamically', field: 'variant', value: 'dynamic', scope: 'clause', reason: 'setting:dynamically' },
  // "under edit operations" is a dynamic string; "the smallest number of edit operations" defines a distance
  { match: 'under edit operations', field: 'variant', value: 'dynamic', scope: 'clause', reason: 'setting:under-edit-operations' },
  { match: 'supporting edit operations', field: 'variant', value: 'dynamic', scope: 'clause', reason: 'setting:supporting-edit-operations' },
  { match: 'supports edit operations', field: 'variant', value: 'dynamic', scope: 'clause', reason: 'setting:supports-edit-operations' },
  { match: 'static', field: 'variant', value: '!dynamic', scope: 'clause', reason: 'setting:static' },
  { match: 'online', field: 'variant', value: 'online', scope: 'clause', title: true, reason: 'setting:online' },
  { match: 'on line', field: 'variant', value: 'online', scope: 'clause', title: true, reason: 'setting:on-line' },
  { match: 'real time', field: 'variant', value: 'online', scope: 'clause', title: true, reason: 'setting:real-time' },
  { match: 'offline', field: 'variant', value: '!online', scope: 'clause', reason: 'setting:offline' },
  { match: 'parameterized', field: 'variant', value: 'parameterized', scope: 'clause', title: true, reason: 'setting:parameterized' },
  { match: 'parameterised', field: 'variant', value: 'parameterized', scope: 'clause', title: true, reason: 'setting:parameterised' },
  { match: 'fixed parameter', field: 'variant', value: 'parameterized', scope: 'clause', title: true, reason: 'setting:fixed-parameter' },
  { match: 'fpt', field: 'variant', value: 'parameterized', scope: 'clause', reason: 'setting:fpt' },
  { match: 'with preprocessing', field: 'variant', value: 'with-preprocessing', scope: 'sentence', title: true, reason: 'setting:with-preprocessing' },
  { match: 'preprocessed strings', field: 'variant', value: 'with-preprocessing', scope: 'sentence', title: true, reason: 'setting:preprocessed-strings' },
  { match: 'random strings', field: 'variant', value: 'input:random', scope: 'clause', title: true, reason: 'setting:random-strings' },
  { match: 'random inputs', field: 'variant', value: 'input:random', scope: 'clause', title: true, reason: 'setting:random-inputs' },
  { match: 'average case', field: 'variant', value: 'input:random', scope: 'clause', title: true, reason: 'setting:average-case' },
  { match: 'pseudorandom', field: 'variant', value: 'input:random', scope: 'clause', title: true, reason: 'setting:pseudorandom' },
  { match: 'pseudo random', field: 'variant', value: 'input:random', scope: 'clause', title: true, reason: 'setting:pseudo-random' },
  // "identifying trivial cases that can be solved in constant time": bounds of special cases, not of the problem
  { match: 'special case', field: 'variant', value: 'input:restricted', scope: 'clause', reason: 'setting:special-case' },
  { match: 'special cases', field: 'variant', value: 'input:restricted', scope: 'clause', reason: 'setting:special-cases' },
  { match: 'trivial cases', field: 'variant', value: 'input:restricted', scope: 'clause', reason: 'setting:trivial-cases' },
  { match: 'trivial case', field: 'variant', value: 'input:restricted', scope: 'clause', reason: 'setting:trivial-case' },
  { match: 'restricted cases', field: 'variant', value: 'input:restricted', scope: 'clause', reason: 'setting:restricted-cases' },
  { match: 'restrictions on the inputs', field: 'variant', value: 'input:restricted', scope: 'clause', reason: 'setting:restrictions-on-the-inputs' },
  { match: 'restrictions on the input', field: 'variant', value: 'input:restricted', scope: 'clause', reason: 'setting:restrictions-on-the-input' },
  // "n integers in the range [1, n^c] can be sorted in O(n) time": integer keys of bounded range
  { match: 'integers in the range', field: 'variant', value: 'input:bounded-integers', scope: 'clause', reason: 'setting:integers-in-the-range' },
  { match: 'integers from the range', field: 'variant', value: 'input:bounded-integers', scope: 'clause', reason: 'setting:integers-from-the-range' },
  { match: 'multiple strings', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:multiple-strings' },
  { match: 'multiple sequences', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:multiple-sequences' },
  { match: 'three strings', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:three-strings' },
  { match: 'k strings', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:k-strings' },
  { match: 'k sequences', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:k-sequences' },
  { match: 'l strings', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:l-strings' },
  { match: 'm sequences', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:m-sequences' },
  { match: 'm strings', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:m-strings' },
  { match: 'several strings', field: 'variant', value: 'input:multiple', scope: 'clause', title: true, reason: 'setting:several-strings' },
  { match: 'bounded edit distance', field: 'variant', value: 'input:bounded-distance', scope: 'clause', title: true, reason: 'setting:bounded-edit-distance' },
  { match: 'small edit distance', field: 'variant', value: 'input:bounded-distance', scope: 'clause', title: true, reason: 'setting:small-edit-distance' },
  { match: 'low distance regime', field: 'variant', value: 'input:bounded-distance', scope: 'clause', title: true, reason: 'setting:low-distance-regime' },
  { match: 'distance is at most', field: 'variant', value: 'input:bounded-distance', scope: 'clause', reason: 'setting:distance-at-most' },
  { match: 'distance at most', field: 'variant', value: 'input:bounded-distance', scope: 'clause', reason: 'setting:distance-at-most-short' },

  // ---- guarantee ----
  { match: 'expected', field: 'guarantee', value: 'expected', scope: 'near', reason: 'setting:expected' },
  { match: 'in expectation', field: 'guarantee', value: 'expected', scope: 'near', reason: 'setting:in-expectation' },
  { match: 'randomized', field: 'guarantee', value: 'expected', scope: 'clause', reason: 'setting:randomized' },
  { match: 'randomised', field: 'guarantee', value: 'expected', scope: 'clause', reason: 'setting:randomised' },
  { match: 'las vegas', field: 'guarantee', value: 'expected', scope: 'clause', reason: 'setting:las-vegas' },
  { match: 'monte carlo', field: 'guarantee', value: 'whp', scope: 'clause', reason: 'setting:monte-carlo' },
  { match: 'with high probability', field: 'guarantee', value: 'whp', scope: 'clause', reason: 'setting:with-high-probability' },
  { match: 'w h p', field: 'guarantee', value: 'whp', scope: 'clause', reason: 'setting:whp-abbrev' },
  { match: 'whp', field: 'guarantee', value: 'whp', scope: 'clause', reason: 'setting:whp' },
  { match: 'on average', field: 'guarantee', value: 'expected', scope: 'near', reason: 'setting:on-average' },
  { match: 'amortized', field: 'guarantee', value: 'amortized', scope: 'near', reason: 'setting:amortized' },
  { match: 'amortised', field: 'guarantee', value: 'amortized', scope: 'near', reason: 'setting:amortised' },
  { match: 'worst case', field: 'guarantee', value: 'worst', scope: 'near', reason: 'setting:worst-case' },
  { match: 'deterministic', field: 'guarantee', value: 'worst', scope: 'clause', reason: 'setting:deterministic' },

  // ---- the hypothesis of a conditional lower bound ----
  { match: 'seth', field: 'condition', value: 'SETH', scope: 'sentence', reason: 'condition:seth' },
  { match: 'strong exponential time hypothesis', field: 'condition', value: 'SETH', scope: 'sentence', reason: 'condition:strong-exponential-time-hypothesis' },
  { match: 'strong exponential time', field: 'condition', value: 'SETH', scope: 'sentence', reason: 'condition:strong-exponential-time' },
  { match: 'nseth', field: 'condition', value: 'NSETH', scope: 'sentence', reason: 'condition:nseth' },
  { match: 'eth', field: 'condition', value: 'ETH', scope: 'sentence', reason: 'condition:eth' },
  { match: 'exponential time hypothesis', field: 'condition', value: 'ETH', scope: 'sentence', reason: 'condition:exponential-time-hypothesis' },
  { match: 'orthogonal vectors', field: 'condition', value: 'OV', scope: 'sentence', reason: 'condition:orthogonal-vectors' },
  { match: 'ov', field: 'condition', value: 'OV', scope: 'sentence', reason: 'condition:ov' },
  { match: '3sum', field: 'condition', value: '3SUM', scope: 'sentence', reason: 'condition:3sum' },
  { match: '3 sum', field: 'condition', value: '3SUM', scope: 'sentence', reason: 'condition:3-sum' },
  { match: 'apsp', field: 'condition', value: 'APSP', scope: 'sentence', reason: 'condition:apsp' },
  { match: 'all pairs shortest paths', field: 'condition', value: 'APSP', scope: 'sentence', reason: 'condition:all-pairs-shortest-paths' },
  { match: 'boolean matrix multiplication', field: 'condition', value: 'BMM', scope: 'sentence', reason: 'condition:boolean-matrix-multiplication' },
  { match: 'bmm', field: 'condition', value: 'BMM', scope: 'sentence', reason: 'condition:bmm' },
  // "no combinatorial algorithm … unless BMM", not "combinatorial optimization" or "combinatorial structure"
  { match: 'combinatorial', field: 'condition', value: 'BMM', scope: 'clause', notBefore: ['optimization', 'optimisation', 'problem', 'problems', 'structure', 'structures', 'property', 'properties', 'nature', 'explosion', 'auction', 'auctions', 'techniques', 'technique', 'insights', 'insight', 'arguments', 'argument'], reason: 'condition:combinatorial' },
  { match: 'omv', field: 'condition', value: 'OMv', scope: 'sentence', reason: 'condition:omv' },
  { match: 'online matrix vector', field: 'condition', value: 'OMv', scope: 'sentence', reason: 'condition:online-matrix-vector' },
  { match: 'k clique', field: 'condition', value: 'k-Clique', scope: 'sentence', reason: 'condition:k-clique' },
  { match: 'clique', field: 'condition', value: 'k-Clique', scope: 'clause', reason: 'condition:clique' },
  { match: 'hitting set', field: 'condition', value: 'Hitting Set', scope: 'sentence', reason: 'condition:hitting-set' },
  { match: 'set cover conjecture', field: 'condition', value: 'Set Cover', scope: 'sentence', reason: 'condition:set-cover-conjecture' },
  { match: 'unique games', field: 'condition', value: 'UGC', scope: 'sentence', reason: 'condition:unique-games' },
  { match: 'p np', field: 'condition', value: 'P≠NP', scope: 'sentence', reason: 'condition:p-np' },
  { match: 'np hard', field: 'condition', value: 'P≠NP', scope: 'sentence', reason: 'condition:np-hard' },
  { match: 'np complete', field: 'condition', value: 'P≠NP', scope: 'sentence', reason: 'condition:np-complete' },
  { match: 'np hardness', field: 'condition', value: 'P≠NP', scope: 'sentence', reason: 'condition:np-hardness' },
  { match: 'cnf sat', field: 'condition', value: 'SETH', scope: 'sentence', reason: 'condition:cnf-sat' },
  { match: 'subset sum', field: 'condition', value: 'Subset Sum', scope: 'clause', reason: 'condition:subset-sum' },
  { match: 'counting inversions', field: 'condition', value: 'counting inversions', scope: 'sentence', reason: 'condition:counting-inversions' },
  // a lower bound only believed or conjectured (no hypothesis named): not an unconditional one
  { match: 'believed to', field: 'condition', value: 'conjectured', scope: 'clause', reason: 'condition:believed-to' },
  { match: 'conjectured to', field: 'condition', value: 'conjectured', scope: 'clause', reason: 'condition:conjectured-to' },
  { match: 'unconditional', field: 'condition', value: 'unconditional', scope: 'sentence', reason: 'condition:unconditional' },
  { match: 'unconditionally', field: 'condition', value: 'unconditional', scope: 'sentence', reason: 'condition:unconditionally' },
  { match: 'information theoretic', field: 'condition', value: 'unconditional', scope: 'sentence', reason: 'condition:information-theoretic' },
];

/** Words that make a lower bound conditional when the sentence names no hypothesis ("unless a popular conjecture fails"). */
export const CONDITIONAL_WORDS: ReadonlySet<string> = new Set(['conditional', 'conditionally', 'conditioned', 'unless', 'assuming', 'assumption', 'assumptions', 'hypothesis', 'conjecture', 'hardness', 'hard', 'refute', 'refutes', 'falsify', 'breakthrough']);

/** Reasons of the decisions that need no cue. */
export const SETTING_DEFAULT_REASONS = {
  operation: 'setting:default-total',
  operationFromResource: 'setting:operation-from-resource',
  model: 'setting:default-word-ram',
  modelFromResource: 'setting:model-from-resource',
  variants: 'setting:no-variant',
  guarantee: 'setting:default-worst-case',
  condition: 'condition:none-upper-bound',
  conditionUnconditional: 'condition:default-unconditional',
  conditionPaper: 'condition:paper-assumption',
  conditionUnnamed: 'condition:unnamed-hypothesis',
  title: ':title',
} as const;

/** The problem a hypothesis is about: a lower bound conditioned on it is not a bound of that problem. */
export const CONDITION_PROBLEMS: Readonly<Record<string, readonly string[]>> = {
  '3SUM': ['3sum'],
  APSP: ['all pair shortest path', 'apsp'],
  OV: ['orthogonal vector', 'orthogonal vectors'],
  BMM: ['boolean matrix multiplication'],
  'k-Clique': ['k clique', 'clique', 'maximum weight k clique'],
  OMv: ['online matrix vector multiplication', 'online matrix vector'],
  'Subset Sum': ['subset sum'],
  SETH: ['satisfiability', 'cnf sat', 'sat'],
  'Hitting Set': ['hitting set'],
};
