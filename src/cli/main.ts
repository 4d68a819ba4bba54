// boundgraph CLI entry: dispatches `boundgraph <command>` to src/cli/commands/<command>.ts.
// Exit codes: 0 ok, 2 unusable input (bad file, bad arguments), 1 internal error.
import { UsageError, InputError } from './errors.ts';
import { watchStdout, writeStdout } from './stdout.ts';
import { table } from '../extract/bounds/table.ts';

export interface CommandModule {
  /** one line for the command list */
  summary: string;
  /** full help text for `boundgraph help <command>` */
  help: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<CommandModule>> = table({
  fetch: () => import('./commands/fetch.ts'),
  read: () => import('./commands/read.ts'),
  extract: () => import('./commands/extract.ts'),
  explain: () => import('./commands/explain.ts'),
  compare: () => import('./commands/compare.ts'),
  ladder: () => import('./commands/ladder.ts'),
  build: () => import('./commands/build.ts'),
  export: () => import('./commands/export.ts'),
  serve: () => import('./commands/serve.ts'),
  start: () => import('./commands/start.ts'),
});

const ORDER = ['fetch', 'read', 'extract', 'explain', 'compare', 'ladder', 'build', 'export', 'serve', 'start'];

async function usage(): Promise<string> {
  const lines = ['usage: boundgraph <command> [options]', '', 'commands:'];
  for (const name of ORDER) {
    let summary = '';
    try { summary = (await COMMANDS[name]()).summary; } catch { summary = '(unavailable)'; }
    lines.push(`  ${name.padEnd(9)} ${summary}`);
  }
  lines.push('', 'Run `boundgraph help <command>` for its options. Inputs default to the bundled sample in data/.');
  lines.push('Exit codes: 0 ok, 2 unusable input or arguments, 1 internal error.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  // `boundgraph export … | head`: a reader that closes the pipe early is not an error; a full disk is (one line, exit 2)
  watchStdout();
  const [cmd, ...rest] = argv;
  const say = async (text: string, code: number): Promise<number> => {
    try { await writeStdout(text); return code; } catch (err) {
      process.stderr.write(`boundgraph: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
  };
  if (!cmd || cmd === '-h' || cmd === '--help') return say((await usage()) + '\n', cmd ? 0 : 2);
  if (cmd === '--version' || cmd === '-V') {
    const { VERSION } = await import('../version.ts');
    return say(`boundgraph ${VERSION}\n`, 0);
  }
  if (cmd === 'help') {
    const target = rest[0];
    if (target && COMMANDS[target]) return say((await COMMANDS[target]()).help.trimEnd() + '\n', 0);
    return say((await usage()) + '\n', 0);
  }
  const load = COMMANDS[cmd];
  if (!load) {
    process.stderr.write(`boundgraph: unknown command "${cmd}". Run \`boundgraph --help\` for the list.\n`);
    return 2;
  }
  const mod = await load();
  if (rest.includes('-h') || rest.includes('--help')) return say(mod.help.trimEnd() + '\n', 0);
  try {
    const code = await mod.run(rest);
    // a write the command did not wait for (or one that failed after it returned) still fails the run
    await writeStdout('');
    return code;
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      process.stderr.write(`boundgraph ${cmd}: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`boundgraph ${cmd}: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 1;
  }
}
