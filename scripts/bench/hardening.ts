// Hardening benchmark (issue 18): how time grows with the input on the cases that were quadratic, as ratios in one
// process — the 150,000-character pairing-gap abstract and the "( ( ( …" abstract through extractPaper, `compare`'s
// ladder on 2,000 / 8,000 descending bounds, and the improves pass on one paper's 10,000 / 40,000 claims. Linear
// code shows a 4×/1× ratio near 4 (the limit in the tests is 10); the quadratic versions showed ~16 or more.
import { extractPaper } from '../../src/extract/index.ts';
import { parseBound, rankByGrowth } from '../../src/extract/bounds/index.ts';
import { findImprovements } from '../../src/graph/improves.ts';
import { BOUND_GROWTH } from '../../src/graph/index.ts';
import type { Claim } from '../../src/extract/types.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function ms(f: () => void, runs = 3): number {
  const t: number[] = [];
  for (let r = 0; r < runs; r++) { const s = performance.now(); f(); t.push(performance.now() - s); }
  return median(t);
}
const paper = (abstract: string) => ({ id: 'x', title: 't', abstract, authors: [], year: null, url: null, source: { file: 'bench', line: null, record: 0 } });
function row(name: string, small: number, large: number, f: (n: number) => () => void): void {
  f(small)(); // warm
  const a = ms(f(small)), b = ms(f(large));
  console.log(`${name.padEnd(46)} ${String(small).padStart(7)} → ${String(large).padStart(7)}   ${a.toFixed(1).padStart(8)} ms → ${b.toFixed(1).padStart(8)} ms   ratio ${(b / a).toFixed(2)} (size ×${large / small})`);
}

console.log('median of 3 runs each; ratio = time at the larger size / time at the smaller');
row('extract: pairing gap "We give $O(n)$ $ $ … x $O(m)$"', 37_500, 150_000, (n) => { const t = 'We give $O(n)$' + ' $'.repeat(n) + ' x $O(m)$ time.'; return () => extractPaper(paper(t)); });
row('extract: "the lower bound ( ( ( … % $O(n^2)$"', 250_000, 1_000_000, (n) => { const t = 'the lower bound ' + '( '.repeat(n) + '% $O(n^2)$'; return () => extractPaper(paper(t)); });
row('extract: assignment chain "= O(n) = O(n) …"', 1_000, 4_000, (n) => { const t = 'We give $O(n)$ ' + '= O(n) '.repeat(n); return () => extractPaper(paper(t)); });
const sigs = (n: number) => Array.from({ length: n }, (_, k) => parseBound(`O(n^{${(n - k) / 8}})`)).map((p) => (p.ok ? p.growth : null));
row('compare ladder: descending O(n^k) bounds', 2_000, 8_000, (n) => { const s = sigs(n); return () => rankByGrowth(s); });
const claim = (deg: number, role: Claim['role'], s: number): Claim => {
  const p = parseBound(`O(n^{${deg}})`);
  return { start: s, end: s + 5, text: 'O(n)', notation: 'O', soft: false, expr: 'n', latex: 'O(n)', growth: p.ok ? p.growth : null, resource: 'time', role, subject: null, problem: null, method: null, sentence: [s, s + 9],
    setting: { operation: 'total', model: 'word-ram', variants: [], guarantee: 'worst', condition: null } } as Claim;
};
row('improves: one paper\'s claims (results and priors)', 10_000, 40_000, (n) => { const cs = Array.from({ length: n }, (_, i) => claim((i % 50) + 1, i % 3 ? 'result' : 'prior', i * 10)); return () => findImprovements(cs, BOUND_GROWTH); });
