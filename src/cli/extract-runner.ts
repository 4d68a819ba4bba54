// Shell-side extraction runner used by `extract` and `build`: an on-disk cache keyed by
// hash(title+abstract) and EXTRACTOR_VERSION, worker threads for big batches, results in input order.
import { createHash } from 'node:crypto';
import { promises as fs, existsSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { startExtractWorkers } from './worker-code.ts';
import { forEachLine } from './inputs.ts';
// the extractor (and compromise with it) is loaded only when this thread extracts: with workers it stays out
import { EXTRACTOR_VERSION } from '../extract/version.ts';
import type { Paper } from '../ingest/types.ts';
import type { PaperClaims } from '../extract/types.ts';

export interface RunOptions {
  /** worker threads (default: chooseWorkers — 2 for big batches when a core is idle, else in-process) */
  workers?: number;
  /** folder for the cache file; no cache when absent */
  cacheDir?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface RunResult { results: PaperClaims[]; cached: number; extracted: number }

type Extracted = Pick<PaperClaims, 'claims' | 'methods' | 'uses' | 'problems' | 'concepts' | 'assumptions' | 'acronyms'>;

/** Batches smaller than this run in-process: starting workers (and tsx inside them) costs ~1 s. */
const WORKER_THRESHOLD = 3000;
const CHUNK = 500;

/**
 * Worker threads only pay off when a second core is really free: measured on this 2-core machine under the
 * other jobs' load (loadavg ≈ 11), 1 in-process worker did 833 abstracts/s and 2 workers 642/s; on an idle
 * machine 2 workers give ~1.3×. So: 2 workers for big batches when the 1-minute load leaves a core idle,
 * else in-process. BOUNDGRAPH_WORKERS=N overrides.
 */
export function chooseWorkers(batch: number, cores = os.availableParallelism?.() ?? os.cpus().length, load = os.loadavg()[0]): number {
  const forced = Number(process.env.BOUNDGRAPH_WORKERS);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, 8);
  if (batch < WORKER_THRESHOLD || cores < 2) return 1;
  return load < cores - 0.5 ? Math.min(2, cores) : 1;
}

/**
 * How many cores other work keeps busy now: the busy share of all cores over a short sample, not the 1-minute load
 * average, which still counts a job that just ended (a build started right after another ran in-process at ~1.3× the
 * time). The smaller of the two, so a machine that is busy now and was busy before stays in-process.
 */
export async function currentLoad(sampleMs = 250): Promise<number> {
  const busy = () => os.cpus().reduce((a, c) => { const t = c.times; return { idle: a.idle + t.idle, all: a.all + t.idle + t.user + t.nice + t.sys + t.irq }; }, { idle: 0, all: 0 });
  const a = busy();
  await new Promise((r) => setTimeout(r, sampleMs));
  const b = busy();
  const all = b.all - a.all;
  const sampled = all > 0 ? (1 - (b.idle - a.idle) / all) * os.cpus().length : os.loadavg()[0];
  return Math.min(sampled, os.loadavg()[0]);
}

export function paperKey(p: Paper): string {
  const h = createHash('sha1').update(p.title ?? '').update('\u0000').update(p.abstract ?? '');
  // curated bounds are claims too: a record whose curated list changes is extracted again
  if (p.curated?.length) h.update('\u0000').update(JSON.stringify(p.curated));
  return h.digest('hex');
}

function cacheFile(dir: string): string {
  return path.join(dir, `claims-${EXTRACTOR_VERSION.replace(/[^A-Za-z0-9.-]/g, '_')}.jsonl`);
}

/**
 * Reads the cache line by line (a cache of a few hundred thousand papers is larger than one JS string may be);
 * a torn last line (crash mid-append) and any garbage line are skipped.
 */
async function loadCache(dir: string): Promise<Map<string, Extracted>> {
  const map = new Map<string, Extracted>();
  const file = cacheFile(dir);
  if (!existsSync(file)) return map;
  await forEachLine(file, (line) => {
    if (!line) return;
    try {
      const rec = JSON.parse(line) as { k: string; r: Extracted };
      if (typeof rec.k === 'string' && rec.r && Array.isArray(rec.r.claims)) map.set(rec.k, rec.r);
    } catch { /* torn or foreign line: ignore, it is re-extracted */ }
  });
  return map;
}

function strip(p: PaperClaims): Extracted {
  return { claims: p.claims, methods: p.methods, uses: p.uses, problems: p.problems, concepts: p.concepts, assumptions: p.assumptions, acronyms: p.acronyms };
}

async function extractInWorkers(papers: Paper[], workers: number, onDone: (n: number) => void): Promise<PaperClaims[]> {
  const chunks: Paper[][] = [];
  for (let i = 0; i < papers.length; i += CHUNK) chunks.push(papers.slice(i, i + CHUNK));
  const out: PaperClaims[][] = new Array(chunks.length);
  let next = 0;
  const pool = await startExtractWorkers(workers);
  try {
    await Promise.all(pool.map((w) => new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= chunks.length) { resolve(); return; }
        const id = next++;
        w.postMessage({ id, papers: chunks[id] });
      };
      w.on('message', (m: { id: number; results: PaperClaims[] }) => { out[m.id] = m.results; onDone(m.results.length); feed(); });
      w.on('error', reject);
      w.on('exit', (code) => { if (code !== 0) reject(new Error(`extract worker exited with code ${code}`)); });
      feed();
    })));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out.flat();
}

