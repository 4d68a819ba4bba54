// The bound parser is pure core: no node:*, React, sigma or DOM imports, only relative .ts imports.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/extract/bounds');

describe('src/extract/bounds imports', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it('has the expected modules', () => {
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'lexer.ts', 'parser.ts', 'growth.ts', 'compare.ts', 'verbal.ts']));
  });
  it.each(files)('%s imports only sibling modules', (f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const specs = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const s of specs) expect(s).toMatch(/^\.\/[a-z-]+\.ts$/);
    expect(text).not.toMatch(/\b(?:document|window|process)\./);
  });
  it.each(files)('%s starts with a header comment and stays under 400 lines', (f) => {
    const text = readFileSync(path.join(dir, f), 'utf8');
    expect(text.startsWith('// ')).toBe(true);
    expect(text.split('\n').length).toBeLessThan(400);
  });
});
