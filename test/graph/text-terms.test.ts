// Keyword terms: plural folding, bigrams within phrases only, stop/generic words, linear time.
import { describe, it, expect } from 'vitest';
import { textTerms, singular } from '../../src/graph/text-terms.ts';

describe('singular', () => {
  it.each([
    ['attentions', 'attention'], ['policies', 'policy'], ['processes', 'process'], ['batches', 'batch'],
    ['analysis', 'analysis'], ['bias', 'bias'], ['loss', 'loss'], ['corpus', 'corpus'], ['gas', 'gas'],
  ])('%s → %s', (w, want) => expect(singular(w)).toBe(want));
});

describe('textTerms', () => {
  it('keeps unigrams and adjacent bigrams, weighting the title', () => {
    const t = textTerms('Sparse Attention', 'We propose sparse attention for long contexts.');
    expect(t.get('sparse attention')).toBe(3); // 2 (title) + 1
    expect(t.get('long context')).toBe(1);
    expect(t.get('attention')).toBe(3);
  });

  it('drops stop words and generic academic words and never bridges them', () => {
    const t = textTerms('', 'We propose a novel method for graph coloring, and results show speed.');
    for (const w of ['we', 'propose', 'novel', 'method', 'result', 'show']) expect(t.has(w), w).toBe(false);
    expect(t.has('graph coloring')).toBe(true);
    expect(t.has('coloring speed')).toBe(false); // punctuation and stop words end a phrase
    expect([...t.keys()].some((k) => k.includes('method'))).toBe(false);
  });

  it('ignores math, digits and LaTeX command words', () => {
    const t = textTerms('', 'runs in O(n log n) time with mathcal O(d^2) and widetilde O(k) for 3d data');
    expect(t.has('mathcal')).toBe(false);
    expect(t.has('widetilde')).toBe(false);
    expect(t.has('3d')).toBe(false);
  });

  it('is linear on pathological input', () => {
    const long = 'a-'.repeat(200_000) + 'x'.repeat(300_000) + ' word'.repeat(50_000);
    const t0 = performance.now();
    const t = textTerms(long, long);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(t.get('word')).toBeGreaterThan(0);
  });
});
