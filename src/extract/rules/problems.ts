// Rule data for problem phrases: which words make a phrase generic, which title words introduce or qualify a
// problem rather than name it, and the abstract cues that announce one. Each cue has a unique reason that
// `explain` prints and a test makes fire.

/** Words that never name a problem on their own, nor start one ("the same problem", "a fundamental task"). */
export const GENERIC_PROBLEM_MODIFIERS: ReadonlySet<string> = new Set([
  'this', 'that', 'these', 'those', 'same', 'general', 'generic', 'following', 'above', 'aforementioned', 'open', 'fundamental',
  'classic', 'classical', 'central', 'well-studied', 'well-known', 'long-standing', 'longstanding', 'important', 'natural',
  'famous', 'celebrated', 'related', 'main', 'key', 'core', 'basic', 'underlying', 'original', 'standard', 'corresponding',
  'given', 'certain', 'such', 'new', 'novel', 'our', 'their', 'its', 'his', 'her', 'various', 'several', 'many', 'other',
  'real-world', 'practical', 'challenging', 'difficult', 'notorious', 'interesting', 'intriguing', 'specific', 'particular',
  'former', 'latter', 'whole', 'entire', 'first', 'second', 'third', 'two', 'three', 'both', 'each', 'every', 'any', 'all',
  'some', 'one', 'former', 'previous', 'prior', 'existing', 'known', 'main', 'major', 'critical', 'crucial', 'key', 'hard',
  'harder', 'hardest', 'easy', 'easier', 'simple', 'simpler', 'similar', 'different', 'analogous', 'complex', 'computational',
  'algorithmic', 'optimization', 'decision', 'search', 'counting', 'combinatorial', 'research', 'underlying', 'associated',
  'abovementioned', 'mentioned', 'considered', 'studied', 'resulting', 'remaining', 'relevant', 'corresponding', 'posed',
  'long', 'old', 'decades-old', 'decade-old', 'unsolved', 'unresolved', 'outstanding', 'major', 'widely', 'well', 'studied',
  'motivating', 'toy', 'hard', 'np-hard', 'np-complete', 'intractable', 'nontrivial', 'non-trivial', 'trivial', 'fascinating',
  'an', 'a', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'with', 'we', 'it', 'is', 'are', 'further', 'more', 'most', 'very',
]);

/** Head nouns that carry no topic: a phrase made only of them and generic modifiers is not a problem. */
export const GENERIC_PROBLEM_HEADS: ReadonlySet<string> = new Set([
  'problem', 'problems', 'task', 'tasks', 'question', 'questions', 'setting', 'settings', 'case', 'cases', 'issue', 'issues',
  'challenge', 'challenges', 'algorithm', 'algorithms', 'method', 'methods', 'approach', 'approaches', 'technique', 'techniques',
  'result', 'results', 'model', 'models', 'framework', 'frameworks', 'solution', 'solutions', 'goal', 'goals', 'scenario',
  'scenarios', 'application', 'applications', 'variant', 'variants', 'version', 'versions', 'instance', 'instances', 'input',
  'inputs', 'complexity', 'bound', 'bounds', 'analysis', 'study', 'work', 'paper', 'time', 'space', 'cost', 'costs', 'data',
  'structure', 'structures', 'system', 'systems', 'performance', 'efficiency', 'accuracy', 'quality', 'way', 'ways', 'field',
  'area', 'areas', 'domain', 'domains', 'topic', 'literature', 'theory', 'practice', 'aspect', 'aspects', 'property', 'properties',
  'computation', 'computations', 'operation', 'operations', 'procedure', 'procedures', 'process', 'step', 'steps', 'thing', 'things',
  'number', 'amount', 'set', 'sets', 'one', 'ones', 'kind', 'kinds', 'type', 'types', 'form', 'forms', 'part', 'parts', 'limit',
  'limits', 'barrier', 'barriers', 'gap', 'gaps', 'query', 'queries', 'object', 'objects', 'element', 'elements', 'item', 'items',
  'value', 'values', 'function', 'functions', 'parameter', 'parameters', 'hardness', 'lower', 'upper', 'tradeoff', 'tradeoffs',
  'trade-off', 'trade-offs', 'guarantee', 'guarantees', 'improvement', 'improvements', 'speedup', 'speedups', 'scheme', 'schemes',
  'idea', 'ideas', 'notion', 'notions', 'concept', 'concepts', 'design', 'implementation', 'implementations', 'experiment', 'experiments',
  'evaluation', 'benchmark', 'benchmarks', 'baseline', 'baselines', 'tool', 'tools', 'library', 'pipeline', 'architecture',
  'architectures', 'network', 'networks', 'strategy', 'strategies', 'formulation', 'formulations', 'generalization', 'generalizations',
  'extension', 'extensions', 'special', 'context', 'contexts', 'regime', 'regimes', 'condition', 'conditions', 'assumption',
  'assumptions', 'hypothesis', 'conjecture', 'answer', 'answers', 'example', 'examples', 'family', 'families', 'class', 'classes',
  // objects every string or graph abstract handles: alone or with generic words they name no problem ("input string")
  'string', 'strings', 'text', 'texts', 'sequence', 'sequences', 'word', 'words', 'tree', 'trees', 'graph', 'graphs', 'array', 'arrays',
  'pattern', 'patterns', 'occurrence', 'occurrences', 'character', 'characters', 'symbol', 'symbols', 'node', 'nodes', 'edge', 'edges',
  'vertex', 'vertices', 'position', 'positions', 'length', 'size', 'input', 'output', 'collection', 'list', 'lists', 'point', 'points',
  'distance', 'distances', 'update', 'updates', 'run', 'runs', 'based', 'programming', 'constraint', 'constraints', 'them',
  'then', 'which', 'bit', 'bits', 'block', 'blocks', 'entry', 'entries', 'label', 'labels', 'key', 'keys', 'record', 'records',
]);

