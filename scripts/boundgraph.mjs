#!/usr/bin/env node
// Launcher for the boundgraph CLI: runs the TypeScript sources through tsx, so a fresh clone
// needs only `npm install`.
//
// `build` holds a whole corpus in memory, and Node's default heap limit (about 4 GB, whatever the machine has) is
// reached near 200,000 papers, where V8 would die with a stack trace. So `build` runs in a child process whose heap
// may use 30% of the machine's memory, at least the default (BOUNDGRAPH_HEAP_MB overrides; an explicit
// --max-old-space-size in NODE_OPTIONS is respected); the build itself checks early whether the corpus fits and says
// so in one line. Not more by default: V8 lets a heap grow lazily towards its limit, so a generous limit costs
// resident memory (a 298,894-paper build peaked at 9.6 GB RSS with an 18 GB limit, 7.0 GB with a 7 GB one). A larger
// young generation (--max-semi-space-size=64) saves the graph stage about a fifth of its time in garbage collection.
import { spawn } from 'node:child_process';
import os from 'node:os';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const HEAVY = new Set(['build']);

/** Heap for heavy commands: 30% of the machine's memory, at least the default, in MB. */
function wantedHeapMb(defaultMb) {
  const forced = Number(process.env.BOUNDGRAPH_HEAP_MB);
  if (Number.isInteger(forced) && forced >= 256) return forced;
  return Math.max(Math.floor(defaultMb), Math.floor((os.totalmem() / 2 ** 20) * 0.3));
}

const current = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
const wanted = wantedHeapMb(current);
const explicit = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') || process.execArgv.some((a) => a.startsWith('--max-old-space-size'));
if (HEAVY.has(argv[0]) && !process.env.BOUNDGRAPH_CHILD && !explicit && (wanted > current * 1.1 || process.env.BOUNDGRAPH_HEAP_MB)) {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${wanted}`, '--max-semi-space-size=64', fileURLToPath(import.meta.url), ...argv], {
    stdio: 'inherit',
    env: { ...process.env, BOUNDGRAPH_CHILD: '1' },
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => {
    if (signal) { process.removeAllListeners(signal); process.kill(process.pid, signal); }
    else process.exit(code ?? 1);
  });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(argv);
}
