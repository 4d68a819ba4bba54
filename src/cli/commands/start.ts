// `boundgraph start` (what `npm start` runs): builds the sample graph into public/data/graph.json when it
// is missing or older than its inputs in data/, then serves the explorer.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { repoRoot, run as serve } from './serve.ts';
import { EXTRACTOR_VERSION } from '../../extract/version.ts';

export const summary = 'build the sample graph if needed and serve the explorer (npm start)';

export const help = `usage: boundgraph start [--port N] [--host H]

Builds the bundled sample (data/) into public/data/graph.json when that file is missing or older than
its inputs, builds the static site into dist/ when it is missing or stale, then serves the explorer on
http://127.0.0.1:5173 (see \`boundgraph help serve\`).`;

export const SAMPLE_GRAPH = path.join(repoRoot, 'public', 'data', 'graph.json');

async function newestIn(dir: string): Promise<number> {
  let max = 0;
  for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? await newestIn(p) : (await fs.stat(p)).mtimeMs);
  }
  return max;
}

/** The extractor version recorded in a built graph's meta (null when unreadable). */
async function builtWith(file: string): Promise<string | null> {
  try {
    const env = JSON.parse(await fs.readFile(file, 'utf8')) as { meta?: { extractor?: unknown } };
    return typeof env.meta?.extractor === 'string' ? env.meta.extractor : null;
  } catch {
    return null;
  }
}

/** Build the sample graph when missing, older than data/, or built by another extractor; returns its path. */
export async function ensureSampleGraph(log: (s: string) => void): Promise<string> {
  const built = await fs.stat(SAMPLE_GRAPH).catch(() => null);
  const inputs = await newestIn(path.join(repoRoot, 'data'));
  const sameExtractor = built ? await builtWith(SAMPLE_GRAPH) === EXTRACTOR_VERSION : false;
  if (built && built.mtimeMs >= inputs && sameExtractor) return SAMPLE_GRAPH;
  log(!built ? 'building the sample graph from data/'
    : !sameExtractor ? 'sample graph was built by another extractor version: rebuilding'
      : 'sample graph is older than data/: rebuilding');
  let build: { run(argv: string[]): Promise<number> };
  try {
    build = await import('./build.ts');
  } catch (err) {
    throw new Error(`the build command is unavailable (${err instanceof Error ? err.message : String(err)})`);
  }
  const cwd = process.cwd();
  process.chdir(repoRoot); // build's defaults (data/, public/data) are relative to the repository
  try {
    const code = await build.run(['-o', path.dirname(SAMPLE_GRAPH)]);
    if (code !== 0) throw new Error(`building the sample graph failed (exit ${code})`);
  } finally {
    process.chdir(cwd);
  }
  return SAMPLE_GRAPH;
}

export async function run(argv: string[]): Promise<number> {
  const graph = await ensureSampleGraph((s) => process.stderr.write(`boundgraph start: ${s}\n`));
  return serve([graph, ...argv]);
}