/**
 * Method names whose head names the problem they address ("HiP Attention", "Hadamard Sparse Attention"): the head,
 * with the modifier before it when that says which kind ("sparse attention", "layer attention").
 */
export const METHOD_HEAD_PROBLEMS: readonly { head: string; kinds: readonly string[]; reason: string }[] = [
  { head: 'attention', kinds: ['sparse', 'linear', 'layer', 'sliding-window', 'cross', 'self', 'local', 'global', 'full', 'causal', 'efficient', 'softmax', 'kernel', 'multi-head', 'graph'], reason: 'problem:method-head-attention' },
];
export const METHOD_HEAD_WEIGHT = 1.6;

/** Openings of a phrase that count things rather than name a problem ("number of occurrences", "size of the index"). */
export const COUNT_OPENINGS: readonly string[] = ['number of', 'size of', 'length of', 'set of', 'sets of', 'sequence of', 'collection of', 'family of', 'class of', 'kind of', 'type of', 'types of', 'kinds of', 'amount of', 'series of', 'variety of', 'range of', 'list of', 'pair of', 'pairs of'];

/** Techniques, not problems: a phrase with this key is left to the methods. */
export const TECHNIQUE_KEYS: ReadonlySet<string> = new Set([
  'dynamic programming', 'divide and conquer', 'greedy algorithm', 'linear programming relaxation', 'local search', 'machine learning',
  'deep learning', 'reinforcement learning', 'data structure', 'succinct data structure', 'compressed data structure', 'lower bound',
]);

/**
 * Title words that introduce the problem (what follows "for"/"of"/"on"/"to" is the problem): "Fast Algorithms for …",
 * "Improved Bounds for …", "The Complexity of …", "Lower Bounds on …". Matched on the word before the preposition.
 */
