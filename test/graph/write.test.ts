// Streamed graph files: graph.json chunks equal the serialised envelope byte for byte, and the level-of-detail
// files split the same graph without losing or repeating a node or an edge.
import { describe, it, expect } from 'vitest';
import { buildGraph, buildGraphFiles, serializeEnvelope, parseEnvelope, CLUSTER_FORMAT } from '../../src/graph/index.ts';
import { fixturePapers, TOY_GROWTH } from '../fixtures/graph/papers.ts';

const text = (chunks: Iterable<string>) => [...chunks].join('');

describe('streamed graph files', () => {
  it('writes graph.json as chunks with the bytes of the serialised envelope', () => {
    const a = serializeEnvelope(buildGraph(fixturePapers(), { growth: TOY_GROWTH }).envelope);
    const { files } = buildGraphFiles(fixturePapers(), { growth: TOY_GROWTH });
    expect(files.map((f) => f.path)).toEqual(['graph.json']);
    expect(text(files[0].chunks())).toBe(a);
  });

  it('splits a large graph into an overview, one file per cluster, a claims index and a search index', () => {
    const whole = buildGraph(fixturePapers(), { growth: TOY_GROWTH }).envelope;
    const { files } = buildGraphFiles(fixturePapers(), { growth: TOY_GROWTH, lodMin: 5 });
    const byPath = new Map(files.map((f) => [f.path, JSON.parse(text(f.chunks()))]));
    const overview = byPath.get('graph.json');
    expect(parseEnvelope(overview).ok).toBe(true);
    expect(overview.meta.lod).toMatchObject({ mode: 'clusters', clusters: 'clusters/{id}.json', papers: 12 });
    expect(overview.graph.nodes.some((n: { attributes: { type: string } }) => n.attributes.type === 'paper')).toBe(false);
    const clusterFiles = files.filter((f) => f.path.startsWith('clusters/')).map((f) => byPath.get(f.path));
    expect(clusterFiles.length).toBe(whole.clusters.length);
    for (const c of clusterFiles) expect(c.format).toBe(CLUSTER_FORMAT);
    // every node and edge of the whole graph is in exactly one file
    const nodes = [...overview.graph.nodes, ...clusterFiles.flatMap((c) => c.nodes)].map((n: { key: string }) => n.key).sort();
    expect(nodes).toEqual(whole.graph.nodes.map((n) => n.key).sort());
    const edgeId = (e: { source: string; target: string; attributes?: unknown }) => `${e.source}>${e.target}>${JSON.stringify(e.attributes)}`;
    const edges = [...overview.graph.edges, ...clusterFiles.flatMap((c) => c.edges)].map(edgeId).sort();
    expect(edges).toEqual(whole.graph.edges.map(edgeId).sort());
    // papers sit in the file of their own cluster
    for (const c of clusterFiles) for (const n of c.nodes) expect(n.attributes.cluster).toBe(c.cluster);
    const claims = byPath.get('claims.json');
    expect(claims.papers.map((p: { id: string }) => p.id).sort()).toEqual(whole.graph.nodes.filter((n) => (n.attributes as { claims?: unknown[] }).claims?.length).map((n) => n.key).sort());
    expect(byPath.get('search.json').papers).toHaveLength(12);
  });
});
