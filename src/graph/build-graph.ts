// Assembles the knowledge graph from per-paper claims: paper, entity and bound-class nodes;
// mentions/introduces/claims/related/improves/cites edges; clusters; sizes, colours and layout.
import Graph from 'graphology';
import { DEFAULT_SETTING, type Claim, type PaperClaims, type Role } from '../extract/types.ts';
import { settingForProblem } from '../extract/setting.ts';
import type { BuildOptions, ClusterInfo, GrowthOps, PaperNode, PaperDetail, EntityNode, BoundNode, GraphEdge } from './types.ts';
import { collectFeatures, featureName, isTermFeature, ENTITY_KINDS, type EntityKind, type FeatureTable } from './features.ts';
import { similarityEdges, documentFrequency, type SimilarityEdge } from './similarity.ts';
import { clusterPapers, clusterTerms, clusterLabel, cooccur, isBoundTalk, labelTerms, termPapers } from './cluster.ts';
import { displayTerm } from './term-display.ts';
import { findImprovements, linkImprovements } from './improves.ts';
import { citationLinks } from './citations.ts';
import { collectProblems } from './problems.ts';
import { mergeKey } from './concepts.ts';
import { problemKey } from '../extract/entities/canonical.ts';
import { selectConcepts } from './concept-selection.ts';
import { layoutGraph } from './layout.ts';
import { TYPE_COLORS } from './palette.ts';
import { fnv1a, round, byString } from './rng.ts';
import { table as nullProtoTable } from '../extract/bounds/table.ts';

export interface BuiltGraph {
  graph: Graph;
  clusters: ClusterInfo[];
  modularity: number | null;
  /** paper details by shard name when they are not inline */
  shards: Map<string, Record<string, PaperDetail>> | null;
  stats: { papers: number; duplicates: number; related: number; improves: number; cites: number; features: number; digest: string };
  /** concepts judged generic from their spread over the corpus, most frequent first */
  genericTerms: string[];
}

const ROLE_RANK: Record<Role, number> = { result: 0, lower: 1, prior: 2, other: 3 };

function paperLabel(title: string, max: number): string {
  const t = title.trim() || '(untitled)';
  return t.length > max ? `${t.slice(0, max - 3).trimEnd()}…` : t;
}

/** Above this many papers the graph is "large": fewer edges per paper and shorter labels keep graph.json under ~40 MB at 75k papers. */
export const LARGE_GRAPH = 20_000;
/** Below this many papers few concepts reach two papers: cluster labels may also use keyword terms. */
const SMALL_CORPUS = 200;

/** The k strongest edges of each paper (an edge stays if either end keeps it), in input order. */
function keepStrongest(n: number, edges: readonly SimilarityEdge[], k: number): SimilarityEdge[] {
  const per: number[][] = Array.from({ length: n }, () => []);
  edges.forEach((e, idx) => { per[e.a].push(idx); per[e.b].push(idx); });
  const keep = new Uint8Array(edges.length);
  for (const list of per) {
    list.sort((x, y) => edges[y].weight - edges[x].weight || x - y);
    for (let r = 0; r < list.length && r < k; r++) keep[list[r]] = 1;
  }
  return edges.filter((_e, idx) => keep[idx] === 1);
}

/** The sentence a claim sits in (bounded: an edge attribute, not a copy of the abstract). */
function sentenceOf(p: PaperClaims, c: Claim | undefined): string {
  if (!c || !Array.isArray(c.sentence) || typeof p.abstract !== 'string') return '';
  return p.abstract.slice(c.sentence[0], Math.min(c.sentence[1], c.sentence[0] + 600));
}

/** A claim with its corpus-resolved problem key, and the title's restriction of that problem in its setting. */
function finalClaim(cl: Claim, p: PaperClaims, problem: string | null): Claim {
  const setting = settingForProblem(cl.setting ?? DEFAULT_SETTING, cl.role, p.title ?? '', problem, p.acronyms && typeof p.acronyms === 'object' ? p.acronyms : {});
  return cl.problem === problem && setting === cl.setting ? cl : { ...cl, problem, setting };
}

