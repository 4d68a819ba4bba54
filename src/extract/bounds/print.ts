// Printers for the bound AST: plain `expr` (gold-dev README §4: "n log n", "n^(1-o(1))", "eps^-2 d"),
// Unicode canonical text ("Õ(|Ω| k)", "Ω(ε⁻⁴)") and LaTeX for KaTeX.
import type { AsymSymbol, Node } from './ast.ts';
import { GREEK } from './lexer.ts';
import { table } from './table.ts';

type Style = 'plain' | 'unicode' | 'latex';

const PLAIN_GREEK: Record<string, string> = table({ epsilon: 'eps', varepsilon: 'eps', ell: 'l' });
const SUP: Record<string, string> = table({ '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' });
const SYMBOL: Record<Style, Record<AsymSymbol, string>> = {
  plain: { O: 'O', Omega: 'Omega', Theta: 'Theta', o: 'o', omega: 'omega' },
  unicode: { O: 'O', Omega: 'Ω', Theta: 'Θ', o: 'o', omega: 'ω' },
  latex: { O: 'O', Omega: '\\Omega', Theta: '\\Theta', o: 'o', omega: '\\omega' },
};

/** Precedence: 0 sum, 1 product/division, 2 power/atom. */
function prec(n: Node): number {
  switch (n.k) {
    case 'sum': return 0;
    case 'neg': return 0;
    case 'prod': case 'div': return 1;
    case 'fn': return n.f === 'log' || n.f === 'ln' || n.f === 'logstar' ? (n.args.length === 1 && (isAtom(n.args[0]) || isLogChain(n.args[0])) ? 1 : 2) : 2;
    default: return 2;
  }
}
/** "log log n": a log whose argument is an atom or another such log reads without parentheses. */
function isLogChain(n: Node): boolean {
  return n.k === 'fn' && (n.f === 'log' || n.f === 'ln' || n.f === 'logstar') && !n.pow && n.args.length === 1 && (isAtom(n.args[0]) || isLogChain(n.args[0]));
}
function isAtom(n: Node): boolean { return n.k === 'var' || n.k === 'num' || n.k === 'omega' || n.k === 'abs' || (n.k === 'pow' && isAtom(n.b) && isSimpleExp(n.e)); }
function isSimpleExp(n: Node): boolean { return n.k === 'num' || n.k === 'var' || n.k === 'omega' || n.k === 'asym' || (n.k === 'neg' && (n.a.k === 'num' || n.a.k === 'var')); }

function varName(n: Extract<Node, { k: 'var' }>, s: Style): string {
  let base: string;
  if (s === 'plain') base = PLAIN_GREEK[n.name] ?? n.name;
  else if (s === 'unicode') base = GREEK[n.name] ?? n.name;
  else {
    const star = n.name.endsWith('*');
    const name = star ? n.name.slice(0, -1) : n.name;
    base = name in GREEK ? `\\${name === 'epsilon' ? 'varepsilon' : name}` : name.length > 1 ? `\\mathrm{${name}}` : name;
    if (star) base += '^{*}';
  }
  if (s !== 'latex' && n.name.endsWith('*')) base = (s === 'unicode' ? GREEK[n.name.slice(0, -1)] ?? n.name.slice(0, -1) : PLAIN_GREEK[n.name.slice(0, -1)] ?? n.name.slice(0, -1)) + (s === 'plain' ? '^*' : '*');
  if (!n.sub) return base;
  const sub = s === 'latex' ? n.sub.replace(/[{}\\]/g, '') : n.sub;
  return s === 'latex' ? `${base}_{${sub}}` : `${base}_${sub}`;
}

/** \left( \right) only around tall content (fractions); plain parentheses otherwise. */
function paren(text: string, s: Style): string { return s === 'latex' && text.includes('\\frac') ? `\\left(${text}\\right)` : `(${text})`; }

function isDigitChar(c: number): boolean { return c >= 48 && c <= 57; }

function wrapBelow(s: Style, d: number, x: Node, min: number): string {
  const text = printNode(x, s, d);
  return prec(x) < min ? paren(text, s) : text;
}

