// Level-of-detail graphs in the explorer's pure core: meta.lod, cluster files merged with edges that wait for their
// other end, the claims index feeding the same ladders as paper nodes, the clusters a view asks for, the search index,
// the drawn graph's cluster stand-ins, and the GEXF colours. The level-of-detail files are written by the real
// writer (src/graph/write.ts) from the hand-made problem graph and from a generated one.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { lodFiles } from '../../src/graph/write.ts';
import type { ClusterInfo, GraphMeta } from '../../src/graph/types.ts';
import { buildIndex, paperById, visibleNodeIds, type GraphIndex } from '../../src/state/graph-index.ts';
import {
  applyClaimsIndex, clusterFilePath, clustersInView, createLodState, lodFrame, lodStatus, mergeCluster, pendingEdgeCount, readClaimsIndex, readLodMeta,
  type LodState,
} from '../../src/state/lod.ts';
import { buildLadder, problemScope, selectionClaims } from '../../src/state/ladder.ts';
import { DEFAULT_FILTERS } from '../../src/state/types.ts';
import { growthOps } from '../../src/app/growth.ts';
import { addLodPapers, buildLodDisplayGraph, clusterNodeKey, clusterOfNodeKey, drawNeighbourhood, lodPaperScale } from '../../src/app/display.ts';
import { createQuickSearch, createSearch, docsFromEnvelope, docsFromSearchIndex } from '../../src/app/search/search-core.ts';
import { problemGraph } from './fixtures/problem-graph.ts';

type Env = { meta: GraphMeta; clusters: ClusterInfo[]; graph: { nodes: { key: string; attributes: Record<string, unknown> }[]; edges: unknown[] } };

/** The level-of-detail files of an envelope, as the CLI writes them, parsed. */
function lodOf(env: Env): Map<string, unknown> {
  const g = Graph.from(env.graph as never);
  const out = new Map<string, unknown>();
  for (const f of lodFiles(env.meta, env.clusters, g)) out.set(f.path, JSON.parse([...f.chunks()].join('')));
  return out;
}

function openLod(files: Map<string, unknown>): { index: GraphIndex; state: LodState } {
  const index = buildIndex(files.get('graph.json'));
  const meta = readLodMeta(index.meta)!;
  return { index, state: createLodState(meta) };
}

function loadAll(files: Map<string, unknown>, index: GraphIndex, state: LodState, order: readonly number[]): GraphIndex {
  for (const id of order) index = mergeCluster(index, state, id, files.get(clusterFilePath(state.meta, id))).index;
  return index;
}

const edgeSet = (index: GraphIndex) => index.edges.map((e) => `${e.source}|${e.target}|${e.type}|${e.weight}`).sort();

/** A generated graph with edges between papers of different clusters (the case pending edges exist for). */
function generated(): Env {
  const nodes: Env['graph']['nodes'] = [];
  const edges: { source: string; target: string; attributes: Record<string, unknown> }[] = [];
  const clusters: ClusterInfo[] = [0, 1, 2].map((id) => ({ id, label: `cluster ${id}`, color: ['#1f77b4', '#d62728', '#2ca02c'][id], size: 0, x: id * 100, y: 0, terms: [] }));
  nodes.push({ key: 'concept:shared', attributes: { type: 'concept', label: 'shared', x: 0, y: 0, size: 3, papers: 12 } });
  nodes.push({ key: 'problem:p', attributes: { type: 'problem', label: 'P', key: 'p', x: 50, y: 5, size: 3, papers: 4 } });
  nodes.push({ key: 'problem:q', attributes: { type: 'problem', label: 'Q', key: 'q', general: 'problem:p', x: 60, y: 5, size: 3, papers: 1 } });
  edges.push({ source: 'problem:q', target: 'problem:p', attributes: { type: 'specializes', weight: 1 } });
  for (let i = 0; i < 12; i++) {
    const c = i % 3;
    clusters[c].size++;
    const claims = i % 4 === 0 ? [{ start: -1, end: -1, text: 'O(n log n)', notation: 'O', soft: false, expr: 'n log n', latex: 'O(n \\log n)', growth: null, resource: 'time', role: 'result', subject: 'P', problem: i === 8 ? 'q' : 'p', method: null, sentence: null }] : [];
    nodes.push({ key: `paper:${i}`, attributes: { type: 'paper', label: `Paper ${i}`, title: `Paper number ${i}`, year: 2010 + i, cluster: c, x: c * 100 + i, y: i, size: 4, claims } });
    edges.push({ source: `paper:${i}`, target: 'concept:shared', attributes: { type: 'mentions', weight: 0.5 } });
    // every paper links to the next two, so most links cross clusters, in both directions
    for (const d of [1, 2]) if (i + d < 12) edges.push({ source: `paper:${i}`, target: `paper:${i + d}`, attributes: { type: 'related', weight: 0.1 * d } });
  }
  return {
    meta: { generator: 'test', counts: { papers: 12 } } as unknown as GraphMeta,
    clusters,
    graph: { attributes: {}, options: { type: 'mixed', multi: true, allowSelfLoops: false }, nodes, edges } as never,
  } as Env;
}

