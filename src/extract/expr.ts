// Light plain-math cleanup of a bound's text, used when the bound parser cannot read it: strips the
// symbol, dollars and LaTeX commands so `expr` stays readable ("n log n", "eps^-2 sqrt(n)").

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

/** Plain expr of a bound's text: the argument of its top symbol, or the whole expression. */
export function cleanExpr(text: string, hasSymbol: boolean): string {
  let s = text.replace(/^\$+|\$+$/g, '');
  s = frac(s);
  for (const [re, to] of CMD) s = s.replace(re, to);
  if (hasSymbol) {
    const m = /^[^(]*?(?:O|o|Ω|Θ|Omega|Theta|omega|ω|Õ)\s*(?:big|left)?\s*\(/.exec(s);
    if (m) {
      s = s.slice(m[0].length);
      const close = s.lastIndexOf(')');
      if (close >= 0) s = s.slice(0, close);
    }
  }
  s = s.replace(/[{}]/g, (c) => (c === '{' ? '(' : ')')).replace(/\s+/g, ' ').trim();
  return s.replace(/\^\((-?[A-Za-z0-9.]+)\)/g, '^$1');
}
