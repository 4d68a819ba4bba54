// `boundgraph explain` prints each claim with its rule reasons and the rejected candidates.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(repoRoot, 'scripts/boundgraph.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('boundgraph explain', () => {
  it('explains claims and traps', () => {
    const r = cli('explain', 'We improve the previous O(n^2) bound to O(n log n) time, and set k = O(log n).');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/"O\(n\^2\)"[\s\S]*role\s+prior\s+← role:previous/);
    expect(r.stdout).toMatch(/"O\(n log n\)"[\s\S]*resource time\s+← resource:time/);
    expect(r.stdout).toMatch(/rejected candidates:[\s\S]*"O\(log n\)".*trap:parameter-setting/);
  }, 60_000);

  it('needs text (exit 2)', () => {
    expect(cli('explain').status).toBe(2);
  }, 60_000);
});
