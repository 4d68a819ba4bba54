// Extraction workers run one self-contained bundle of src/cli/extract-worker.ts (esbuild, once per process, ~0.3 s)
// instead of loading the TypeScript sources through tsx: tsx would start its own module-hooks thread and compile
// every module again in each worker, ~40 MB per worker that streaming extraction's flat-memory promise cannot spare.
// Falls back to the tsx bootstrap (extract-worker.mjs) if bundling fails.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

let bundled: string | null | undefined;

async function bundle(): Promise<string | null> {
  if (bundled !== undefined) return bundled;
  try {
    const { build } = await import('esbuild');
    const r = await build({
      entryPoints: [fileURLToPath(new URL('./extract-worker.ts', import.meta.url))],
      bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent',
    });
    bundled = r.outputFiles[0]?.text ?? null;
  } catch {
    bundled = null;
  }
  return bundled;
}

/** Start `n` extraction workers (each answers {id, papers} with {id, results}). */
export async function startExtractWorkers(n: number): Promise<Worker[]> {
  const code = await bundle();
  return Array.from({ length: n }, () => (code ? new Worker(code, { eval: true }) : new Worker(new URL('./extract-worker.mjs', import.meta.url))));
}
