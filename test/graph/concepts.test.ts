// Entity vocabulary: thesaurus CSV, near-duplicate merge keys, generic names, label choice.
import { describe, it, expect } from 'vitest';
import { parseThesaurus, applyThesaurus, mergeKey, isGenericName, Vocabulary } from '../../src/graph/concepts.ts';

describe('parseThesaurus', () => {
  it('reads `label,replace by` with a header, quotes, comments and empty replacements', () => {
    const { thesaurus, issues } = parseThesaurus('\uFEFFlabel,replace by\r\n# merge\nLLMs,large language model\n"attention, sparse",sparse attention\nmodel,\n');
    expect(issues).toEqual([]);
    expect([...thesaurus]).toEqual([['llms', 'large language model'], ['attention, sparse', 'sparse attention'], ['model', '']]);
  });

  it('reports bad lines by number and keeps the rest', () => {
    const { thesaurus, issues } = parseThesaurus('a,b\n"unclosed,x\n,empty label\nc,d,e\n');
    expect(issues.map((i) => i.line)).toEqual([2, 3, 4]);
    expect(thesaurus.get('a')).toBe('b');
    expect(thesaurus.get('c')).toBe('d');
  });

  it('applies case-insensitively; empty replacement drops', () => {
    const t = new Map([['llms', 'large language model'], ['model', '']]);
    expect(applyThesaurus('LLMs', t)).toBe('large language model');
    expect(applyThesaurus('Model', t)).toBeNull();
    expect(applyThesaurus('  Sparse   Attention ', t)).toBe('Sparse Attention');
  });
});

describe('near-duplicates and generic names', () => {
  it('merges spelling variants', () => {
    const k = mergeKey('sparse attention');
    for (const v of ['Sparse-Attention', 'sparse attentions', 'sparse  attention', 'Sparse_Attention']) expect(mergeKey(v), v).toBe(k);
    expect(mergeKey('sparse attention')).not.toBe(mergeKey('dense attention'));
  });

  it('recognises generic names', () => {
    for (const g of ['model', 'the method', 'our approach', 'new framework', 'ab', '']) expect(isGenericName(g), g).toBe(true);
    for (const g of ['SETH', 'sparse attention', 'matrix completion', '3SUM']) expect(isGenericName(g), g).toBe(false);
  });

  it('labels a merged entity by its most frequent surface form, whatever the order', () => {
    const forms = ['sparse attentions', 'Sparse Attention', 'sparse attention', 'sparse attention'];
    for (const order of [forms, [...forms].reverse()]) {
      const v = new Vocabulary();
      const keys = order.map((f) => v.add(f));
      expect(new Set(keys).size).toBe(1);
      expect(v.label(keys[0]!)).toBe('sparse attention');
    }
    expect(new Vocabulary().add('method')).toBeNull();
  });
});
