// src/state is the explorer's pure core: no React, sigma, DOM-only modules or node:* imports.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../../src/state');

describe('src/state purity', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  it('has modules to check', () => expect(files.length).toBeGreaterThan(3));
  for (const f of files) {
    it(`${f} imports nothing impure`, () => {
      const imports = [...readFileSync(path.join(dir, f), 'utf8').matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
      expect(imports.filter((s) => /^(react|react-dom|sigma|@react-sigma|@sigma|node:)/.test(s) || /\/app\//.test(s))).toEqual([]);
    });
  }
});
