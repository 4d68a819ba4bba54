// Rule data: words that never start, end or make up a concept on their own, and words that split phrases.

export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'approach', 'approaches', 'paper', 'papers', 'result', 'results', 'problem', 'problems', 'method', 'methods', 'work', 'works',
  'model', 'models', 'framework', 'technique', 'techniques', 'algorithm', 'algorithms', 'task', 'tasks', 'performance', 'study',
  'analysis', 'experiment', 'experiments', 'setting', 'settings', 'case', 'cases', 'way', 'ways', 'number', 'time', 'terms', 'term',
  'state', 'art', 'use', 'data', 'set', 'sets', 'order', 'fact', 'type', 'types', 'part', 'parts', 'number', 'amount', 'lot',
  'improvement', 'improvements', 'bound', 'bounds', 'end', 'addition', 'contrast', 'respect', 'question', 'questions', 'factor', 'factors',
  'new', 'novel', 'first', 'second', 'third', 'main', 'key', 'various', 'different', 'existing', 'previous', 'prior', 'recent', 'current',
  'efficient', 'effective', 'simple', 'general', 'extensive', 'large', 'small', 'strong', 'significant', 'better', 'best', 'good', 'high',
  'low', 'optimal', 'known', 'standard', 'several', 'many', 'most', 'more', 'such', 'other', 'same', 'certain', 'specific', 'particular',
  'wide', 'range', 'variety', 'practice', 'theory', 'evaluation', 'benchmark', 'benchmarks', 'baseline', 'baselines', 'cost', 'costs',
  'complexity', 'quadratic', 'linear', 'constant', 'sublinear', 'logarithmic', 'polynomial', 'cubic', 'exponential', 'nearly',
  'code', 'implementation', 'available', 'github', 'https', 'http', 'www', 'com', 'org', 'experimental', 'empirical', 'theoretical',
  'abstract', 'proof', 'proofs', 'goal', 'challenge', 'challenges', 'issue', 'issues', 'limitation', 'limitations', 'advantage',
  'advantages', 'importance', 'interest', 'application', 'applications', 'property', 'properties', 'level', 'levels', 'scale',
  'step', 'steps', 'size', 'space', 'memory', 'speed', 'speedup', 'accuracy', 'quality', 'version', 'variant', 'variants', 'idea', 'form',
  'sub', 'super', 'quasi', 'near', 'due', 'find', 'lower', 'upper', 'computational', 'answer', 'along',
]);

