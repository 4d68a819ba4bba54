// The runner's worker-count choice: in-process for small batches, one core, or a machine whose other core is busy.
import { afterEach, describe, expect, it } from 'vitest';
import { chooseWorkers } from '../../src/cli/extract-runner.ts';

describe('chooseWorkers', () => {
  afterEach(() => { delete process.env.BOUNDGRAPH_WORKERS; });
  it('runs small batches in-process', () => expect(chooseWorkers(100, 2, 0)).toBe(1));
  it('runs in-process on one core', () => expect(chooseWorkers(50_000, 1, 0)).toBe(1));
  it('uses two workers when a second core is idle', () => expect(chooseWorkers(50_000, 2, 0.4)).toBe(2));
  it('stays in-process when the other core is busy', () => expect(chooseWorkers(50_000, 2, 1.8)).toBe(1));
  it('never uses more than two workers by itself', () => expect(chooseWorkers(50_000, 16, 0)).toBe(2));
  it('obeys BOUNDGRAPH_WORKERS', () => {
    process.env.BOUNDGRAPH_WORKERS = '3';
    expect(chooseWorkers(10, 2, 5)).toBe(3);
  });
});

describe('currentLoad', () => {
  it('samples how many cores are busy now, within the machine\'s core count', async () => {
    const { currentLoad } = await import('../../src/cli/extract-runner.ts');
    const l = await currentLoad(50);
    expect(Number.isFinite(l)).toBe(true);
    expect(l).toBeGreaterThanOrEqual(0);
    expect(l).toBeLessThanOrEqual((await import('node:os')).cpus().length + 0.01);
  });
});
