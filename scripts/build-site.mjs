#!/usr/bin/env node
// `npm run build`: builds the sample graph into public/data/ when it is missing or stale, then the static
// explorer into dist/ (relative paths: it works from any static host or sub-folder, with no network).
import { register } from 'tsx/esm/api';

register();
const { ensureSampleGraph } = await import('../src/cli/commands/start.ts');
const { buildSite, repoRoot } = await import('../src/cli/commands/serve.ts');
const path = await import('node:path');

const log = (s) => process.stderr.write(`build: ${s}\n`);
try {
  await ensureSampleGraph(log);
  await buildSite(path.join(repoRoot, 'dist'), log);
  log('dist/ is ready: serve it from any static host (the page loads data/graph.json next to index.html)');
} catch (err) {
  process.stderr.write(`build: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
