// Rule data: words around a bound that say which resource it measures. Matched on lower-cased tokens;
// longer phrases are tried first so "query time" wins over "time".
import type { Resource } from '../types.ts';

export interface ResourceCue { match: string; resource: Resource; reason: string; /** only when glued by a hyphen ("O(ε)-optimal") */ hyphenOnly?: boolean }

export const RESOURCE_CUES: readonly ResourceCue[] = [
  { match: 'time per query', resource: 'query', reason: 'resource:time-per-query' },
  // queries and updates together are plain time: "per query or update"
  { match: 'per query or update', resource: 'time', reason: 'resource:per-query-or-update' },
  { match: 'per update or query', resource: 'time', reason: 'resource:per-update-or-query' },
  { match: 'per operation', resource: 'time', reason: 'resource:per-operation' },
  { match: 'searching time', resource: 'query', reason: 'resource:searching-time' },
  { match: 'search time', resource: 'query', reason: 'resource:search-time' },
  { match: 'quantum queries', resource: 'query', reason: 'resource:quantum-queries' },
  { match: 'time per window change', resource: 'update', reason: 'resource:time-per-window-change' },
  { match: 'time per insertion', resource: 'update', reason: 'resource:time-per-insertion' },
  { match: 'time per deletion', resource: 'update', reason: 'resource:time-per-deletion' },
  { match: 'time per arrival', resource: 'update', reason: 'resource:time-per-arrival' },
  // labelling schemes and encodings: the length of a label or a code is space
  { match: 'labels of length', resource: 'space', reason: 'resource:labels-of-length' },
  { match: 'label length', resource: 'space', reason: 'resource:label-length' },
  { match: 'length of the labels', resource: 'space', reason: 'resource:length-of-the-labels' },
  { match: 'wasted bits', resource: 'space', reason: 'resource:wasted-bits' },
  { match: 'time per update', resource: 'update', reason: 'resource:time-per-update' },
  { match: 'time per operation', resource: 'time', reason: 'resource:time-per-operation' },
  { match: 'time for queries', resource: 'query', reason: 'resource:time-for-queries' },
  { match: 'time for updates', resource: 'update', reason: 'resource:time-for-updates' },
  { match: 'time per edit', resource: 'update', reason: 'resource:time-per-edit' },
  { match: 'time per edit operation', resource: 'update', reason: 'resource:time-per-edit-operation' },
  { match: 'time for looking up', resource: 'query', reason: 'resource:time-for-looking-up' },
  { match: 'lookup cost', resource: 'query', reason: 'resource:lookup-cost' },
  { match: 'lookup time', resource: 'query', reason: 'resource:lookup-time' },
  { match: 'predecessor queries', resource: 'query', reason: 'resource:predecessor-queries' },
  { match: 'message length', resource: 'communication', reason: 'resource:message-length' },
  { match: 'phases', resource: 'iteration', reason: 'resource:phases' },
  { match: 'query time', resource: 'query', reason: 'resource:query-time' },
  { match: 'locating time', resource: 'query', reason: 'resource:locating-time' },
  { match: 'counting time', resource: 'query', reason: 'resource:counting-time' },
  { match: 'reporting time', resource: 'query', reason: 'resource:reporting-time' },
  { match: 'access time', resource: 'query', reason: 'resource:access-time' },
  { match: 'query complexity', resource: 'query', reason: 'resource:query-complexity' },
  { match: 'oracle complexity', resource: 'query', reason: 'resource:oracle-complexity' },
  { match: 'query cost', resource: 'query', reason: 'resource:query-cost' },
  { match: 'accesses', resource: 'query', reason: 'resource:oracle-accesses' },
  { match: 'querying', resource: 'query', reason: 'resource:querying' },
  { match: 'per query', resource: 'query', reason: 'resource:per-query' },
  { match: 'oracle calls', resource: 'query', reason: 'resource:oracle-calls' },
  { match: 'queries', resource: 'query', reason: 'resource:queries' },
  { match: 'update time', resource: 'update', reason: 'resource:update-time' },
  { match: 'per update', resource: 'update', reason: 'resource:per-update' },
  { match: 'updates', resource: 'update', reason: 'resource:updates' },
  { match: 'insertions', resource: 'update', reason: 'resource:insertions' },
  { match: 'deletions', resource: 'update', reason: 'resource:deletions' },
  { match: 'updating', resource: 'update', reason: 'resource:updating' },
  { match: 'adding or removing', resource: 'update', reason: 'resource:adding-or-removing' },
  { match: 'insertion', resource: 'update', reason: 'resource:insertion' },
  { match: 'deletion', resource: 'update', reason: 'resource:deletion' },
  { match: 'sample complexity', resource: 'sample', reason: 'resource:sample-complexity' },
  { match: 'samples', resource: 'sample', reason: 'resource:samples' },
  { match: 'episodes', resource: 'sample', reason: 'resource:episodes' },
  { match: 'sample size', resource: 'sample', reason: 'resource:sample-size' },
  { match: 'regret', resource: 'regret', reason: 'resource:regret' },
  { match: 'communication', resource: 'communication', reason: 'resource:communication' },
  { match: 'bits of communication', resource: 'communication', reason: 'resource:bits-of-communication' },
  { match: 'words of communication', resource: 'communication', reason: 'resource:words-of-communication' },
  // rounds count a learner's iterations unless the abstract is about communication (see roundsResource)
  { match: 'rounds', resource: 'iteration', reason: 'resource:rounds' },
  { match: 'messages', resource: 'communication', reason: 'resource:messages' },
  { match: 'i/os', resource: 'io', reason: 'resource:ios' },
  { match: 'i/o', resource: 'io', reason: 'resource:io' },
  { match: 'random access', resource: 'io', reason: 'resource:random-access' },
  { match: 'disk accesses', resource: 'io', reason: 'resource:disk-accesses' },
  { match: 'cache misses', resource: 'io', reason: 'resource:cache-misses' },
  { match: 'iterations', resource: 'iteration', reason: 'resource:iterations' },
  { match: 'iteration complexity', resource: 'iteration', reason: 'resource:iteration-complexity' },
  { match: 'epochs', resource: 'iteration', reason: 'resource:epochs' },
  { match: 'gradient steps', resource: 'iteration', reason: 'resource:gradient-steps' },
  { match: 'space', resource: 'space', reason: 'resource:space' },
  { match: 'workspace', resource: 'space', reason: 'resource:workspace' },
  { match: 'work space', resource: 'space', reason: 'resource:work-space' },
  { match: 'working memory', resource: 'space', reason: 'resource:working-memory' },
  { match: 'bits', resource: 'space', reason: 'resource:bits' },
  { match: 'bit', resource: 'space', reason: 'resource:bit' },
  { match: 'words', resource: 'space', reason: 'resource:words' },
  { match: 'memory', resource: 'space', reason: 'resource:memory' },
  { match: 'storage', resource: 'space', reason: 'resource:storage' },
  { match: 'kv cache', resource: 'space', reason: 'resource:kv-cache' },
  { match: 'cache', resource: 'space', reason: 'resource:cache' },
  { match: 'redundancy', resource: 'space', reason: 'resource:redundancy' },
  { match: 'size', resource: 'space', reason: 'resource:size' },
  { match: 'approximation ratio', resource: 'error', reason: 'resource:approximation-ratio' },
  { match: 'approximation factor', resource: 'error', reason: 'resource:approximation-factor' },
  { match: 'approximation', resource: 'error', reason: 'resource:approximation' },
  { match: 'competitive ratio', resource: 'error', reason: 'resource:competitive-ratio' },
  { match: 'factor', resource: 'error', reason: 'resource:factor' },
  { match: 'error', resource: 'error', reason: 'resource:error' },
  // "$O(\log n)$ maximum dislocation": how far an element ends from its place, a quality of the output
  { match: 'dislocation', resource: 'error', reason: 'resource:dislocation' },
  { match: 'maximum dislocation', resource: 'error', reason: 'resource:maximum-dislocation' },
  { match: 'total dislocation', resource: 'error', reason: 'resource:total-dislocation' },
  { match: 'estimation error', resource: 'error', reason: 'resource:estimation-error' },
  { match: 'excess risk', resource: 'error', reason: 'resource:excess-risk' },
  { match: 'risk', resource: 'error', reason: 'resource:risk' },
  { match: 'distortion', resource: 'error', reason: 'resource:distortion' },
  { match: 'rate', resource: 'error', reason: 'resource:rate' },
  { match: 'rates', resource: 'error', reason: 'resource:rates' },
  { match: 'optimal', resource: 'error', reason: 'resource:eps-optimal', hyphenOnly: true },
  { match: 'approximate', resource: 'error', reason: 'resource:approximate-hyphen', hyphenOnly: true },
  { match: 'close', resource: 'error', reason: 'resource:sigma-close', hyphenOnly: true },
  // counted resources of sketches, group testing, oracles and learning from data
  { match: 'rows', resource: 'space', reason: 'resource:rows' },
  { match: 'sized', resource: 'space', reason: 'resource:sized', hyphenOnly: true },
  { match: 'tests', resource: 'query', reason: 'resource:tests' },
  { match: 'evaluations', resource: 'query', reason: 'resource:evaluations' },
  { match: 'calls', resource: 'query', reason: 'resource:calls' },
  { match: 'probes', resource: 'query', reason: 'resource:probes' },
  { match: 'measurements', resource: 'sample', reason: 'resource:measurements' },
  { match: 'examples', resource: 'sample', reason: 'resource:examples' },
  { match: 'observations', resource: 'sample', reason: 'resource:observations' },
  { match: 'trajectories', resource: 'sample', reason: 'resource:trajectories' },
  { match: 'passes', resource: 'other', reason: 'resource:passes' },
  { match: 'bandwidth', resource: 'communication', reason: 'resource:bandwidth' },
  { match: 'privacy overhead', resource: 'error', reason: 'resource:privacy-overhead' },
  { match: 'price of privacy', resource: 'error', reason: 'resource:price-of-privacy' },
  { match: 'cost of privacy', resource: 'error', reason: 'resource:cost-of-privacy' },
  { match: 'time to converge', resource: 'iteration', reason: 'resource:time-to-converge' },
  { match: 'time to reach', resource: 'iteration', reason: 'resource:time-to-reach' },
  { match: 'convergence time', resource: 'iteration', reason: 'resource:convergence-time' },
  { match: 'redundant symbols', resource: 'space', reason: 'resource:redundant-symbols' },
  { match: 'pointers', resource: 'space', reason: 'resource:pointers' },
  { match: 'layers', resource: 'other', reason: 'resource:layers' },
  { match: 'depth', resource: 'other', reason: 'resource:depth' },
  { match: 'comparisons', resource: 'other', reason: 'resource:comparisons' },
  { match: 'element comparisons', resource: 'time', reason: 'resource:element-comparisons' },
  { match: 'key comparisons', resource: 'time', reason: 'resource:key-comparisons' },
  { match: 'space complexity', resource: 'space', reason: 'resource:space-complexity' },
  { match: 'memory complexity', resource: 'space', reason: 'resource:memory-complexity' },
  { match: 'time complexity', resource: 'time', reason: 'resource:time-complexity' },
  { match: 'communication complexity', resource: 'communication', reason: 'resource:communication-complexity' },
  { match: 'i/o complexity', resource: 'io', reason: 'resource:io-complexity' },
  { match: 'query lower bound', resource: 'query', reason: 'resource:query-lower-bound' },
  { match: 'query lower bounds', resource: 'query', reason: 'resource:query-lower-bounds' },
  { match: 'running time', resource: 'time', reason: 'resource:running-time' },
  { match: 'runtime', resource: 'time', reason: 'resource:runtime' },
  { match: 'time', resource: 'time', reason: 'resource:time' },
  { match: 'complexity', resource: 'time', reason: 'resource:complexity' },
  { match: 'operations', resource: 'time', reason: 'resource:operations' },
  { match: 'steps', resource: 'time', reason: 'resource:steps' },
  { match: 'computation', resource: 'time', reason: 'resource:computation' },
  { match: 'compute', resource: 'time', reason: 'resource:compute' },
  { match: 'cost', resource: 'time', reason: 'resource:cost' },
  { match: 'algorithm', resource: 'time', reason: 'resource:algorithm' },
  { match: 'algorithms', resource: 'time', reason: 'resource:algorithms' },
  { match: 'work', resource: 'time', reason: 'resource:work' },
  { match: 'delay', resource: 'time', reason: 'resource:delay' },
];

