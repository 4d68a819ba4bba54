// Curated bounds → claims: parsed by the bound parser, resource/role/problem/setting as given, marked with their
// source, replacing what the text scan read at the same span; unparsable or displaced bounds are dropped.
import { describe, expect, it } from 'vitest';
import type { CuratedBound, Paper } from '../../src/ingest/types.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { curatedClaim, curatedClaims, withCuratedClaims } from '../../src/extract/curated.ts';
import { compareGrowth, type GrowthSig } from '../../src/extract/bounds/index.ts';

const ABSTRACT = 'Algorithm Wiki records Hirschberg (1977) for LCS with worst-case time O(rn + n \\log n) and auxiliary space O(n + p).';
const at = (s: string) => ({ start: ABSTRACT.indexOf(s), end: ABSTRACT.indexOf(s) + s.length });
const bound = (text: string, over: Partial<CuratedBound> = {}): CuratedBound => ({
  ...at(text), sentence: [0, ABSTRACT.length], resource: 'time', role: 'result', problem: 'LCS', method: 'Hirschberg',
  model: 'word-ram', variants: [], guarantee: 'worst', condition: null, source: 'algowiki', reference: 'Algorithm Wiki: Hirschberg (1977)',
  url: 'https://dl.acm.org/citation.cfm?id=322044', ...over,
});
const paper = (curated: CuratedBound[]): Paper => ({
  id: 'algowiki:algorithm-46', title: 'Hirschberg — LCS (Algorithm Wiki)', abstract: ABSTRACT, authors: [], year: 1977, url: null,
  source: { file: 'A.json', line: null, record: 0 }, curated,
});

describe('curated claims', () => {
  it('a curated bound is a claim as recorded: parsed growth, problem key from the name, setting, source', () => {
    const c = curatedClaim(ABSTRACT, bound('O(rn + n \\log n)', { model: 'quantum', variants: ['approximate'], guarantee: 'expected' }))!;
    expect(c).toMatchObject({
      text: 'O(rn + n \\log n)', notation: 'O', resource: 'time', role: 'result', subject: 'LCS', problem: 'longest common subsequence', method: 'Hirschberg',
      setting: { operation: 'total', model: 'quantum', variants: ['approximate'], guarantee: 'expected', condition: null },
      curated: { source: 'algowiki', reference: 'Algorithm Wiki: Hirschberg (1977)', url: 'https://dl.acm.org/citation.cfm?id=322044' },
    });
    expect(ABSTRACT.slice(c.start, c.end)).toBe(c.text);
    const space = curatedClaim(ABSTRACT, bound('O(n + p)', { resource: 'space', role: 'lower', condition: 'SETH' }))!;
    expect(space).toMatchObject({ resource: 'space', role: 'lower', setting: { condition: 'SETH' } });
    // growth ordering works on curated bounds: n + p grows slower than rn + n log n? incomparable in r, p — but n < n log n
    expect(compareGrowth(curatedClaim(ABSTRACT, bound('O(n + p)'))!.growth as GrowthSig, c.growth as GrowthSig)).not.toBe('greater');
  });

  it('settings outside the vocabulary fall back to the defaults; a condition is kept for lower bounds only', () => {
    const c = curatedClaim(ABSTRACT, bound('O(n + p)', { model: 'turing-machine', guarantee: 'sometimes' as never, condition: 'SETH' }))!;
    expect(c.setting).toEqual({ operation: 'total', model: 'word-ram', variants: [], guarantee: 'worst', condition: null });
  });

  it('a bound whose span is gone or whose text is not a bound gives no claim', () => {
    expect(curatedClaim(ABSTRACT, { ...bound('O(n + p)'), start: 500, end: 510 })).toBeNull();
    expect(curatedClaim(ABSTRACT, { ...bound('O(n + p)'), start: 5, end: 2 })).toBeNull();
    expect(curatedClaim(ABSTRACT, bound('Hirschberg'))).toBeNull();
    expect(curatedClaims({ ...paper([]), curated: 'junk' as never })).toEqual([]);
  });

  it('extractPaper: the curated claims replace the scan\'s reading of the same spans, in text order', () => {
    const out = extractPaper(paper([bound('O(n + p)', { resource: 'space' }), bound('O(rn + n \\log n)')]));
    expect(out.claims.map((c) => [c.text, c.resource, !!c.curated])).toEqual([['O(rn + n \\log n)', 'time', true], ['O(n + p)', 'space', true]]);
    for (const c of out.claims) expect(out.abstract.slice(c.start, c.end)).toBe(c.text);
    // without curated bounds the scan reads both bounds itself, unmarked
    const plain = extractPaper({ ...paper([]), curated: undefined });
    expect(plain.claims.length).toBeGreaterThanOrEqual(2);
    expect(plain.claims.every((c) => c.curated === undefined)).toBe(true);
    expect(withCuratedClaims(plain.claims, [])).toEqual(plain.claims);
  });
});