export function shardOf(id: string, shards: number): string {
  return (fnv1a(id) % shards).toString(16).padStart(shards > 256 ? 3 : 2, '0');
}

/** Total order on two records of one paper: longer abstract, more claims, then the larger JSON. */
function richer(a: PaperClaims, b: PaperClaims): boolean {
  const la = (a.abstract ?? '').length, lb = (b.abstract ?? '').length;
  if (la !== lb) return la > lb;
  if (a.claims.length !== b.claims.length) return a.claims.length > b.claims.length;
  return JSON.stringify({ ...a, source: null }) > JSON.stringify({ ...b, source: null });
}

/** Clock for stage timings; performance.now exists in Node and browsers without importing node:*. */
const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function assembleGraph(input: readonly PaperClaims[], growth: GrowthOps, opts: BuildOptions = {}): BuiltGraph {
  const stage = (() => {
    let t = now();
    return (name: string) => { const t2 = now(); opts.onStage?.(name, t2 - t); t = t2; };
  })();

  // one node per paper id, in id order: the graph may not depend on how the corpus was split or ordered
  // (claims shards in any order give the same graph). Of two records with one id, the richer one wins.
  const byId = new Map<string, PaperClaims>();
  for (const p of input) {
    const q = byId.get(p.id);
    if (!q || richer(p, q)) byId.set(p.id, p);
  }
  const papers = [...byId.values()].sort((a, b) => byString(a.id, b.id));
  const n = papers.length;
  const large = n > LARGE_GRAPH;
  const minDf = opts.minDf ?? 2;

  const problems = collectProblems(papers, { thesaurus: opts.thesaurus, problems: opts.problems, minDf: large ? Math.max(3, minDf) : minDf });
  // keyword terms label clusters only in small corpora; above that their names are not kept (memory)
  const table = collectFeatures(papers, opts.thesaurus, problems, { hashTerms: n >= SMALL_CORPUS });
  stage('features');
  // clustering sees k=5 neighbours; graph.json keeps fewer per paper on large graphs (file size)
  const similar = similarityEdges(table.features, table.interner.names.length, { k: 5 });
  const related = keepStrongest(n, similar, opts.relatedK ?? (large ? 1 : 5));
  stage('similarity');
  const clustering = clusterPapers(n, similar, { seed: opts.seed, resolution: opts.resolution });
  stage('cluster');

  const graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  const inline = n <= (opts.inlineAbstractsMax ?? 5000);
  const shardCount = opts.abstractShards ?? 256;
  const shards = inline ? null : new Map<string, Record<string, PaperDetail>>();
  const paperKey = (p: PaperClaims) => `paper:${p.id}`;

  papers.forEach((p, i) => {
    const c = clustering.assignment[i];
    const ent = table.entities[i];
    const node: PaperNode = {
      type: 'paper', label: paperLabel(p.title, large ? 32 : 60), x: 0, y: 0, size: 1, color: clustering.clusters[c].color,
      title: p.title, year: p.year, url: p.url, authors: p.authors,
      // claims carry the corpus-resolved problem key (the node `problem:<key>`), or null
      cluster: c, claims: p.claims.map((cl, ci) => finalClaim(cl, p, problems.claimProblem[i][ci])),
      methods: [...ent.method.keys()].map((k) => table.vocab.method.label(k)),
      // the paper's main problems (the others it names are linked by edges)
      problems: problems.main[i].filter((k) => ent.problem.has(k)).map((k) => table.vocab.problem.label(k)),
    };
    if (inline) node.abstract = p.abstract;
    else {
      // large corpora: abstract, full author list and url live in papers/<shard>.json, loaded on demand
      const s = shardOf(p.id, shardCount);
      delete node.url;
      delete node.authors;
      node.abstractShard = s;
      let rec = shards!.get(s);
      if (!rec) { rec = nullProtoTable(); shards!.set(s, rec); } // keyed by paper id: an id "__proto__" is a key like any other
      rec[p.id] = { abstract: p.abstract, authors: p.authors, url: p.url };
    }
    graph.addNode(paperKey(p), node);
  });

  // entity nodes: enough papers (assumptions always: there are few and they join fields)
  // problems are keyed by their canonical key (stable whatever the most common spelling); other kinds by label
  const entityKey = (kind: EntityKind, key: string) => (kind === 'problem' ? `problem:${key}` : `${kind}:${table.vocab[kind].label(key)}`);
  for (const key of problems.keys) {
    const node: EntityNode = {
      type: 'problem', label: problems.label.get(key) ?? key, x: 0, y: 0, size: 1, color: TYPE_COLORS.problem, papers: problems.df.get(key)!,
      key, aliases: problems.aliases.get(key) ?? [], ...(problems.general.has(key) ? { general: `problem:${problems.general.get(key)!}` } : {}),
    };
    graph.addNode(`problem:${key}`, node);
  }
  const problemKeys = new Set(problems.keys);
  // concepts: distinctive ones only (their spread over the clusters), the generic-word list derived from the corpus
  const conceptMinDf = large ? Math.max(3, minDf) : minDf;
  const conceptSel = selectConcepts({
    paperConcepts: table.entities.map((e) => [...e.concept.keys()]), label: (k) => table.vocab.concept.label(k), titles: papers.map((p) => p.title ?? ''),
    assignment: clustering.assignment, clusterCount: clustering.clusters.length, minDf: conceptMinDf,
  });
  for (const kind of ENTITY_KINDS) {
    if (kind === 'problem') continue;
    // complexity-class talk ("linear time", "worst case") is what the ladder shows, not a topic
    // a method that is also a problem node ("suffix array": built on, and constructed) stays one node, the problem
    const keys = [...table.df[kind]].filter(([k, d]) => d >= (kind === 'assumption' ? 1 : large ? Math.max(3, minDf) : minDf)
      && (kind !== 'concept' || (conceptSel.keep.has(k) && !isBoundTalk(table.vocab.concept.label(k).toLowerCase().replace(/-/g, ' '))))
      && (kind !== 'method' || !problemKeys.has(problemKey(table.vocab.method.label(k))))).map(([k]) => k);
    const nodes = keys.map((k) => [entityKey(kind, k), k] as const).sort((a, b) => byString(a[0], b[0]));
    for (const [nodeKey, k] of nodes) {
      if (graph.hasNode(nodeKey)) continue;
      const node: EntityNode = { type: kind, label: table.vocab[kind].label(k), x: 0, y: 0, size: 1, color: TYPE_COLORS[kind], papers: table.df[kind].get(k)! };
      graph.addNode(nodeKey, node);
    }
  }

  // bound-class nodes: one per (resource, growth key)
  const boundKey = (c: Claim) => `bound:${c.resource}:${growth.key(c.growth)}`;
  const boundPapers = new Map<string, Set<number>>();
  const boundFirst = new Map<string, Claim>();
  papers.forEach((p, i) => {
    for (const c of p.claims) {
      if (c.growth == null) continue;
      const k = boundKey(c);
      if (!boundFirst.has(k)) boundFirst.set(k, c);
      let s = boundPapers.get(k);
      if (!s) { s = new Set(); boundPapers.set(k, s); }
      s.add(i);
    }
  });
  for (const k of [...boundFirst.keys()].sort(byString)) {
    const c = boundFirst.get(k)!;
    const node: BoundNode = {
      type: 'bound', label: `${c.resource} · ${growth.label(c.growth)}`, x: 0, y: 0, size: 1, color: TYPE_COLORS.bound,
      resource: c.resource, growthKey: growth.key(c.growth), growth: c.growth, latex: c.latex, papers: boundPapers.get(k)!.size,
    };
    graph.addNode(k, node);
  }
  stage('nodes');

  let edgeNo = 0;
  // explicit keys keep the build deterministic; the envelope drops them (graph.import() regenerates keys)
  const addEdge = (s: string, t: string, attr: GraphEdge) => { graph.addDirectedEdgeWithKey(`e${edgeNo++}`, s, t, attr); };
  const maxMentions = large ? 1 : 15;
  const maxProblemMentions = large ? 1 : 8;
  const maxUses = large ? 2 : 6;
  const idfOf = (kind: EntityKind, key: string) => Math.log(1 + n / table.df[kind].get(key)!);
  let improvesCount = 0;
  papers.forEach((p, i) => {
    const src = paperKey(p);
    const ent = table.entities[i];
    // mentions of concepts/problems/assumptions, tf-idf weighted, strongest first, capped
    const mentions: Array<[string, number, EntityKind]> = [];
    for (const kind of ['concept', 'assumption'] as const) {
      for (const [k, w] of ent[kind]) {
        const nk = entityKey(kind, k);
        if (graph.hasNode(nk)) mentions.push([nk, w * idfOf(kind, k), kind]);
      }
    }
    const maxW = Math.max(1e-9, ...mentions.map((m) => m[1]));
    mentions.sort((a, b) => (a[2] === 'assumption' ? -1 : 0) - (b[2] === 'assumption' ? -1 : 0) || b[1] - a[1] || byString(a[0], b[0]));
    for (const [nk, w] of mentions.slice(0, maxMentions)) {
      if (!graph.hasEdge(src, nk)) addEdge(src, nk, { type: 'mentions', weight: round(w / maxW, 3) });
    }
    // problems: the paper's main ones (studies), then those its claims bound or its text names (mentions)
    const main = new Set(problems.main[i]);
    const probs = [...ent.problem].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
    let extra = 0;
    for (const [k, w] of probs) {
      const nk = `problem:${k}`;
      if (!graph.hasNode(nk) || graph.hasEdge(src, nk)) continue;
      if (main.has(k)) addEdge(src, nk, { type: 'studies', weight: 1 });
      else if (extra++ < maxProblemMentions) addEdge(src, nk, { type: 'mentions', weight: round(w, 3) });
    }
    // methods: the paper's own (introduces) or ones it builds on (uses; weight 0.5 in the features)
    let usesCount = 0;
    for (const [k, w] of ent.method) {
      const nk = entityKey('method', k);
      if (!graph.hasNode(nk) || graph.hasEdge(src, nk)) continue;
      if (w < 1 && usesCount++ >= maxUses) continue;
      addEdge(src, nk, { type: w >= 1 ? 'introduces' : 'uses', weight: 1 });
    }
    // claims: one edge per bound class, with the most telling role among the paper's claims of it
    const perBound = new Map<string, Claim[]>();
    for (const c of p.claims) {
      if (c.growth == null) continue;
      const k = boundKey(c);
      const arr = perBound.get(k);
      if (arr) arr.push(c); else perBound.set(k, [c]);
    }
    for (const [k, cs] of perBound) {
      const best = cs.reduce((a, b) => (ROLE_RANK[b.role] < ROLE_RANK[a.role] ? b : a));
      addEdge(src, k, { type: 'claims', weight: cs.length, role: best.role, notation: best.notation, latex: best.latex });
    }
  });
  for (const e of related) {
    addEdge(paperKey(papers[e.a]), paperKey(papers[e.b]), { type: 'related', weight: round(e.weight, 3) });
  }
  for (const [variant, general] of problems.general) {
    addEdge(`problem:${variant}`, `problem:${general}`, { type: 'specializes', weight: 1 });
  }
  // citations between corpus papers (citing → cited); they also confirm an improvement of the paper cited
  const cites = citationLinks(papers);
  for (const [a, b] of cites) addEdge(paperKey(papers[a]), paperKey(papers[b]), { type: 'cites', weight: 1 });
  const citing = new Set(cites.map(([a, b]) => a * n + b));
  // a prior bound that equals an earlier paper's result on the same problem and resource: paper → paper
  const links = linkImprovements(papers, problems.claimProblem, problems.main, growth);
  const linked = new Set<string>();
  for (const l of links) {
    const p = papers[l.paper], q = papers[l.earlier];
    addEdge(paperKey(p), paperKey(q), {
      type: 'improves', weight: 1, resource: l.resource, problem: `problem:${l.problem}`, fromLatex: p.claims[l.priorClaim].latex, toLatex: p.claims[l.resultClaim].latex,
      toBound: boundKey({ ...p.claims[l.resultClaim], resource: l.resource }), resultClaim: l.resultClaim, priorClaim: l.priorClaim, earlierClaim: l.earlierClaim,
      // both sentences, so the edge can be read: the later paper's statement of the prior bound, the earlier paper's result
      sentence: sentenceOf(p, p.claims[l.priorClaim]), earlierSentence: sentenceOf(q, q.claims[l.earlierClaim]),
      ...(citing.has(l.paper * n + l.earlier) ? { confirmed: true } : {}),
    });
    linked.add(`${l.paper}|${l.priorClaim}|${l.resource}`);
    improvesCount++;
  }
  papers.forEach((p, pi) => {
    for (const imp of findImprovements(p.claims, growth)) {
      if (linked.has(`${pi}|${imp.priorClaim}|${imp.resource}`)) continue;
      const r = p.claims[imp.resultClaim];
      const pr = p.claims[imp.priorClaim];
      const target = boundKey({ ...pr, resource: imp.resource });
      if (!graph.hasNode(target)) continue; // a prior of resource 'other' re-keyed to a class nobody claimed
      addEdge(paperKey(p), target, {
        type: 'improves', weight: 1, resource: imp.resource, fromLatex: pr.latex, toLatex: r.latex,
        toBound: boundKey({ ...r, resource: imp.resource }), resultClaim: imp.resultClaim, priorClaim: imp.priorClaim,
      });
      improvesCount++;
    }
  });
  // entities that lost their edges to the caps carry nothing: drop them; on large graphs also
  // concepts, methods and problems left with fewer than three papers (near-leaves; file size)
  const orphans: string[] = [];
  graph.forEachNode((node, a) => {
    if (a.type === 'paper') return;
    const d = graph.degree(node);
    if (d === 0 || (large && d < 3 && a.type !== 'assumption' && a.type !== 'bound')) orphans.push(node);
  });
  for (const node of orphans) graph.dropNode(node);
  stage('edges');

  // entity colours: the cluster most of their papers belong to
  const votes = new Map<string, Map<number, number>>();
  graph.forEachEdge((_e, attr, s, t) => {
    if (attr.type === 'related' || attr.type === 'improves' || attr.type === 'specializes' || attr.type === 'cites') return;
    const c = graph.getNodeAttribute(s, 'cluster') as number;
    let m = votes.get(t);
    if (!m) { m = new Map(); votes.set(t, m); }
    m.set(c, (m.get(c) ?? 0) + 1);
  });
  for (const [node, m] of votes) {
    const type = graph.getNodeAttribute(node, 'type');
    if (type === 'bound' || type === 'assumption') continue;
    const best = [...m].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
    if (!clustering.clusters[best].other) graph.setNodeAttribute(node, 'color', clustering.clusters[best].color);
  }

  // sizes from degree: papers 3–10, other nodes 2–14 (√ scale keeps hubs from swamping the view)
  let maxPaperDeg = 1;
  let maxOtherDeg = 1;
  graph.forEachNode((node, a) => {
    const d = graph.degree(node);
    if (a.type === 'paper') maxPaperDeg = Math.max(maxPaperDeg, d); else maxOtherDeg = Math.max(maxOtherDeg, d);
  });
  graph.forEachNode((node, a) => {
    const d = graph.degree(node);
    const size = a.type === 'paper' ? 3 + 7 * Math.sqrt(d / maxPaperDeg) : 2 + 12 * Math.sqrt(d / maxOtherDeg);
    graph.setNodeAttribute(node, 'size', round(size, large ? 1 : 2));
  });

  const paperIndex = new Map(papers.map((p, i) => [paperKey(p), i]));
  layoutGraph(
    graph,
    (node) => { const i = paperIndex.get(node); return i === undefined ? null : clustering.assignment[i]; },
    clustering.clusters.map((c) => c.size),
    { seed: opts.seed },
  );
  stage('layout');

  // label terms: the concept and problem nodes of the graph (distinctive whole noun phrases)
  // (in a small corpus, whose concept nodes are few, a keyword term counts when some paper has it as a whole
  // concept: "pruning" yes, "time warping" no)
  const labelTerm = (name: string) => (name.startsWith('c:') ? graph.hasNode(entityKey('concept', name.slice(2)))
    : name.startsWith('p:') ? graph.hasNode(`problem:${name.slice(2)}`)
    : n < SMALL_CORPUS && name.charCodeAt(1) !== 58 && table.vocab.concept.has(mergeKey(name)));
  const clusters = describeClusters(graph, papers.map(paperKey), clustering, table, labelTerm, (i) => papers[i].abstract ?? '');
  stage('label');
  let digest = 0x811c9dc5;
  for (const p of papers) digest = Math.imul(digest ^ fnv1a(`${p.id}\u0000${p.title}\u0000${p.abstract}`), 0x01000193) >>> 0;
  const stats = { papers: n, duplicates: input.length - n, related: related.length, improves: improvesCount, cites: cites.length, features: table.interner.names.length, digest: digest.toString(16).padStart(8, '0') };
  return { graph, clusters, modularity: clustering.modularity, shards, stats, genericTerms: conceptSel.generic.slice(0, 100) };
}

