// `boundgraph export` in every format from a graph built from the bundled sample.
import { describe, it, expect, vi, beforeAll, afterAll } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { main } from '../../src/cli/main.ts';

let tmp: string;
let graphFile: string;
let env: { graph: { nodes: Array<{ attributes: { claims?: unknown[] } }>; edges: unknown[] } };

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