export const CONTRIBUTION_HEADS: ReadonlySet<string> = new Set([
  'algorithm', 'algorithms', 'bound', 'bounds', 'structure', 'structures', 'approach', 'approaches', 'framework', 'frameworks',
  'method', 'methods', 'technique', 'techniques', 'result', 'results', 'tradeoff', 'tradeoffs', 'trade-off', 'trade-offs',
  'complexity', 'complexities', 'hardness', 'analysis', 'analyses', 'study', 'studies', 'solution', 'solutions', 'scheme', 'schemes',
  'heuristic', 'heuristics', 'reduction', 'reductions', 'improvement', 'improvements', 'guarantee', 'guarantees', 'limit', 'limits',
  'barrier', 'barriers', 'insight', 'insights', 'view', 'perspective', 'perspectives', 'survey', 'note', 'notes', 'remark', 'remarks',
  'model', 'models', 'benchmark', 'benchmarks', 'toolkit', 'library', 'system', 'systems', 'pipeline', 'architecture', 'network',
  'networks', 'index', 'indexes', 'indices', 'sketch', 'sketches', 'oracle', 'oracles', 'encoding', 'encodings', 'representation',
  'representations', 'implementation', 'implementations', 'strategy',
  'strategies', 'policy', 'policies', 'estimator', 'estimators', 'tool', 'tools', 'procedure', 'procedures',
  'protocol', 'protocols', 'characterization', 'characterizations', 'design', 'designs', 'construction', 'constructions', 'estimate', 'estimates', 'approximation', 'approximations', 'separation', 'separations', 'theorem', 'theorems', 'proof',
  'proofs', 'attention', 'transformer', 'transformers', 'mechanism', 'mechanisms', 'layer', 'layers', 'module', 'modules',
  'filter', 'filters', 'tree', 'trees', 'dataset', 'datasets', 'agent', 'agents', 'engine', 'kernel', 'kernels', 'code', 'codes',
  'evaluation', 'experiments', 'lens', 'look',
]);

/**
 * Words stripped from the start of a title phrase: how good the contribution is, not what it is about
 * ("Fast", "Improved", "Optimal-Time"). Variant words (dynamic, approximate, online, compressed) are kept.
 */
export const QUALITY_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'on', 'fast', 'faster', 'fastest', 'improved', 'improving', 'optimal', 'near-optimal', 'nearly-optimal', 'optimal-time',
  'optimal-space', 'efficient', 'more', 'simple', 'simpler', 'practical', 'new', 'novel', 'better', 'tight', 'tighter', 'space-efficient',
  'time-efficient', 'scalable', 'towards', 'toward', 'revisiting', 'rethinking', 'breaking', 'beyond', 'almost', 'nearly', 'near',
  'linear-time', 'near-linear', 'near-linear-time', 'nearly-linear', 'sublinear', 'sublinear-time', 'subquadratic', 'sub-quadratic',
  'truly', 'quadratic', 'polynomial-time', 'polynomial', 'exponential', 'logarithmic', 'constant-time', 'time-optimal', 'space-optimal',
  'some', 'two', 'three', 'several', 'further', 'unified', 'universal', 'general', 'simplified', 'elegant', 'provably',
  'provable', 'high-performance', 'lightweight', 'light-weight', 'robust', 'accurate', 'effective', 'highly', 'ultra-fast', 'ultrafast',
  'lower', 'upper', 'fine-grained', 'strong', 'stronger', 'refined', 'sharp', 'sharper', 'tight', 'first', 'our', 'your', 'what',
  'how', 'why', 'when', 'can', 'does', 'is', 'are', 'do', 'all', 'any', 'and', 'or', 'of', 'for', 'in', 'to', 'with', 'from',
]);

/** Prepositions that split a title into a contribution and what it is for ("X for Y", "X via Y", "X using Y"). */
export const TITLE_PIVOTS: ReadonlySet<string> = new Set(['for', 'via', 'using', 'through', 'by', 'towards', 'toward', 'with', 'without', 'beyond', 'against', 'from', 'under', 'at', 'as', 'into', 'versus', 'vs', 'when', 'where']);

