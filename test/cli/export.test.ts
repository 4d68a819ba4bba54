// `boundgraph export` in every format from a graph built from the bundled sample.
import { describe, it, expect, vi, beforeAll, afterAll } from 'vitest';
import { promises as fs } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { main } from '../../src/cli/main.ts';

let tmp: string;
let graphFile: string;
let env: { graph: { nodes: Array<{ key: string; attributes: { claims?: unknown[]; type?: string; url?: string | null } }>; edges: Array<{ source: string; target: string }> } };

/**
 * Node and edge counts as networkx reads a GEXF or GraphML file (and whether it made a multigraph). networkx is
 * Debian's python3-networkx, which .ci/run installs: when it is missing the test fails and says so.
 */
function networkxCounts(file: string): { nodes: number; edges: number; multigraph: boolean; color: Record<string, number> | null } {
  const script = [
    'import json, sys',
    'import networkx as nx',
    'f = sys.argv[1]',
    'g = nx.read_gexf(f) if f.endswith(".gexf") else nx.read_graphml(f)',
    'first = next(iter(g.nodes(data=True)), (None, {}))[1]',
    'print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multigraph": g.is_multigraph(), "color": first.get("viz", {}).get("color")}))',
  ].join('\n');
  const r = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (r.error || (r.status !== 0 && /No module named .?networkx/.test(r.stderr))) {
    throw new Error(`networkx is needed to check the exports: install it with \`apt-get install -y python3-networkx\` (${r.error?.message ?? r.stderr.trim().split('\n').at(-1)})`);
  }
  if (r.status !== 0) throw new Error(`networkx could not read ${path.basename(file)}:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += String(chunk); return true; });
  try { return { code: await main(argv), stderr }; } finally { spy.mockRestore(); }
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bg-export-'));
  const r = await run(['build', '-o', tmp, '--no-cache']);
  expect(r.code, r.stderr).toBe(0);
  graphFile = path.join(tmp, 'graph.json');
  env = JSON.parse(await fs.readFile(graphFile, 'utf8'));
});
afterAll(async () => { await fs.rm(tmp, { recursive: true, force: true }); });

describe('boundgraph export', () => {
  it('writes GEXF and GraphML that parse back with the same counts', async () => {
    for (const [fmt, parse] of [['gexf', parseGexf], ['graphml', parseGraphml]] as const) {
      const out = path.join(tmp, `g.${fmt}`);
      const r = await run(['export', graphFile, '--format', fmt, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const g = parse(Graph, await fs.readFile(out, 'utf8'));
      expect(g.order, fmt).toBe(env.graph.nodes.length);
      expect(g.size, fmt).toBe(env.graph.edges.length);
    }
  });

  it('GEXF and GraphML load in networkx with the graph\'s node and edge counts, parallel edges included', async () => {
    const pairs = new Set(env.graph.edges.map((e) => `${e.source}\u0000${e.target}`));
    expect(pairs.size).toBeLessThan(env.graph.edges.length); // the sample graph has parallel edges: a multigraph is needed
    for (const fmt of ['gexf', 'graphml']) {
      const out = path.join(tmp, `nx.${fmt}`);
      expect((await run(['export', graphFile, '--format', fmt, '-o', out])).code).toBe(0);
      const counts = networkxCounts(out);
      expect(counts, fmt).toMatchObject({ nodes: env.graph.nodes.length, edges: env.graph.edges.length, multigraph: true });
      if (fmt === 'gexf') expect(counts.color).toEqual({ r: expect.any(Number), g: expect.any(Number), b: expect.any(Number), a: 1 });
    }
    const gexf = await fs.readFile(path.join(tmp, 'nx.gexf'), 'utf8');
    expect(gexf).not.toContain('hex=');
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
  });

  it('cites edges of a Semantic Scholar file reach GEXF and GraphML as networkx reads them', async () => {
    const s2 = path.join(tmp, 's2.json');
    const abs = (t: string) => `We study ${t} and give an algorithm for it with a new analysis of ${t} in the word RAM.`;
    await fs.writeFile(s2, JSON.stringify({ data: [
      { paperId: 'a1', title: 'Sorting widgets in linear time', abstract: abs('sorting widgets'), year: 2020,
        references: [{ citedPaper: { paperId: 'b2', title: 'Sorting widgets in quadratic time', abstract: abs('widgets'), year: 2010 } }],
        citations: [{ citingPaper: { paperId: 'c3', title: 'A survey of widget sorting', abstract: null, year: 2024 } }] },
    ] }));
    const dir = path.join(tmp, 's2g');
    expect((await run(['build', s2, '-o', dir, '--no-cache'])).code).toBe(0);
    const built = JSON.parse(await fs.readFile(path.join(dir, 'graph.json'), 'utf8')) as typeof env & { meta: { edgeTypes: Record<string, number> } };
    expect(built.meta.edgeTypes.cites).toBe(2);
    for (const fmt of ['gexf', 'graphml']) {
      const out = path.join(tmp, `s2.${fmt}`);
      expect((await run(['export', path.join(dir, 'graph.json'), '--format', fmt, '-o', out])).code).toBe(0);
      const script = [
        'import json, sys', 'import networkx as nx', 'f = sys.argv[1]',
        'g = nx.read_gexf(f) if f.endswith(".gexf") else nx.read_graphml(f)',
        'print(json.dumps(sorted(f"{u} > {v}" for u, v, d in g.edges(data=True) if d.get("type") == "cites")))',
      ].join('\n');
      const r = spawnSync('python3', ['-c', script, out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout), fmt).toEqual(['paper:s2:a1 > paper:s2:b2', 'paper:s2:c3 > paper:s2:a1']);
    }
  });

  it('no url that is not a plain http(s) link reaches any export, whatever graph.json holds', async () => {
    const hostile = JSON.parse(JSON.stringify(env)) as typeof env;
    const papers = hostile.graph.nodes.filter((n) => n.attributes.type === 'paper' && n.attributes.claims?.length);
    const bad = ['javascript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'https://user:pw@evil.example/', 'file:///etc/passwd'];
    bad.forEach((url, i) => { papers[i].attributes.url = url; });
    papers[bad.length].attributes.url = 'https://arxiv.org/abs/2401.00001';
    const file = path.join(tmp, 'hostile-graph.json');
    await fs.writeFile(file, JSON.stringify(hostile));
    for (const fmt of ['gexf', 'graphml', 'csv']) {
      const out = path.join(tmp, `hostile.${fmt}`);
      const r = await run(['export', file, '--format', fmt, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const text = await fs.readFile(out, 'utf8');
      for (const url of bad) expect(text, `${fmt}: ${url}`).not.toContain(url.slice(0, 12));
      expect(text, fmt).toContain('https://arxiv.org/abs/2401.00001');
    }
  });

  it('writes the claims CSV (format from the extension) and the JSON envelope unchanged', async () => {
    const csv = path.join(tmp, 'claims.csv');
    expect((await run(['export', graphFile, '-o', csv, '--bom'])).code).toBe(0);
    const rows = parseCsv(await fs.readFile(csv, 'utf8'), { columns: true, bom: true });
    const claims = env.graph.nodes.reduce((s, n) => s + (n.attributes.claims?.length ?? 0), 0);
    expect(claims).toBeGreaterThan(20);
    expect(rows).toHaveLength(claims);
    const json = path.join(tmp, 'copy.json');
    expect((await run(['export', graphFile, '--format', 'json', '-o', json])).code).toBe(0);
    expect(await fs.readFile(json, 'utf8')).toBe(await fs.readFile(graphFile, 'utf8'));
  });

  it('exits 2 on an unknown format, a missing file or a file that is not a graph', async () => {
    expect((await run(['export', graphFile, '--format', 'dot'])).stderr).toMatch(/expected one of gexf, graphml, csv, json/);
    const missing = await run(['export', path.join(tmp, 'none.json'), '--format', 'csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('none.json: cannot read');
    const other = path.join(tmp, 'other.json');
    await fs.writeFile(other, '{"format":"something"}');
    const wrong = await run(['export', other, '--format', 'gexf']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/other\.json: format is "something"/);
  });
});

describe('boundgraph export of a level-of-detail graph', () => {
  it('puts the cluster files back: GEXF, GraphML and CSV hold every paper and edge of the same graph built whole', () => {
    const repo = path.resolve(import.meta.dirname, '../..');
    const bin = path.join(repo, 'scripts/boundgraph.mjs');
    const tmp = spawnSync('mktemp', ['-d'], { encoding: 'utf8' }).stdout.trim();
    const run = (...a: string[]) => { const r = spawnSync(process.execPath, [bin, ...a], { cwd: repo, encoding: 'utf8' }); expect(r.status, r.stderr).toBe(0); return r; };
    run('build', '-o', path.join(tmp, 'whole'), '--no-cache');
    run('build', '-o', path.join(tmp, 'lod'), '--no-cache', '--lod', '0');
    const formats = ['gexf', 'graphml', 'csv'] as const;
    for (const f of formats) {
      run('export', path.join(tmp, 'whole/graph.json'), '-o', path.join(tmp, `whole.${f}`));
      run('export', path.join(tmp, 'lod/graph.json'), '-o', path.join(tmp, `lod.${f}`));
    }
    const read = (name: string) => spawnSync('cat', [path.join(tmp, name)], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
    const g1 = parseGexf(Graph, read('whole.gexf')), g2 = parseGexf(Graph, read('lod.gexf'));
    expect(g2.order).toBe(g1.order);
    expect(g2.size).toBe(g1.size);
    expect(g2.filterNodes((_n, a) => a.type === 'paper').length).toBe(75);
    expect(parseGraphml(Graph, read('lod.graphml')).size).toBe(g1.size);
    const rows = (name: string) => (parseCsv(read(name), { columns: true }) as Array<Record<string, string>>).map((r) => JSON.stringify(r)).sort();
    expect(rows('lod.csv')).toEqual(rows('whole.csv'));
    expect(rows('lod.csv').length).toBeGreaterThan(50);
  });
});
