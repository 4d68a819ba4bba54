// Math in text from papers (pure): finds the $…$, $$…$$, \(…\) and \[…\] spans of a title or abstract so they
// can be typeset, and turns LaTeX into plain text where no typesetting is possible (canvas labels, SVG, tooltips).
// Input is untrusted: lengths and recursion are capped, and nothing here produces HTML.
import { table } from '../../extract/bounds/table.ts';

export interface TextPiece {
  kind: 'text' | 'math';
  /** the text, or the LaTeX source without its delimiters */
  value: string;
  /** offsets of the whole piece (delimiters included) in the input */
  start: number;
  end: number;
}

/** A text with more math spans than this is left as text after the first ones (typesetting cost stays bounded). */
export const MAX_MATH_SPANS = 200;
/** A math span longer than this is not math (an unclosed $ swallowing a paragraph). */
const MAX_SPAN = 600;

const OPENERS: readonly { open: string; close: string }[] = [
  { open: '$$', close: '$$' },
  { open: '\\[', close: '\\]' },
  { open: '\\(', close: '\\)' },
  { open: '$', close: '$' },
];

function escaped(text: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

function findClose(text: string, from: number, close: string): number {
  const limit = Math.min(text.length, from + MAX_SPAN);
  for (let i = from; i < limit; i++) {
    if (text.startsWith(close, i) && !(close === '$' || close === '$$' ? escaped(text, i) : false)) return i;
  }
  return -1;
}

/** The math spans of a text, in order, non-overlapping. `$` needs a closing `$`; `\$` is a dollar sign. */
export function mathSpans(text: string): { start: number; end: number; source: string }[] {
  const out: { start: number; end: number; source: string }[] = [];
  let i = 0;
  while (i < text.length && out.length < MAX_MATH_SPANS) {
    const c = text[i];
    if (c !== '$' && c !== '\\') { i++; continue; }
    if (c === '$' && escaped(text, i)) { i++; continue; }
    let matched = false;
    for (const { open, close } of OPENERS) {
      if (!text.startsWith(open, i)) continue;
      if (open[0] === '\\' && escaped(text, i)) continue;
      const from = i + open.length;
      const end = findClose(text, from, close);
      const source = end < 0 ? '' : text.slice(from, end);
      if (end < 0 || !source.trim()) break;
      out.push({ start: i, end: end + close.length, source });
      i = end + close.length;
      matched = true;
      break;
    }
    if (!matched) i++;
  }
  return out;
}

/** A text cut into plain and math pieces (covering it exactly, in order). */
export function splitMath(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let pos = 0;
  for (const s of mathSpans(text)) {
    if (s.start > pos) out.push({ kind: 'text', value: text.slice(pos, s.start), start: pos, end: s.start });
    out.push({ kind: 'math', value: s.source, start: s.start, end: s.end });
    pos = s.end;
  }
  if (pos < text.length || !out.length) out.push({ kind: 'text', value: text.slice(pos), start: pos, end: text.length });
  return out;
}

/** Whether a text has anything to typeset (cheap check before splitting). */
export function hasMath(text: string): boolean {
  return text.includes('$') || text.includes('\\(') || text.includes('\\[');
}

// ---- LaTeX → plain text ----

const SYMBOLS: Record<string, string> = table({
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ',
  tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  cdot: '·', times: '×', le: '≤', leq: '≤', ge: '≥', geq: '≥', ne: '≠', neq: '≠', approx: '≈', sim: '~', simeq: '≃',
  infty: '∞', ell: 'ℓ', pm: '±', mp: '∓', to: '→', rightarrow: '→', leftarrow: '←', mapsto: '↦', in: '∈', notin: '∉',
  subset: '⊂', subseteq: '⊆', cup: '∪', cap: '∩', setminus: '∖', emptyset: '∅', mid: '|', vert: '|', lvert: '|', rvert: '|',
  Vert: '‖', lceil: '⌈', rceil: '⌉', lfloor: '⌊', rfloor: '⌋', langle: '⟨', rangle: '⟩', ldots: '…', dots: '…',
  cdots: '⋯', sum: 'Σ', prod: 'Π', partial: '∂', nabla: '∇', forall: '∀', exists: '∃', neg: '¬', wedge: '∧', vee: '∨',
  oplus: '⊕', otimes: '⊗', circ: '∘', star: '⋆', ast: '∗', prime: '′', backslash: '\\', '%': '%', '&': '&', '#': '#',
  '_': '_', '{': '{', '}': '}', '$': '$', '|': '‖', ll: '≪', gg: '≫', propto: '∝', equiv: '≡', log: 'log', ln: 'ln',
  lg: 'lg', exp: 'exp', min: 'min', max: 'max', sup: 'sup', inf: 'inf', lim: 'lim', det: 'det', gcd: 'gcd',
  sin: 'sin', cos: 'cos', tan: 'tan', poly: 'poly', polylog: 'polylog', Pr: 'Pr', deg: 'deg', dim: 'dim',
});
/** commands whose name is a word: spaced from letters around them */
const WORDS = new Set(['log', 'ln', 'lg', 'exp', 'min', 'max', 'sup', 'inf', 'lim', 'det', 'gcd', 'sin', 'cos', 'tan', 'poly', 'polylog', 'Pr', 'deg', 'dim']);
/** spacing and sizing commands: dropped (or a space) */
const SPACES: Record<string, string> = table({ '\\': ' ', ',': ' ', ';': ' ', ':': ' ', '!': '', ' ': ' ', quad: ' ', qquad: ' ', enspace: ' ', thinspace: ' ' });
const DROP = new Set(['left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'middle', 'displaystyle', 'textstyle', 'scriptstyle', 'limits', 'nolimits', 'mathstrut', 'strut', 'allowbreak', 'nonumber']);
/** one-argument commands whose argument is the text */
const WRAPPERS = new Set(['mathcal', 'mathrm', 'mathbf', 'mathit', 'mathsf', 'mathtt', 'mathfrak', 'boldsymbol', 'bm', 'text', 'textrm', 'textit', 'textbf', 'textsf', 'texttt', 'emph', 'operatorname', 'mbox', 'hbox', 'mathop', 'mathbin', 'mathrel', 'mathord', 'underline', 'overline', 'widehat', 'hat', 'bar', 'vec', 'dot', 'ddot', 'check', 'breve', 'acute', 'grave', 'mathring']);
const ACCENT: Record<string, string> = table({ tilde: '\u0303', widetilde: '\u0303', hat: '\u0302', widehat: '\u0302', bar: '\u0304', overline: '\u0305', vec: '\u20d7', dot: '\u0307', ddot: '\u0308' });
const BLACKBOARD: Record<string, string> = table({ R: 'ℝ', N: 'ℕ', Z: 'ℤ', Q: 'ℚ', C: 'ℂ', F: '𝔽', E: '𝔼', P: 'ℙ' });
/** commands whose arguments are not shown (macro definitions, boxes, links: plain text never needs them) */
const SWALLOW: Record<string, number> = table({ def: 0, rule: 2, href: 1, url: 1, htmlClass: 1, htmlId: 1, htmlStyle: 1, htmlData: 1, label: 1, tag: 1, hspace: 1, vspace: 1, kern: 0, phantom: 1, hphantom: 1, vphantom: 1, color: 1, textcolor: 1 });

const SUP: Record<string, string> = table({ 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', k: 'ᵏ', m: 'ᵐ', d: 'ᵈ', c: 'ᶜ', t: 'ᵗ', '*': '*', '′': '′' });
const SUB: Record<string, string> = table({ 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', o: 'ₒ', x: 'ₓ', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', p: 'ₚ', r: 'ᵣ', s: 'ₛ', t: 'ₜ', u: 'ᵤ', v: 'ᵥ' });

const MAX_PLAIN_INPUT = 4000;
const MAX_DEPTH = 30;

class Reader {
  pos = 0;
  steps = 0;
  constructor(readonly s: string) {}
  done(): boolean { return this.pos >= this.s.length || this.steps > 20_000; }
}

function script(body: string, table: Record<string, string>, mark: string): string {
  const t = body.trim();
  if (!t) return '';
  const chars = [...t];
  if (chars.every((ch) => table[ch] !== undefined)) return chars.map((ch) => table[ch]).join('');
  return chars.length === 1 ? `${mark}${t}` : `${mark}(${t})`;
}

function needsParens(raw: string): boolean {
  const s = raw.replace(/[\u0001\u0002]/g, '');
  return [...s.trim()].length > 1 && !/^[\p{L}\p{N}.]+$/u.test(s.trim()) && !/^\(.*\)$/.test(s.trim());
}

/** Reads one argument: a {group}, one command, or one character. */
function readArg(r: Reader, depth: number): string {
  while (!r.done() && r.s[r.pos] === ' ') r.pos++;
  if (r.done()) return '';
  if (r.s[r.pos] === '{') { r.pos++; return readUntil(r, '}', depth + 1); }
  if (r.s[r.pos] === '\\') return readCommand(r, depth + 1);
  return r.s[r.pos++];
}

/** Skips one argument without converting it. */
function skipArg(r: Reader): void {
  while (!r.done() && r.s[r.pos] === ' ') r.pos++;
  if (r.s[r.pos] === '{') {
    let d = 0;
    for (; !r.done(); r.pos++) {
      r.steps++;
      if (r.s[r.pos] === '\\') { r.pos++; continue; }
      if (r.s[r.pos] === '{') d++;
      else if (r.s[r.pos] === '}' && --d === 0) { r.pos++; return; }
    }
  } else if (r.s[r.pos] === '\\') {
    r.pos++;
    const m = /^[a-zA-Z]+/.exec(r.s.slice(r.pos, r.pos + 40));
    r.pos += m ? m[0].length : 1;
  } else r.pos++;
}

function readCommand(r: Reader, depth: number): string {
  r.pos++; // the backslash
  const m = /^[a-zA-Z]+/.exec(r.s.slice(r.pos, r.pos + 40));
  const name = m ? m[0] : r.s[r.pos] ?? '';
  r.pos += name.length || 1;
  if (depth > MAX_DEPTH) return '';
  if (name in SPACES) return SPACES[name];
  if (DROP.has(name)) return '';
  if (name in SWALLOW) {
    if (name === 'def') { // \def\name{body}: skip the name and the body
      skipArg(r); skipArg(r); return '';
    }
    if (name === 'href') { skipArg(r); return readArg(r, depth); }
    if (name === 'htmlClass' || name === 'htmlId' || name === 'htmlStyle' || name === 'htmlData' || name === 'textcolor') { skipArg(r); return readArg(r, depth); }
    for (let i = 0; i < SWALLOW[name]; i++) skipArg(r);
    return '';
  }
  if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
    const a = readArg(r, depth), b = readArg(r, depth);
    return `${needsParens(a) ? `(${a})` : a}/${needsParens(b) ? `(${b})` : b}`;
  }
  if (name === 'binom' || name === 'tbinom' || name === 'dbinom') {
    const a = readArg(r, depth), b = readArg(r, depth);
    return `C(${a}, ${b})`;
  }
  if (name === 'sqrt') {
    let root = '';
    if (r.s[r.pos] === '[') { const close = r.s.indexOf(']', r.pos); if (close > 0) { root = r.s.slice(r.pos + 1, close); r.pos = close + 1; } }
    const a = readArg(r, depth);
    const rad = root === '3' ? '∛' : root === '4' ? '∜' : root ? `${script(root, SUP, '^')}√` : '√';
    return `${rad}${needsParens(a) ? `(${a})` : a}`;
  }
  if (name === 'mathbb') { const a = readArg(r, depth); return BLACKBOARD[a] ?? a; }
  if (name in ACCENT) {
    const a = readArg(r, depth);
    // a combining mark on one letter (Õ); on a longer argument the plain text keeps it unmarked
    return [...a].length === 1 ? `${a}${ACCENT[name]}`.normalize('NFC') : a;
  }
  if (WRAPPERS.has(name)) return readArg(r, depth);
  if (name in SYMBOLS) {
    const v = SYMBOLS[name];
    return WORDS.has(name) ? `\u0001${v}\u0002` : v;
  }
  return name.length > 1 ? `\u0001${name}\u0002` : name; // an unknown command shows as its name
}

function readUntil(r: Reader, close: string | null, depth: number): string {
  let out = '';
  while (!r.done()) {
    r.steps++;
    const c = r.s[r.pos];
    if (close !== null && c === close) { r.pos++; return out; }
    if (c === '\\') { out += readCommand(r, depth); continue; }
    if (c === '{') { r.pos++; out += readUntil(r, '}', depth + 1); continue; }
    if (c === '}') { r.pos++; continue; } // unbalanced
    if (c === '^' || c === '_') { r.pos++; out += script(readArg(r, depth), c === '^' ? SUP : SUB, c); continue; }
    if (c === '~') { r.pos++; out += ' '; continue; }
    if (c === '$') { r.pos++; continue; }
    out += c;
    r.pos++;
  }
  return out;
}

/** Word commands (log, min…, marked \u0001…\u0002) get a space where they touch a letter or digit; other spacing collapses. */
function tidyWords(s: string): string {
  return s
    .replace(/\u0002\s*\u0001/g, ' ')
    .replace(/([\p{L}\p{N})])\u0001/gu, '$1 ')
    .replace(/\u0002(?=[\p{Lu}\p{Ll}\p{Lo}\p{Nd}])/gu, ' ') // not before ² or ᵢ: log² n
    .replace(/[\u0001\u0002]/g, '');
}

function tidy(s: string): string {
  return tidyWords(s).replace(/\s+/g, ' ').trim();
}

/** LaTeX source (without delimiters) → readable plain text: `\mathcal{O}(mn\log(mn))` → `O(mn log(mn))`. */
export function latexToPlain(latex: string): string {
  const r = new Reader(latex.slice(0, MAX_PLAIN_INPUT));
  return tidy(readUntil(r, null, 0));
}

/**
 * Bare symbol commands outside math (titles such as "O(R\\log\\log n+n) time"): `\\log` → `log`, `\\alpha` → `α`,
 * `\\$` → `$`. Only commands without arguments are touched; anything else stays as written.
 */
export function cleanBareCommands(text: string): string {
  if (!text.includes('\\')) return text;
  const out = text.replace(/\\([a-zA-Z]+|\$|%|&|#)/g, (whole, name: string) => {
    const v = SYMBOLS[name];
    if (v === undefined) return whole;
    return WORDS.has(name) ? `\u0001${v}\u0002` : v;
  });
  return out.includes('\u0001') ? tidyWords(out) : out;
}

/** A text with inline math → plain text: `$k$-Hamming distance` → `k-Hamming distance`. */
export function texToPlain(text: string): string {
  if (!hasMath(text)) return cleanBareCommands(text);
  return splitMath(text).map((p) => (p.kind === 'math' ? latexToPlain(p.value) : cleanBareCommands(p.value))).join('');
}
