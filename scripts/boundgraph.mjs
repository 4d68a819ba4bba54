#!/usr/bin/env node
// Launcher for the boundgraph CLI: runs the TypeScript sources through tsx, so a fresh clone
// needs only `npm install`.
//
// `build` holds a whole corpus in memory, and Node's default heap limit (about 4 GB, whatever the machine has) is
// reached near 200,000 papers, where V8 would die with a stack trace. So `build` runs in a child process whose heap
// may use most of the machine's memory (BOUNDGRAPH_HEAP_MB overrides; an explicit --max-old-space-size in
// NODE_OPTIONS is respected); the build itself checks early whether the corpus fits and says so in one line.
import { spawn } from 'node:child_process';
import os from 'node:os';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const HEAVY = new Set(['build']);

/** Heap for heavy commands: 3/4 of the machine's memory, at least the default, in MB. */
function wantedHeapMb() {
  const forced = Number(process.env.BOUNDGRAPH_HEAP_MB);
  if (Number.isInteger(forced) && forced >= 256) return forced;
  return Math.floor((os.totalmem() / 2 ** 20) * 0.75);
}

const current = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
const wanted = wantedHeapMb();
const explicit = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') || process.execArgv.some((a) => a.startsWith('--max-old-space-size'));
if (HEAVY.has(argv[0]) && !process.env.BOUNDGRAPH_CHILD && !explicit && wanted > current * 1.1) {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${wanted}`, fileURLToPath(import.meta.url), ...argv], {
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