export function printNode(n: Node, s: Style, depth = 0): string {
  if (depth > 80) return '…';
  const d = depth + 1;
  switch (n.k) {
    case 'num': return n.s;
    case 'var': return varName(n, s);
    case 'omega': return s === 'plain' ? 'omega' : s === 'unicode' ? 'ω' : '\\omega';
    case 'neg': return `-${wrapBelow(s, d, n.a, 1)}`;
    case 'sum': return n.terms.map((t, i) => (i === 0 ? (n.minus[0] ? '-' : '') : n.minus[i] ? ' - ' : ' + ') + wrapBelow(s, d, t, 1)).join('');
    case 'prod': {
      // juxtaposition, except between two numbers (2 · 3^n) where LaTeX needs a visible operator
      const parts = n.fs.map((f) => (f.k === 'div' && s !== 'latex' ? paren(printNode(f, s, d), s) : wrapBelow(s, d, f, 1)));
      let out = parts[0] ?? '';
      for (let i = 1; i < parts.length; i++) {
        // look at single characters: a regex on the growing string would make long products quadratic
        const digits = isDigitChar(parts[i - 1].charCodeAt(parts[i - 1].length - 1)) && isDigitChar(parts[i].charCodeAt(0));
        out += (digits ? (s === 'latex' ? ' \\cdot ' : ' · ') : ' ') + parts[i];
      }
      return out;
    }
    case 'div': {
      if (s === 'latex') return `\\frac{${printNode(n.a, s, d)}}{${printNode(n.b, s, d)}}`;
      return `${wrapBelow(s, d, n.a, 1)} / ${n.b.k === 'prod' || n.b.k === 'div' ? paren(printNode(n.b, s, d), s) : wrapBelow(s, d, n.b, 1)}`;
    }
    case 'pow': return powText(wrapBelow(s, d, n.b, 2), n.e, s, d);
    case 'abs': return s === 'latex' ? `|${printNode(n.a, s, d)}|` : `|${printNode(n.a, s, d)}|`;
    case 'ceil': return s === 'latex' ? `\\lceil ${printNode(n.a, s, d)} \\rceil` : s === 'unicode' ? `⌈${printNode(n.a, s, d)}⌉` : `ceil(${printNode(n.a, s, d)})`;
    case 'floor': return s === 'latex' ? `\\lfloor ${printNode(n.a, s, d)} \\rfloor` : s === 'unicode' ? `⌊${printNode(n.a, s, d)}⌋` : `floor(${printNode(n.a, s, d)})`;
    case 'fact': return `${wrapBelow(s, d, n.a, 2)}!`;
    case 'asym': {
      const sym = SYMBOL[s][n.sym];
      let head = n.soft ? (s === 'latex' ? `\\tilde{${sym}}` : s === 'unicode' && n.sym === 'O' ? 'Õ' : `~${sym}`) : sym;
      if (n.star) head += s === 'latex' ? '^{*}' : '*';
      return `${head}${paren(printNode(n.a, s, d), s)}`;
    }
    case 'fn': return fnText(n, s, d);
  }
}

function powText(base: string, e: Node, s: Style, d: number): string {
  const et = printNode(e, s, d);
  if (s === 'latex') return `${base}^{${et}}`;
  if (s === 'unicode' && /^-?\d+$/.test(et)) return base + [...et].map((c) => SUP[c] ?? c).join('');
  return isSimpleExp(e) ? `${base}^${et}` : `${base}^(${et.replace(/ ([+\-/]) /g, '$1')})`;
}

function withPow(n: Extract<Node, { k: 'fn' }>, s: Style, d: number, head: string): string {
  return n.pow ? powText(head, n.pow, s, d) : head;
}

function fnText(n: Extract<Node, { k: 'fn' }>, s: Style, d: number): string {
  const args = n.args.map((a) => printNode(a, s, d));
  const isLog = n.f === 'log' || n.f === 'ln' || n.f === 'logstar';
  const one = n.args.length === 1 && (isAtom(n.args[0]) || (isLog && isLogChain(n.args[0])));
  const argText = one ? (s === 'latex' ? ` ${args[0]}` : ` ${args[0]}`) : paren(args.join(', '), s);
  switch (n.f) {
    case 'log': case 'ln': case 'logstar': {
      let head = s === 'latex' ? (n.f === 'ln' ? '\\ln' : '\\log') : n.f === 'ln' ? 'ln' : 'log';
      if (n.base) {
        const b = printNode(n.base, s, d);
        head += s === 'latex' ? `_{${b}}` : n.base.k === 'num' && s === 'plain' ? b : `_${b}`;
      }
      if (n.f === 'logstar') head += s === 'latex' ? '^{*}' : '*';
      return withPow(n, s, d, head) + argText;
    }
    case 'sqrt': {
      if (s === 'latex') return n.deg ? `\\sqrt[${printNode(n.deg, s, d)}]{${args[0]}}` : `\\sqrt{${args[0]}}`;
      const deg = n.deg ? printNode(n.deg, s, d) : '';
      if (s === 'unicode') return `${deg === '3' ? '∛' : deg === '4' ? '∜' : deg ? `${deg}√` : '√'}${one ? args[0] : paren(args.join(', '), s)}`;
      return deg ? `${one ? args[0] : paren(args[0], s)}^(1/${deg})` : `sqrt(${args.join(', ')})`;
    }
    case 'exp': case 'min': case 'max': {
      const head = s === 'latex' ? `\\${n.f}` : n.f;
      return `${withPow(n, s, d, head)}${paren(args.join(', '), s)}`;
    }
    case 'poly': case 'polylog': {
      const head = s === 'latex' ? `\\operatorname{${n.f}}` : n.f;
      return `${withPow(n, s, d, head)}${paren(args.join(', '), s)}`;
    }
    case 'alpha': return `${withPow(n, s, d, s === 'latex' ? '\\alpha' : s === 'unicode' ? 'α' : 'alpha')}${paren(args.join(', '), s)}`;
    case 'mult': return `${withPow(n, s, d, s === 'latex' ? '\\operatorname{mult}' : 'mult')}${paren(args.join(', '), s)}`;
    case 'call': {
      const name = n.name ?? 'f';
      // the subscript is everything after the first `_` (a lexer name holds no line break); no regex scan per `_`
      const sub = name.indexOf('_');
      const head = s === 'latex' && sub >= 0 ? `${name.slice(0, sub)}_{${name.slice(sub + 1)}}` : name;
      return `${withPow(n, s, d, head)}${paren(args.join(', '), s)}`;
    }
  }
}

/** The argument of a bound (or the whole cost for notation 'none') in gold-style plain math. */
export function exprText(n: Node): string { return printNode(n, 'plain'); }
export function unicodeText(n: Node): string { return printNode(n, 'unicode'); }
export function latexText(n: Node): string { return printNode(n, 'latex'); }