/**
 * A trailing "in …" / "on …" / "with …" is a qualifier of the result, not part of the problem, when its words
 * are about cost or the computation model ("in Optimal Time and Space", "in the Restore Model", "with Applications").
 */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  'time', 'space', 'memory', 'round', 'rounds', 'pass', 'passes', 'model', 'models', 'practice', 'theory', 'application', 'applications',
  'guarantee', 'guarantees', 'bound', 'bounds', 'scale', 'query', 'queries', 'sample', 'samples', 'complexity', 'step', 'steps',
  'work', 'depth', 'bit', 'bits', 'word-ram', 'ram', 'parallel', 'expectation', 'average', 'worst', 'case', 'probability',
  'implementation', 'experiment', 'experiments', 'evaluation', 'analysis', 'ease', 'minutes', 'seconds', 'gpu', 'gpus', 'cpu',
  'hardware', 'cluster', 'clusters', 'cloud', 'edge', 'wild', 'limit', 'regime', 'setting', 'settings', 'dimension', 'dimensions',
  'error', 'errors', 'noise', 'theoretical', 'empirical', 'optimal', 'linear', 'sublinear', 'polynomial', 'constant', 'logarithmic',
  'cubic', 'quadratic', 'subquadratic', 'sub-quadratic', 'subcubic', 'sub-cubic', 'near-linear', 'nearly-linear', 'quasi-linear',
  'quasilinear', 'superlinear', 'exponential', 'polylogarithmic', 'almost', 'nearly', 'near', 'truly', 'deterministic', 'randomized',
  'expected', 'amortized', 'worst-case', 'small', 'little', 'less', 'low', 'high', 'ram', 'word-ram', 'pointer', 'machine',
  'alphabet', 'alphabets', 'integer', 'integers', 'arbitrary', 'bounded', 'unbounded', 'large', 'fixed', 'general', 'many', 'few',
]);

/**
 * Process words dropped from a problem's key (computing the Lyndon array = Lyndon array computation = Lyndon
 * array), kept in its label. Task words that are the problem itself ("sorting", "counting", "matching") are not here.
 */
export const PROCESS_LEADING: ReadonlySet<string> = new Set([
  // praise and attention, not part of the name ("the much studied LCS problem", "the well-known X")
  'much', 'widely', 'extensively', 'intensively', 'heavily', 'well', 'studied', 'known', 'famous', 'celebrated', 'classic',
  'classical', 'fundamental', 'important', 'standard', 'basic', 'notorious', 'long-standing', 'longstanding', 'so', 'called',
  // verbs that open a title purpose ("Reducing approximate LCS to …", "Improving X")
  'reducing', 'improving', 'accelerating', 'speeding', 'beating', 'breaking', 'revisiting', 'towards', 'toward',
  'computing', 'computation', 'compute', 'constructing', 'construction', 'construct', 'building', 'build', 'solving', 'solve',
  'finding', 'find', 'inducing', 'induce', 'obtaining', 'determining', 'determine', 'deciding', 'decide', 'efficiently', 'quickly', 'exactly', 'optimally',
]);
export const PROCESS_TRAILING: ReadonlySet<string> = new Set(['computation', 'computations', 'construction', 'constructions', 'computing']);

/** Cost nouns: a phrase ending in one names a measure of a problem, not a problem ("communication complexity"). */
export const COST_HEADS: ReadonlySet<string> = new Set([
  'complexity', 'complexities', 'bound', 'bounds', 'cost', 'costs', 'time', 'space', 'regret', 'rate', 'rates', 'overhead', 'runtime',
  'performance', 'efficiency', 'accuracy', 'error', 'errors', 'guarantee', 'guarantees', 'tradeoff', 'tradeoffs', 'trade-off',
  'trade-offs', 'barrier', 'barriers', 'speedup', 'speed', 'redundancy', 'exponent', 'exponents', 'usage', 'footprint',
]);