describe('meta.lod', () => {
  it('reads the paths next to graph.json and refuses ones that could leave its folder', () => {
    expect(readLodMeta({ lod: { mode: 'clusters', clusters: 'clusters/{id}.json', claims: 'claims.json', search: 'search.json', papers: 7 } }))
      .toEqual({ clusters: 'clusters/{id}.json', claims: 'claims.json', search: 'search.json', papers: 7 });
    const bad = readLodMeta({ lod: { mode: 'clusters', clusters: '../secret/{id}.json', claims: 'https://evil.example/c.json', search: '/etc/passwd', papers: -1 } })!;
    expect(bad).toEqual({ clusters: 'clusters/{id}.json', claims: 'claims.json', search: 'search.json', papers: 0 });
    expect(readLodMeta({ lod: { mode: 'clusters', clusters: 'c/fixed.json' } })!.clusters).toBe('clusters/{id}.json');
    expect(readLodMeta({})).toBeNull();
    expect(readLodMeta({ lod: { mode: 'other' } })).toBeNull();
    expect(clusterFilePath(bad, 3)).toBe('clusters/3.json');
  });
});

describe('merging cluster files', () => {
  const env = generated();
  const files = lodOf(env);
  const full = buildIndex({ format: 'boundgraph.graph', ...env });

  it('an overview has no papers; each cluster adds its own, and an edge to a paper not loaded waits for it', () => {
    let { index, state } = openLod(files);
    expect([...index.nodes.values()].filter((n) => n.type === 'paper')).toEqual([]);
    const m0 = mergeCluster(index, state, 0, files.get('clusters/0.json'));
    index = m0.index;
    expect(m0.nodes.sort()).toEqual(['paper:0', 'paper:3', 'paper:6', 'paper:9']);
    // 0→1, 0→2, 3→4, 3→5, … wait for clusters 1 and 2; only the links to the concept are in
    expect(m0.edges.map((i) => index.edges[i].target).every((t) => t === 'concept:shared')).toBe(true);
    expect(pendingEdgeCount(state)).toBeGreaterThan(0);
    const m1 = mergeCluster(index, state, 1, files.get('clusters/1.json'));
    index = m1.index;
    // links between clusters 0 and 1 (either direction) joined, links to cluster 2 still wait
    const joined = m1.edges.map((i) => index.edges[i]).filter((e) => e.type === 'related');
    expect(joined.some((e) => e.source === 'paper:0' && e.target === 'paper:1')).toBe(true);
    expect(joined.some((e) => e.source === 'paper:1' && e.target === 'paper:3')).toBe(true);
    expect(joined.every((e) => !/paper:(2|5|8|11)$/.test(e.source) && !/paper:(2|5|8|11)$/.test(e.target))).toBe(true);
    // what still waits: exactly the links from clusters 0 and 1 to cluster 2, keyed by their cluster-2 end
    const c2 = new Set(['paper:2', 'paper:5', 'paper:8', 'paper:11']);
    const crossing = (env.graph.edges as { source: string; target: string }[]).filter((e) => !c2.has(e.source) && c2.has(e.target));
    expect(pendingEdgeCount(state)).toBe(crossing.length);
    expect([...state.pending.keys()].every((k) => c2.has(k))).toBe(true);
    index = mergeCluster(index, state, 2, files.get('clusters/2.json')).index;
    expect(pendingEdgeCount(state)).toBe(0);
    // the same nodes and edges as the graph loaded whole, each edge once
    expect(edgeSet(index)).toEqual(edgeSet(full));
    expect([...index.nodes.keys()].sort()).toEqual([...full.nodes.keys()].sort());
    for (const id of full.nodes.keys()) expect((index.adjacency.get(id) ?? []).length, id).toBe((full.adjacency.get(id) ?? []).length);
  });

  it('gives the same graph whatever order the clusters load in', () => {
    const orders = [[2, 1, 0], [1, 2, 0], [2, 0, 1]];
    for (const order of orders) {
      const { index, state } = openLod(files);
      const done = loadAll(files, index, state, order);
      expect(edgeSet(done), order.join()).toEqual(edgeSet(full));
      expect(pendingEdgeCount(state)).toBe(0);
    }
  });

  it('merges a cluster once, refuses another cluster\'s file, and never takes non-papers or replaces a node', () => {
    const { index, state } = openLod(files);
    const a = mergeCluster(index, state, 1, files.get('clusters/1.json'));
    const again = mergeCluster(a.index, state, 1, files.get('clusters/1.json'));
    expect(again.nodes).toEqual([]);
    expect(again.edges).toEqual([]);
    expect(() => mergeCluster(a.index, state, 2, files.get('clusters/1.json'))).toThrow(/not a boundgraph cluster file/);
    expect(() => mergeCluster(a.index, state, 2, { nodes: [] })).toThrow(/cluster 2/);
    const hostile = {
      format: 'boundgraph.cluster', version: 1, cluster: 2,
      nodes: [
        { key: 'concept:shared', attributes: { type: 'paper', title: 'overwrites the concept?' } },
        { key: 'concept:new', attributes: { type: 'concept', label: 'smuggled entity' } },
        { key: 'paper:x', attributes: { type: 'paper', title: 'X', cluster: 2, year: 1999 } },
      ],
      edges: [{ source: 'paper:x', target: 'paper:x' }, { source: 'paper:x', target: 'concept:shared', attributes: { type: 'mentions' } }, 'junk'],
    };
    const m = mergeCluster(a.index, state, 2, hostile);
    expect(m.nodes).toEqual(['paper:x']);
    expect(m.index.nodes.get('concept:shared')!.type).toBe('concept');
    expect(m.index.nodes.has('concept:new')).toBe(false);
    expect(m.edges.length).toBe(1);
    expect(m.index.years!.min).toBe(1999);
  });

  it('counts claims of merged papers until the claims index arrives, then takes them from it', () => {
    const { index, state } = openLod(files);
    const m = mergeCluster(index, state, 0, files.get('clusters/0.json'));
    // papers 0 and 6 of cluster 0... paper 0 has a claim about P (papers 0, 4, 8 have claims; 8 is about Q)
    expect(m.index.claimsByProblem.get('problem:p')!.map((c) => c.paper)).toEqual(['paper:0']);
    const withIndex = applyClaimsIndex(m.index, state, readClaimsIndex(files.get('claims.json'), m.index.clusterById));
    expect(withIndex.claimsByProblem.get('problem:p')!.map((c) => c.paper).sort()).toEqual(['paper:0', 'paper:4']);
    expect(withIndex.claimsByProblem.get('problem:q')!.map((c) => c.paper)).toEqual(['paper:8']);
    // a merge after the claims index adds no claim twice
    const later = mergeCluster(withIndex, state, 1, files.get('clusters/1.json')).index;
    expect(later.claimsByProblem.get('problem:p')!.length).toBe(2);
    // a paper not loaded is known by its claims record; a loaded one by its node
    expect(paperById(later, 'paper:8')).toMatchObject({ partial: true, cluster: 2, title: 'Paper number 8', color: '#2ca02c' });
    expect(paperById(later, 'paper:4')!.partial).toBeUndefined();
    expect(paperById(later, 'paper:5')).toBeNull(); // no claims, cluster 2 not loaded
  });
});

