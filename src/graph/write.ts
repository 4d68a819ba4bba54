// Writing a built graph without building it twice in memory: graph.json as a stream of string chunks (the same
// bytes as serializeEnvelope of graph.export(), without the export's copy of every attribute or one giant
// string), and, for large graphs, the level-of-detail layout of files the explorer loads on demand:
//   graph.json            the overview: meta, clusters, every node but the papers, the edges among those nodes
//   clusters/<id>.json    one cluster's paper nodes and the edges that leave them
//   claims.json           every paper with a claim (id, title, year, cluster, claims): ladders need all of them
//   search.json           one short record per paper for the search index
import type Graph from 'graphology';
import type { ClusterInfo, GraphMeta } from './types.ts';
import { GRAPH_FORMAT, GRAPH_VERSION } from './envelope.ts';

export const CLUSTER_FORMAT = 'boundgraph.cluster';
export const CLAIMS_INDEX_FORMAT = 'boundgraph.claims-index';
export const SEARCH_FORMAT = 'boundgraph.search';

/** Chunks are joined per this many items: big enough to write fast, small enough to stay off the heap. */
const BATCH = 2000;

function* header(meta: GraphMeta, clusters: readonly ClusterInfo[], graph: Graph): Generator<string> {
  yield `{\n"format":${JSON.stringify(GRAPH_FORMAT)},\n"version":${JSON.stringify(GRAPH_VERSION)},\n"meta":${JSON.stringify(meta)},\n"clusters":${JSON.stringify(clusters)},\n`;
  yield `"graph":{"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
}

function nodeJson(key: string, attributes: Record<string, unknown>): string {
  return Object.keys(attributes).length ? `{"key":${JSON.stringify(key)},"attributes":${JSON.stringify(attributes)}}` : `{"key":${JSON.stringify(key)}}`;
}

function edgeJson(source: string, target: string, attributes: Record<string, unknown>, undirected: boolean): string {
  const a = Object.keys(attributes).length ? `,"attributes":${JSON.stringify(attributes)}` : '';
  return `{"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${a}${undirected ? ',"undirected":true' : ''}}`;
}

/** Join an iterable of JSON items into comma-separated chunks. */
function* joined(items: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let first = true;
  for (const item of items) {
    batch.push(item);
    if (batch.length >= BATCH) { yield (first ? '' : ',') + batch.join(','); first = false; batch = []; }
  }
  if (batch.length) yield (first ? '' : ',') + batch.join(',');
}

function* nodesOf(graph: Graph, keep: (key: string, a: Record<string, unknown>) => boolean): Generator<string> {
  for (const { node, attributes } of graph.nodeEntries()) if (keep(node, attributes)) yield nodeJson(node, attributes);
}

function* edgesOf(graph: Graph, keep: (source: string, target: string) => boolean): Generator<string> {
  for (const { source, target, attributes, undirected } of graph.edgeEntries()) if (keep(source, target)) yield edgeJson(source, target, attributes, undirected);
}

/** graph.json as chunks: byte for byte what serializeEnvelope(makeEnvelope(meta, clusters, export without edge keys)) gives. */
export function* envelopeChunks(meta: GraphMeta, clusters: readonly ClusterInfo[], graph: Graph): Generator<string> {
  yield* header(meta, clusters, graph);
  yield* joined(nodesOf(graph, () => true));
  yield '],"edges":[';
  yield* joined(edgesOf(graph, () => true));
  yield ']}\n}\n';
}

export interface OutputFile { path: string; chunks: () => Iterable<string> }

const isPaper = (a: Record<string, unknown>) => a.type === 'paper';

/**
 * The level-of-detail files of a large graph. Paper nodes go to their cluster's file with every edge that leaves
 * them; the overview keeps the other nodes and the edges among them, and says in meta.lod where the rest is.
 */
export function lodFiles(meta: GraphMeta, clusters: readonly ClusterInfo[], graph: Graph): OutputFile[] {
  const clusterOf = new Map<string, number>();
  graph.forEachNode((node, a) => { if (isPaper(a)) clusterOf.set(node, a.cluster as number); });
  const lodMeta: GraphMeta = {
    ...meta,
    lod: { mode: 'clusters', clusters: 'clusters/{id}.json', claims: 'claims.json', search: 'search.json', papers: clusterOf.size },
  };
  const files: OutputFile[] = [{
    path: 'graph.json',
    chunks: function* () {
      yield* header(lodMeta, clusters, graph);
      yield* joined(nodesOf(graph, (_k, a) => !isPaper(a)));
      yield '],"edges":[';
      yield* joined(edgesOf(graph, (s, t) => !clusterOf.has(s) && !clusterOf.has(t)));
      yield ']}\n}\n';
    },
  }];
  // one pass groups edge indices by the cluster of their paper end (source first)
  const byCluster = new Map<number, { nodes: string[]; edges: number[] }>();
  for (const c of clusters) byCluster.set(c.id, { nodes: [], edges: [] });
  graph.forEachNode((node, a) => { if (isPaper(a)) byCluster.get(a.cluster as number)?.nodes.push(node); });
  const edgeList: Array<[string, string, Record<string, unknown>, boolean]> = [];
  graph.forEachEdge((_e, attributes, source, target, _sa, _ta, undirected) => {
    const c = clusterOf.get(source) ?? clusterOf.get(target);
    if (c === undefined) return;
    byCluster.get(c)?.edges.push(edgeList.length);
    edgeList.push([source, target, attributes, undirected]);
  });
  for (const c of clusters) {
    const group = byCluster.get(c.id)!;
    files.push({
      path: `clusters/${c.id}.json`,
      chunks: function* () {
        yield `{"format":${JSON.stringify(CLUSTER_FORMAT)},"version":1,"cluster":${c.id},"nodes":[`;
        yield* joined((function* () { for (const n of group.nodes) yield nodeJson(n, graph.getNodeAttributes(n)); })());
        yield '],"edges":[';
        yield* joined((function* () { for (const i of group.edges) { const [s, t, a, u] = edgeList[i]; yield edgeJson(s, t, a, u); } })());
        yield ']}\n';
      },
    });
  }
  files.push({
    path: 'claims.json',
    chunks: function* () {
      yield `{"format":${JSON.stringify(CLAIMS_INDEX_FORMAT)},"version":1,"papers":[`;
      yield* joined((function* () {
        for (const { node, attributes: a } of graph.nodeEntries()) {
          if (!isPaper(a) || !(a.claims as unknown[]).length) continue;
          yield JSON.stringify({ id: node, title: a.title, year: a.year, cluster: a.cluster, label: a.label, x: a.x, y: a.y, claims: a.claims });
        }
      })());
      yield ']}\n';
    },
  });
  files.push({
    path: 'search.json',
    chunks: function* () {
      yield `{"format":${JSON.stringify(SEARCH_FORMAT)},"version":1,"fields":["id","title","cluster","year"],"papers":[`;
      yield* joined((function* () {
        for (const { node, attributes: a } of graph.nodeEntries()) if (isPaper(a)) yield JSON.stringify([node, a.title, a.cluster, a.year]);
      })());
      yield ']}\n';
    },
  });
  return files;
}
