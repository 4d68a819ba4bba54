// Bound-parser benchmark: time on 1× and 10× adversarial inputs (the length cap lifted, so the
// lexer, parser and growth code themselves are measured) and on realistic bounds. Linear code shows
// a 10×/1× ratio near 10; catastrophic backtracking or quadratic loops show ≥ 100.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseBound } from '../../src/extract/bounds/index.ts';

// a full collection before each round keeps garbage from one size out of the next size's timing
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as (() => void) | undefined;

/** Adversarial families, each a function of a size in characters (deterministic). */
export const ADVERSARIAL: Record<string, (size: number) => string> = {
  'nested O(': (n) => 'O('.repeat(Math.ceil(n / 2)).slice(0, n),
  'deep braces': (n) => '{'.repeat(Math.floor(n / 2)) + '}'.repeat(Math.floor(n / 2)),
  '^{ runs': (n) => 'n' + '^{'.repeat(Math.ceil(n / 2)).slice(0, n),
  'flat sum n+n+…': (n) => 'O(' + 'n+'.repeat(Math.floor(n / 2)) + 'n)',
  'many variables x_i': (n) => { let s = 'O('; for (let i = 0; s.length < n; i++) s += `x_{${i}} `; return s + ')'; },
  'distinct-variable sum': (n) => { let s = 'O('; for (let i = 0; s.length < n; i++) s += `y_{${i}}+`; return s + '1)'; },
  'letter run nlognlog…': (n) => 'O(' + 'nlog'.repeat(Math.ceil(n / 4)).slice(0, n) + 'n)',
  '\\frac12 repeated': (n) => 'O(' + '\\frac12 '.repeat(Math.ceil(n / 8)).slice(0, n) + 'n)',
  'product of sums': (n) => 'O(' + '(a+b)'.repeat(Math.ceil(n / 5)).slice(0, n) + ')',
  'random unicode': (n) => { let s = ''; let x = 12345; while (s.length < n) { x = (x * 1103515245 + 12345) & 0x7fffffff; s += String.fromCodePoint(32 + (x % 0x2fff)); } return s; },
  'unclosed parens': (n) => 'O(n log(' + '(n'.repeat(Math.ceil(n / 2)).slice(0, n),
};

export const REALISTIC = [
  '\\tilde{O}(m\\sqrt{n})', 'O(n log n)', 'O(nlogn)', 'Õ(n²)', 'Ω(ε⁻⁴)', 'widetilde O(|Omega| k)', 'Obig(n+nk{m}big)',
  'tilde O( d^2varepsilon^{-2})', 'n^{1+o(1)}', '$O\\left(\\frac{\\log n}{\\alpha \\log \\log n} \\right)$', '2^{O(k)} n',
  'n·exp(O(√log n))', 'O(VE + V^2LogU)', '$\\smash{\\tilde{O}(dH^2\\sqrt{T})}$', 'nearly linear', '$nH_k+ o(n\\lg \\sigma)$',
];

/** Best of 5 rounds of mean time per call: the machine is shared, the minimum is the least noisy. */
function time(f: () => void, minMs = 40): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    collect?.();
    let runs = 0;
    const start = performance.now();
    let now = start;
    do { f(); runs++; now = performance.now(); } while (now - start < minMs);
    best = Math.min(best, (now - start) / runs);
  }
  return best;
}

export interface ScalingRow { name: string; ms: number[]; ratios: number[] }

/** Time per parse at base, 10×base and 100×base characters; ratios of consecutive sizes (linear ≈ 10). */
export function benchParser(base = 2_000, steps = 3): ScalingRow[] {
  const out: ScalingRow[] = [];
  const opts = { maxLength: Infinity };
  for (const [name, gen] of Object.entries(ADVERSARIAL)) {
    const ms: number[] = [];
    for (let k = 0, size = base; k < steps; k++, size *= 10) {
      const input = gen(size);
      ms.push(time(() => parseBound(input, opts), k === steps - 1 ? 150 : 40));
    }
    out.push({ name, ms, ratios: ms.slice(1).map((m, i) => m / ms[i]) });
  }
  return out;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '\0');
if (isMain) {
  // 1× = the default length cap (2,000 chars); 10× and 100× with the cap lifted
  const base = Number(process.argv[2] ?? 2_000);
  const fmt = (n: number): string => n.toLocaleString('en');
  console.log(`parser on adversarial input: ${fmt(base)} (1×), ${fmt(base * 10)} (10×), ${fmt(base * 100)} (100×) chars, length cap lifted; best of 5 rounds:`);
  let worst = 0;
  for (const r of benchParser(base)) {
    worst = Math.max(worst, r.ratios[r.ratios.length - 1]);
    console.log(`  ${r.name.padEnd(24)} ${r.ms.map((m, i) => `${['1×', '10×', '100×'][i]} ${m.toFixed(2).padStart(8)} ms`).join('  ')}   ratios ${r.ratios.map((x) => x.toFixed(1)).join(', ')}`);
  }
  const perBound = time(() => { for (const b of REALISTIC) parseBound(b); }, 300) / REALISTIC.length;
  console.log(`realistic bounds: ${(perBound * 1000).toFixed(1)} µs per bound (${Math.round(1000 / perBound).toLocaleString('en')} bounds/s)`);
  const capped = time(() => parseBound('O('.repeat(50_000)));
  console.log(`100 KB of O( under the default 2,000-char cap: ${(capped * 1000).toFixed(1)} µs (refused as too long)`);
  console.log(`worst 100×/10× ratio: ${worst.toFixed(1)} (linear ≈ 10; quadratic ≈ 100)`);
}