describe('claims index → ladder', () => {
  const env = problemGraph() as unknown as Env;
  const files = lodOf(env);
  const full = buildIndex(env);
  const LCS = 'problem:longest common subsequence';
  const rowsOf = (index: GraphIndex, variants: boolean) => buildLadder(index, selectionClaims(index, { kind: 'node', id: LCS }, DEFAULT_FILTERS, growthOps, [], { view: 'n', variants }), growthOps, { view: 'n' })
    .map((s) => ({ resource: s.resource, rows: s.rows.map((r) => ({ claim: r.claim.id, bucket: r.bucket, tier: r.tier, paper: r.paper.title, year: r.paper.year, latex: r.claim.latex })) }));

  it('writes every paper with a claim to claims.json', () => {
    const claims = files.get('claims.json') as { papers: { id: string }[] };
    expect(claims.papers.map((p) => p.id).sort()).toEqual(env.graph.nodes.filter((n) => n.attributes.type === 'paper' && (n.attributes.claims as unknown[]).length).map((n) => n.key).sort());
  });

  it('a problem\'s ladder from the overview and the claims index alone equals the one of the whole graph', () => {
    const { index, state } = openLod(files);
    expect(rowsOf(index, false)).toEqual([]); // no papers, no claims yet
    const withClaims = applyClaimsIndex(index, state, readClaimsIndex(files.get('claims.json'), index.clusterById));
    for (const variants of [false, true]) {
      const got = rowsOf(withClaims, variants);
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(rowsOf(full, variants));
    }
    expect(problemScope(withClaims, LCS)).toEqual(problemScope(full, LCS));
    // every row's paper is a claims record: opening it loads its cluster (see use-lod.ts)
    expect(rowsOf(withClaims, false)[0].rows.every((r) => r.paper)).toBe(true);
  });

  it('once every cluster is loaded, the ladder (improvement links included) and the visible nodes are the whole graph\'s', () => {
    const { index, state } = openLod(files);
    let done = applyClaimsIndex(index, state, readClaimsIndex(files.get('claims.json'), index.clusterById));
    done = loadAll(files, done, state, [1, 0]);
    const improves = (i: GraphIndex) => buildLadder(i, selectionClaims(i, { kind: 'node', id: LCS }, DEFAULT_FILTERS, growthOps), growthOps, { view: 'n' })
      .flatMap((s) => s.rows.map((r) => `${r.claim.id}:${r.improvesOn.map((x) => `${x.latex}@${x.paperId}`).join(',')}`));
    expect(improves(done)).toEqual(improves(full));
    expect(improves(done).some((s) => s.includes('@paper:lcs-2009'))).toBe(true);
    expect([...visibleNodeIds(done, DEFAULT_FILTERS, true)].sort()).toEqual([...visibleNodeIds(full, DEFAULT_FILTERS)].sort());
  });

  it('skips records without an id and repeated ids, and rejects a file that is not a claims index', () => {
    const papers = readClaimsIndex({ format: 'boundgraph.claims-index', version: 1, papers: [{ title: 'no id' }, { id: 'a', claims: 'junk' }, { id: 'a', title: 'again' }, 7] }, new Map());
    expect(papers.map((p) => [p.id, p.claims.length, p.partial])).toEqual([['a', 0, true]]);
    expect(() => readClaimsIndex({ format: 'boundgraph.graph' }, new Map())).toThrow(/not a boundgraph claims index/);
  });
});