function describeClusters(graph: Graph, keys: string[], clustering: ReturnType<typeof clusterPapers>, table: FeatureTable, labelTerm: (featureName: string) => boolean, abstractOf: (paper: number) => string): ClusterInfo[] {
  const df = documentFrequency(table.features, table.interner.names.length);
  // a term must reach 8% of a named cluster (≥ 2 papers) to label it, so rarer terms are skipped
  // up front: at 75k papers this drops most of the vocabulary and keeps labelling cheap
  const smallest = Math.min(...clustering.clusters.filter((c) => !c.other).map((c) => c.size), Infinity);
  const minDf = Math.max(2, Number.isFinite(smallest) ? Math.ceil(smallest * 0.08) : 2);
  const usable = (id: number) => {
    if (df[id] < minDf) return false;
    // whole noun phrases only: concept and problem nodes, never keyword fragments ("minimal perfect", "time warping")
    return labelTerm(table.interner.names[id]);
  };
  // a paper counts 1 for a term it uses, 2 if its title names it (titles state the topic)
  const paperTerms = table.features.map((f, i) => {
    const ids: number[] = [];
    const tf: number[] = [];
    const title = table.titleFlags[i];
    for (let k = 0; k < f.ids.length; k++) if (usable(f.ids[k])) { ids.push(f.ids[k]); tf.push(title[k] ? 2 : 1); }
    return { ids, tf };
  });
  const terms = clusterTerms(clustering.assignment, clustering.clusters.length, paperTerms, table.interner.names.length, (id) => featureName(table, id), (id) => (isTermFeature(table, id) ? 1 : 1.25));
  const sx = new Array<number>(clustering.clusters.length).fill(0);
  const sy = new Array<number>(clustering.clusters.length).fill(0);
  keys.forEach((k, i) => {
    const c = clustering.assignment[i];
    sx[c] += graph.getNodeAttribute(k, 'x') as number;
    sy[c] += graph.getNodeAttribute(k, 'y') as number;
  });
  // a label's two terms must share papers; each term is written as the cluster's abstracts spell it
  const usedBy = termPapers(clustering.assignment, paperTerms, (id) => featureName(table, id), terms);
  const used = new Set<string>();
  const taken = new Set<string>();
  return clustering.clusters.map((c) => {
    const together = (a: string, b: string) => cooccur(usedBy[c.id].get(a), usedBy[c.id].get(b));
    const display = (t: string) => displayTerm(t, (usedBy[c.id].get(t) ?? []).map(abstractOf));
    const label = clusterLabel(terms[c.id], c.other, used, together, display, taken);
    if (!c.other) {
      const chosen = labelTerms(terms[c.id], used, together, taken);
      for (const t of chosen) used.add(t);
      taken.add(chosen.join(' · '));
    }
    return {
      id: c.id,
      label,
      color: c.color,
      size: c.size,
      x: round(sx[c.id] / Math.max(1, c.size), 1),
      y: round(sy[c.id] / Math.max(1, c.size), 1),
      terms: terms[c.id].map(display),
    };
  });
}