/** The same problem under two common names (key → key). Applied after acronym expansion and singularisation. */
export const PROBLEM_SYNONYMS: readonly { match: string; canonical: string; reason: string; /** only when it is the whole name */ whole?: boolean }[] = [
  { match: 'shortest superstring', canonical: 'shortest common superstring', reason: 'synonym:shortest-superstring' },
  { match: 'disjoint set union', canonical: 'union find', reason: 'synonym:disjoint-set-union' },
  { match: 'levenshtein distance', canonical: 'edit distance', reason: 'synonym:levenshtein' },
  { match: 'string edit distance', canonical: 'edit distance', reason: 'synonym:string-edit-distance' },
  { match: 'range minimum', canonical: 'range minimum query', reason: 'synonym:range-minimum' },
  { match: 'range minimum queries', canonical: 'range minimum query', reason: 'synonym:range-minimum-queries' },
  { match: 'exact pattern matching', canonical: 'pattern matching', reason: 'synonym:exact-pattern-matching' },
  { match: 'string matching', canonical: 'pattern matching', reason: 'synonym:string-matching' },
  { match: 'lz77', canonical: 'lempel ziv77', reason: 'synonym:lz77' },
  { match: 'lz78', canonical: 'lempel ziv78', reason: 'synonym:lz78' },
  // LZ77 under its other names: the Lempel–Ziv factorization or parsing of the string (LZ78 is another parsing)
  { match: 'lempel ziv factorization', canonical: 'lempel ziv77', reason: 'synonym:lempel-ziv-factorization' },
  { match: 'lempel ziv parsing', canonical: 'lempel ziv77', reason: 'synonym:lempel-ziv-parsing' },
  { match: 'lempel ziv77 factorization', canonical: 'lempel ziv77', reason: 'synonym:lz77-factorization' },
  { match: 'lempel ziv77 parsing', canonical: 'lempel ziv77', reason: 'synonym:lz77-parsing' },
  { match: 'lempel ziv 77', canonical: 'lempel ziv77', reason: 'synonym:lempel-ziv-77' },
  { match: 'lz factorization', canonical: 'lempel ziv77', reason: 'synonym:lz-factorization' },
  { match: 'lz parsing', canonical: 'lempel ziv77', reason: 'synonym:lz-parsing' },
  { match: 'lempel ziv parse', canonical: 'lempel ziv77', reason: 'synonym:lempel-ziv-parse' },
  { match: 'lempel ziv77 parse', canonical: 'lempel ziv77', reason: 'synonym:lz77-parse' },
  { match: 'lempel ziv 78', canonical: 'lempel ziv78', reason: 'synonym:lempel-ziv-78' },
  // "Lempel-Ziv" alone is LZ77 in this literature (LZ78 is always named so)
  { match: 'lempel ziv', canonical: 'lempel ziv77', reason: 'synonym:lempel-ziv', whole: true },
  { match: 'suffix sorting', canonical: 'suffix array', reason: 'synonym:suffix-sorting' },
  { match: 'pair shortest path', canonical: 'all pair shortest path', reason: 'synonym:pairs-shortest-paths', whole: true },
  // the edit distance of two trees is tree edit distance, not string edit distance
  { match: 'edit distance between tree', canonical: 'tree edit distance', reason: 'synonym:edit-distance-between-trees' },
  { match: 'edit distance between rooted tree', canonical: 'tree edit distance', reason: 'synonym:edit-distance-between-rooted-trees' },
  { match: 'edit distance between ordered tree', canonical: 'tree edit distance', reason: 'synonym:edit-distance-between-ordered-trees' },
  { match: 'edit distance of tree', canonical: 'tree edit distance', reason: 'synonym:edit-distance-of-trees' },
  { match: 'edit distance between unrooted tree', canonical: 'unrooted tree edit distance', reason: 'synonym:edit-distance-between-unrooted-trees' },
  { match: 'edit distance between two rooted tree', canonical: 'tree edit distance', reason: 'synonym:edit-distance-between-two-rooted-trees' },
];

/**
 * Words the lexicon reads as verbs that, inside a problem's name, are nouns: "threshold Dyck edit distance problem",
 * "minimum cut problem", "set cover problem". A phrase finder does not stop at them.
 */
export const NOUN_VERBS: ReadonlySet<string> = new Set(['edit', 'cut', 'cover', 'match', 'sort', 'search', 'flow', 'hash', 'join', 'walk', 'sum', 'pack', 'color', 'colour', 'rank', 'select', 'merge', 'route', 'load', 'hit', 'map']);

/**
 * Words that, written before a problem's name, make it a problem on other objects: "tree edit distance" (and "edit
 * distance between rooted trees"), "Dyck edit distance", "language edit distance", "graph isomorphism". A bound said
 * of one is not a bound of the bare problem. The adjectives count only before a structure word ("unrooted tree").
 */