describe('lod entities', () => {
  it('entities are visible before any paper is loaded; a filter on papers keeps only those a kept loaded paper links to', () => {
    const files = lodOf(generated());
    const { index, state } = openLod(files);
    expect([...visibleNodeIds(index, DEFAULT_FILTERS, true)].sort()).toEqual(['concept:shared', 'problem:p', 'problem:q']);
    // the graph loaded whole would hide all three (no papers link to them)
    expect(visibleNodeIds(index, DEFAULT_FILTERS).size).toBe(0);
    expect(visibleNodeIds(index, { ...DEFAULT_FILTERS, hiddenTypes: ['problem'] }, true)).toEqual(new Set(['concept:shared']));
    const loaded = mergeCluster(index, state, 0, files.get('clusters/0.json')).index;
    const old = visibleNodeIds(loaded, { ...DEFAULT_FILTERS, yearMin: 2019 }, true);
    expect([...old].sort()).toEqual(['concept:shared', 'paper:9']);
  });
});

describe('clusters a view asks for', () => {
  const clusters: ClusterInfo[] = [
    { id: 0, label: 'a', color: '#000', size: 10, x: 0, y: 0, terms: [] },
    { id: 1, label: 'b', color: '#000', size: 10, x: 10, y: 0, terms: [] },
    { id: 2, label: 'c', color: '#000', size: 10, x: 100, y: 100, terms: [] },
    { id: 3, label: 'd', color: '#000', size: 10, x: 4, y: 1, terms: [] },
  ];
  const none = () => false;
  it('the cluster nearest the centre first (even off screen), then the others in view, nearest first', () => {
    expect(clustersInView(clusters, { minX: -1, maxX: 11, minY: -1, maxY: 2 }, none)).toEqual([3, 0, 1]);
    expect(clustersInView(clusters, { minX: -1, maxX: 11, minY: -1, maxY: 2 }, none, 2)).toEqual([3, 0]);
    // a view inside a cluster's region with no centroid in it still loads that cluster
    expect(clustersInView(clusters, { minX: 60, maxX: 70, minY: 60, maxY: 70 }, none)).toEqual([2]);
  });
  it('passes over loaded, loading or hidden clusters', () => {
    expect(clustersInView(clusters, { minX: -1, maxX: 11, minY: -1, maxY: 2 }, (id) => id === 3 || id === 0)).toEqual([1]);
    expect(clustersInView(clusters, { minX: 60, maxX: 70, minY: 60, maxY: 70 }, (id) => id === 2)).toEqual([]);
  });
  it('words the status', () => {
    expect(lodStatus(12, 38, 21034, 74728)).toBe('12 of 38 clusters loaded, 21,034 of 74,728 papers');
  });
});

