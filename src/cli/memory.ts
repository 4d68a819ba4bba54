// Memory the build may use, and whether a corpus fits in it: a corpus too large fails early with one line that
// says how many papers, what they need and what to do, never with V8's "heap out of memory" trace.
import v8 from 'node:v8';
import os from 'node:os';
import { InputError } from './errors.ts';

/**
 * JS heap the build needs per paper, input records included (measured: `node --import tsx
 * scripts/bench/scale.ts` and a 298,894-paper `build`, see the README), with a margin.
 */
export const HEAP_BYTES_PER_PAPER = 16 * 1024;
/** Below this many papers no estimate is made: they always fit. */
const ALWAYS_FITS = 20_000;

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(bytes < 10 * 2 ** 30 ? 1 : 0)} GB`;

export interface MemoryBudget { heapLimit: number; totalMemory: number }

export function memoryBudget(): MemoryBudget {
  return { heapLimit: v8.getHeapStatistics().heap_size_limit, totalMemory: os.totalmem() };
}

function advice(budget: MemoryBudget, need: number): string {
  return `this process may use ${gb(budget.heapLimit)} of this machine's ${gb(budget.totalMemory)}` +
    (need < budget.totalMemory * 0.8 ? ` (BOUNDGRAPH_HEAP_MB=${Math.ceil(need / 2 ** 20 / 1024) * 1024} raises it)` : '') +
    `; build a slice of the corpus (by category or year), or on a machine with at least ${gb(need / 0.75)} of memory`;
}

/** Throws an InputError when `papers` papers will not fit in the heap the build may use. */
export function checkCorpusFits(papers: number, budget: MemoryBudget = memoryBudget()): void {
  if (papers <= ALWAYS_FITS) return;
  const need = papers * HEAP_BYTES_PER_PAPER;
  if (need <= budget.heapLimit) return;
  throw new InputError(`${papers.toLocaleString('en-US')} papers need about ${gb(need)} of memory to build (about ${HEAP_BYTES_PER_PAPER / 1024} KB per paper); ${advice(budget, need)}`);
}

/**
 * A check to call while reading: once the heap holds more than 80% of its limit, reading stops with one line
 * (the papers read so far, and an estimate of the whole) instead of running into the limit.
 */
export function heapWatch(budget: MemoryBudget = memoryBudget(), used: () => number = () => v8.getHeapStatistics().used_heap_size): (papersSoFar: number) => void {
  let next = 10_000;
  return (n) => {
    if (n < next) return;
    next = n + 10_000;
    const u = used();
    if (u < budget.heapLimit * 0.8) return;
    throw new InputError(`stopped reading after ${n.toLocaleString('en-US')} papers: they fill ${gb(u)} of the ${gb(budget.heapLimit)} heap already, and the graph stage needs about ${HEAP_BYTES_PER_PAPER / 1024} KB more per paper; ${advice(budget, budget.heapLimit * 2)}`);
  };
}
