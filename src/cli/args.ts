// Command-line option parsing shared by the commands: node:util parseArgs (strict, with
// positionals), its errors turned into one-line UsageErrors, and the value checks commands share.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.ts';
import { FORMAT_NAMES, isFormatName } from '../ingest/index.ts';
import type { FormatName } from '../ingest/types.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parse `argv` for `boundgraph <command>`; unknown options and missing values are UsageErrors. */
export function parseCommandArgs<O extends Options>(command: string, argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    const first = unknown ? `unknown option ${unknown[1]}` : message.split('\n')[0].replace(/\.$/, '');
    throw new UsageError(`${first} (see \`boundgraph help ${command}\`)`);
  }
}

/** `--format NAME`, checked against the readers' formats. */
export function formatOption(value: string | undefined): FormatName | undefined {
  if (value === undefined) return undefined;
  if (!isFormatName(value)) throw new UsageError(`unknown format "${value}" (one of: ${FORMAT_NAMES.join(', ')})`);
  return value;
}

/** A whole-number option within [min, max]. */
export function intOption(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} needs a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

/** A finite number option, optionally required to be positive. */
export function numberOption(name: string, value: string | undefined, positive = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || (positive && n <= 0)) throw new UsageError(`${name} needs ${positive ? 'a positive' : 'a'} number, got "${value}"`);
  return n;
}
