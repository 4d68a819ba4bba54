// Cluster label terms written as the corpus spells them: one casing rule for every label.
import { describe, expect, it } from 'vitest';
import { displayTerm, titleToSentence } from '../../src/graph/term-display.ts';

describe('displayTerm', () => {
  it('takes the spelling most abstracts use, hyphens included, in the term\'s own number', () => {
    const texts = ['We study B-trees in external memory.', 'A B-tree of height h supports it.', 'the b tree is old'];
    expect(displayTerm('b tree', texts)).toBe('B-tree');
    expect(displayTerm('kv cache', ['The KV cache grows.', 'a small KV cache'])).toBe('KV cache');
    expect(displayTerm('bloom filter', ['Bloom filters answer membership.', 'a Bloom filter with k hashes'])).toBe('Bloom filter');
  });

  it('ignores the capital of a word that opens a sentence', () => {
    expect(displayTerm('priority queue', ['Priority queues are basic.', 'We give a priority queue.', 'Any priority queue works.'])).toBe('priority queue');
    // only sentence-initial evidence: nothing to go on, the term stays as it is
    expect(displayTerm('priority queue', ['Priority queues are basic.'])).toBe('priority queue');
  });

  it('lower-cases a problem name capitalised where it is defined, but not the names of people in it', () => {
    const scs = ['We study the Shortest Common Superstring (SCS) problem.', 'a common superstring that is shortest'];
    expect(displayTerm('shortest common superstring', scs)).toBe('shortest common superstring');
    const bwt = ['the Burrows-Wheeler Transform (BWT) of a text', 'We transform the text with the Burrows-Wheeler Transform.'];
    expect(displayTerm('burrows wheeler transform', bwt)).toBe('Burrows-Wheeler transform');
    const pre = ['the 3SUM with Preprocessing problem', 'after preprocessing the input'];
    expect(displayTerm('3sum with preprocessing', pre)).toBe('3SUM with preprocessing');
    expect(displayTerm('bloom filter', ['a Bloom filter', 'the bloom of flowers is not a Bloom filter'])).toBe('Bloom filter');
  });

  it('falls back to sentence case for a Title Case term nobody spells in the abstracts', () => {
    expect(displayTerm('Matching Patterns with Variables', ['nothing relevant here'])).toBe('matching patterns with variables');
    expect(titleToSentence('Top-k Document Retrieval')).toBe('top-k document retrieval');
    expect(titleToSentence('de Bruijn graph')).toBe('de Bruijn graph');
    expect(titleToSentence('LCE data structure')).toBe('LCE data structure');
  });

  it('reads terms with TeX and regex characters literally', () => {
    expect(displayTerm('$k$-mismatch', ['the $k$-mismatch problem', 'under $k$-mismatch'])).toBe('$k$-mismatch');
    expect(displayTerm('c++ (x)', ['c++ (x) here'])).toBe('c++ (x)');
  });
});
