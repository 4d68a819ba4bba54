// The shared option parser: strict options, `--name=value` and short forms, value checks as UsageErrors.
import { describe, expect, it } from 'vitest';
import { formatOption, intOption, numberOption, parseCommandArgs } from '../../src/cli/args.ts';
import { UsageError } from '../../src/cli/errors.ts';

describe('parseCommandArgs', () => {
  const spec = { output: { type: 'string', short: 'o' }, 'no-cache': { type: 'boolean' } } as const;
  it('reads long, short and --name=value forms and keeps positionals in order', () => {
    const r = parseCommandArgs('x', ['a.json', '-o', 'out.json', 'b.xml', '--no-cache'], spec);
    expect(r.positionals).toEqual(['a.json', 'b.xml']);
    expect(r.values.output).toBe('out.json');
    expect(r.values['no-cache']).toBe(true);
    expect(parseCommandArgs('x', ['--output=o2.json'], spec).values.output).toBe('o2.json');
  });
  it('turns unknown options and missing values into one-line usage errors naming the command', () => {
    expect(() => parseCommandArgs('build', ['--bogus'], spec)).toThrow(UsageError);
    expect(() => parseCommandArgs('build', ['--bogus'], spec)).toThrow('unknown option --bogus (see `boundgraph help build`)');
    expect(() => parseCommandArgs('read', ['-o'], spec)).toThrow(/argument missing.*help read/);
  });
});

describe('option values', () => {
  it('checks formats, whole numbers and positive numbers', () => {
    expect(formatOption('bibtex')).toBe('bibtex');
    expect(formatOption(undefined)).toBeUndefined();
    expect(() => formatOption('docx')).toThrow(/unknown format "docx"/);
    expect(intOption('--workers', '2', 1, 64)).toBe(2);
    expect(() => intOption('--workers', '0', 1, 64)).toThrow(UsageError);
    expect(() => intOption('--workers', '1.5', 1, 64)).toThrow(/whole number/);
    expect(numberOption('--resolution', '0.5', true)).toBe(0.5);
    expect(() => numberOption('--resolution', '0', true)).toThrow(/positive/);
    expect(() => numberOption('--resolution', 'abc')).toThrow(UsageError);
  });
});
