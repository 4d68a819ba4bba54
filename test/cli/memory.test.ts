// The memory guard: a corpus too large for the heap fails early with one line that says how many papers, what they
// need and what to do — never a V8 trace; a small one is never refused.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkCorpusFits, heapWatch, HEAP_BYTES_PER_PAPER } from '../../src/cli/memory.ts';
import { InputError } from '../../src/cli/errors.ts';

const GB = 2 ** 30;
const budget = { heapLimit: 4 * GB, totalMemory: 24 * GB };

describe('checkCorpusFits', () => {
  it('lets a corpus through that fits, refuses one that does not with a single actionable line', () => {
    expect(() => checkCorpusFits(100_000, budget)).not.toThrow();
    const n = Math.ceil((4 * GB) / HEAP_BYTES_PER_PAPER) + 1000;
    let err: unknown;
    try { checkCorpusFits(n, budget); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(InputError);
    const msg = (err as Error).message;
    expect(msg).not.toContain('\n');
    expect(msg).toContain(n.toLocaleString('en-US'));
    expect(msg).toMatch(/need about \d+(\.\d)? GB/);
    expect(msg).toMatch(/this process may use 4\.0 GB of this machine's 24 GB/);
    expect(msg).toMatch(/build a slice of the corpus/);
  });
  it('never refuses small corpora, whatever the budget', () => expect(() => checkCorpusFits(20_000, { heapLimit: 1, totalMemory: 1 })).not.toThrow());
});

describe('heapWatch', () => {
  it('stops reading once the heap is 80% full, checking every 10,000 papers', () => {
    let used = 1 * GB;
    const watch = heapWatch(budget, () => used);
    expect(() => watch(10_000)).not.toThrow();
    used = 3.5 * GB;
    expect(() => watch(15_000)).not.toThrow(); // not a check point
    expect(() => watch(20_000)).toThrow(/stopped reading after 20,000 papers: they fill 3\.5 GB of the 4\.0 GB heap/);
  });
});

describe('the launcher', () => {
  it('runs build through its child process with the exit code and the one-line message passed through', () => {
    const repo = path.resolve(import.meta.dirname, '../..');
    // a missing input is exit 2 through the child process too, with the one line of the command
    const r = spawnSync(process.execPath, [path.join(repo, 'scripts/boundgraph.mjs'), 'build', '/nonexistent/input.jsonl', '-o', '/nonexistent/out'], { encoding: 'utf8', env: { ...process.env, BOUNDGRAPH_HEAP_MB: '6000' } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('boundgraph build: /nonexistent/input.jsonl: no such file or directory');
  });
});
