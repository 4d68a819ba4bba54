// Rule data for the named methods a paper builds on (not its own): name-shaped tokens ("FM-index", "RePair",
// "LZ77"), eponymous algorithms and structures ("Dijkstra's algorithm", "Bloom filter", "Burrows-Wheeler
// transform"), and compound data-structure names ("wavelet tree"). Each rule has a reason `explain` prints.

/** Heads of data-structure and algorithm names: "<modifier> tree", "<Name> filter", "<Name>'s algorithm". */
export const METHOD_NAME_HEADS: ReadonlySet<string> = new Set([
  'tree', 'trees', 'trie', 'tries', 'array', 'arrays', 'heap', 'heaps', 'filter', 'filters', 'sketch', 'sketches', 'automaton',
  'automata', 'index', 'indexes', 'transform', 'hashing', 'table', 'tables', 'algorithm', 'sort', 'sorting', 'code', 'codes',
  'graph', 'forest', 'list', 'lists', 'queue', 'queues', 'vector', 'vectors', 'bitvector', 'bitvectors', 'dag', 'encoding',
  'parsing', 'parse', 'factorization', 'grammar', 'model', 'network', 'networks', 'method', 'estimator', 'search',
]);

/** Modifiers of a lower-case compound that make it a named data structure ("wavelet tree", "suffix array"). */
export const STRUCTURE_MODIFIERS: ReadonlySet<string> = new Set([
  'wavelet', 'suffix', 'segment', 'fenwick', 'interval', 'range', 'fusion', 'splay', 'treap', 'prefix', 'radix', 'patricia',
  'cartesian', 'merkle', 'kd', 'k-d', 'quad', 'octree', 'r', 'b', 'b+', 'van', 'emde', 'boas', 'bloom', 'cuckoo', 'count-min', 'hyperloglog',
  'minhash', 'lcp', 'rank', 'select', 'bit', 'skip', 'hash', 'finger', 'zip', 'link-cut',
  'euler', 'rmq', 'heavy', 'light', 'aho-corasick', 'lyndon', 'de', 'bruijn', 'fm', 'red-black', 'avl', 'pairing', 'fibonacci', 'binomial', 'leftist', 
]);

/** Model and architecture names that are methods when a paper builds on them (case-insensitive whole words). */
export const KNOWN_MODELS: readonly { match: string; name: string; reason: string }[] = [
  { match: 'transformer', name: 'Transformer', reason: 'uses:transformer' },
  { match: 'transformers', name: 'Transformer', reason: 'uses:transformers' },
  { match: 'mamba', name: 'Mamba', reason: 'uses:mamba' },
  { match: 'lstm', name: 'LSTM', reason: 'uses:lstm' },
  { match: 'bert', name: 'BERT', reason: 'uses:bert' },
  { match: 'resnet', name: 'ResNet', reason: 'uses:resnet' },
  { match: 'flashattention', name: 'FlashAttention', reason: 'uses:flashattention' },
  { match: 'flash attention', name: 'FlashAttention', reason: 'uses:flash-attention' },
  { match: 'adam', name: 'Adam', reason: 'uses:adam' },
];

/** Name-shaped tokens that are fields, units, complexity classes or assumptions, never a method. */
export const NOT_METHOD_NAMES: ReadonlySet<string> = new Set([
  'NP', 'P', 'PSPACE', 'EXPTIME', 'NEXPTIME', 'PPAD', 'BPP', 'RP', 'ZPP', 'BQP', 'QMA', 'AC0', 'TC0', 'NC', 'SETH', 'ETH', 'OV', 'APSP',
  '3SUM', 'BMM', 'OMv', 'UGC', 'RAM', 'PRAM', 'MPC', 'CPU', 'GPU', 'GPUs', 'TPU', 'API', 'AI', 'ML', 'NLP', 'LLM', 'LLMs', 'RL', 'CV',
  'IoT', 'SOTA', 'QA', 'DNA', 'RNA', 'PhD', 'USA', 'EU', 'UK', 'TB', 'GB', 'MB', 'KB', 'IO', 'I/O', 'I/Os', 'OK', 'IT', 'ID', 'IDs',
  'ICALP', 'SODA', 'STOC', 'FOCS', 'ESA', 'CPM', 'SPIRE', 'DCC', 'ISAAC', 'WADS', 'SWAT', 'MFCS', 'STACS', 'LATIN', 'IWOCA', 'JACM',
  'SIAM', 'TCS', 'TALG', 'ICML', 'NeurIPS', 'ICLR', 'CVPR', 'ACL', 'EMNLP', 'AAAI', 'IJCAI', 'KDD', 'VLDB', 'SIGMOD', 'WWW', 'arXiv',
  'LaTeX', 'GitHub', 'Python', 'C', 'C++', 'Java', 'Rust', 'SQL', 'XML', 'JSON', 'HTML', 'URL', 'GHz', 'MHz', 'FLOPs', 'FLOP',
  'ACM', 'IEEE', 'SICOMP', 'WABI', 'ALENEX', 'SEA', 'CIAC', 'COCOON', 'FCT', 'DLT', 'MFCS', 'RECOMB', 'ISMB', 'BMC', 'PLoS', 'LIPIcs',
  'NGS', 'RDF', 'SIMD', 'PTAS', 'EPTAS', 'FPTAS', 'APX', 'FPT', 'XP', 'W', 'DP', 'LP', 'ILP', 'SAT', 'CNF', 'DNF', 'FFT', 'GCD', 'LCM',
  'NVIDIA', 'Intel', 'AMD', 'ASCII', 'UTF-8', 'Unicode', 'GiB', 'MiB', 'KiB', 'TiB', 'GBs', 'CAS', 'SARS-CoV-2', 'COVID-19', 'HIV', 'USB',
  'RAM-model', 'word-RAM', 'Word-RAM', 'IID', 'KL', 'PAC', 'MDP', 'MDPs', 'POMDP', 'ODE', 'PDE', 'SDE', 'SGD', 'GAN', 'GANs',
]);

export const USES_REASONS = {
  nameToken: 'uses:name-token',
  eponym: 'uses:eponymous-name',
  compound: 'uses:structure-compound',
} as const;
