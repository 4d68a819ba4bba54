// The graph stage is pure: nothing under src/graph imports node:*, React, sigma or the DOM.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../src/graph');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = path.join(dir, f);
  return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
});

describe('src/graph purity', () => {
  it('imports no node:*, fs, react, sigma or DOM code', () => {
    const list = files(root);
    expect(list.length).toBeGreaterThan(8);
    for (const f of list) {
      const text = readFileSync(f, 'utf8');
      const imports = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      for (const spec of imports) expect(spec, `${path.relative(root, f)} imports ${spec}`).not.toMatch(/^(node:|fs$|path$|react|sigma|@react-sigma|@sigma)/);
      expect(text, f).not.toMatch(/\b(document|window)\./);
    }
  });

  it('keeps every module under ~400 lines with a header comment', () => {
    for (const f of files(root)) {
      const text = readFileSync(f, 'utf8');
      expect(text.split('\n').length, f).toBeLessThan(420);
      expect(text.startsWith('//'), f).toBe(true);
    }
  });
});
