// Citation links between corpus papers: matching by arXiv id, DOI, S2 id, OpenAlex id, else an unambiguous title with
// agreeing years; both directions; `cites` edges in the graph; `improves` confirmed by a citation; exports carry them.
import { describe, expect, it } from 'vitest';
import { citationLinks, citationMatcher, type CitingPaper } from '../../src/graph/citations.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { claim, paper, TOY_GROWTH } from '../fixtures/graph/papers.ts';

const P = (id: string, title: string, extra: Partial<CitingPaper> = {}): CitingPaper => ({ id, title, year: 2020, ...extra });

describe('citation matching', () => {
  const corpus = [
    P('1910.06169', 'The PGM-index: a learned index'),
    P('10.1145/360825.360861', 'A linear space algorithm for computing maximal common subsequences', { year: 1975 }),
    P('s2:aaaa1111', 'Only known to Semantic Scholar', { ids: { s2: 'aaaa1111' } }),
    P('openalex:W42', 'Only known to OpenAlex so far', { ids: { openalex: 'W42' } }),
    P('title:a-common-title-shared-twice', 'A common title shared twice'),
    P('title:a-common-title-shared-twice-2', 'A common title shared twice'),
    P('2001.00001', 'An arXiv paper with a DOI too', { doi: '10.1000/xyz', ids: { s2: 'bbbb2222' } }),
  ];
  const m = citationMatcher(corpus);
  it('by every id a reference carries, strongest first', () => {
    expect(m.match({ arxiv: '1910.06169' })).toBe(0);
    expect(m.match({ doi: '10.1145/360825.360861' })).toBe(1);
    expect(m.match({ s2: 'AAAA1111' })).toBe(2);
    expect(m.match({ openalex: 'w42' })).toBe(3);
    expect(m.match({ doi: '10.1000/XYZ' })).toBe(6);
    expect(m.match({ s2: 'bbbb2222', title: 'The PGM-index: a learned index' })).toBe(6);
  });
  it('by title only when one corpus paper has it and the years agree; never on short or unknown titles', () => {
    expect(m.match({ title: 'the pgm index — a LEARNED index!' })).toBe(0);
    expect(m.match({ title: 'The PGM-index: a learned index', year: 2021 })).toBe(0);
    expect(m.match({ title: 'The PGM-index: a learned index', year: 2010 })).toBe(-1);
    expect(m.match({ title: 'A common title shared twice' })).toBe(-1);
    expect(m.match({ title: 'Sorting' })).toBe(-1);
    expect(m.match({ arxiv: '9999.99999' })).toBe(-1);
    for (const junk of [null, 'x', 42, [], { title: 7 }, { doi: 'not a doi' }]) expect(m.match(junk)).toBe(-1);
  });
  it('links both directions, each pair once, no self-citation, sorted', () => {
    const papers = [
      P('a1', 'First paper of the little corpus', { references: [{ title: 'Second paper of the little corpus' }, { s2: 'self' }, { title: 'Second paper of the little corpus' }], ids: { s2: 'self' } }),
      P('b2', 'Second paper of the little corpus', { citations: [{ s2: 'self' }, { s2: 'cccc' }] }),
      P('c3', 'Third paper of the little corpus', { ids: { s2: 'cccc' }, references: 'junk' as never }),
    ];
    expect(citationLinks(papers)).toEqual([[0, 1], [2, 1]]);
  });
});

describe('cites edges in the graph', () => {
  const later = 'We give an O(n) time algorithm, improving the previous O(n^2) bound for the problem of sorting widgets.';
  const earlier = 'We give an O(n^2) time algorithm for the problem of sorting widgets.';
  const papers = (cite: boolean) => [
    paper('2101.00001', 'Quadratic widget sorting for everyone', earlier, { year: 2021, claims: [claim(2, 'result', 'time', [0, 70], 11)], problems: [{ name: 'sorting widgets', start: 0, end: 5, key: 'sorting widget', field: 'abstract' }] }),
    paper('2301.00002', 'Linear widget sorting at last', later, {
      year: 2023, claims: [claim(1, 'result', 'time', [0, 110], 11), claim(2, 'prior', 'time', [0, 110], 60)],
      problems: [{ name: 'sorting widgets', start: 0, end: 5, key: 'sorting widget', field: 'abstract' }],
      ...(cite ? { references: [{ arxiv: '2101.00001' }] } : {}),
    }),
    paper('2302.00003', 'A third widget paper that cites nobody', earlier, { year: 2023, citations: [{ title: 'Linear widget sorting at last' }] }),
  ];
  const edges = (cite: boolean): Array<Record<string, unknown>> => buildGraph(papers(cite), { growth: TOY_GROWTH }).envelope.graph.edges.map((e) => ({ s: e.source, t: e.target, ...(e.attributes as Record<string, unknown>) }));
  it('a citing → cited edge per matched reference or citation', () => {
    const cites = edges(true).filter((e) => e.type === 'cites').map((e) => `${e.s} → ${e.t}`);
    expect(cites).toEqual(['paper:2301.00002 → paper:2101.00001', 'paper:2301.00002 → paper:2302.00003']);
  });
  it('an improves edge to an earlier paper is confirmed when the later one cites it, and only then', () => {
    const imp = (cite: boolean) => edges(cite).filter((e) => e.type === 'improves' && String(e.t).startsWith('paper:'));
    expect(imp(true)).toEqual([expect.objectContaining({ s: 'paper:2301.00002', t: 'paper:2101.00001', confirmed: true })]);
    expect(imp(false)).toHaveLength(1);
    expect(imp(false)[0].confirmed).toBeUndefined();
  });
});
