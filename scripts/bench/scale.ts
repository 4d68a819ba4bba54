// How the graph stage scales: builds the graph files of the 74,728-abstract corpus at ¼, ½, 1, 2 and 4 times its
// size (beyond 1×, the corpus replicated with distinct ids and perturbed titles), each in its own process, and
// prints wall time and peak RSS per size, the time ratio of 4× against 1× (the target: within 5×, peak RSS
// within 8 GB) and a linear fit's estimate for all of arXiv (2.5M papers). Claims come from the extraction cache
// (extracted once, then reused).
// Usage: node --import tsx scripts/bench/scale.ts [--sizes 0.25,0.5,1,2,4] [--input PATH]
import { createReadStream, createWriteStream, existsSync, promises as fs, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const input = opt('--input') ?? path.resolve(repo, '../shared/corpus/arxiv-ml-2025/abstracts.jsonl.gz');
const work = path.join(os.tmpdir(), 'boundgraph-bench-scale');
const claimsFile = path.join(work, 'claims.jsonl');

/** Child mode: load `factor` × the claims, build the graph files into a folder, print one JSON line of figures. */
async function child(factor: number): Promise<void> {
  const { buildGraphFiles } = await import('../../src/graph/index.ts');
  const base: unknown[] = [];
  const rl = readline.createInterface({ input: createReadStream(claimsFile), crlfDelay: Infinity });
  for await (const line of rl) if (line) base.push(JSON.parse(line));
  const papers: Array<Record<string, unknown>> = [];
  const whole = Math.floor(factor);
  const part = factor < 1 ? Math.round(base.length * factor) : base.length;
  for (let r = 0; r < Math.max(1, whole); r++) {
    for (let i = 0; i < part; i++) {
      const p = base[i] as Record<string, unknown>;
      papers.push(r === 0 ? p : { ...p, id: `${p.id}r${r}`, title: `${p.title} (replica ${r})` });
    }
  }
  const t0 = performance.now();
  const out = path.join(work, `out-${factor}`);
  await fs.rm(out, { recursive: true, force: true });
  const built = buildGraphFiles(papers as never);
  let bytes = 0;
  for (const f of built.files) {
    const file = path.join(out, f.path);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const s = createWriteStream(file);
    for (const chunk of f.chunks()) { bytes += chunk.length; if (!s.write(chunk)) await new Promise<void>((r) => s.once('drain', () => r())); }
    await new Promise((r) => s.end(r));
  }
  const secs = (performance.now() - t0) / 1000;
  const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
  const overview = built.files[0];
  let overviewBytes = 0;
  for (const c of overview.chunks()) overviewBytes += c.length;
  process.stdout.write(JSON.stringify({ factor, papers: papers.length, secs, rssMiB: hwm ? Number(hwm[1]) / 1024 : process.memoryUsage().rss / 2 ** 20, mb: bytes / 1e6, overviewMb: overviewBytes / 1e6, files: built.files.length }) + '\n');
}

async function prepareClaims(): Promise<void> {
  if (existsSync(claimsFile)) return;
  await fs.mkdir(work, { recursive: true });
  const { readPapers } = await import('../../src/cli/inputs.ts');
  const { runExtraction } = await import('../../src/cli/extract-runner.ts');
  const read = await readPapers([input]);
  const r = await runExtraction(read.papers, { cacheDir: path.join(work, 'cache') });
  const s = createWriteStream(claimsFile + '.tmp');
  for (const p of r.results) if (!s.write(JSON.stringify(p) + '\n')) await new Promise<void>((res) => s.once('drain', () => res()));
  await new Promise((res) => s.end(res));
  await fs.rename(claimsFile + '.tmp', claimsFile);
}

if (argv[0] === '--child') {
  await child(Number(argv[1]));
} else {
  if (!existsSync(input)) { console.log(`skipped: ${input} not found (the shared corpus is not next to the repo)`); process.exit(0); }
  const sizes = (opt('--sizes') ?? '0.25,0.5,1,2,4').split(',').map(Number);
  await prepareClaims();
  const rows: Array<{ factor: number; papers: number; secs: number; rssMiB: number; mb: number; overviewMb: number }> = [];
  for (const f of sizes) {
    const r = spawnSync(process.execPath, ['--max-old-space-size=20000', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(f)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !line.startsWith('{')) { console.log(`${f}×: failed (${r.status}) ${r.stderr.slice(-400)}`); continue; }
    const row = JSON.parse(line);
    rows.push(row);
    console.log(`${String(row.papers).padStart(7)} papers: graph stage ${row.secs.toFixed(1).padStart(6)} s, peak RSS ${(row.rssMiB / 1024).toFixed(2)} GB, output ${row.mb.toFixed(1)} MB (graph.json ${row.overviewMb.toFixed(1)} MB, ${row.files} files)`);
  }
  const one = rows.find((r) => r.factor === 1), four = rows.find((r) => r.factor === 4);
  if (one && four) console.log(`4× the papers: ${(four.secs / one.secs).toFixed(2)}× the time (target ≤ 5×), peak RSS ${(four.rssMiB / 1024).toFixed(2)} GB (target ≤ 8 GB)`);
  if (rows.length >= 2) {
    // least squares: secs = a + b·papers, rss = c + d·papers
    const fit = (ys: number[]) => {
      const xs = rows.map((r) => r.papers);
      const mx = xs.reduce((a, b) => a + b, 0) / xs.length, my = ys.reduce((a, b) => a + b, 0) / ys.length;
      const b = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
      return { a: my - b * mx, b };
    };
    const t = fit(rows.map((r) => r.secs)), m = fit(rows.map((r) => r.rssMiB));
    const n = 2_500_000;
    console.log(`linear fit: ${(t.b * 1000).toFixed(2)} ms and ${(m.b * 1024).toFixed(1)} KB per paper → all of arXiv (2.5M papers): about ${((t.a + t.b * n) / 60).toFixed(0)} min and ${((m.a + m.b * n) / 1024).toFixed(1)} GB in one process`);
  }
}
