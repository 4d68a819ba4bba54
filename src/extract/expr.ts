// Light plain-math cleanup of a bound's text, used when the bound parser cannot read it: strips the
// symbol, dollars and LaTeX commands so `expr` stays readable ("n log n", "eps^-2 sqrt(n)").
import { ARGUMENT_COMMANDS } from './bounds/index.ts';
import { trimEndMatching } from '../ingest/trim.ts';

const CMD: [RegExp, string][] = [
  [/\\(?:left|right|bigl|bigr|Bigl|Bigr|biggl|biggr|big|Big|bigg|Bigg|smash|displaystyle|mathrm|mathit|textrm|text|operatorname|,|;|!|quad)/g, ' '],
  [/\\(?:varepsilon|epsilon)/g, 'eps'],
  [/\\(?:lg|log)\b/g, 'log'],
  [/\\ln\b/g, 'ln'],
  [/\\cdot|\\times|·/g, ' '],
  [/\\lceil|\\rceil/g, ''],
  [/\\([A-Za-z]+)/g, '$1'],
];

function frac(s: string): string {
  // \frac{a}{b} → (a)/(b) for the innermost simple fractions, a few rounds at most
  for (let k = 0; k < 4; k++) {
    const next = s.replace(/\\?frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1)/($2)').replace(/\\?sqrt\{([^{}]*)\}/g, 'sqrt($1)');
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Drops TeX commands whose arguments are not part of the value, with those arguments (see ARGUMENT_COMMANDS); one pass. */
export function stripArgumentCommands(s: string): string {
  let out = '';
  let i = 0;
  const group = (k: number): number => {
    // end of the balanced {…} starting at k (after spaces), or -1
    while (s[k] === ' ') k++;
    if (s[k] !== '{') return -1;
    let depth = 0;
    for (let q = k; q < s.length; q++) {
      if (s[q] === '{') depth++;
      else if (s[q] === '}' && --depth === 0) return q + 1;
    }
    return s.length;
  };
  while (i < s.length) {
    if (s[i] !== '\\') { out += s[i++]; continue; }
    let j = i + 1;
    while (j < s.length && /[A-Za-z]/.test(s[j])) j++;
    const name = s.slice(i + 1, j);
    const spec = Object.prototype.hasOwnProperty.call(ARGUMENT_COMMANDS, name) ? ARGUMENT_COMMANDS[name] : null;
    if (spec) {
      for (let k = 0; k < spec.drop + (spec.keep ? 0 : 1); k++) { const e = group(j); if (e < 0) break; j = e; }
      i = j;
      continue;
    }
    if (name === 'def' || name === 'newcommand' || name === 'renewcommand') {
      let k = j;
      while (s[k] === ' ') k++;
      if (s[k] === '\\') { k++; while (k < s.length && /[A-Za-z]/.test(s[k])) k++; } else { const e = group(k); if (e > 0) k = e; }
      const e = group(k);
      i = e > 0 ? e : k;
      continue;
    }
    out += s.slice(i, j || i + 1);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Plain expr of a bound's text: the argument of its top symbol, or the whole expression. */
export function cleanExpr(text: string, hasSymbol: boolean): string {
  let s = stripArgumentCommands(trimEndMatching(text.replace(/^\$+/, ''), /\$/));
  s = frac(s);
  for (const [re, to] of CMD) s = s.replace(re, to);
  if (hasSymbol) {
    const m = /^[^(]*?(?:O|o|Ω|Θ|Omega|Theta|omega|ω|Õ)\s*(?:(?:big|left)\s*)?\(/.exec(s);
    if (m) {
      s = s.slice(m[0].length);
      const close = s.lastIndexOf(')');
      if (close >= 0) s = s.slice(0, close);
    }
  }
  s = s.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')')).replace(/\s+/g, ' ').trim();
  return s.replace(/\^\((-?[A-Za-z0-9.]+)\)/g, '^$1');
}
