// boundgraph CLI entry: dispatches `boundgraph <command>` to src/cli/commands/<command>.ts.
// Exit codes: 0 ok, 2 unusable input (bad file, bad arguments), 1 internal error.
import { UsageError, InputError } from './errors.ts';

export interface CommandModule {
  /** one line for the command list */
  summary: string;
  /** full help text for `boundgraph help <command>` */
  help: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<CommandModule>> = {
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
};

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
  // `boundgraph export … | head`: a reader that closes the pipe early is not an error
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help') {
    process.stdout.write((await usage()) + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-V') {
    const { VERSION } = await import('../version.ts');
    process.stdout.write(`boundgraph ${VERSION}\n`);
    return 0;
  }
  if (cmd === 'help') {
    const target = rest[0];
    if (target && COMMANDS[target]) { process.stdout.write((await COMMANDS[target]()).help.trimEnd() + '\n'); return 0; }
    process.stdout.write((await usage()) + '\n');
    return 0;
  }
  const load = COMMANDS[cmd];
  if (!load) {
    process.stderr.write(`boundgraph: unknown command "${cmd}". Run \`boundgraph --help\` for the list.\n`);
    return 2;
  }
  const mod = await load();
  if (rest.includes('-h') || rest.includes('--help')) { process.stdout.write(mod.help.trimEnd() + '\n'); return 0; }
  try {
    return await mod.run(rest);
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) {
      process.stderr.write(`boundgraph ${cmd}: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`boundgraph ${cmd}: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 1;
  }
}