export const OBJECT_QUALIFIERS: ReadonlySet<string> = new Set(['tree', 'forest', 'dyck', 'language', 'graph', 'grammar', 'rna', 'dag']);
// (rooted, ordered, labelled trees are the default ones: only the other kinds make a variant)
export const OBJECT_QUALIFIER_ADJECTIVES: ReadonlySet<string> = new Set(['unrooted', 'unordered']);
/** Objects that, named after a problem, make it another problem: "X between (two) trees" is "tree X". */
export const OBJECT_NOUNS: ReadonlySet<string> = new Set(['tree', 'forest', 'graph', 'dag']);
/** The default kind of those objects: dropped ("edit distance between rooted trees" is tree edit distance). */
export const OBJECT_DEFAULT_ADJECTIVES: ReadonlySet<string> = new Set(['rooted', 'ordered', 'labeled', 'labelled']);
/** Words between the preposition and the objects ("between two", "of a pair of"). */
export const OBJECT_FILL_WORDS: ReadonlySet<string> = new Set(['two', 'a', 'pair', 'of', 'given']);

export type ProblemCueKind = 'problem-suffix' | 'problem-of' | 'study-verb' | 'known-as' | 'task-of' | 'object-of' | 'title';

/** How each kind of evidence weighs when a paper's main problems are chosen. */
export interface ProblemCue { kind: ProblemCueKind; words: string; weight: number; reason: string }

export const PROBLEM_CUES: readonly ProblemCue[] = [
  { kind: 'problem-suffix', words: 'problem', weight: 2.2, reason: 'problem:x-problem' },
  { kind: 'problem-suffix', words: 'problems', weight: 2, reason: 'problem:x-problems' },
  { kind: 'problem-of', words: 'problem of', weight: 2.2, reason: 'problem:problem-of' },
  { kind: 'problem-of', words: 'problems of', weight: 2, reason: 'problem:problems-of' },
  { kind: 'task-of', words: 'task of', weight: 1.6, reason: 'problem:task-of' },
  { kind: 'task-of', words: 'question of', weight: 1.4, reason: 'problem:question-of' },
  { kind: 'task-of', words: 'complexity of', weight: 1.4, reason: 'problem:complexity-of' },
  { kind: 'known-as', words: 'known as', weight: 1.8, reason: 'problem:known-as' },
  { kind: 'known-as', words: 'referred to as', weight: 1.8, reason: 'problem:referred-to-as' },
  { kind: 'study-verb', words: 'we study', weight: 1.7, reason: 'problem:we-study' },
  { kind: 'study-verb', words: 'we consider', weight: 1.5, reason: 'problem:we-consider' },
  { kind: 'study-verb', words: 'we investigate', weight: 1.5, reason: 'problem:we-investigate' },
  { kind: 'study-verb', words: 'we revisit', weight: 1.6, reason: 'problem:we-revisit' },
  { kind: 'study-verb', words: 'we address', weight: 1.5, reason: 'problem:we-address' },
  { kind: 'study-verb', words: 'we tackle', weight: 1.5, reason: 'problem:we-tackle' },
  { kind: 'study-verb', words: 'we solve', weight: 1.5, reason: 'problem:we-solve' },
  { kind: 'study-verb', words: 'we examine', weight: 1.3, reason: 'problem:we-examine' },
  { kind: 'study-verb', words: 'we focus on', weight: 1.4, reason: 'problem:we-focus-on' },
  { kind: 'study-verb', words: 'this paper studies', weight: 1.7, reason: 'problem:paper-studies' },
  { kind: 'study-verb', words: 'this paper considers', weight: 1.5, reason: 'problem:paper-considers' },
  { kind: 'study-verb', words: 'this paper addresses', weight: 1.5, reason: 'problem:paper-addresses' },
  { kind: 'study-verb', words: 'this work studies', weight: 1.6, reason: 'problem:work-studies' },
  { kind: 'study-verb', words: 'the study of', weight: 1.5, reason: 'problem:the-study-of' },
  { kind: 'study-verb', words: 'algorithms for', weight: 1.3, reason: 'problem:algorithms-for' },
  { kind: 'study-verb', words: 'algorithm for', weight: 1.3, reason: 'problem:algorithm-for' },
  { kind: 'study-verb', words: 'data structure for', weight: 1.3, reason: 'problem:data-structure-for' },
  { kind: 'study-verb', words: 'lower bound for', weight: 1.2, reason: 'problem:lower-bound-for' },
  // the object of a task verb: "computing the sparse suffix array", "to solve pattern matching queries"
  ...['compute', 'computing', 'computes', 'construct', 'constructing', 'constructs', 'solve', 'solving', 'solves', 'answer', 'answering',
    'answers', 'support', 'supports', 'supporting', 'maintain', 'maintaining', 'maintains', 'count', 'counting', 'locate', 'locating',
    'decode', 'decoding', 'report', 'reporting', 'detect', 'detecting', 'recognize', 'recognizing', 'approximate', 'approximating',
    'estimate', 'estimating', 'store', 'storing', 'index', 'indexing', 'sort', 'sorting', 'enumerate', 'enumerating', 'handle',
    'handles', 'handling', 'tackle', 'tackles', 'tackling'].map((v) => ({ kind: 'object-of' as const, words: v, weight: 1.1, reason: `problem:object-of-${v}` })),
  { kind: 'object-of', words: 'such as', weight: 0.9, reason: 'problem:such-as' },
  { kind: 'object-of', words: 'including', weight: 0.8, reason: 'problem:including' },
  { kind: 'object-of', words: 'applications to', weight: 1, reason: 'problem:applications-to' },
  { kind: 'object-of', words: 'applications in', weight: 1, reason: 'problem:applications-in' },
];

