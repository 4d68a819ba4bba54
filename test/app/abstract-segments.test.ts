// In-place claim highlighting: spans come from untrusted offsets, so they are checked and repaired.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abstractSegments, claimSentence } from '../../src/app/panels/abstract-segments.ts';
import type { ClaimView } from '../../src/state/graph-index.ts';

function claim(index: number, text: string, start: number, sentence: [number, number] | null): ClaimView {
  return { id: `p#${index}`, paper: 'p', index, text, notation: 'O', soft: false, expr: '', latex: '', growth: null, resource: 'time', role: 'result', subject: null, problem: null, method: null, start, end: start + text.length, sentence, setting: { operation: 'total', model: 'word-ram', variants: [], guarantee: 'worst', condition: null } };
}

const flat = (segs: ReturnType<typeof abstractSegments>) => segs.flatMap((s) => s.pieces.map((p) => p.text)).join('');

describe('abstractSegments', () => {
  const abs = 'Intro. We go from O(T^2) to O(T log T) time. Outro.';
  const s0 = abs.indexOf('We'), s1 = abs.indexOf(' Outro');

  it('marks claims inside their sentence and keeps the text intact', () => {
    const segs = abstractSegments(abs, [claim(0, 'O(T^2)', abs.indexOf('O(T^2)'), [s0, s1]), claim(1, 'O(T log T)', abs.indexOf('O(T log'), [s0, s1])]);
    expect(flat(segs)).toBe(abs);
    const sentence = segs.find((s) => s.sentence !== null)!;
    expect(sentence.pieces.filter((p) => p.claim !== null).map((p) => p.text)).toEqual(['O(T^2)', 'O(T log T)']);
  });

  it('repairs wrong offsets by searching the text, and drops what is not there', () => {
    const segs = abstractSegments(abs, [claim(0, 'O(T log T)', 3, [0, 2]), claim(1, 'O(nowhere)', 5, null)]);
    expect(flat(segs)).toBe(abs);
    expect(segs.flatMap((s) => s.pieces).filter((p) => p.claim !== null).map((p) => p.text)).toEqual(['O(T log T)']);
  });

  it('never loses or duplicates text whatever the offsets', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.array(fc.tuple(fc.integer({ min: -5, max: 90 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -5, max: 90 }), fc.integer({ min: -5, max: 90 })), { maxLength: 5 }),
      (text, specs) => {
        const claims = specs.map(([start, len, a, b], i) => claim(i, text.slice(Math.max(0, start), Math.max(0, start) + len), start, [a, b]));
        expect(flat(abstractSegments(text, claims))).toBe(text);
      }), { numRuns: 300 });
  });

  it('never cuts a formula: a claim inside $…$ marks the whole formula, and each piece holds whole formulas', () => {
    const text = 'Intro. We solve it in $\\mathcal{O}(mn\\log(mn))$ time and $O(n)$ space. Outro.';
    const inner = 'mn\\log(mn)';
    const at = text.indexOf(inner);
    const s0 = text.indexOf('We'), s1 = text.indexOf(' Outro');
    const segs = abstractSegments(text, [claim(0, inner, at, [s0, s1]), claim(1, 'O(n)', text.indexOf('O(n)'), [s0 + 10, s1])]);
    expect(flat(segs)).toBe(text);
    const marks = segs.flatMap((s) => s.pieces).filter((p) => p.claim !== null).map((p) => p.text);
    expect(marks).toEqual(['$\\mathcal{O}(mn\\log(mn))$', '$O(n)$']);
    for (const p of segs.flatMap((s) => s.pieces)) expect((p.text.match(/(?<!\\)\$/g) ?? []).length % 2).toBe(0);
  });

  it('merges two claims in one formula into one mark that names both', () => {
    const text = 'It takes $O(n) + O(m)$ time.';
    const segs = abstractSegments(text, [claim(0, 'O(n)', text.indexOf('O(n)'), null), claim(1, 'O(m)', text.indexOf('O(m)'), null)]);
    expect(segs.flatMap((s) => s.pieces).filter((p) => p.claim !== null).map((p) => p.claims)).toEqual([[0, 1]]);
  });

  it('gives the sentence of one claim, or a window of whole words around it', () => {
    expect(claimSentence(abs, claim(0, 'O(T log T)', abs.indexOf('O(T log'), [s0, s1]))).toEqual({ before: 'We go from O(T^2) to ', claim: 'O(T log T)', after: ' time.', cut: false });
    const long = `${'word '.repeat(60)}runs in O(n) time ${'more '.repeat(60)}`;
    const s = claimSentence(long, claim(0, 'O(n)', long.indexOf('O(n)'), null))!;
    expect(s.cut).toBe(true);
    expect(s.claim).toBe('O(n)');
    expect(s.before.startsWith('word')).toBe(true);
    expect(s.after.trimEnd().endsWith('more')).toBe(true);
    expect(claimSentence(abs, claim(0, 'O(absent)', 3, null))).toBeNull();
  });
});