describe('lod display graph', () => {
  const files = lodOf(generated());
  it('draws one stand-in per cluster sized by its papers, which gives way to the papers when its cluster loads', () => {
    const { index, state } = openLod(files);
    const g = buildLodDisplayGraph(index);
    const standIns = g.filterNodes((_k, a) => a.kind === 'cluster');
    expect(standIns.sort()).toEqual([0, 1, 2].map(clusterNodeKey).sort());
    expect(g.order).toBe(3 + 3);
    expect(clusterOfNodeKey(clusterNodeKey(2))).toBe(2);
    expect(clusterOfNodeKey('paper:2')).toBeNull();
    expect(g.getNodeAttributes(clusterNodeKey(1))).toMatchObject({ x: 100, y: 0, color: '#d62728', cluster: 1 });
    const m = mergeCluster(index, state, 1, files.get('clusters/1.json'));
    addLodPapers(g, m.index, m.nodes, m.edges, state.loaded);
    expect(g.hasNode(clusterNodeKey(1))).toBe(false);
    expect(g.hasNode(clusterNodeKey(0))).toBe(true);
    expect(g.hasNode('paper:4')).toBe(true);
    // the papers' links to the concept are drawn; links to papers not loaded are not (they wait)
    expect(g.hasEdge('paper:4', 'concept:shared')).toBe(true);
    expect(g.hasEdge('paper:4', 'paper:5')).toBe(false);
    const m2 = mergeCluster(m.index, state, 2, files.get('clusters/2.json'));
    addLodPapers(g, m2.index, m2.nodes, m2.edges, state.loaded);
    expect(g.hasEdge('paper:4', 'paper:5')).toBe(true);
  });
  it('draws only the entities most papers link to at first; a selected node brings its links (a paper, its entities)', () => {
    const { index, state } = openLod(files);
    const g = buildLodDisplayGraph(index, 1);
    // concept:shared has 12 papers, problem:p 4, problem:q 1
    expect(g.filterNodes((_k, a) => a.kind !== 'cluster')).toEqual(['concept:shared']);
    const m = mergeCluster(index, state, 2, files.get('clusters/2.json'));
    addLodPapers(g, m.index, m.nodes, m.edges, state.loaded);
    expect(g.hasNode('problem:q')).toBe(false);
    // paper 8 states a claim about Q, but no edge links them in this graph: its entities are the concept only
    expect(drawNeighbourhood(g, m.index, 'paper:8')).toBe(false);
    expect(drawNeighbourhood(g, m.index, 'problem:q')).toBe(true);
    expect(g.hasNode('problem:q')).toBe(true);
    // an entity brings no papers of clusters not loaded, and its variant link only when both ends are drawn
    expect(g.hasEdge('problem:q', 'problem:p')).toBe(false);
    expect(drawNeighbourhood(g, m.index, 'problem:p')).toBe(true);
    expect(g.hasEdge('problem:q', 'problem:p')).toBe(true);
    expect(drawNeighbourhood(g, m.index, 'problem:p')).toBe(false);
    expect(drawNeighbourhood(g, m.index, 'no:such')).toBe(false);
  });

  it('draws papers smaller the more papers the graph has, and frames the cluster centroids', () => {
    expect(lodPaperScale(75)).toBe(1);
    expect(lodPaperScale(40_000)).toBe(0.5);
    expect(lodPaperScale(2_500_000)).toBe(0.25);
    const clusters = generated().clusters; // centroids at x 0, 100, 200 and y 0
    expect(lodFrame(clusters)).toEqual({ x: [-24, 224], y: [-24, 24] });
    expect(lodFrame([])).toBeNull();
  });

  it('stand-ins grow with the paper count', () => {
    const index = buildIndex(files.get('graph.json'));
    index.clusters[0].size = 40;
    const g = buildLodDisplayGraph(index);
    expect(g.getNodeAttribute(clusterNodeKey(0), 'size')).toBeGreaterThan(g.getNodeAttribute(clusterNodeKey(1), 'size'));
  });
});

