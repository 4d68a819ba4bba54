// Read benchmark: time to read the 74,728-record arxiv-ml-2025 gzip through readPapers (median of 3 runs),
// each run in its own child process so its peak RSS is its own. `--all` also times the other corpora once.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../shared/corpus');
const GZIP = path.join(corpus, 'arxiv-ml-2025/abstracts.jsonl.gz');
const RUNS = 3;

interface RunResult { ms: number; cpuMs: number; papers: number; maxRssMb: number }

async function child(input: string): Promise<void> {
  const { readPapers } = await import('../../src/cli/inputs.ts');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await readPapers([input]);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  // CPU time is reported too: on a shared machine wall time mostly measures the neighbours
  const result: RunResult = { ms, cpuMs: (cpu.user + cpu.system) / 1000, papers: r.stats.papers, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result) + '\n');
}

function runOnce(input: string): RunResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', input], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as RunResult;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]);
  if (!existsSync(GZIP)) {
    console.log(`read bench skipped: ${GZIP} is absent`);
    return;
  }
  const runs: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(runOnce(GZIP));
  const ms = median(runs.map((r) => r.ms));
  const rss = Math.max(...runs.map((r) => r.maxRssMb));
  console.log(`arxiv-ml-2025/abstracts.jsonl.gz: ${runs[0].papers} papers; read time median of ${RUNS}: ${(ms / 1000).toFixed(2)} s ` +
    `(runs ${runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s; ${Math.round(runs[0].papers / (ms / 1000))} papers/s); ` +
    `CPU time median ${(median(runs.map((r) => r.cpuMs)) / 1000).toFixed(2)} s; peak RSS ${rss.toFixed(0)} MB`);
  if (args.includes('--all')) {
    for (const rel of ['arxiv-atom-cs-ds/arxiv.xml', 'semantic-scholar/Paper.json', 'bibtex', 'arxiv-oai-sample/arxiv-metadata-oai-snapshot.head.jsonl']) {
      const r = runOnce(path.join(corpus, rel));
      console.log(`${rel}: ${r.papers} papers in ${(r.ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s), peak RSS ${r.maxRssMb.toFixed(0)} MB`);
    }
  }
}

await main();
