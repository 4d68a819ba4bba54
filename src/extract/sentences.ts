// Sentence splitter for abstracts: one linear pass, aware of `$…$` math and common abbreviations.
import type { MathSpan } from './text.ts';

const ABBREV = new Set(['e.g', 'i.e', 'al', 'vs', 'resp', 'cf', 'fig', 'eq', 'etc', 'approx', 'w.r.t', 'wrt', 'w.h.p', 'et', 'no', 'sec', 'thm', 'ref', 'refs', 'cf', 'viz', 'esp', 'dr', 'mr', 'prof',
  // venues in citations: "(… Theor. Comput. Sci., 2016)", "Inf. Process. Lett.", "Proc. SODA"
  'theor', 'comput', 'sci', 'inf', 'lett', 'proc', 'trans', 'symp', 'conf', 'int', 'math', 'appl', 'process', 'algorithmica', 'j', 'comb', 'discret', 'struct', 'syst', 'ann', 'ieee', 'acm']);

/** Sentence spans [start, end) covering the text (end excludes trailing spaces). */
export function splitSentences(text: string, math: MathSpan[]): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  let start = 0;
  let mi = 0;
  let i = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push([s, e]);
  };
  while (i < n) {
    while (mi < math.length && math[mi].end <= i) mi++;
    if (mi < math.length && math[mi].start <= i) { i = math[mi].end; continue; }
    const c = text[i];
    // "… EdelkampS02.) Moreover": a parenthesised sentence ends after its closing bracket
    if ((c === '.' || c === '?' || c === '!') && text[i + 1] === ')' && (i + 2 >= n || /\s/.test(text[i + 2])) && /^\s*[A-Z]/.test(text.slice(i + 2, i + 6))) {
      push(i + 2);
      start = i + 2;
      i += 2;
      continue;
    }
    if ((c === '.' || c === '?' || c === '!') && (i + 1 >= n || /\s/.test(text[i + 1]))) {
      let j = i + 1;
      while (j < n && /\s/.test(text[j])) j++;
      const next = j < n ? text[j] : '';
      let word = '';
      let k = i - 1;
      while (k >= 0 && k > i - 12 && /[A-Za-z.]/.test(text[k])) k--;
      word = text.slice(k + 1, i).toLowerCase();
      const abbrev = c === '.' && (ABBREV.has(word) || /^[a-z]$/.test(word) && i - 2 >= 0 && text[i - 2] === '.');
      if (!abbrev && (next === '' || /[A-Z0-9$\\(\["“]/.test(next) || c !== '.')) {
        push(i + 1);
        start = i + 1;
      }
      i = j;
      continue;
    }
    i++;
  }
  push(n);
  return out;
}