/** Function words, verbs and connectives that end a candidate phrase (RAKE stop list). */
export const PHRASE_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'within', 'into',
  'onto', 'over', 'under', 'between', 'among', 'through', 'via', 'per', 'as', 'than', 'that', 'this', 'these', 'those', 'which', 'who',
  'whose', 'whom', 'what', 'when', 'where', 'while', 'whereas', 'if', 'then', 'else', 'so', 'thus', 'hence', 'therefore', 'however',
  'moreover', 'furthermore', 'also', 'only', 'even', 'both', 'either', 'neither', 'not', 'no', 'all', 'any', 'each', 'every', 'some',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'can', 'could', 'may', 'might', 'will',
  'would', 'shall', 'should', 'must', 'it', 'its', 'we', 'our', 'us', 'they', 'their', 'them', 'he', 'she', 'his', 'her', 'one', 'two',
  'three', 'up', 'down', 'out', 'about', 'across', 'after', 'before', 'upon', 'against', 'until', 'since', 'because', 'whether', 'how',
  'why', 'there', 'here', 'further', 'very', 'well', 'much', 'often', 'still', 'yet', 'already', 'just', 'i', 'e', 'g', 'etc', 'vs',
  'propose', 'proposes', 'proposed', 'present', 'presents', 'presented', 'introduce', 'introduces', 'introduced', 'show', 'shows',
  'showed', 'shown', 'demonstrate', 'demonstrates', 'achieve', 'achieves', 'achieved', 'achieving', 'use', 'uses', 'used', 'using',
  'provide', 'provides', 'provided', 'obtain', 'obtains', 'obtained', 'give', 'gives', 'given', 'study', 'studies', 'studied', 'consider',
  'considers', 'require', 'requires', 'required', 'based', 'make', 'makes', 'made', 'allow', 'allows', 'enable', 'enables', 'improve',
  'improves', 'improved', 'reduce', 'reduces', 'reduced', 'design', 'designed', 'develop', 'developed', 'apply', 'applied', 'run', 'runs',
  'compute', 'computes', 'computing', 'take', 'takes', 'called', 'named', 'dubbed', 'known', 'leads', 'lead', 'remains', 'remain',
  'suffer', 'suffers', 'outperforms', 'outperform', 'yields', 'yield', 'prove', 'proves', 'establish', 'like', 'unlike', 'including',
  // verbs that glue noun phrases together in abstracts ("… hidden pattern", "making RL …")
  'explain', 'explains', 'satisfy', 'satisfies', 'derive', 'derives', 'solve', 'solves', 'extend', 'extends', 'comprehend', 'correlate',
  'correlates', 'tackle', 'tackling', 'handle', 'handles', 'handling', 'making', 'dropping', 'yielding', 'involving', 'exhibit',
  'exhibits', 'reveal', 'reveals', 'enhance', 'enhances', 'enhancing', 'leverage', 'leverages', 'leveraging', 'capture', 'captures',
  'capturing', 'exploit', 'exploits', 'exploiting', 'ensure', 'ensures', 'perform', 'performs', 'maintain', 'maintains', 'maintaining',
  'preserve', 'preserves', 'preserving', 'depend', 'depends', 'accelerate', 'accelerates', 'address', 'addresses', 'addressing',
  'achieving', 'allowing', 'enabling', 'providing', 'showing', 'obtaining', 'requiring', 'reducing', 'improving', 'becomes', 'become',
  'seek', 'seeks', 'aim', 'aims', 'focus', 'focuses', 'relies', 'rely', 'lies', 'holds', 'hold', 'helps', 'help', 'works', 'match',
  'appear', 'appears', 'appeared', 'occur', 'occurs', 'contain', 'contains', 'exist', 'exists', 'belong', 'belongs', 'consist',
  'consists', 'arise', 'arises', 'admit', 'admits', 'represent', 'represents', 'denote', 'denotes', 'remain', 'returns', 'return',
  'matches', 'matching', 'scales', 'grows', 'grow', 'increase', 'increases', 'decrease', 'decreases', 'fail', 'fails', 'lack', 'lacks',
]);

/** Past-tense words that are part of topic phrases ("supervised learning", "weighted graph"); other "-ed" words split phrases. */
export const CONCEPT_PARTICIPLES: ReadonlySet<string> = new Set([
  'supervised', 'unsupervised', 'self-supervised', 'semi-supervised', 'distributed', 'weighted', 'unweighted', 'directed', 'undirected',
  'randomized', 'constrained', 'unconstrained', 'structured', 'unstructured', 'compressed', 'labeled', 'labelled', 'unlabeled',
  'augmented', 'pretrained', 'pre-trained', 'fixed', 'bounded', 'nested', 'mixed', 'shared', 'learned', 'embedded', 'connected',
  'balanced', 'ordered', 'sorted', 'parameterized', 'generalized', 'specialized', 'centralized', 'decentralized', 'federated',
  'grounded', 'conditioned', 'quantized', 'masked', 'gated', 'fine-tuned', 'advanced', 'integrated', 'regularized', 'normalized',
  'kernelized', 'sampled', 'rooted', 'colored', 'coloured', 'planar', 'dense', 'sparse', 'linked', 'indexed', 'encoded', 'attributed',
  'hashed', 'reduced', 'extended', 'restricted', 'approximated', 'guided', 'based', 'retrieval-augmented', 'increased',
]);

/** Words ending in "-ly" that are not adverbs. */
export const NON_ADVERB_LY: ReadonlySet<string> = new Set(['family', 'anomaly', 'assembly', 'supply', 'poly', 'monopoly', 'reply', 'apply', 'early', 'italy', 'july', 'ally', 'butterfly', 'jelly', 'rally', 'bully', 'holy']);

/** Plural-looking words that are their own singular. */
export const INVARIANT_NOUNS: ReadonlySet<string> = new Set(['series', 'species', 'news', 'physics', 'mathematics', 'economics', 'statistics', 'analysis', 'basis', 'bias', 'gas', 'lens', 'corpus', 'status', 'consensus', 'apparatus']);