/** Words that may sit between a bound and its resource noun ("O(n) expected amortized time"). */
export const RESOURCE_FILLERS: ReadonlySet<string> = new Set([
  'expected', 'amortized', 'amortised', 'worst', 'case', 'additional', 'extra', 'total', 'overall', 'randomized',
  'deterministic', 'working', 'auxiliary', 'preprocessing', 'construction', 'running', 'computation', 'computational',
  'execution', 'decoding', 'encoding', 'redundant', 'bit', 'of', 'w', 'h', 'p', 'whp', 'parallel', 'per', 'element', 'high',
  'probability', 'cell', 'probe', 'evaluation', 'training', 'inference', 'mean', 'square', 'pairwise', 'dense',
  'pre', 'filling', 'prefilling', 'prefill', 'noiseless', 'noisy', 'statistical', 'oracle', 'gradient', 'membership', 'labeled',
  'unlabeled', 'labelled', 'fresh', 'independent', 'random', 'disk', 'step', 'asymptotic', 'optimal', 'minimax', 'adaptive', 'non',
  'nonadaptive', 'i', 'o', 'convergence', 'generalization', 'statistical', 'approximation', 'estimation', 'excess', 'sample',
  'average', 'averaged', 'cumulative', 'dynamic', 'swap', 'external', 'static', 'adversarial', 'pseudo', 'policy', 'strong',
  'weak', 'simple', 'bayesian', 'frequentist', 'instance', 'dependent', 'worst-case', 'high', 'iterate', 'last', 'best',
  'quantum', 'classical', 'searching', 'query',
]);

