// What a bound is about, read as a specialist reads it: a problem on other objects ("tree edit distance", "Dyck edit
// distance", "language edit distance (Lan-ED)") is not the bare problem; hardness in one clause does not make another
// clause's bound a lower bound; counts of structures and distances of the input are no costs; a bound in the size of a
// compressed input is a compressed-input bound; "optimal under SETH" is an upper bound; a reduction's target owns the
// bound that follows it. Patterns, each written here in sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';
import type { Claim } from '../../src/extract/types.ts';

function extract(abstract: string, title = '') {
  return extractPaper({ id: 't', title, abstract, authors: [], year: null, url: null, source: { file: 't', line: null, record: 0 } });
}
function claim(abstract: string, text: string, title = ''): Claim {
  const c = extract(abstract, title).claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim ${text} in ${abstract}`);
  return c;
}

describe('problems on other objects', () => {
  it('a structure word before the problem names another problem', () => {
    const s = 'For many years the best algorithm for tree edit distance ran in cubic time. Edit distance of strings is classical.';
    expect(claim(s, 'cubic').problem).toBe('tree edit distance');
  });
  it('"X between (unrooted) trees" is the tree problem, in the abstract and in the title', () => {
    const s = 'We consider the edit distance. We show that the edit distance between two unrooted trees on $n$ nodes can be computed in $O(n^3)$ time.';
    expect(claim(s, '$O(n^3)$').problem).toBe('unrooted tree edit distance');
    const p = extract('Our algorithm runs in $O(n^3)$ time.', 'Edit Distance between Unrooted Trees in Cubic Time');
    expect(p.problems.map((x) => x.key)).toContain('unrooted tree edit distance');
    // the cost after the restriction is no restriction of the problem
    expect(p.claims[0].setting.variants.filter((v) => v.startsWith('restricted:'))).toEqual([]);
  });
  it('an acronym defined with a hyphen expands as a whole ("Lan-ED")', () => {
    const s = 'The language edit distance (Lan-ED) problem asks for the fewest edits into a language. No algorithm computes Lan-ED in $O(n^{2.9})$ time.';
    expect(claim(s, '$O(n^{2.9})$').problem).toBe('language edit distance');
  });
  it('a noun the lexicon reads as a verb stays in the problem\'s name', () => {
    const s = 'We consider the threshold Dyck edit distance problem, which was solved in $O(n+k^{16})$ time.';
    expect(claim(s, '$O(n+k^{16})$').problem).toBe('threshold dyck edit distance');
  });
});

describe('hardness stays in its clause', () => {
  const s = 'We generalize it by identifying trivial cases that can be solved in constant time, and proving quadratic-time hardness for all other cost choices.';
  it('a bound achieved in one clause is no lower bound because the next proves hardness', () => {
    const c = claim(s, 'constant');
    expect(c.role).not.toBe('lower');
    expect(c.setting.variants).toContain('input:restricted');
  });
  it('the hardness clause keeps its lower bound', () => {
    expect(claim(s, 'quadratic').role).toBe('lower');
  });
  it('an upper bound "optimal under SETH" in its relative clause is not a lower bound', () => {
    const c = claim('The textbook algorithm computes the edit distance of two length-$n$ strings in $O(n^2)$ time, which is optimal up to subpolynomial factors under SETH.', '$O(n^2)$');
    expect(c.role).not.toBe('lower');
    expect(c.problem).toBe('edit distance');
  });
  it('a lower bound only believed is conditioned on that belief, not unconditional', () => {
    const c = claim('Exact computation is believed to require near-quadratic time in the worst case.', 'near-quadratic');
    expect(c.role).toBe('lower');
    expect(c.setting.condition).toBe('conjectured');
  });
});

describe('numbers that are not costs', () => {
  it('a count of structures after "there are" or "the number of … by" is not a bound', () => {
    const p = extract('Either there are $O(k^2)$ $k$-mismatch occurrences, or the strings are periodic. We bound the number of $k$-edit occurrences by $O(k^3)$ in that case.');
    expect(p.claims.map((c) => c.text)).toEqual([]);
  });
  it('a count of a resource still is one', () => {
    const p = extract('There are $O(\\log N)$ phases in total. The number of samples is $O(d/\\epsilon^2)$.');
    expect(p.claims.map((c) => c.text)).toEqual(['$O(\\log N)$', '$O(d/\\epsilon^2)$']);
  });
  it('a distance the input has is not a cost', () => {
    expect(extract('Both strings are at Hamming distance $O(k)$ from periodic strings.').claims).toEqual([]);
  });
});

describe('settings read from the abstract', () => {
  it('a bound in the size of a compressed input is a compressed-input bound', () => {
    const s = 'For two strings of total length $N$ having straight-line program representations of total size $n$, we give an algorithm in $O(nN)$ time. This improves on an algorithm that runs in $O(n N^{1.5})$ time.';
    expect(claim(s, '$O(nN)$').setting.variants).toContain('input:compressed');
    expect(claim(s, '$O(n N^{1.5})$').setting.variants).toContain('input:compressed');
  });
  it('"the smallest number of edit operations" defines a distance, it is not a dynamic setting', () => {
    const s = 'The distance is the smallest number of edit operations, and we compute it in $O(n^2)$ time.';
    expect(claim(s, '$O(n^2)$').setting.variants).not.toContain('dynamic');
  });
});

describe('what the bound is about', () => {
  it('a hypothesis is not the problem ("Conditioned on the APSP hypothesis")', () => {
    const s = 'We show an improved $\\tilde O(n+\\sqrt{nk^3})$-time algorithm and a matching lower bound: Conditioned on the All-Pairs Shortest Paths (APSP) hypothesis, our running time is optimal.';
    expect(claim(s, '$\\tilde O(n+\\sqrt{nk^3})$', 'Optimal Algorithms for Bounded Weighted Edit Distance').problem).toBe('bounded weighted edit distance');
  });
  it('"we reduce X to Y, which can be solved in T": T is not X\'s', () => {
    const c = claim('We reduce tree edit distance to the max-plus product of bounded-difference matrices, which can be solved in truly sub-cubic time.', 'truly sub-cubic');
    expect(c.problem).not.toBe('tree edit distance');
  });
  it('"its time and space complexities are A and B" pairs plain-text bounds in order', () => {
    const p = extract('The third algorithm uses an ordered vector and its time and space complexities are O(nL) and O(R).');
    expect(p.claims.map((c) => [c.text, c.resource])).toEqual([['O(nL)', 'time'], ['O(R)', 'space']]);
  });
  it('a qualifier in brackets keeps the span balanced', () => {
    expect(claim('The best running time is (almost) quadratic.', '(almost) quadratic').latex).toBe('n^{2}');
  });
});

describe('cited lower bounds', () => {
  it('a lower bound credited to earlier work does not take the setting the title names', () => {
    const s = 'Although a simple dynamic program computes LCS in quadratic time, it has been recently proven that the problem admits a conditional lower bound and may not be solved in truly subquadratic time.';
    const c = claim(s, 'truly subquadratic', 'Approximating LCS in Linear Time');
    expect(c.role).toBe('lower');
    expect(c.setting.variants).toEqual([]);
  });
  it('the paper\'s own lower bound does', () => {
    const c = claim('We show that no algorithm solves it in $O(n^{1-\\epsilon})$ time unless SETH fails.', '$O(n^{1-\\epsilon})$', 'Approximating LCS in Linear Time');
    expect(c.setting.variants.some((v) => v.startsWith('approximate'))).toBe(true);
  });
});
