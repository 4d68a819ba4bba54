// Benchmark of `extract` on ../shared/corpus/arxiv-ml-2025/abstracts.jsonl.gz: abstracts/s, MB/s, peak RSS,
// and the ratio against a naive one-core full compromise parse of a sample, measured in the same run.
// usage: node --import tsx scripts/bench/extract.ts [--limit N] [--workers N] [--naive 300]
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { readPapers } from '../../src/cli/inputs.ts';
import { runExtraction } from '../../src/cli/extract-runner.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../shared/corpus/arxiv-ml-2025/abstracts.jsonl.gz');
const arg = (name: string, d: number) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : d; };
if (!existsSync(corpus)) { console.log(`skipped: ${corpus} is absent`); process.exit(0); }
let peak = 0;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const { papers: all } = await readPapers([corpus]);
const papers = all.slice(0, arg('--limit', all.length));
const bytes = papers.reduce((n, p) => n + Buffer.byteLength(p.title) + Buffer.byteLength(p.abstract), 0);
const t0 = performance.now();
const r = await runExtraction(papers, { workers: process.argv.includes('--workers') ? arg('--workers', 2) : undefined });
const secs = (performance.now() - t0) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
const rate = papers.length / secs;
const claims = r.results.reduce((n, p) => n + p.claims.length, 0);
// naive baseline: full compromise parse of a sample on this one core
const sample = papers.slice(0, arg('--naive', 300));
const n0 = performance.now();
for (const p of sample) nlp(p.abstract).nouns().out('array');
const naiveRate = sample.length / ((performance.now() - n0) / 1000);
clearInterval(timer);
console.log(`extract: ${papers.length} abstracts in ${secs.toFixed(1)} s = ${rate.toFixed(0)} abstracts/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s, ${claims} claims, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
console.log(`naive full compromise parse (1 core, ${sample.length} abstracts): ${naiveRate.toFixed(0)} abstracts/s → extract is ${(rate / naiveRate).toFixed(1)}× faster`);

// The ratio: extraction of 1,500 real abstracts on one core against a naive one-core full compromise parse
// (nlp(text) with its noun-phrase pass) of the same 1,500, each timed three times alternately; medians.
{
  const { extractPaper } = await import('../../src/extract/index.ts');
  const set = papers.slice(0, 1500);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ours: number[] = [], naive: number[] = [];
  for (let run = 0; run < 3; run++) {
    let t = performance.now();
    for (const p of set) extractPaper(p);
    ours.push(performance.now() - t);
    t = performance.now();
    for (const p of set) nlp(p.abstract).nouns().out('array');
    naive.push(performance.now() - t);
  }
  const o = median(ours), n = median(naive);
  console.log(`1,500 abstracts, one core, median of 3: extract ${(o / set.length).toFixed(2)} ms/abstract, naive full compromise parse ${(n / set.length).toFixed(2)} ms/abstract → ratio ${(o / n).toFixed(3)} (target < 0.25)`);
}
