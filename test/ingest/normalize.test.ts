// Table-driven tests of id, DOI, year, title-key and whitespace normalisation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  arxivIdFrom, collapseWhitespace, doiFrom, isStrongId, paperId, titleKey, titleSlugId, yearFrom, yearFromArxivId,
} from '../../src/ingest/normalize.ts';

describe('arxivIdFrom', () => {
  it.each([
    ['1910.06169', '1910.06169'],
    ['1910.06169v2', '1910.06169'],
    ['http://arxiv.org/abs/1910.06169v1', '1910.06169'],
    ['https://arxiv.org/pdf/2401.00001v3', '2401.00001'],
    ['https://arxiv.org/pdf/2401.00001.pdf', '2401.00001'],
    ['arXiv:2303.01234', '2303.01234'],
    ['math/0601001', 'math/0601001'],
    ['http://arxiv.org/abs/math/0601001v1', 'math/0601001'],
    ['hep-th/9901001v2', 'hep-th/9901001'],
    ['math.CO/0601001', 'math.CO/0601001'],
  ])('%s → %s', (input, want) => expect(arxivIdFrom(input)).toBe(want));
  it.each([['10.1000/xyz'], ['not an id'], ['19100.6169'], [''], [null], [42], ['x'.repeat(10_000)]])('rejects %s', (input) => {
    expect(arxivIdFrom(input)).toBeNull();
  });
});

describe('doiFrom', () => {
  it.each([
    ['10.1093/MIND/LIX.236.433', '10.1093/mind/lix.236.433'],
    ['https://doi.org/10.7717/peerj.4375', '10.7717/peerj.4375'],
    ['doi:10.1000/ABC', '10.1000/abc'],
  ])('%s → %s', (input, want) => expect(doiFrom(input)).toBe(want));
  it.each([['1910.06169'], ['10.12/short'], [undefined]])('rejects %s', (input) => expect(doiFrom(input)).toBeNull());
});

describe('years', () => {
  it.each([
    ['1910.06169', 2019], ['0704.0001', 2007], ['2501.12345', 2025], ['math/0601001', 2006], ['hep-th/9901001', 1999], ['title:x', null],
  ])('year of arXiv id %s is %s', (id, year) => expect(yearFromArxivId(id)).toBe(year));
  it.each([
    [2020, 2020], ['2019-10-14T14:25:25Z', 2019], ['Mon, 2 Apr 2007 19:18:42 GMT', 2007], ['n.d.', null], [99999, null], [20.5, null],
  ])('yearFrom(%s) = %s', (v, y) => expect(yearFrom(v)).toBe(y));
});

describe('text', () => {
  it('collapses hard wraps and runs of whitespace but keeps LaTeX verbatim', () => {
    expect(collapseWhitespace('  We give an $\\tilde{O}(m\\sqrt{n})$\nalgorithm\t\tfor  \r\n graphs. ')).toBe(
      'We give an $\\tilde{O}(m\\sqrt{n})$ algorithm for graphs.',
    );
  });
  it('collapseWhitespace equals the plain "every \\s+ run → one space, trimmed" rule on any mix of spaces', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '$');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (t) => collapseWhitespace(t) === t.replace(/\s+/g, ' ').trim()), { numRuns: 3000, seed: 1 });
  });
  it('title keys fold case, accents and punctuation', () => {
    expect(titleKey('Über   Sätze: a "Study"')).toBe(titleKey('uber satze a study'));
    expect(titleKey('Shared Title')).not.toBe(titleKey('Shared Titles'));
  });
  it('slug ids are stable, bounded and distinct for long titles sharing a prefix', () => {
    const a = 'A'.repeat(50) + ' long title about sorting in n log n time and more words';
    const b = 'A'.repeat(50) + ' long title about sorting in n log n time and other words';
    expect(titleSlugId('Hello, World!')).toBe('title:hello-world');
    expect(titleSlugId(a)).toBe(titleSlugId(a));
    expect(titleSlugId(a)).not.toBe(titleSlugId(b));
    expect(titleSlugId(a).length).toBeLessThanOrEqual(6 + 80 + 9);
  });
  it('paper ids prefer arXiv, then DOI, then the source id, then the title', () => {
    expect(paperId({ arxiv: '2101.00001', doi: '10.1/x', other: 's2:abc', title: 'T' })).toBe('2101.00001');
    expect(paperId({ doi: '10.1/x', other: 's2:abc', title: 'T' })).toBe('10.1/x');
    expect(paperId({ other: 's2:abc', title: 'T' })).toBe('s2:abc');
    expect(paperId({ title: 'T' })).toBe('title:t');
    expect([isStrongId('2101.00001'), isStrongId('10.1/x'), isStrongId('s2:abc'), isStrongId('title:t')]).toEqual([true, true, false, false]);
  });
});
