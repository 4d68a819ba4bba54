// `boundgraph start` (what `npm start` runs): builds the bundled sample (every corpus file in data/, one graph) into
// public/data/graph.json when it is missing or older than its inputs, then serves the explorer and prints its URL.
// It opens a browser only when asked (`--open`): a command run over SSH or in CI must not try to.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { repoRoot, ensureSite, startServer, serveUntilStopped } from './serve.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { EXTRACTOR_VERSION } from '../../extract/version.ts';
import { UsageError, escapeForTerminal } from '../errors.ts';

export const summary = 'build the sample graph if needed and serve the explorer (npm start)';

export const help = `usage: boundgraph start [--port N] [--host H] [--open]

Builds the bundled sample — data/papers-page.txt (75 ML and theory abstracts) and data/arxiv-cs-ds-sample.xml
(241 arXiv cs.DS abstracts with years, authors and links), one graph — into public/data/graph.json when that
file is missing, older than data/ or built by another extractor version, builds the static site into dist/
when it is missing or stale, then serves the explorer on http://127.0.0.1:5173 (the next free port if taken)
and prints the URL. Try searching "LCS", "edit distance" or "3SUM".

options:
  --port N     port (default 5173)
  --host H     interface to bind (default 127.0.0.1; see \`boundgraph help serve\`)
  --open       also open the URL in the default browser`;

export const SAMPLE_GRAPH = path.join(repoRoot, 'public', 'data', 'graph.json');
/** The bundled corpus files, in the order they are read (a graph depends only on the set of papers, not the order). */
export const SAMPLE_INPUTS = ['data/papers-page.txt', 'data/arxiv-cs-ds-sample.xml'];

async function newestIn(dir: string): Promise<number> {
  let max = 0;
  for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    max = Math.max(max, e.isDirectory() ? await newestIn(p) : (await fs.stat(p)).mtimeMs);
  }
  return max;
}

/** The extractor version and paper count recorded in a built graph's meta (nulls when unreadable). */
async function builtWith(file: string): Promise<{ extractor: string | null; papers: number | null }> {
  try {
    const env = JSON.parse(await fs.readFile(file, 'utf8')) as { meta?: { extractor?: unknown; corpus?: { papers?: unknown } } };
    return {
      extractor: typeof env.meta?.extractor === 'string' ? env.meta.extractor : null,
      papers: typeof env.meta?.corpus?.papers === 'number' ? env.meta.corpus.papers : null,
    };
  } catch {
    return { extractor: null, papers: null };
  }
}

/** the bundled sample has more papers than the seed page alone: a graph of the seed page only (an older checkout) is rebuilt */
const SEED_PAPERS = 75;

/** Build the sample graph when missing, older than data/, or built by another extractor; returns its path. */
export async function ensureSampleGraph(log: (s: string) => void): Promise<string> {
  const built = await fs.stat(SAMPLE_GRAPH).catch(() => null);
  const inputs = await newestIn(path.join(repoRoot, 'data'));
  const was = built ? await builtWith(SAMPLE_GRAPH) : null;
  const sameExtractor = was?.extractor === EXTRACTOR_VERSION;
  const whole = (was?.papers ?? 0) > SEED_PAPERS;
  if (built && built.mtimeMs >= inputs && sameExtractor && whole) return SAMPLE_GRAPH;
  log(!built ? 'building the sample graph from data/ (a few seconds)'
    : !sameExtractor ? 'sample graph was built by another extractor version: rebuilding'
      : !whole ? 'sample graph lacks the algorithms sample: rebuilding'
        : 'sample graph is older than data/: rebuilding');
  let build: { run(argv: string[]): Promise<number> };
  try {
    build = await import('./build.ts');
  } catch (err) {
    throw new Error(`the build command is unavailable (${err instanceof Error ? err.message : String(err)})`);
  }
  const cwd = process.cwd();
  process.chdir(repoRoot); // the sample's paths and build's cache folder are relative to the repository
  try {
    const code = await build.run([...SAMPLE_INPUTS, '-o', path.dirname(SAMPLE_GRAPH)]);
    if (code !== 0) throw new Error(`building the sample graph failed (exit ${code})`);
  } finally {
    process.chdir(cwd);
  }
  return SAMPLE_GRAPH;
}

/** Opens `url` in the desktop's browser, detached; a failure is one line on stderr, never fatal. */
function openInBrowser(url: string, log: (s: string) => void): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]]
      : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', (err) => log(`could not open a browser (${err.message}); open ${url} yourself`));
    child.unref();
  } catch (err) {
    log(`could not open a browser (${err instanceof Error ? err.message : String(err)}); open ${url} yourself`);
  }
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('start', argv, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    open: { type: 'boolean' },
  });
  if (positionals.length) throw new UsageError('start takes no inputs (use `boundgraph build` then `boundgraph serve`)');
  const port = intOption('--port', values.port, 0, 65535) ?? 5173;
  const host = values.host ?? '127.0.0.1';
  const log = (s: string) => process.stderr.write(`boundgraph start: ${s}\n`);
  const graph = await ensureSampleGraph(log);
  const site = path.join(repoRoot, 'dist');
  await ensureSite(site, log);
  const server = await startServer({ site, graph, port, host });
  process.stdout.write(`boundgraph explorer: ${server.url}\n`);
  log(escapeForTerminal(`serving the bundled sample; try searching "LCS" or "edit distance"; press Ctrl-C to stop`));
  if (values.open) openInBrowser(server.url, log);
  await serveUntilStopped(server);
  return 0;
}
