// The curated lane (src/state/curated.ts): curated and corpus claims apart, and where they differ — better or stronger
// bounds on either side, a side with none, an upper bound below a lower bound — per resource and setting, with the
// real growth order of the bound parser.
import { describe, expect, it } from 'vitest';
import { buildIndex, type ClaimView } from '../../src/state/graph-index.ts';
import { curatedLane, isCurated, ladderClaims, settingLabel, splitCurated, type SentencePart } from '../../src/state/curated.ts';
import { growthOps } from '../../src/app/growth.ts';
import { parseBound } from '../../src/extract/bounds/index.ts';

let n = 0;
function claim(text: string, role: string, resource = 'time', curated = false, setting?: Record<string, unknown>): ClaimView {
  const p = parseBound(text);
  if (!p.ok) throw new Error(text);
  return {
    id: `p${n}#0`, paper: `p${n++}`, index: 0, text, notation: p.notation, soft: false, expr: p.expr, latex: p.latex, growth: p.growth,
    resource: resource as ClaimView['resource'], role: role as ClaimView['role'], subject: null, problem: 'problem:x', method: null, start: 0, end: text.length, sentence: null,
    setting: { operation: 'total', model: 'word-ram', variants: [], guarantee: 'worst', condition: null, ...setting } as ClaimView['setting'],
    ...(curated ? { curated: { source: 'algowiki', reference: `Algorithm Wiki: ${text}`, url: null } } : {}),
  };
}
const words = (parts: SentencePart[]) => parts.map((p) => (typeof p === 'string' ? p : `[${p.claim.text}]`)).join('');
const verdicts = (cs: ClaimView[], view: 'n' | 'exact' = 'exact') => curatedLane(cs, growthOps, { view, graph: false }).comparisons.map((c) => [c.kind, c.verdict, c.setting]);

describe('curated lane', () => {
  it('splits curated from corpus claims, order kept; a problem ladder ranks the corpus only', () => {
    const cs = [claim('O(n^2)', 'result', 'time', true), claim('O(n log n)', 'result'), claim('Omega(n)', 'lower', 'time', true)];
    expect(splitCurated(cs).curated.map((c) => c.text)).toEqual(['O(n^2)', 'Omega(n)']);
    expect(splitCurated(cs).corpus.map((c) => c.text)).toEqual(['O(n log n)']);
    expect(cs.map(isCurated)).toEqual([true, false, true]);
    const index = buildIndex({ format: 'boundgraph.graph', version: 1, meta: {}, clusters: [], graph: { nodes: [{ key: 'problem:x', attributes: { type: 'problem', label: 'x' } }, { key: 'p0', attributes: { type: 'paper', label: 'p' } }], edges: [] } });
    expect(ladderClaims(index, { kind: 'node', id: 'problem:x' }, cs).map((c) => c.text)).toEqual(['O(n log n)']);
    expect(ladderClaims(index, { kind: 'node', id: 'p0' }, cs)).toHaveLength(3);
  });

  it('upper bounds: curators ahead, corpus ahead, agreement, not comparable, one side only', () => {
    expect(verdicts([claim('O(n^2)', 'result', 'time', true), claim('O(n^3)', 'result')])).toEqual([['upper', 'curated-ahead', '']]);
    expect(verdicts([claim('O(n^2)', 'result', 'time', true), claim('O(n log n)', 'result'), claim('O(n^2)', 'prior')])).toEqual([['upper', 'corpus-ahead', '']]);
    expect(verdicts([claim('O(n^2)', 'result', 'time', true), claim('O(n^2)', 'result')])).toEqual([['upper', 'agree', '']]);
    expect(verdicts([claim('O(m n)', 'result', 'time', true), claim('O(n^2)', 'result')])).toEqual([['upper', 'incomparable', '']]);
    // in the worst case in n, m ≤ n: they agree
    expect(verdicts([claim('O(m n)', 'result', 'time', true), claim('O(n^2)', 'result')], 'n')).toEqual([['upper', 'agree', '']]);
    expect(verdicts([claim('O(n^2)', 'result', 'time', true)])).toEqual([['upper', 'curated-only', '']]);
    expect(verdicts([claim('O(n^2)', 'result', 'time', true), claim('Omega(n)', 'lower')])).toEqual([['upper', 'curated-only', ''], ['lower', 'corpus-only', '']]);
    // only the curators' best counts: a beaten curated bound does not make the corpus "ahead"
    expect(verdicts([claim('O(n^3)', 'result', 'time', true), claim('O(n^2)', 'result', 'time', true), claim('O(n^2)', 'result')])).toEqual([['upper', 'agree', '']]);
  });

  it('lower bounds: the stronger one is ahead; an upper bound below a lower bound is a conflict', () => {
    expect(verdicts([claim('Omega(n^2)', 'lower', 'time', true), claim('Omega(n)', 'lower')])).toEqual([['lower', 'curated-ahead', '']]);
    const lane = curatedLane([claim('Omega(n^2)', 'lower', 'time', true, { condition: 'SETH' }), claim('O(n log n)', 'result')], growthOps);
    expect(lane.comparisons.map((c) => [c.kind, c.verdict])).toEqual([['upper', 'corpus-only'], ['lower', 'curated-only'], ['cross', 'conflict']]);
    expect(words(lane.comparisons[2].sentence)).toBe('An upper bound the corpus states, [O(n log n)], is below the lower bound the curators give, [Omega(n^2)]: check their settings (an approximation, a special input, another model, a hypothesis).');
    expect(settingLabel(lane.claims[0])).toBe('assuming SETH');
  });

  it('per resource and setting: a curated variant is compared with the corpus claims of that variant only', () => {
    const cs = [
      claim('O(n^2 / log^2 n)', 'result', 'time', true, { variants: ['input:bounded-alphabet'] }), claim('O(n^2)', 'result', 'time', true),
      claim('O(n^2 / log n)', 'result'), claim('O(n)', 'result', 'space', true), claim('O(n^2)', 'result', 'space'),
    ];
    expect(verdicts(cs)).toEqual([['upper', 'corpus-ahead', ''], ['upper', 'curated-only', 'input:bounded-alphabet'], ['upper', 'curated-ahead', '']]);
    const lane = curatedLane(cs, growthOps);
    expect(words(lane.comparisons[0].sentence)).toBe('The corpus states a better upper bound on time, [O(n^2 / log n)], than the curators record ([O(n^2)]).');
    expect(lane.comparisons[2].resource).toBe('space');
    // every curated claim, time before space, upper bounds by growth
    expect(lane.claims.map((c) => c.text)).toEqual(['O(n^2 / log^2 n)', 'O(n^2)', 'O(n)']);
  });

  it('a time bound below linear bounds one operation, not the problem; no curated claim, no lane', () => {
    expect(verdicts([claim('O(log n)', 'result', 'time', true), claim('O(n)', 'result')])).toEqual([['upper', 'corpus-only', '']]);
    expect(curatedLane([claim('O(n)', 'result')], growthOps)).toEqual({ claims: [], comparisons: [] });
  });
});
