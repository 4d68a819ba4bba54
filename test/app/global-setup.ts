// Vitest global setup for the explorer's browser tests: builds the sample graph (whole, and as level-of-detail files
// with --lod 0), the bundled sample `npm start` serves, a graph of the hostile corpus, the hand-made problem graph and
// the static site into test-output/app/,
// once per run. Skipped when the run
// selects only other test files, so other folders' targeted runs do not pay for a site build.
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.join(repoRoot, 'test-output', 'app');

export interface AppFixtures {
  site: string;
  sampleGraph: string;
  hostileGraph: string | null;
  /** the hand-made problem graph of test/app/fixtures/problem-graph.ts (LCS, its variant, an improvement chain) */
  problemGraph: string;
  /** the sample built with `--lod 0`: an overview graph.json with clusters/, claims.json and search.json next to it */
  lodGraph: string | null;
  /** what `npm start` serves: the seed page and the algorithms sample of data/, one graph (years, authors, ladders) */
  bundledGraph: string | null;
  /** why something is missing (printed by the tests that skip) */
  notes: string[];
}

declare module 'vitest' {
  export interface ProvidedContext { bgApp: AppFixtures | null }
}

function selectsAppTests(): boolean {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run' && a !== 'watch');
  return args.length === 0 || args.some((a) => /(^|\/)test\/app|browser|^app$/.test(a) || 'test/app/browser.test.ts'.includes(a));
}

async function buildGraph(inputs: string[], out: string, extra: string[] = []): Promise<void> {
  await run(process.execPath, [path.join(repoRoot, 'scripts/boundgraph.mjs'), 'build', ...inputs, '-o', out, '--no-cache', ...extra],
    { cwd: repoRoot, timeout: 240_000, maxBuffer: 16 << 20 });
}

/** The extractor may not produce every hostile bound; graph.json is untrusted input too, so add them. */
async function addHostileClaims(file: string): Promise<void> {
  const env = JSON.parse(await fs.readFile(file, 'utf8'));
  const paper = env.graph.nodes.find((n: { attributes: { type: string; title?: string } }) => n.attributes.type === 'paper' && n.attributes.title?.includes('<script>'));
  if (!paper) throw new Error('hostile graph: the <script> paper is missing');
  const claims = paper.attributes.claims;
  const extra = [
    '\\href{javascript:window.__pwned="href"}{O(n)}',
    '\\url{javascript:window.__pwned="url"}',
    '\\htmlClass{x}{\\htmlId{y}{O(n)}}',
    'O(\\def\\a{\\a\\a}\\a n)',
    '<img src=x onerror="window.__pwned=\'latex\'">',
  ];
  for (const latex of extra) {
    claims.push({ start: -1, end: -1, text: latex, notation: 'O', soft: false, expr: 'n', latex, growth: null, resource: 'time', role: 'other', subject: '<script>window.__pwned="subject"</script>', sentence: null });
  }
  await fs.writeFile(file, JSON.stringify(env));
}

export default async function setup(project: TestProject) {
  if (!selectsAppTests()) { project.provide('bgApp', null); return; }
  const notes: string[] = [];
  await fs.mkdir(OUT, { recursive: true });
  const sampleDir = path.join(OUT, 'sample');
  let sampleGraph = path.join(sampleDir, 'graph.json');
  try {
    await buildGraph([], sampleDir);
  } catch (err) {
    notes.push(`sample graph build failed, using test/fixtures/app/mini-graph.json: ${String(err).slice(0, 300)}`);
    sampleGraph = path.join(repoRoot, 'test/fixtures/app/mini-graph.json');
  }
  let lodGraph: string | null = path.join(OUT, 'lod', 'graph.json');
  try {
    await fs.rm(path.dirname(lodGraph), { recursive: true, force: true });
    await buildGraph([], path.dirname(lodGraph), ['--lod', '0']);
  } catch (err) {
    notes.push(`level-of-detail sample build failed: ${String(err).slice(0, 300)}`);
    lodGraph = null;
  }
  let hostileGraph: string | null = path.join(OUT, 'hostile', 'graph.json');
  try {
    await buildGraph([path.join(repoRoot, 'test/fixtures/hostile/hostile.jsonl')], path.dirname(hostileGraph));
    await addHostileClaims(hostileGraph);
  } catch (err) {
    notes.push(`hostile graph build failed: ${String(err).slice(0, 300)}`);
    hostileGraph = null;
  }
  let bundledGraph: string | null = path.join(OUT, 'bundled', 'graph.json');
  try {
    const { SAMPLE_INPUTS } = await import('../../src/cli/commands/start.ts');
    await buildGraph(SAMPLE_INPUTS.map((f: string) => path.join(repoRoot, f)), path.dirname(bundledGraph));
  } catch (err) {
    notes.push(`bundled sample build failed: ${String(err).slice(0, 300)}`);
    bundledGraph = null;
  }
  const problemGraph = path.join(OUT, 'problems', 'graph.json');
  await fs.mkdir(path.dirname(problemGraph), { recursive: true });
  const { problemGraph: buildProblemGraph } = await import('./fixtures/problem-graph.ts');
  await fs.writeFile(problemGraph, JSON.stringify(buildProblemGraph()));
  const site = path.join(OUT, 'site');
  const { ensureSite } = await import('../../src/cli/commands/serve.ts');
  await ensureSite(site, () => {});
  project.provide('bgApp', { site, sampleGraph, hostileGraph, problemGraph, lodGraph, bundledGraph, notes });
}
