// Exports read back with their own parsers: GEXF (graphology-gexf), GraphML (graphology-graphml),
// CSV (csv-parse); counts and attributes must survive.
import { describe, it, expect } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseColor } from '../../src/graph/export/flatten.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { toGexf } from '../../src/graph/export/gexf.ts';
import { toGraphml } from '../../src/graph/export/graphml.ts';
import { toCsv, csvCell, CSV_COLUMNS } from '../../src/graph/export/csv.ts';
import { fixturePapers, TOY_GROWTH, paper, claim } from '../fixtures/graph/papers.ts';

// two citations among the fixture papers, so `cites` edges go through every format too
const cited = fixturePapers().map((p) => (p.id === 'att2' ? { ...p, references: [{ title: 'Sparse Attention Variant 1 for Long Context' }] }
  : p.id === 'rl1' ? { ...p, citations: [{ title: 'Regret Bounds for Reinforcement Learning 2' }] } : p));
const { envelope } = buildGraph(cited, { growth: TOY_GROWTH });
const original = Graph.from(envelope.graph);
const labelOf = new Map(envelope.clusters.map((c) => [c.id, c.label]));

function expectSameGraph(back: Graph) {
  expect(back.order).toBe(original.order);
  expect(back.size).toBe(original.size);
  original.forEachNode((key, a) => {
    expect(back.hasNode(key), key).toBe(true);
    const b = back.getNodeAttributes(key);
    expect(b.label).toBe(a.label);
    expect(b.type).toBe(a.type);
    expect(b.x).toBeCloseTo(a.x as number, 5);
    expect(b.y).toBeCloseTo(a.y as number, 5);
    expect(b.size).toBeCloseTo(a.size as number, 5);
    // GEXF colours are written as r/g/b (networkx cannot read hex); graphology-gexf reads them back as rgb()
    expect(parseColor(b.color)).toEqual(parseColor(a.color));
    if (a.type === 'paper') {
      expect(b.cluster).toBe(a.cluster);
      expect(b.clusterLabel).toBe(labelOf.get(a.cluster as number));
      expect(b.title).toBe(a.title);
      expect(b.year).toBe(a.year);
      expect(b.claims).toBe((a.claims as unknown[]).length);
    }
  });
  const count = (g: Graph, type: string) => g.filterEdges((_e, a) => a.type === type).length;
  expect(count(original, 'cites')).toBe(2);
  for (const t of ['mentions', 'claims', 'related', 'improves', 'cites']) expect(count(back, t), t).toBe(count(original, t));
  expect(back.filterEdges((_e, a, s, t) => a.type === 'cites' && s === 'paper:att2' && t === 'paper:att1')).toHaveLength(1);
  const imp = back.findEdge((_e, a) => a.type === 'improves')!;
  expect(back.getEdgeAttributes(imp)).toMatchObject({ fromLatex: 'O(n^{2})', toLatex: 'O(n)', resource: 'time', weight: 1 });
}

describe('exports', () => {
  it('GEXF 1.3 round-trips through graphology-gexf', () => {
    const xml = toGexf(envelope);
    expect(xml).toMatch(/<gexf[^>]+version="1\.3"/);
    expectSameGraph(parseGexf(Graph, xml));
  });

  it('GraphML (xmlbuilder2) round-trips through graphology-graphml', () => {
    const xml = toGraphml(envelope);
    expect(xml).toMatch(/<key id="n_r" for="node" attr.name="r" attr.type="int"\/>/);
    expectSameGraph(parseGraphml(Graph, xml));
  });

  it('XML exports escape hostile text', () => {
    const evil = [paper('e1', 'A <b>&"title"</b> ]]>', 'x'), paper('e2', '=cmd|" /C calc"!A0', 'y')];
    const env = buildGraph(evil, { growth: TOY_GROWTH }).envelope;
    for (const xml of [toGexf(env), toGraphml(env)]) expect(xml).not.toContain('<b>');
    expect(parseGraphml(Graph, toGraphml(env)).getNodeAttribute('paper:e1', 'title')).toBe('A <b>&"title"</b> ]]>');
    expect(parseGexf(Graph, toGexf(env)).getNodeAttribute('paper:e1', 'title')).toBe('A <b>&"title"</b> ]]>');
  });

  it('CSV has one row per claim with paper and cluster columns, and parses back', () => {
    const text = toCsv(envelope);
    const rows = parseCsv(text, { columns: true }) as Array<Record<string, string>>;
    const claims = envelope.graph.nodes.reduce((s, n) => s + (((n.attributes as Record<string, unknown>).claims as unknown[] | undefined)?.length ?? 0), 0);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(claims);
    const att1 = rows.filter((r) => r.paper_id === 'att1');
    expect(att1).toHaveLength(3);
    expect(att1[1]).toMatchObject({ title: 'Sparse Attention Variant 1 for Long Context', year: '2024', url: 'https://arxiv.org/abs/att1', notation: 'O', expr: 'n', latex: 'O(n)', resource: 'time', role: 'result' });
    const c = original.getNodeAttribute('paper:att1', 'cluster') as number;
    expect(att1[0].cluster_label).toBe(labelOf.get(c));
    // the corpus papers a paper cites; a bound read from the text has no curated source
    expect(rows.filter((r) => r.paper_id === 'att2').map((r) => r.cites)).toEqual(['att1']);
    expect(rows.filter((r) => r.paper_id === 'rl2').map((r) => r.cites)).toEqual([]);
    expect(att1.every((r) => r.cites === '' && r.curated === '')).toBe(true);
  });

  it('CSV takes urls of sharded papers from their shard records', () => {
    const built = buildGraph(fixturePapers(), { growth: TOY_GROWTH, inlineAbstractsMax: 5 });
    const all = new Map<string, { url: string | null }>();
    for (const rec of built.shards!.values()) for (const [id, d] of Object.entries(rec)) all.set(id, d);
    const rows = parseCsv(toCsv(built.envelope, { details: (id) => all.get(id) }), { columns: true }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.paper_id === 'att1')!.url).toBe('https://arxiv.org/abs/att1');
    const bare = parseCsv(toCsv(built.envelope), { columns: true }) as Array<Record<string, string>>;
    expect(bare.find((r) => r.paper_id === 'att1')!.url).toBe('');
  });

  it('CSV quotes per RFC 4180, defuses formulas and adds a BOM on request', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvCell(f).startsWith("'") || csvCell(f).startsWith(`"'`), f).toBe(true);
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
    const env = buildGraph([paper('f1', '=HYPERLINK("http://x")', 'a', { claims: [claim(1, 'result', 'time', [0, 5])] })], { growth: TOY_GROWTH }).envelope;
    const text = toCsv(env, { bom: true });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(rows[0].title).toBe(`'=HYPERLINK("http://x")`);
    expect(toCsv(env).charCodeAt(0)).not.toBe(0xfeff);
  });
});
