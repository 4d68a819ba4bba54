// The paper view's citation lists and related papers (src/state/citations.ts), on a small graph: prior works (what a
// paper cites, and what its references cite most), derivative works, and why each related paper is related.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/state/graph-index.ts';
import { citationLists, citationNeighbours, citesInCorpus, reasonText, relatedPapers, timesCited } from '../../src/state/citations.ts';

const paper = (key: string, year: number | null) => ({ key, attributes: { type: 'paper', label: key, title: `Title ${key}`, year, cluster: 0, claims: [], x: 0, y: 0, size: 5, color: '#123456', abstract: 'x' } });
const edge = (source: string, target: string, type: string, weight = 1) => ({ source, target, attributes: { type, weight } });

// p cites a, b, c; a and b cite old1; a, b and c cite old2; c cites old1 too; new1 and new2 cite p; p is similar to s
const index = buildIndex({
  format: 'boundgraph.graph', version: 1, meta: {}, clusters: [{ id: 0, label: 'zero', color: '#ff0000', size: 9, x: 0, y: 0, terms: [] }],
  graph: {
    nodes: [
      paper('p', 2020), paper('a', 2015), paper('b', 2016), paper('c', 2018), paper('old1', 2001), paper('old2', 2005), paper('new1', 2022), paper('new2', 2023), paper('s', 2019),
      { key: 'problem:lcs', attributes: { type: 'problem', label: 'longest common subsequence' } },
      { key: 'concept:dp', attributes: { type: 'concept', label: 'dynamic programming' } },
      { key: 'method:hs', attributes: { type: 'method', label: 'Hunt–Szymanski' } },
    ],
    edges: [
      edge('p', 'a', 'cites'), edge('p', 'b', 'cites'), edge('p', 'c', 'cites'), edge('p', 'c', 'cites'),
      edge('a', 'old1', 'cites'), edge('b', 'old1', 'cites'), edge('c', 'old1', 'cites'), edge('a', 'old2', 'cites'), edge('c', 'old2', 'cites'), edge('b', 'new1', 'cites'),
      edge('new1', 'p', 'cites'), edge('new2', 'p', 'cites'), edge('new1', 'a', 'cites'),
      edge('p', 's', 'related', 0.8), edge('p', 'b', 'related', 0.3), edge('new2', 'p', 'improves'),
      edge('p', 'problem:lcs', 'studies'), edge('s', 'problem:lcs', 'studies'), edge('b', 'problem:lcs', 'mentions', 0.5),
      edge('p', 'concept:dp', 'mentions'), edge('s', 'concept:dp', 'mentions'), edge('p', 'method:hs', 'uses'), edge('new2', 'method:hs', 'uses'),
    ],
  },
});
const ids = (xs: Array<{ paper: { id: string } }>) => xs.map((x) => x.paper.id);

describe('citation lists', () => {
  it('neighbours both ways, each once', () => {
    const n = citationNeighbours(index, 'p');
    expect(n.cites.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(n.citedBy.map((x) => x.id)).toEqual(['new1', 'new2']);
    expect(timesCited(index).get('old1')).toBe(3);
  });
  it('prior works: what it cites (most cited first), what its references cite most (≥ 2 of them, not itself or what it cites)', () => {
    const l = citationLists(index, 'p');
    expect(ids(l.cites)).toEqual(['a', 'c', 'b']); // a is cited by two corpus papers; then newest first
    expect(l.cites.map((x) => x.count)).toEqual([2, 1, 1]);
    expect(l.priorOfPrior.map((x) => [x.paper.id, x.count])).toEqual([['old1', 3], ['old2', 2]]);
    expect(ids(l.citedBy)).toEqual(['new2', 'new1']); // newest first
    expect(l.totals).toEqual({ cites: 3, citedBy: 2 });
    expect(citationLists(index, 'old2')).toMatchObject({ cites: [], priorOfPrior: [], citedBy: [{ paper: { id: 'c' } }, { paper: { id: 'a' } }] });
    expect(citationLists(index, 'nowhere')).toMatchObject({ cites: [], citedBy: [], totals: { cites: 0, citedBy: 0 } });
  });
  it('a confirmed improvement: the later paper cites the earlier', () => {
    expect(citesInCorpus(index, 'p', 'a')).toBe(true);
    expect(citesInCorpus(index, 'a', 'p')).toBe(false);
  });
});

describe('related papers with reasons', () => {
  it('citations and improvements first, then similarity; shared problems, methods and concepts named', () => {
    const r = relatedPapers(index, 'p');
    expect(r.map((x) => [x.paper.id, x.reasons.map(reasonText)])).toEqual([
      ['b', ['cited by this paper', 'same problem: longest common subsequence', 'similar text']],
      ['new2', ['improves on this paper’s bound', 'cites this paper', 'same method: Hunt–Szymanski']],
      ['new1', ['cites this paper']],
      ['c', ['cited by this paper']],
      ['a', ['cited by this paper']],
      ['s', ['same problem: longest common subsequence', 'shared concepts: dynamic programming', 'similar text']],
    ]);
    expect(relatedPapers(index, 'p', 2)).toHaveLength(2);
  });
});
