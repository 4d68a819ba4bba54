// Which corpus problem a claim lands on, across papers: a problem on other objects named by an acronym the paper
// defines with a hyphen ("Lan-ED") is not the bare problem; a structure word before a name ("Dyck edit distance")
// names another problem; an earlier bound whose own sentence names the general problem stays with it in a paper
// about a variant; an acronym that is the problem's key is its name; a setting of the problem is not an alias.
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';
import { collectProblems } from '../../src/graph/problems.ts';
import type { PaperClaims } from '../../src/extract/types.ts';

let n = 0;
const paper = (title: string, abstract: string): PaperClaims =>
  extractPaper({ id: `p${++n}`, title, abstract, authors: [], year: 2020, url: null, source: { file: 't', line: null, record: n } });

const background = [
  paper('Faster Edit Distance', 'We study the edit distance (ED) problem. We compute ED in $O(n^2/\\log^2 n)$ time.'),
  paper('Edit Distance in the Word RAM', 'The edit distance problem is classical. Our algorithm computes the edit distance in $O(n^2/w)$ time.'),
  paper('Tree Edit Distance Revisited', 'We study the tree edit distance problem. Tree edit distance can be computed in $O(n^3)$ time.'),
  paper('Faster Tree Edit Distance', 'We study the tree edit distance problem. We solve tree edit distance in $O(n^{2.9})$ time for unweighted trees.'),
];

function claimProblemOf(papers: PaperClaims[], p: PaperClaims, text: string): string | null {
  const table = collectProblems(papers);
  const i = papers.indexOf(p);
  const ci = p.claims.findIndex((c) => c.text === text);
  expect(ci, `claim ${text}`).toBeGreaterThanOrEqual(0);
  return table.claimProblem[i][ci];
}

describe('claims land on their own problem', () => {
  it('an acronym defined with a hyphen does not expand its last part alone ("Lan-ED" is not ED)', () => {
    const lan = paper('Language Edit Distance and Parsing', 'Given a grammar, the language edit distance (Lan-ED) problem seeks the fewest edits into the language. Exact computation of grammar parsing, or Lan-ED with insertions only, in $O(n^{3-\\epsilon})$ time would imply a faster algorithm for all-pairs shortest paths.');
    const papers = [...background, lan];
    expect(claimProblemOf(papers, lan, '$O(n^{3-\\epsilon})$')).not.toBe('edit distance');
  });
  it('a structure word before the name is another problem for the corpus words too ("Dyck edit distance")', () => {
    const dyck = paper('Results on Parentheses', 'We look at balanced sequences. It was shown that Dyck edit distance can be solved in $O(n+k^{16})$ time.');
    const papers = [...background, dyck];
    expect(claimProblemOf(papers, dyck, '$O(n+k^{16})$')).not.toBe('edit distance');
  });
  it('an earlier bound its sentence states for the general problem stays there in a paper about a variant', () => {
    const unrooted = paper('Edit Distance between Unrooted Trees in Cubic Time', 'Demaine et al. showed how to compute the tree edit distance of rooted trees in $O(n^3)$ time. We show that the edit distance between unrooted trees can be computed in $O(n^3 \\log n)$ time.');
    const also = paper('Unrooted Tree Edit Distance Again', 'We study the edit distance between unrooted trees. It can be computed in $O(n^4)$ time.');
    const papers = [...background, unrooted, also];
    expect(claimProblemOf(papers, unrooted, '$O(n^3)$')).toBe('tree edit distance');
    expect(claimProblemOf(papers, unrooted, '$O(n^3 \\log n)$')).toBe('unrooted tree edit distance');
  });
});

describe('names', () => {
  it('an acronym that is the key is the label; forms naming a setting are no aliases', () => {
    const papers = [
      paper('3SUM with Preprocessing', 'We study 3SUM with preprocessing. It answers queries in $O(n^{1.9})$ time.'),
      paper('Encoding 3SUM', 'We study 3SUM. Previous work on 3SUM used $O(n^2)$ space.'),
      paper('3SUM Hardness', 'We study 3SUM. 3SUM is solved in $O(n^2)$ time.'),
      paper('Gap Edit Distance', 'We study gap edit distance in $O(n)$ time.'),
      ...background,
    ];
    const t = collectProblems(papers);
    expect(t.label.get('3sum')).toBe('3SUM');
    expect(t.aliases.get('3sum') ?? []).not.toContain('3SUM with Preprocessing');
    expect((t.aliases.get('edit distance') ?? []).some((a) => /gap|approximat/i.test(a))).toBe(false);
  });
});
