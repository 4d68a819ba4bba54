// The pure core stays pure: nothing under src/ingest, src/extract, src/graph, src/state or src/fetch imports
// node:*, React, sigma or the DOM (readers get text from the shell, not paths), and data flows one
// way: ingest ← extract ← graph, with no stage importing the CLI or the app.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const src = path.resolve(__dirname, '../src');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = path.join(dir, f);
  return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
});
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

const STAGES: Record<string, RegExp> = {
  // a stage may import only these folders of src/ (besides itself)
  ingest: /^(?:ingest\/|version\.ts$)/,
  extract: /^(?:(?:ingest|extract)\/|version\.ts$)/,
  graph: /^(?:(?:ingest|extract|graph)\/|version\.ts$)/,
  state: /^(?:(?:ingest|extract|graph|state)\/|version\.ts$)/,
  // the paper APIs' pure side: URLs, page verdicts, documents; the HTTP client is in src/cli
  fetch: /^(?:(?:ingest|fetch)\/|version\.ts$)/,
};

describe('architecture', () => {
  for (const [stage, allowed] of Object.entries(STAGES)) {
    it(`src/${stage} is pure and imports only earlier stages`, () => {
      const list = files(path.join(src, stage));
      expect(list.length).toBeGreaterThan(0);
      for (const f of list) {
        for (const spec of importsOf(f)) {
          const where = `${path.relative(src, f)} imports ${spec}`;
          expect(spec, where).not.toMatch(/^(?:node:|fs$|path$|os$|worker_threads$|react|sigma|@react-sigma|@sigma)/);
          if (spec.startsWith('.')) {
            const target = path.relative(src, path.resolve(path.dirname(f), spec));
            if (!target.startsWith('..')) expect(target.replace(/\\/g, '/'), where).toMatch(allowed);
          }
        }
      }
    });
  }
});
