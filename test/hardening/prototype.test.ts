// No key from the input reaches Object.prototype: command names, variable names, TeX macros and paper ids that are
// also names of Object.prototype's members ("valueOf", "constructor", "__proto__", …) are looked up in tables
// without a prototype (or as own properties only), so they parse, render and store like any other word.
import { describe, expect, it } from 'vitest';
import { parseBound, compareGrowth } from '../../src/extract/bounds/index.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { buildGraphFiles } from '../../src/graph/index.ts';
import { latexToPlain, cleanBareCommands } from '../../src/app/text/math-text.ts';
import type { PaperClaims } from '../../src/extract/types.ts';
import { main } from '../../src/cli/main.ts';

const NAMES = ['valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__', '__lookupSetter__'];
const leaked = (s: unknown) => /native code|function |\[object Object\]/.test(typeof s === 'string' ? s : JSON.stringify(s) ?? '');

describe('input keys never reach a prototype', () => {
  it.each(NAMES)('bounds naming %s parse as text, never as a native function', (name) => {
    for (const b of [`O(\\${name})`, `O(${name})`, `O(${name} n)`, `O(n_{${name}})`, `\\${name}(n)`, `O(\\${name} n)`, `$\\tilde{O}(\\${name}{n})$`]) {
      const p = parseBound(b);
      expect(leaked(p), `${b}: ${JSON.stringify(p)}`).toBe(false);
      if (p.ok) expect(compareGrowth(p.growth, p.growth)).toBe('equal');
    }
  });

  it.each(NAMES)('growth signatures read back from JSON with a variable %s compare as variables', (name) => {
    const a = JSON.parse(`{"t":[{"v":{"n":[1,0,0,0,0,0,0]}}]}`);
    const b = JSON.parse(`{"t":[{"v":{"${name}":[1,0,0,0,0,0,0]}}]}`);
    expect(compareGrowth(a, b)).toBe('incomparable');
    expect(compareGrowth(b, b)).toBe('equal');
  });

  it.each(NAMES)('an abstract full of %s extracts without native functions in its claims', (name) => {
    const text = `We give an $O(\\${name} n)$ time algorithm for the ${name} problem (${name.toUpperCase()}), improving $O(${name}^2)$ by ${name} et al.`;
    expect(leaked(extractPaper({ id: name, title: name, abstract: text, authors: [], year: null, url: null, source: { file: 't', line: null, record: 0 } }))).toBe(false);
  });

  it.each(NAMES)('the explorer renders \\%s as text', (name) => {
    expect(leaked(latexToPlain(`\\${name}{x} + \\${name}`))).toBe(false);
    expect(leaked(cleanBareCommands(`\\${name}{x}`))).toBe(false);
  });

  it('papers with ids "__proto__" and "constructor" keep their abstracts in the shards of a large build (> 5,000 papers)', () => {
    const paper = (id: string, i: number): PaperClaims => ({
      id, title: `Paper ${i} on topic ${i % 40}`, abstract: `Abstract ${id} number ${i}.`, authors: [`A ${i}`], year: 2020, url: null,
      source: { file: 't', line: null, record: i }, claims: [], methods: [], uses: [], problems: [], concepts: [{ name: `topic ${i % 40}`, weight: 1 }], assumptions: [], acronyms: {},
    } as unknown as PaperClaims);
    const papers = Array.from({ length: 5_001 }, (_, i) => paper(i === 7 ? '__proto__' : i === 8 ? 'constructor' : i === 9 ? 'valueOf' : `p${i}`, i));
    const { shards } = buildGraphFiles(papers, { seed: 1 });
    expect(shards).not.toBeNull();
    const found = new Map<string, unknown>();
    for (const rec of shards!.values()) for (const k of Object.keys(rec)) found.set(k, rec[k]);
    for (const id of ['__proto__', 'constructor', 'valueOf']) expect(found.get(id), id).toMatchObject({ abstract: `Abstract ${id} number ${id === '__proto__' ? 7 : id === 'constructor' ? 8 : 9}.` });
    // written as JSON (sorted keys, as build writes it) and read back, the entry is still there
    for (const rec of shards!.values()) {
      if (!Object.keys(rec).includes('__proto__')) continue;
      const json = JSON.stringify(Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k]])));
      const back = JSON.parse(json) as Record<string, { abstract: string }>;
      expect(Object.prototype.hasOwnProperty.call(back, '__proto__')).toBe(true);
      expect(back['__proto__'].abstract).toBe('Abstract __proto__ number 7.');
    }
  }, 120_000);

  it('a command named like a prototype member is an unknown command (exit 2), not a crash', async () => {
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => { errors.push(String(s)); return true; }) as typeof process.stderr.write;
    try {
      for (const name of NAMES) expect(await main([name])).toBe(2);
    } finally { process.stderr.write = write; }
    expect(errors.every((e) => /unknown command/.test(e))).toBe(true);
  });
});
