// Rule data: built-in acronym ↔ expansion table used to merge concept variants.

export interface AcronymRule { match: string; expansion: string; reason: string }

export const ACRONYM_RULES: readonly AcronymRule[] = [
  { match: 'llm', expansion: 'large language model', reason: 'acronym:llm' },
  { match: 'rl', expansion: 'reinforcement learning', reason: 'acronym:rl' },
  { match: 'gnn', expansion: 'graph neural network', reason: 'acronym:gnn' },
  { match: 'cnn', expansion: 'convolutional neural network', reason: 'acronym:cnn' },
  { match: 'rnn', expansion: 'recurrent neural network', reason: 'acronym:rnn' },
  { match: 'vit', expansion: 'vision transformer', reason: 'acronym:vit' },
  { match: 'vlm', expansion: 'vision language model', reason: 'acronym:vlm' },
  { match: 'nlp', expansion: 'natural language processing', reason: 'acronym:nlp' },
  { match: 'mdp', expansion: 'markov decision process', reason: 'acronym:mdp' },
  { match: 'sgd', expansion: 'stochastic gradient descent', reason: 'acronym:sgd' },
  { match: 'kv', expansion: 'key value', reason: 'acronym:kv' },
  { match: 'lcs', expansion: 'longest common subsequence', reason: 'acronym:lcs' },
  { match: 'lce', expansion: 'longest common extension', reason: 'acronym:lce' },
  { match: 'bwt', expansion: 'burrows wheeler transform', reason: 'acronym:bwt' },
  { match: 'bst', expansion: 'binary search tree', reason: 'acronym:bst' },
  { match: 'lp', expansion: 'linear programming', reason: 'acronym:lp' },
  { match: 'ssm', expansion: 'state space model', reason: 'acronym:ssm' },
  { match: 'moe', expansion: 'mixture of experts', reason: 'acronym:moe' },
  { match: 'rag', expansion: 'retrieval augmented generation', reason: 'acronym:rag' },
  { match: 'dit', expansion: 'diffusion transformer', reason: 'acronym:dit' },
  { match: 'apsp', expansion: 'all pairs shortest path', reason: 'acronym:apsp' },
  { match: 'sssp', expansion: 'single source shortest path', reason: 'acronym:sssp' },
  { match: 'mst', expansion: 'minimum spanning tree', reason: 'acronym:mst' },
  { match: 'nn', expansion: 'neural network', reason: 'acronym:nn' },
  { match: 'rmq', expansion: 'range minimum query', reason: 'acronym:rmq' },
  { match: 'lcp', expansion: 'longest common prefix', reason: 'acronym:lcp' },
  { match: 'lis', expansion: 'longest increasing subsequence', reason: 'acronym:lis' },
  { match: 'lcis', expansion: 'longest common increasing subsequence', reason: 'acronym:lcis' },
  { match: 'lcss', expansion: 'longest common subsequence', reason: 'acronym:lcss' },
  { match: 'scs', expansion: 'shortest common superstring', reason: 'acronym:scs' },
  { match: 'lpf', expansion: 'longest previous factor', reason: 'acronym:lpf' },
  { match: 'slp', expansion: 'straight line program', reason: 'acronym:slp' },
  { match: 'cdawg', expansion: 'compact directed acyclic word graph', reason: 'acronym:cdawg' },
  { match: 'csa', expansion: 'compressed suffix array', reason: 'acronym:csa' },
  { match: 'cst', expansion: 'compressed suffix tree', reason: 'acronym:cst' },
  { match: 'knn', expansion: 'k nearest neighbor', reason: 'acronym:knn' },
  { match: 'ov', expansion: 'orthogonal vector', reason: 'acronym:ov' },
  { match: 'bmm', expansion: 'boolean matrix multiplication', reason: 'acronym:bmm' },
  { match: 'amq', expansion: 'approximate membership query', reason: 'acronym:amq' },
];

/** Field-wide acronyms that name a topic, never a paper's own method ("we propose an RL method"). */
export const GENERIC_ACRONYMS: ReadonlySet<string> = new Set([
  ...ACRONYM_RULES.map((r) => r.match),
  'ner', 'ann', 'dnn', 'ml', 'ai', 'gpu', 'cpu', 'tpu', 'api', 'sota', 'pomdp', 'qa', 'cv', 'iot', 'ode', 'pde', 'svm', 'pca',
  'mcmc', 'ppo', 'dqn', 'gan', 'vae', 'mlp', 'lstm', 'bert', 'gpt', 'fft', 'dft', 'ilp', 'milp', 'sat', 'csp', 'dp', 'ram',
  'relu', 'qp', 'sdp', 'ldp', 'dnn', 'kl', 'iid', 'pac', 'roi',
]);
