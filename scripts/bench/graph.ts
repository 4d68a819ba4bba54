// Benchmark of `build` on the 74,728-abstract arXiv corpus: wall time per stage (read, extract,
// graph, cluster, layout, write), peak RSS, graph.json size, node/edge counts.
// Usage: node --import tsx scripts/bench/graph.ts [--limit N] [--input PATH] [--out DIR] [--no-cache]
// Targets (issue 4): < 5 min total incl. extraction, < 4 GB peak RSS, graph.json < 40 MB.
import { promises as fs, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPapers } from '../../src/cli/inputs.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { buildGraph, serializeEnvelope } from '../../src/graph/index.ts';
import type { Paper } from '../../src/ingest/types.ts';
import type { PaperClaims } from '../../src/extract/types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const limit = opt('--limit') ? Number(opt('--limit')) : Infinity;
const input = opt('--input') ?? path.resolve(repo, '../shared/corpus/arxiv-ml-2025/abstracts.jsonl.gz');
const out = opt('--out') ?? path.join(os.tmpdir(), `boundgraph-bench-${process.pid}`);
const useCache = !argv.includes('--no-cache');

if (!existsSync(input)) {
  console.log(`skipped: ${input} not found (the shared corpus is not next to the repo)`);
  process.exit(0);
}

/** The cached, parallel runner when present; otherwise extractPaper in a loop. */
async function extract(papers: Paper[]): Promise<{ results: PaperClaims[]; how: string }> {
  const runnerPath = path.join(repo, 'src/cli/extract-runner.ts');
  if (existsSync(runnerPath)) {
    const runner = await import(runnerPath) as { runExtraction(p: Paper[], o: { cacheDir?: string }): Promise<{ results: PaperClaims[]; cached: number; extracted: number }> };
    const r = await runner.runExtraction(papers, { cacheDir: useCache ? path.join(out, 'cache') : undefined });
    return { results: r.results, how: `runExtraction (${r.cached} cached, ${r.extracted} extracted)` };
  }
  return { results: papers.map((p) => extractPaper(p)), how: 'extractPaper loop (no runner yet)' };
}

const rows: Array<[string, number]> = [];
let t = performance.now();
const t0 = t;
const lap = (name: string) => { const now = performance.now(); rows.push([name, now - t]); t = now; };

const read = await readPapers([input]);
const papers = Number.isFinite(limit) ? read.papers.slice(0, limit) : read.papers;
lap('read');
const { results, how } = await extract(papers);
lap('extract');
const stages: Record<string, number> = {};
const { envelope, shards } = buildGraph(results, { onStage: (s, ms) => { stages[s] = (stages[s] ?? 0) + ms; } });
t = performance.now();
const cluster = (stages.similarity ?? 0) + (stages.cluster ?? 0) + (stages.label ?? 0);
rows.push(['graph', (stages.features ?? 0) + (stages.nodes ?? 0) + (stages.edges ?? 0)], ['cluster', cluster], ['layout', stages.layout ?? 0]);
const text = serializeEnvelope(envelope);
await fs.mkdir(out, { recursive: true });
await fs.writeFile(path.join(out, 'graph.json'), text);
let shardBytes = 0;
if (shards) {
  await fs.mkdir(path.join(out, 'papers'), { recursive: true });
  for (const [name, rec] of shards) {
    const s = JSON.stringify(rec);
    shardBytes += Buffer.byteLength(s);
    await fs.writeFile(path.join(out, 'papers', `${name}.json`), s);
  }
}
lap('write');
const total = performance.now() - t0;
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
console.log(`input: ${path.relative(repo, input)} — ${papers.length} papers (${read.issues.length} read issues); extraction: ${how}`);
for (const [name, ms] of rows) console.log(`  ${name.padEnd(8)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
const cpu = process.cpuUsage();
console.log(`  ${'total'.padEnd(8)} ${(total / 1000).toFixed(1).padStart(7)} s   (target < 300 s); CPU of this process ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (workers not counted); load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`  graph stages: ${Object.entries(stages).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`).join(', ')}`);
console.log(`  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (target < 4096 MB)`);
console.log(`  graph.json ${mb(Buffer.byteLength(text))} (target < 40 MB)${shards ? `; abstracts ${mb(shardBytes)} in ${shards.size} shards` : ''}`);
const c = envelope.meta.counts;
console.log(`  ${c.nodes} nodes ${JSON.stringify(envelope.meta.nodeTypes)}; ${c.edges} edges ${JSON.stringify(envelope.meta.edgeTypes)}; ${c.clusters} clusters, modularity ${envelope.meta.modularity}`);
console.log(`  clusters: ${envelope.clusters.slice(0, 12).map((x) => `${x.label} (${x.size})`).join('; ')}`);
console.log(`  output in ${out}`);