describe('lod search index', () => {
  const files = lodOf(problemGraph() as unknown as Env);
  const overview = files.get('graph.json');
  const papers = docsFromSearchIndex(files.get('search.json'));
  const docs = [...docsFromEnvelope(overview), ...papers];

  it('reads one document per paper with its cluster', () => {
    expect(papers.length).toBe(6);
    expect(papers.find((d) => d.id === 'paper:lcs-2018')).toMatchObject({ type: 'paper', cluster: 1, text: 'Tight hardness for LCS under SETH' });
    expect(docsFromSearchIndex({ format: 'other', papers: [['a', 'b', 0, 1]] })).toEqual([]);
    // the columns follow `fields`
    expect(docsFromSearchIndex({ format: 'boundgraph.search', fields: ['title', 'id', 'year', 'cluster'], papers: [['T', 'x', 2000, 4], [null, null], ['T2', 'x', 2001, 5]] }))
      .toEqual([{ id: 'x', label: 'T', text: 'T', aliases: '', authors: '', type: 'paper', cluster: 4 }]);
  });

  it('the quick index finds papers by word prefixes (all words), problems by alias first, and carries the cluster', () => {
    const quick = createQuickSearch(docs);
    expect(quick.query('LCS', 5).hits[0]).toEqual({ id: 'problem:longest common subsequence', label: 'Longest Common Subsequence', type: 'problem', alias: 'LCS' });
    expect(quick.query('tight hard', 5).hits.map((h) => h.id)).toEqual(['paper:lcs-2018']);
    expect(quick.query('tight hard', 5).hits[0].cluster).toBe(1);
    expect(quick.query('tight nothing', 5).total).toBe(0);
    expect(quick.query('', 5)).toEqual({ hits: [], total: 0 });
    // the same first answers as the full index
    const full = createSearch(docs);
    for (const q of ['LCS', 'four russians', 'approximating LCS', 'hardness', 'dynamic']) expect(quick.query(q, 1).hits[0]?.id, q).toBe(full.query(q, 1).hits[0]?.id);
    expect(full.query('four russians', 1).hits[0].cluster).toBe(0);
  });
});

describe('GEXF export colours', () => {
  it('writes r, g, b attributes (networkx cannot read hex)', async () => {
    // the browser build of graphology-gexf makes a DOMParser when loaded (only its reader uses it)
    const g = globalThis as { DOMParser?: unknown; Document?: unknown };
    g.DOMParser ??= class {};
    g.Document ??= class {};
    const { gexfColor, visibleGraphToGexf } = await import('../../src/app/export/gexf-export.ts');
    expect(gexfColor('#1f77b4')).toBe('rgb(31,119,180)');
    expect(gexfColor('#abc')).toBe('rgb(170,187,204)');
    expect(gexfColor('#ff000080')).toBe('rgba(255,0,0,0.502)');
    expect(gexfColor('red; x')).toBe('rgb(138,143,152)');
    const index = buildIndex(problemGraph());
    const gexf = visibleGraphToGexf(index, visibleNodeIds(index, DEFAULT_FILTERS));
    expect(gexf).not.toContain('hex=');
    expect(gexf).toMatch(/<viz:color r="31" g="119" b="180"\s*\/>/);
  });
});
