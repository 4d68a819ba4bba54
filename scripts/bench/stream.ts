// Streaming extraction as a batch runner uses it: `extract - --jsonl` with the 74,728-abstract corpus on stdin
// (gzip'd, as a partition file would be), its peak RSS (the target: ≤ 400 MB) and throughput, against the
// batch `extract -o` of the same papers measured in the same run (the baseline: its memory grows with the corpus).
// usage: node --import tsx scripts/bench/stream.ts [--limit N] [--workers N]
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, mkdtempSync, createWriteStream, rmSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import readline from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const corpus = path.resolve(repo, '../shared/corpus/arxiv-ml-2025/abstracts.jsonl.gz');
const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
if (!existsSync(corpus)) { console.log(`skipped: ${corpus} is absent`); process.exit(0); }
const limit = Number(arg('--limit') ?? Infinity);
const workers = arg('--workers') ?? '2';
const work = mkdtempSync(path.join(os.tmpdir(), 'bg-bench-stream-'));

// the input: the corpus, or its first N lines
let input = corpus;
if (Number.isFinite(limit)) {
  input = path.join(work, 'part.jsonl');
  const out = createWriteStream(input);
  let n = 0;
  for await (const line of readline.createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity })) {
    if (n++ >= limit) break;
    out.write(line + '\n');
  }
  await new Promise((r) => out.end(r));
}

/** Run the CLI with stdin from a file; peak RSS from /proc (VmHWM, sampled until exit), wall time, stderr. */
function run(args: string[], stdinFile: string | null): Promise<{ secs: number; rssMiB: number; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [path.join(repo, 'scripts/boundgraph.mjs'), ...args], { stdio: [stdinFile ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    if (stdinFile && p.stdin) createReadStream(stdinFile).pipe(p.stdin);
    let stderr = '';
    p.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    let hwm = 0;
    const poll = setInterval(() => {
      try { const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8')); if (m) hwm = Math.max(hwm, Number(m[1])); } catch { /* exited */ }
    }, 100);
    p.on('exit', (code) => { clearInterval(poll); resolve({ secs: (performance.now() - t0) / 1000, rssMiB: hwm / 1024, stderr, code }); });
  });
}

const streamed = await run(['extract', '-', '--jsonl', '--workers', workers], input);
const batch = await run(['extract', input, '-o', path.join(work, 'claims.json'), '--workers', workers], null);
const papers = Number(/of ([\d,]+) papers/.exec(streamed.stderr)?.[1]?.replace(/,/g, '') ?? NaN);
rmSync(work, { recursive: true, force: true });
if (streamed.code !== 0 || batch.code !== 0) { console.log(`failed: ${streamed.stderr}${batch.stderr}`); process.exit(1); }
console.log(`extract - --jsonl (${workers} workers): ${papers.toLocaleString('en-US')} papers in ${streamed.secs.toFixed(1)} s = ${(papers / streamed.secs).toFixed(0)} papers/s, peak RSS ${streamed.rssMiB.toFixed(0)} MiB (target ≤ 400)`);
console.log(`extract -o (batch, same papers): ${batch.secs.toFixed(1)} s, peak RSS ${batch.rssMiB.toFixed(0)} MiB → streaming uses ${(streamed.rssMiB / batch.rssMiB).toFixed(2)}× the memory and ${(streamed.secs / batch.secs).toFixed(2)}× the time`);