/** Verbs of answering a query on a built structure: "counts occurrences in O(m) time" is query time. */
export const QUERY_VERBS: readonly { match: string; reason: string }[] = [
  { match: 'count', reason: 'resource-verb:count' },
  { match: 'counts', reason: 'resource-verb:counts' },
  { match: 'locate', reason: 'resource-verb:locate' },
  { match: 'locates', reason: 'resource-verb:locates' },
  { match: 'locating', reason: 'resource-verb:locating' },
  { match: 'report', reason: 'resource-verb:report' },
  { match: 'reports', reason: 'resource-verb:reports' },
  { match: 'answer', reason: 'resource-verb:answer' },
  { match: 'answers', reason: 'resource-verb:answers' },
  { match: 'answered', reason: 'resource-verb:answered' },
  { match: 'decoded', reason: 'resource-verb:decoded' },
  { match: 'retrieve', reason: 'resource-verb:retrieve' },
  { match: 'retrieved', reason: 'resource-verb:retrieved' },
  { match: 'accessed', reason: 'resource-verb:accessed' },
  { match: 'answering', reason: 'resource-verb:answering' },
  { match: 'reporting', reason: 'resource-verb:reporting' },
  { match: 'counting', reason: 'resource-verb:counting' },
  { match: 'retrieves', reason: 'resource-verb:retrieves' },
  { match: 'retrieving', reason: 'resource-verb:retrieving' },
];

