// Stated improvements: result vs prior claims on the same resource, same or adjacent sentence.
import { describe, it, expect } from 'vitest';
import { findImprovements } from '../../src/graph/improves.ts';
import { claim, TOY_GROWTH } from '../fixtures/graph/papers.ts';

const S1: [number, number] = [0, 100];
const S2: [number, number] = [101, 200]; // right after S1
const S9: [number, number] = [400, 500]; // far away

describe('findImprovements', () => {
  it.each([
    ['same sentence, smaller result', [claim(2, 'prior', 'time', S1), claim(1, 'result', 'time', S1)], [[1, 0, 'time']]],
    ['prior in the next sentence', [claim(1, 'result', 'time', S1), claim(2, 'prior', 'time', S2)], [[0, 1, 'time']]],
    ['prior in the previous sentence', [claim(2, 'prior', 'space', S1), claim(1, 'result', 'space', S2)], [[1, 0, 'space']]],
    ['too far apart', [claim(1, 'result', 'time', S1), claim(2, 'prior', 'time', S9)], []],
    ['different resources', [claim(1, 'result', 'time', S1), claim(2, 'prior', 'space', S1)], []],
    ['prior of resource other, same sentence', [claim(1, 'result', 'time', S1), claim(2, 'prior', 'other', S1)], [[0, 1, 'time']]],
    ['prior of resource other, next sentence', [claim(1, 'result', 'time', S1), claim(2, 'prior', 'other', S2)], []],
    ['result not smaller', [claim(2, 'result', 'time', S1), claim(2, 'prior', 'time', S1)], []],
    ['result larger', [claim(3, 'result', 'time', S1), claim(2, 'prior', 'time', S1)], []],
    ['lower bound is not a result', [claim(1, 'lower', 'time', S1), claim(2, 'prior', 'time', S1)], []],
    ['repeated comparison counted once', [claim(2, 'prior', 'time', S1), claim(1, 'result', 'time', S1), claim(1, 'result', 'time', S1, 50)], [[1, 0, 'time']]],
  ] as const)('%s', (_name, claims, want) => {
    const got = findImprovements(claims.map((c) => ({ ...c })), TOY_GROWTH).map((i) => [i.resultClaim, i.priorClaim, i.resource]);
    expect(got).toEqual(want);
  });

  it('skips claims without a growth signature', () => {
    const r = { ...claim(1, 'result', 'time', S1), growth: null };
    expect(findImprovements([r, claim(2, 'prior', 'time', S1)], TOY_GROWTH)).toEqual([]);
  });
});
