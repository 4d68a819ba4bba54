// Streaming extraction for `extract --jsonl`: papers go in as they are read, claims records come out one per line
// in input order, and memory stays flat. Papers are batched; with workers, up to two batches per worker are in
// flight and the reader is held back (`pause`) until the oldest one is written, so neither the input nor the
// output piles up whatever the corpus size.
import type { Worker } from 'node:worker_threads';
import { startExtractWorkers } from './worker-code.ts';
import type { Paper } from '../ingest/types.ts';
import type { PaperClaims } from '../extract/types.ts';

export interface OrderedExtractorOptions {
  /** worker threads; 1 extracts in this thread */
  workers: number;
  /** papers per batch sent to a worker */
  batch?: number;
  /** called with each result in input order; may return a promise (a slow output) that holds everything back */
  emit: (results: PaperClaims[]) => Promise<void> | void;
}

export interface OrderedExtractor {
  push(p: Paper): void;
  /** a promise while too much is in flight or waiting to be written; undefined when the reader may go on */
  pause(): Promise<void> | undefined;
  /** flush the last batch, wait for every result to be emitted, stop the workers */
  finish(): Promise<void>;
  /** stop the workers without waiting (on error) */
  abort(): Promise<void>;
}

/** Batches of this many papers: small enough for little memory in flight, big enough to amortise messaging. */
const BATCH = 100;

export async function createOrderedExtractor(opts: OrderedExtractorOptions): Promise<OrderedExtractor> {
  const batchSize = opts.batch ?? BATCH;
  const workers = Math.max(1, opts.workers);
  const maxInFlight = workers * 4;
  let current: Paper[] = [];
  let nextId = 0;
  let nextEmit = 0;
  let written = 0;
  const done = new Map<number, PaperClaims[]>();
  const queued: Array<{ id: number; papers: Paper[] }> = [];
  let inFlight = 0;
  let failure: Error | null = null;
  let emitting: Promise<void> = Promise.resolve();
  let waiters: Array<() => void> = [];
  const wakeAll = () => { const w = waiters; waiters = []; for (const f of w) f(); };

  // results are emitted strictly in order; a slow emit (stdout not drained) chains the next behind it
  const drainDone = () => {
    while (done.has(nextEmit)) {
      const results = done.get(nextEmit)!;
      done.delete(nextEmit);
      nextEmit++;
      emitting = emitting.then(() => opts.emit(results)).then(() => { written++; }, (err: unknown) => { failure ??= err instanceof Error ? err : new Error(String(err)); });
    }
    void emitting.then(wakeAll);
  };

  if (workers === 1) {
    // loaded here only: with workers, this thread never holds the extractor (or compromise)
    const { extractPaper } = await import('../extract/index.ts');
    const run = (papers: Paper[], id: number) => { done.set(id, papers.map((p) => extractPaper(p))); drainDone(); };
    return {
      push(p) { current.push(p); if (current.length >= batchSize) { run(current, nextId++); current = []; } },
      pause() {
        if (failure) return Promise.reject(failure);
        return emitting.then(() => { if (failure) throw failure; });
      },
      async finish() { if (current.length) { run(current, nextId++); current = []; } await emitting; if (failure) throw failure; },
      async abort() { /* nothing runs in the background */ },
    };
  }

  let stopping = false;
  const idle: Worker[] = [];
  const pool: Worker[] = [];
  const dispatch = () => {
    while (idle.length && queued.length) {
      const w = idle.pop()!;
      const job = queued.shift()!;
      inFlight++;
      w.postMessage(job);
    }
  };
  for (const w of await startExtractWorkers(workers)) {
    w.on('message', (m: { id: number; results: PaperClaims[] }) => {
      inFlight--;
      done.set(m.id, m.results);
      idle.push(w);
      dispatch();
      drainDone();
    });
    w.on('error', (err) => { failure ??= err; wakeAll(); });
    w.on('exit', (code) => { if (code !== 0 && !stopping) { failure ??= new Error(`extract worker exited with code ${code}`); wakeAll(); } });
    idle.push(w);
    pool.push(w);
  }
  const send = () => {
    if (!current.length) return;
    queued.push({ id: nextId++, papers: current });
    current = [];
    dispatch();
  };
  /** batches read but not yet written: queued, in flight, done and waiting for an earlier one, or being written */
  const backlog = () => nextId - written;
  const stopAll = () => { stopping = true; return Promise.all(pool.map((w) => w.terminate())).then(() => undefined); };
  return {
    push(p) { current.push(p); if (current.length >= batchSize) send(); },
    pause() {
      if (failure) return Promise.reject(failure);
      if (backlog() < maxInFlight) return undefined;
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (failure) reject(failure);
          else if (backlog() < maxInFlight) resolve();
          else waiters.push(check);
        };
        waiters.push(check);
      });
    },
    async finish() {
      send();
      while (backlog() > 0) {
        if (failure) break;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      await emitting;
      await stopAll();
      if (failure) throw failure;
    },
    abort: stopAll,
  };
}