export async function runExtraction(papers: Paper[], opts: RunOptions = {}): Promise<RunResult> {
  const total = papers.length;
  const cache = opts.cacheDir ? await loadCache(opts.cacheDir) : new Map<string, Extracted>();
  const keys = papers.map(paperKey);
  const results: (PaperClaims | null)[] = new Array(total).fill(null);
  const todoIdx: number[] = [];
  let done = 0;
  for (let i = 0; i < total; i++) {
    const hit = cache.get(keys[i]);
    if (hit) { results[i] = { ...papers[i], ...hit }; done++; } else todoIdx.push(i);
  }
  const cached = done;
  if (done) opts.onProgress?.(done, total);
  const todo = todoIdx.map((i) => papers[i]);
  const workers = opts.workers ?? chooseWorkers(todo.length, undefined, todo.length >= WORKER_THRESHOLD ? await currentLoad() : undefined);
  let fresh: PaperClaims[];
  if (workers > 1 && todo.length > CHUNK) {
    fresh = await extractInWorkers(todo, workers, (n) => { done += n; opts.onProgress?.(done, total); });
  } else {
    fresh = [];
    if (todo.length) {
      const { extractPaper } = await import('../extract/index.ts');
      for (const p of todo) {
        fresh.push(extractPaper(p));
        done++;
        if (done % 200 === 0) opts.onProgress?.(done, total);
      }
    }
  }
  todoIdx.forEach((idx, j) => { results[idx] = fresh[j]; });
  if (opts.cacheDir && fresh.length) {
    await fs.mkdir(opts.cacheDir, { recursive: true });
    // appends of whole lines: a crash can tear only the last line, which loadCache skips
    const seen = new Set<string>();
    const lines: string[] = [];
    todoIdx.forEach((idx, j) => {
      if (seen.has(keys[idx])) return;
      seen.add(keys[idx]);
      lines.push(JSON.stringify({ k: keys[idx], r: strip(fresh[j]) }));
    });
    // whole lines, appended in blocks (one string of every line would not fit in a JS string at scale)
    for (let i = 0; i < lines.length; i += 10_000) await fs.appendFile(cacheFile(opts.cacheDir), lines.slice(i, i + 10_000).join('\n') + '\n');
  }
  opts.onProgress?.(total, total);
  return { results: results as PaperClaims[], cached, extracted: fresh.length };
}
