// Search: problem aliases are searchable, exact names rank problems first, math in labels is searched as text.
import { describe, expect, it } from 'vitest';
import { createSearch, docsFromEnvelope, normalizeName } from '../../src/app/search/search-core.ts';
import { problemGraph } from './fixtures/problem-graph.ts';

describe('search', () => {
  const search = createSearch(docsFromEnvelope(problemGraph()));
  const top = (q: string) => search.query(q, 5).hits[0];

  it('finds a problem by an alias and by its full name, above the papers that mention it', () => {
    expect(top('LCS')).toEqual({ id: 'problem:longest common subsequence', label: 'Longest Common Subsequence', type: 'problem', alias: 'LCS' });
    expect(top('longest common subsequence')).toMatchObject({ id: 'problem:longest common subsequence', type: 'problem' });
    expect(top('Longest-Common subsequence')).toMatchObject({ id: 'problem:longest common subsequence' });
    expect(top('lcs')!.type).toBe('problem');
    // a paper with "LCS" in its title is still found, below the problem
    expect(search.query('LCS', 10).hits.map((h) => h.id)).toContain('paper:lcs-2012');
  });

  it('finds a variant by its alias', () => {
    expect(top('approximating LCS')).toMatchObject({ id: 'problem:approximate longest common subsequence', alias: 'approximating LCS' });
  });

  it('searches titles with their math as plain text', () => {
    expect(top('k-Hamming')).toMatchObject({ id: 'paper:lcs-2023', label: 'On the $k$-Hamming and $k$-Edit Distances' });
  });

  it('normalises names for the exact-match test', () => {
    expect(normalizeName('  Longest-Common  Subsequence. ')).toBe('longest common subsequence');
  });

  it('tolerates junk nodes', () => {
    const docs = docsFromEnvelope({ graph: { nodes: [{ key: 1, attributes: { type: 'problem', label: 'x', aliases: [3, null, 'ok'] } }, { nope: true }, null] } });
    expect(docs).toHaveLength(1);
    expect(createSearch(docs).query('ok', 3).hits[0]).toMatchObject({ id: '1', alias: 'ok' });
  });
});
