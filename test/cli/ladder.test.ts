// `boundgraph ladder`: a problem's frontier compares like with like. On a small LCS corpus: the general problem's
// frontier, the beaten bounds, lower bounds with their hypothesis, and every other setting (approximate, quantum,
// preprocessing, a named variant) under its own heading; on the cs.DS corpus, the frontiers a specialist expects.
import { describe, it, expect, vi, beforeAll, afterAll } from 'vitest';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(repoRoot, 'test/fixtures/ladder/lcs-corpus.jsonl');
const csds = path.resolve(repoRoot, '../shared/corpus/arxiv-atom-cs-ds/arxiv.xml');

let tmp: string;
beforeAll(async () => { tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bg-ladder-')); });
afterAll(async () => { await fs.rm(tmp, { recursive: true, force: true }); });

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(((c: string | Uint8Array, cb?: () => void) => { stdout += String(c); cb?.(); return true; }) as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => { stderr += String(c); return true; });
  try {
    let code: number;
    try { code = await main(argv); } catch (e) { stderr += String((e as Error).message); code = 2; }
    return { code, stdout, stderr };
  } finally { out.mockRestore(); err.mockRestore(); }
}

interface Row { paper: string; year: number | null; text: string; role: string; setting: { model: string; variants: string[]; operation: string; condition: string | null }; condition: string | null }
interface Group { frontier: Row[]; beaten: Row[]; lower: Row[]; other: Row[] }
interface Ladder extends Group { problem: string; resource: string; compares: string; settings: Record<string, Group & { key: string }> }

const allRows = (g: Group) => [...g.frontier, ...g.beaten, ...g.lower, ...g.other];

describe('boundgraph ladder on a small LCS corpus', () => {
  let graph: string;
  beforeAll(async () => {
    const r = await run(['build', fixture, '-o', path.join(tmp, 'lcs'), '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    graph = path.join(tmp, 'lcs', 'graph.json');
  });

  it('sets apart an upper bound polynomially below a lower bound of the general problem: it is of something else', async () => {
    const r = await run(['ladder', 'LCS', graph, '--json']);
    const l = JSON.parse(r.stdout) as Ladder;
    expect(allRows(l).some((x) => x.paper === '2301.00008')).toBe(false);
    const below = Object.values(l.settings).find((g) => g.key === 'conflict:below-lower-bound');
    expect(below && allRows(below).map((x) => x.paper)).toEqual(['2301.00008']);
  });

  it('puts only the general problem\'s word-RAM bounds on the frontier, the beaten ones below, lower bounds apart', async () => {
    const r = await run(['ladder', 'LCS', graph, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const l = JSON.parse(r.stdout) as Ladder;
    expect(l.problem).toBe('Longest Common Subsequence');
    expect(l.resource).toBe('time');
    expect(l.compares).toBe('general problem, word RAM, whole computation, time');
    // the new bound, and the quantum paper's statement of the same classical bound: both are the general problem's
    expect(l.frontier.map((x) => x.paper).sort()).toEqual(['2001.00001', '2102.00003']);
    expect(l.frontier.every((x) => x.text.replace(/\s/g, '') === '$O(n^2/\\log^2n)$')).toBe(true);
    expect(l.beaten.map((x) => x.text)).toEqual(expect.arrayContaining(['$O(n^2/\\log n)$', '$O(n^2)$']));
    const seth = l.lower.find((x) => x.paper === '1501.00004');
    expect(seth?.condition).toBe('SETH');
    expect(seth?.text).toBe('$O(n^{2-\\epsilon})$');
    // nothing of another setting or problem on the general ladder
    for (const row of allRows(l)) {
      expect(row.setting.model).toBe('word-ram');
      expect(row.setting.variants.filter((v) => v !== 'with-preprocessing')).toEqual([]);
      expect(row.paper).not.toBe('1901.00006'); // longest common substring
    }
  });

  it('groups approximate, quantum, preprocessing and named variants under their own headings', async () => {
    const l = JSON.parse((await run(['ladder', 'longest common subsequence', graph, '--json'])).stdout) as Ladder;
    const where = (paper: string) => Object.entries(l.settings).filter(([, g]) => allRows(g).some((x) => x.paper === paper)).map(([h]) => h);
    expect(where('2101.00002').join(' ')).toMatch(/approximate/);
    expect(where('2102.00003').join(' ')).toMatch(/quantum/);
    expect(where('2103.00005').join(' ')).toMatch(/preprocessing/);
    expect(where('2104.00007').join(' ')).toMatch(/[Ww]eighted/);
    const approx = Object.values(l.settings).flatMap(allRows).find((x) => x.paper === '2101.00002' && x.text === '$O(n)$');
    expect(approx?.setting.variants[0]).toMatch(/^approximate/);
    // the classical bound the quantum paper compares with is a general word-RAM bound, not a quantum one
    const classical = Object.values(l.settings).flatMap(allRows).concat(allRows(l)).find((x) => x.paper === '2102.00003' && x.text === '$O(n^2/\\log^2 n)$');
    expect(classical?.setting.model).toBe('word-ram');
  });

  it('finds a problem by alias in any case, prints text, and names close labels for an unknown one', async () => {
    const t = await run(['ladder', 'lcs', graph]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^Longest Common Subsequence — time \(general problem, word RAM, whole computation, time\)\n/);
    expect(t.stdout).toMatch(/best known \(frontier\) \(2\)\n {4}\$O\(n\^2 ?\/ ?\\log\^2 n\)\$/);
    expect(t.stdout).toMatch(/lower bounds/);
    expect(t.stdout).toMatch(/other settings and variants/);
    const bad = await run(['ladder', 'longest common subsequences of trees', graph]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no problem "longest common subsequences of trees" \(did you mean: .*Longest Common Subsequence/);
    const missing = await run(['ladder', 'LCS', path.join(tmp, 'nope', 'graph.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file \(build a graph first/);
  });

  it('prints every resource with --resource all', async () => {
    const r = await run(['ladder', 'LCS', graph, '--json', '--resource', 'all']);
    const ls = JSON.parse(r.stdout) as Ladder[];
    expect(ls.map((l) => l.resource)).toContain('time');
    expect((await run(['ladder', 'LCS', graph, '--resource', 'speed'])).code).toBe(2);
  });
});

describe.skipIf(!existsSync(csds))('ladders of the cs.DS corpus (skipped: ../shared/corpus is absent)', () => {
  let graph: string;
  beforeAll(async () => {
    const r = await run(['build', csds, '-o', path.join(tmp, 'ds'), '--no-cache']);
    expect(r.code, r.stderr).toBe(0);
    graph = path.join(tmp, 'ds', 'graph.json');
  }, 240_000);

  const ladder = async (name: string) => JSON.parse((await run(['ladder', name, graph, '--json'])).stdout) as Ladder;

  it('LCS: the Masek–Paterson bound is the best known, the SETH lower bound is a lower bound', async () => {
    const l = await ladder('longest common subsequence');
    expect(l.frontier.map((x) => [x.paper, x.text])).toEqual([['1902.06864', '$O(n^2 / \\log{n})$']]);
    expect(l.lower.some((x) => x.condition === 'SETH')).toBe(true);
    for (const row of [...l.frontier, ...l.beaten]) expect(row.role).not.toBe('lower');
    // approximate LCS bounds exist, but under their own heading
    expect(Object.keys(l.settings).some((h) => /approximate/.test(h))).toBe(true);
  });

  it('edit distance: the bit-parallel O(n²/w) bound is the best known, not an approximate or quantum one', async () => {
    const l = await ladder('edit distance');
    expect(l.frontier.length).toBeGreaterThan(0);
    expect(new Set(l.frontier.map((x) => x.text))).toEqual(new Set(['$O(n^2/w)$']));
    expect(Object.keys(l.settings).some((h) => /quantum/.test(h))).toBe(true);
  });

  it('3SUM: no time frontier, and no other problem\'s 3SUM-hardness filed as a bound of 3SUM', async () => {
    const l = await ladder('3SUM');
    expect(l.frontier).toEqual([]);
    expect(l.lower).toEqual([]);
  });
});
