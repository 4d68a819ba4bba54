// `boundgraph export`: convert graph.json to GEXF, GraphML, CSV (one row per claim) or JSON.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError, InputError, escapeForTerminal } from '../errors.ts';
import { writeFileAtomic } from '../io.ts';
import { parseCommandArgs } from '../args.ts';
import { parseEnvelope, serializeEnvelope, type GraphEnvelope, type PaperDetail } from '../../graph/index.ts';
import { toGexf } from '../../graph/export/gexf.ts';
import { toGraphml } from '../../graph/export/graphml.ts';
import { toCsv } from '../../graph/export/csv.ts';
import { writeStdout } from '../stdout.ts';

export const summary = 'export graph.json as GEXF, GraphML, CSV (claims) or JSON';

export const help = `usage: boundgraph export [graph.json] --format gexf|graphml|csv|json [-o FILE] [--bom]

Converts a graph built by \`boundgraph build\` (default public/data/graph.json):
  gexf     GEXF 1.3 for Gephi, networkx, igraph: labels, colours (r/g/b), sizes, positions; node type
           and cluster as attributes
  graphml  GraphML (Gephi, yEd, Cytoscape): the same attributes; colour as r/g/b
  csv      one row per claim: paper_id, title, year, url, notation, expr, latex, resource, role,
           subject, cluster_label, text, cites (ids of the corpus papers the paper cites), curated (the
           curators' reference when the bound was recorded by them, not read from the text)
           (RFC 4180; cells starting with = + - @ are prefixed with ')
Only plain http(s) urls are exported, whatever graph.json holds.
  json     the graph envelope itself

options:
  --format NAME   output format (default: from the -o extension)
  -o, --out FILE  output file (default: stdout)
  --bom           start the CSV with a UTF-8 byte-order mark (for Excel)

A large graph's papers (level of detail: clusters/<id>.json and papers/<shard>.json beside graph.json) are put
back in: every format holds the whole graph.`;

const FORMATS = ['gexf', 'graphml', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);

/** Paper details (url, authors, abstract) kept in papers/<shard>.json next to a large graph.json. */
async function loadDetails(file: string, env: GraphEnvelope): Promise<((id: string) => PaperDetail | undefined) | undefined> {
  const mode = (env.meta.abstracts as { mode?: string } | undefined)?.mode;
  if (mode !== 'sharded') return undefined;
  const dir = path.join(path.dirname(file), 'papers');
  const all = new Map<string, PaperDetail>();
  let names: string[] = [];
  try { names = (await fs.readdir(dir)).filter((f) => f.endsWith('.json')).sort(); } catch {
    process.stderr.write(escapeForTerminal(`export: ${dir} not found; urls of sharded papers are left empty`) + '\n');
    return undefined;
  }
  for (const name of names) {
    try {
      const rec = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as Record<string, PaperDetail>;
      for (const [id, d] of Object.entries(rec)) all.set(id, d);
    } catch (err) {
      process.stderr.write(escapeForTerminal(`export: ${path.join(dir, name)}: skipped (${err instanceof Error ? err.message : String(err)})`) + '\n');
    }
  }
  return (id) => all.get(id);
}

/**
 * A level-of-detail graph (meta.lod: papers in clusters/<id>.json) made whole again, so every format exports every
 * paper and edge. Each edge with a paper end sits in exactly one cluster file. A missing or broken cluster file is
 * one stderr line; the rest is exported.
 */
async function assembleLod(file: string, env: GraphEnvelope): Promise<GraphEnvelope> {
  const lod = env.meta.lod as { mode?: string; clusters?: string } | undefined;
  if (lod?.mode !== 'clusters' || typeof lod.clusters !== 'string') return env;
  const nodes = [...env.graph.nodes];
  const edges = [...env.graph.edges];
  let missing = 0;
  for (const c of env.clusters) {
    const f = path.join(path.dirname(file), lod.clusters.replace('{id}', String(c.id)));
    try {
      const part = JSON.parse(await fs.readFile(f, 'utf8')) as { format?: string; nodes?: unknown; edges?: unknown };
      if (part.format !== 'boundgraph.cluster' || !Array.isArray(part.nodes) || !Array.isArray(part.edges)) throw new Error('not a boundgraph cluster file');
      for (const n of part.nodes) nodes.push(n as (typeof nodes)[number]);
      for (const e of part.edges) edges.push(e as (typeof edges)[number]);
    } catch (err) {
      missing++;
      process.stderr.write(escapeForTerminal(`export: ${f}: skipped, its papers are left out (${err instanceof Error ? err.message : String(err)})`) + '\n');
    }
  }
  // edges to papers of a skipped cluster would dangle: drop them
  const keys = new Set(nodes.map((n) => n.key));
  const kept = missing ? edges.filter((e) => keys.has(e.source) && keys.has(e.target)) : edges;
  const { lod: _lod, ...meta } = env.meta;
  return { ...env, meta: { ...meta, counts: { ...env.meta.counts, nodes: nodes.length, edges: kept.length } }, graph: { ...env.graph, nodes, edges: kept } };
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    bom: { type: 'boolean' },
  });
  if (positionals.length > 1) throw new UsageError(`one graph.json at a time (got "${positionals[0]}" and "${positionals[1]}")`);
  const input = positionals[0] ?? null;
  const out = values.out ?? null;
  const bom = values.bom ?? false;
  let format = values.format?.toLowerCase() ?? null;
  if (format === null && out) format = out.toLowerCase().split('.').pop() ?? null;
  if (format === null) throw new UsageError('--format gexf|graphml|csv|json is required (or an -o FILE with one of those extensions)');
  if (!isFormat(format)) throw new UsageError(`--format ${format}: expected one of ${FORMATS.join(', ')}`);
  const file = input ?? 'public/data/graph.json';

  let text: string;
  try { text = await fs.readFile(file, 'utf8'); } catch (err) {
    throw new InputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)}); build it with \`boundgraph build\``);
  }
  let json: unknown;
  try { json = JSON.parse(text); } catch (err) {
    throw new InputError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = parseEnvelope(json);
  if (!parsed.ok) throw new InputError(`${file}: ${parsed.message}`);
  const env = await assembleLod(file, parsed.envelope);

  const result = format === 'gexf' ? toGexf(env)
    : format === 'graphml' ? toGraphml(env)
      : format === 'csv' ? toCsv(env, { bom, details: await loadDetails(file, env) })
        : serializeEnvelope(env);
  if (out) {
    await writeFileAtomic(out, result);
    process.stderr.write(escapeForTerminal(`export: ${env.meta.counts.nodes ?? '?'} nodes, ${env.meta.counts.edges ?? '?'} edges → ${out} (${format})`) + '\n');
  } else {
    await writeStdout(result);
  }
  return 0;
}