/**
 * Operations on a built structure, in an abstract about one (STRUCTURE_WORDS): "supports access and rank on $T$ in
 * $O(\log\sigma)$ time", "extract any substring … in time …" are query times. Looked for up to OPERATION_WINDOW tokens back.
 */
export const STRUCTURE_QUERY_WORDS: readonly { match: string; reason: string }[] = [
  { match: 'access', reason: 'resource-verb:access' },
  { match: 'accessing', reason: 'resource-verb:accessing' },
  { match: 'extract', reason: 'resource-verb:extract' },
  { match: 'extracts', reason: 'resource-verb:extracts' },
  { match: 'extracting', reason: 'resource-verb:extracting' },
  { match: 'search', reason: 'resource-verb:search' },
  { match: 'searching', reason: 'resource-verb:searching' },
  { match: 'returns', reason: 'resource-verb:returns' },
  { match: 'lookup', reason: 'resource-verb:lookup' },
  { match: 'rank', reason: 'resource-verb:rank' },
  { match: 'select', reason: 'resource-verb:select' },
  { match: 'predecessor', reason: 'resource-verb:predecessor' },
  { match: 'ranking', reason: 'resource-verb:ranking' },
  { match: 'selection', reason: 'resource-verb:selection' },
  { match: 'successor', reason: 'resource-verb:successor' },
  { match: 'membership', reason: 'resource-verb:membership' },
  { match: 'lce', reason: 'resource-verb:lce' },
  { match: 'supports', reason: 'resource-verb:supports' },
  { match: 'supporting', reason: 'resource-verb:supporting' },
];

