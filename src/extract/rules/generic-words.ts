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
]);