/** Weight of a term the abstract defines with an acronym ("aggregative Markov games (AMGs)") that is not the paper's method. */
export const DEFINED_TERM = { weight: 1.3, reason: 'problem:defined-term' } as const;
/** Weight of the noun phrase that opens the abstract ("The Consecutive Ones Property is …", "3D Gaussian Splatting (3DGS) renders …"). */
export const OPENING_SUBJECT = { weight: 1.3, reason: 'problem:opening-subject' } as const;
/** Weight of "<contribution head> for/to X" in the abstract ("a novel architecture for X", "an index for X"). */
export const CONTRIBUTION_FOR = { weight: 1.4, reason: 'problem:contribution-for' } as const;

/** Weights of the title rules (the title names the main problem far more often than any abstract cue). */
export const TITLE_RULES: readonly { rule: string; weight: number; reason: string }[] = [
  { rule: 'after-contribution', weight: 3.2, reason: 'problem:title-after-contribution' },
  { rule: 'after-pivot', weight: 3, reason: 'problem:title-after-pivot' },
  { rule: 'before-pivot', weight: 2.6, reason: 'problem:title-before-pivot' },
  { rule: 'whole', weight: 2.8, reason: 'problem:title-phrase' },
  { rule: 'after-method-name', weight: 2.6, reason: 'problem:title-after-name' },
  { rule: 'conjunct', weight: 2.8, reason: 'problem:title-conjunct' },
  // "Tree Edit Distance Cannot be Computed in Strongly Subcubic Time": the subject of a title that is a sentence
  { rule: 'subject-before-verb', weight: 2.8, reason: 'problem:title-subject-before-verb' },
];

/**
 * Keys that never make a problem node: models of computation, operations every string structure supports, and the
 * generic phrases of abstracts. A problem node names a computational task.
 */
export const NON_PROBLEM_KEYS: ReadonlySet<string> = new Set([
  'random access', 'computing', 'computation', 'word ram', 'ram', 'word random access machine', 'random access machine', 'real ram',
  'pointer machine', 'cell probe', 'external memory', 'external memory model', 'io model', 'streaming model', 'comparison model',
  'congest model', 'local model', 'future research', 'future work', 'future direction', 'ground truth', 'research', 'real world',
  'state of art', 'state of the art', 'practice', 'theory', 'application', 'experiment', 'empirical evaluation', 'case study',
]);

/** Heads that make a key a model, a system or an artefact rather than a task ("language model", "transformer"). */
export const NON_PROBLEM_HEADS: ReadonlySet<string> = new Set([
  // qualities and fragments of abstract prose, not tasks ("high quality", "zero shot", "large language [models]")
  'quality', 'shot', 'free', 'purpose', 'box', 'range', 'horizon', 'fidelity', 'resolution', 'unit', 'capability', 'ability',
  'effectiveness', 'challenging', 'underexplored', 'designed', 'based', 'language', 'neural', 'intelligence', 'direction', 'research',
  'deletion', 'insertion', 'data', 'work', 'element', 'item', 'setting', 'scenario', 'domain', 'field', 'area', 'level', 'scale',
  'model', 'machine', 'network', 'llm', 'transformer', 'architecture', 'framework', 'benchmark', 'dataset', 'library', 'toolkit',
  'system', 'platform', 'pipeline', 'agent', 'module', 'encoder', 'decoder', 'backbone', 'paradigm', 'regime', 'setting', 'hypothesis',
  'conjecture', 'assumption', 'community', 'literature', 'survey', 'tutorial',
]);

