// How a ladder section is shown: bucket groups in order, per-operation time bounds apart, repeats collapsed.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/state/graph-index.ts';
import { buildLadder, selectionClaims } from '../../src/state/ladder.ts';
import { DEFAULT_FILTERS } from '../../src/state/types.ts';
import { growthOps } from '../../src/app/growth.ts';
import { parseBound } from '../../src/extract/bounds/index.ts';
import { bucketGroups, SHOWN_BUCKETS } from '../../src/app/panels/ladder-rows.ts';
import { problemGraph } from './fixtures/problem-graph.ts';

describe('bucketGroups', () => {
  const env = problemGraph() as { graph: { nodes: { key: string; attributes: Record<string, unknown> }[] } };
  // the 2009 paper states its quadratic bound twice, and a query time below linear
  const p = env.graph.nodes.find((n) => n.key === 'paper:lcs-2009')!;
  const claims = p.attributes.claims as Record<string, unknown>[];
  claims.push({ ...claims[0] });
  claims.push({ ...claims[0], text: 'O(log n)', latex: 'O(\\log n)', growth: (parseBound('O(log n)') as { growth: unknown }).growth, start: -1, end: -1, sentence: null });
  const index = buildIndex(env);
  const sel = { kind: 'node' as const, id: 'problem:longest common subsequence' };
  const time = buildLadder(index, selectionClaims(index, sel, DEFAULT_FILTERS, growthOps), growthOps, { view: 'n' })[0];
  const groups = bucketGroups(time);

  it('groups rows under their bucket, in the fixed order', () => {
    const order = groups.map((g) => g.bucket);
    expect(order).toEqual(SHOWN_BUCKETS.filter((b) => order.includes(b)));
    expect(order[0]).toBe('frontier');
    expect(groups.reduce((n, g) => n + g.claims, 0)).toBe(time.rows.length);
  });

  it('collapses a bound a paper states twice into one row with a repeat', () => {
    const upper = groups.find((g) => g.bucket === 'upper')!;
    const quad2009 = upper.rows.filter((r) => r.row.paper.id === 'paper:lcs-2009' && r.row.claim.latex === 'O(n^{2})');
    expect(quad2009).toHaveLength(1);
    expect(quad2009[0].repeats).toHaveLength(1);
  });

  it('lists per-operation time bounds apart from the beaten ones', () => {
    const per = groups.find((g) => g.bucket === 'per-operation');
    expect(per?.rows.map((r) => r.row.claim.text)).toEqual(['O(log n)']);
    expect(groups.find((g) => g.bucket === 'upper')!.rows.some((r) => r.row.claim.text === 'O(log n)')).toBe(false);
  });
});
