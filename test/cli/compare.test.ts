// `boundgraph compare` end to end through the real launcher (node scripts/boundgraph.mjs).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/boundgraph.mjs'), 'compare', ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface CompareJson {
  bounds: { input: string; parsed: boolean; canonical: string | null; latex: string | null; rank: number | null; note?: string; reason?: string }[];
  relations: string[][];
}

describe('boundgraph compare --json', () => {
  const inputs = ['O(n^2)', 'widetilde O(|Omega| k)', 'O(nlogn)', '$\\Theta(n \\log n)$', 'O(m)', 'nearly linear', 'O(2^n)', 'n^{1+o(1)}'];
  const run = cli([...inputs, '--json']);
  const out = JSON.parse(run.stdout) as CompareJson;

  it('exits 0 and reports every bound in input order', () => {
    expect(run.code).toBe(0);
    expect(out.bounds.map((b) => b.input)).toEqual(inputs);
    expect(out.bounds.every((b) => b.parsed)).toBe(true);
    expect(out.bounds[1].canonical).toBe('Õ(|Ω| k)');
    expect(out.bounds[3].latex).toBe('\\Theta(n \\log n)');
  });
  it('relations[i][j] in input order, antisymmetric', () => {
    const r = out.relations;
    expect(r.length).toBe(inputs.length);
    expect(r[2][0]).toBe('<'); // n log n < n^2
    expect(r[0][2]).toBe('>');
    expect(r[2][3]).toBe('='); // O(nlogn) = Θ(n log n)
    expect(r[0][4]).toBe('incomparable'); // n^2 vs m
    expect(r[5][7]).toBe('<'); // nearly linear < n^{1+o(1)}
    expect(r[7][0]).toBe('<');
    expect(r[6][0]).toBe('>'); // 2^n > n^2
    const inv: Record<string, string> = { '<': '>', '>': '<', '=': '=', incomparable: 'incomparable' };
    for (let i = 0; i < r.length; i++) for (let j = 0; j < r.length; j++) expect(r[j][i]).toBe(inv[r[i][j]]);
    for (let i = 0; i < r.length; i++) expect(r[i][i]).toBe('=');
  });
  it('ranks: equal bounds share a rank, growth increases with rank', () => {
    const rank = out.bounds.map((b) => b.rank as number);
    expect(rank[2]).toBe(rank[3]);
    expect(rank[2]).toBeLessThan(rank[5]);
    expect(rank[5]).toBeLessThan(rank[7]);
    expect(rank[7]).toBeLessThan(rank[0]);
    expect(rank[0]).toBeLessThan(rank[6]);
  });
});

describe('boundgraph compare --json on curated-table cells', () => {
  const inputs = ['O(n^2)?', 'O(m log n) per iteration', 'O(n^omega) where omega is the exponent of matrix multiplication', 'O(n) processors',
    'R-Tree construction: $O(n log n)$', '$O(n^{(log7/log2)}) ~ O(n^{2.807})$', 'Varies by codebook structure', 'O(n^{2.5})'];
  const run = cli([...inputs, '--json']);
  const out = JSON.parse(run.stdout) as CompareJson;
  it('exits 0 with an entry for every input, the unparsed one flagged with its reason', () => {
    expect(run.code).toBe(0);
    expect(out.bounds.map((b) => b.parsed)).toEqual([true, true, true, true, true, true, false, true]);
    expect(out.bounds[6].reason).toMatch(/Varies/);
    expect(out.bounds[6].rank).toBeNull();
    expect(out.relations[6][0]).toBe('incomparable');
  });
  it('parses the leading bound and keeps the note', () => {
    expect(out.bounds[0]).toMatchObject({ canonical: 'O(n²)', note: '?' });
    expect(out.bounds[1]).toMatchObject({ canonical: 'O(m log n)', note: 'per iteration' });
    expect(out.bounds[2]).toMatchObject({ canonical: 'O(n^ω)', note: 'where omega is the exponent of matrix multiplication' });
    expect(out.bounds[3]).toMatchObject({ canonical: 'O(n)', note: 'processors' });
    expect(out.bounds[4]).toMatchObject({ canonical: 'O(n log n)', note: 'R-Tree construction:' });
    expect(out.bounds[5].note).toBe('~ O(n^{2.807})');
    expect(out.bounds[7].note).toBeUndefined();
  });
  it('orders them: n log n < n^2 < n^ω < n^2.5 < n^log2(7)', () => {
    const r = out.relations;
    expect(r[4][0]).toBe('<');
    expect(r[0][2]).toBe('<');
    expect(r[2][7]).toBe('<');
    expect(r[7][5]).toBe('<');
    expect(r[3][4]).toBe('<');
  });
});

describe('boundgraph compare (plain)', () => {
  it('prints the bounds slowest first with relations between neighbours', () => {
    const run = cli(['O(n^3)', 'O(n log n)', 'Θ(n log n)', 'O(n^{2.807})']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(['0', '=', '0', '<', '1', '<', '2']);
    expect(lines[0]).toContain('O(n log n)');
    expect(lines[2]).toContain('Θ(n log n)');
    expect(lines[4]).toContain('O(n^2.807)');
    expect(lines[6]).toContain('O(n³)');
  });
  it('marks incomparable neighbours', () => {
    const run = cli(['O(n)', 'O(m)']);
    expect(run.stdout).toContain('incomparable');
  });
  it('exit 2 with the reason when a bound cannot be parsed, others still printed', () => {
    const run = cli(['O(n))', 'O(n log n)']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('O(n log n)');
    expect(run.stderr).toMatch(/cannot parse "O\(n\)\)": unexpected '\)'/);
  });
  it('exit 2 without bounds or with an unknown option', () => {
    expect(cli([]).code).toBe(2);
    const bad = cli(['--frobnicate', 'O(n)']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --frobnicate');
  });
  it('-- lets a bound start with a dash', () => {
    const run = cli(['--json', '--', '-n^2 + n^3']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as CompareJson).bounds[0].parsed).toBe(true);
  });
});