/** Nouns for the input of a string or graph algorithm, and words that only describe such an input. */
export const INPUT_NOUNS: ReadonlySet<string> = new Set(['string', 'text', 'sequence', 'word', 'array', 'tree', 'graph', 'alphabet', 'pattern', 'input', 'data', 'collection', 'document', 'set', 'list', 'integer', 'number', 'point', 'matrix', 'element', 'item', 'key', 'vertex', 'node', 'edge', 'symbol', 'character']);

/** First words that make a phrase a clause of abstract prose, not a task ("demonstrate the effectiveness", "future research"). */
export const NON_PROBLEM_FIRST: ReadonlySet<string> = new Set(['demonstrate', 'remain', 'remains', 'facilitate', 'achieve', 'show', 'enable', 'provide', 'future', 'downstream', 'general', 'large', 'high', 'low', 'long', 'multimodal', 'novel', 'new', 'recent', 'state', 'various']);
export const INPUT_WORDS: ReadonlySet<string> = new Set([
  'binary', 'repetitive', 'highly', 'random', 'compressed', 'long', 'short', 'general', 'arbitrary', 'given', 'two', 'multiple', 'many',
  'degenerate', 'indeterminate', 'large', 'small', 'massive', 'dynamic', 'static', 'ordered', 'unordered', 'integer', 'constant', 'size',
  'finite', 'infinite', 'real', 'input', 'output', 'sorted', 'unsorted', 'directed', 'undirected', 'weighted', 'planar', 'sparse', 'dense',
  'labeled', 'labelled', 'rooted', 'unrooted', 'natural', 'genomic', 'dna', 'protein', 'biological', 'similar', 'distinct',
]);

/**
 * Modifiers that make "<modifier> <problem>" a variant of the problem ("weighted LCS", "gap edit distance"), not
 * another problem ("tree edit distance", "Dyck edit distance", "LZ77 compressed indexing").
 */
export const VARIANT_MODIFIERS: ReadonlySet<string> = new Set([
  'weighted', 'unweighted', 'gap', 'bounded', 'constrained', 'generalized', 'generalised', 'restricted', 'multiple', 'approximate',
  'dynamic', 'online', 'offline', 'sparse', 'compressed', 'parameterized', 'parameterised', 'permutation', 'binary', 'directed',
  'undirected', 'exact', 'partial', 'circular', 'cyclic', 'local', 'global', 'normalized', 'normalised', 'unit', 'fully', 'semi',
  'incremental', 'decremental', 'static', 'streaming', 'distributed', 'parallel', 'quantum', 'randomized', 'deterministic',
  'all', 'single', 'pairwise', 'multi', 'substring', 'subsequence', 'sequential', 'banded', 'threshold', 'decision', 'counting',
  'heaviest', 'top', 'k', 'r', 'd', 'length', 'small', 'large', 'fixed', 'variable', 'uniform', 'indeterminate', 'degenerate',
  'elastic', 'order', 'preserving', 'isomorphic', 'cartesian', 'parameterised', 'rooted', 'unrooted', 'labeled', 'labelled',
]);
/** Words after a problem's name that make the whole a variant of it ("LCS of k strings", "X with gaps"). */
export const VARIANT_TAIL_WORDS: ReadonlySet<string> = new Set(['of', 'in', 'on', 'over', 'under', 'with', 'for', 'between', 'without', 'among', 'within', 'using', 'at',
  // the same task named with its operation or its output: "LCE queries", "LCS computation", "SA construction"
  'query', 'computation', 'construction', 'algorithm', 'problem', 'oracle', 'data', 'structure', 'length', 'score', 'value', 'size']);