/** Operations that change a built structure: "supporting insertions and deletions in $O(…)$ time" is update time. */
export const UPDATE_VERBS: readonly { match: string; reason: string }[] = [
  { match: 'insert', reason: 'resource-update-verb:insert' },
  { match: 'inserts', reason: 'resource-update-verb:inserts' },
  { match: 'inserting', reason: 'resource-update-verb:inserting' },
  { match: 'delete', reason: 'resource-update-verb:delete' },
  { match: 'deletes', reason: 'resource-update-verb:deletes' },
  { match: 'deleting', reason: 'resource-update-verb:deleting' },
  { match: 'update', reason: 'resource-update-verb:update' },
  { match: 'updated', reason: 'resource-update-verb:updated' },
  { match: 'modify', reason: 'resource-update-verb:modify' },
  { match: 'modifying', reason: 'resource-update-verb:modifying' },
  { match: 'updates', reason: 'resource-update-verb:updates' },
  { match: 'updating', reason: 'resource-update-verb:updating' },
  { match: 'insertions', reason: 'resource-update-verb:insertions' },
  { match: 'deletions', reason: 'resource-update-verb:deletions' },
  { match: 'insertion', reason: 'resource-update-verb:insertion' },
  { match: 'deletion', reason: 'resource-update-verb:deletion' },
];

/** Words before "search" that make it an algorithm, not a query: "breadth-first search", "binary search". */
export const SEARCH_ALGORITHMS: ReadonlySet<string> = new Set(['first', 'binary', 'exhaustive', 'local', 'beam', 'grid', 'random', 'tree', 'brute', 'force', 'interpolation', 'exponential', 'ternary', 'galloping']);

/** Words that make an abstract about a built data structure, where operations before "in X time" are queries or updates. */
export const STRUCTURE_WORDS: ReadonlySet<string> = new Set([
  'index', 'indexes', 'indices', 'structure', 'structures', 'queries', 'succinct', 'dictionary', 'oracle', 'oracles', 'trie',
  'tries', 'bitvector', 'bitvectors', 'representation', 'representations', 'sketch', 'sketches',
]);

/** Query operations only count this far back from the bound (in tokens); the nearest few count everywhere. */
export const OPERATION_WINDOW = 12;
export const NEAR_OPERATION_WINDOW = 4;

/** Resources that a bound can reach across "on/for/in the …" ("Ω(…) on the ℓ2-norm estimation error"). */
export const PREPOSITION_RESOURCES: ReadonlySet<string> = new Set(['error', 'regret', 'sample', 'iteration', 'update', 'query', 'communication']);
export const RESOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'in', 'of']);

/** Words before "space" that make it a mathematical space, not memory ("state-space", "feature space"). */
export const NON_MEMORY_SPACES: ReadonlySet<string> = new Set([
  'state', 'action', 'search', 'feature', 'latent', 'embedding', 'hypothesis', 'parameter', 'solution', 'metric', 'vector',
  'hilbert', 'design', 'input', 'output', 'observation', 'policy', 'function', 'sample', 'probability', 'euclidean', 'banach',
  'configuration', 'representation', 'color', 'colour', 'event', 'topological', 'tangent', 'null', 'row', 'column',
]);

/** Words of coding theory: there insertions and deletions are channel errors, not updates of a structure. */
export const CODING_WORDS: ReadonlySet<string> = new Set(['code', 'codes', 'codeword', 'codewords', 'channel', 'channels', 'redundancy', 'decoding', 'correcting']);
