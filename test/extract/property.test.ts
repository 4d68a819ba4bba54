// Property and adversarial tests: the extractor never throws, keeps offsets exact, and stays linear.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractPaper } from '../../src/extract/index.ts';
import { paper } from './helpers.ts';

function checkOffsets(abstract: string) {
  const p = extractPaper(paper(abstract));
  for (const c of p.claims) expect(abstract.slice(c.start, c.end)).toBe(c.text);
  return p;
}

describe('extractor: random and adversarial input', () => {
  it('never throws and keeps offsets exact on random strings', () => {
    const alphabet = fc.constantFrom(...'O(){}[]$^_\\ nlogmΩΘõ~-+=,.;timespace linear quadratic'.split(''));
    fc.assert(fc.property(fc.string({ unit: alphabet, maxLength: 400 }), (s) => { checkOffsets(s); }), { numRuns: 300, seed: 42 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => { checkOffsets(s); }), { numRuns: 200, seed: 7 });
  });

  it.each([
    ['O(O(O(', 'O('.repeat(50_000)],
    ['deep braces', '{'.repeat(50_000) + 'O(n)' + '}'.repeat(50_000)],
    ['^{ runs', '$n^{'.repeat(25_000)],
    ['dollar runs', '$'.repeat(100_000)],
    ['unclosed math', '$O(n ' + 'a'.repeat(100_000)],
    ['linear words', 'linear time '.repeat(8_000)],
    ['\\( runs', '\\('.repeat(50_000)],
  ])('finishes fast on 100 KB of %s', (_name, s) => {
    const t0 = performance.now();
    checkOffsets(s);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
