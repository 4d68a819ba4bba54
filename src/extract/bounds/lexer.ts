// Bound lexer: one linear pass turning LaTeX, plain/Unicode or backslash-stripped LaTeX into tokens.
// Letter runs without a backslash are split by the longest known command/function/Greek name at
// each position ("nLvarepsilon" → n L varepsilon, "VELog" → V E Log), other letters one by one.
import { table } from './table.ts';

export type Token =
  | { t: 'num'; v: string; ws: boolean; at: number }
  | { t: 'id'; v: string; ws: boolean; at: number }
  | { t: 'fn'; v: FnName; ws: boolean; at: number }
  | { t: 'cmd'; v: string; ws: boolean; at: number }
  | { t: 'op'; v: string; ws: boolean; at: number };

export type FnName = 'log' | 'ln' | 'exp' | 'poly' | 'polylog' | 'sqrt' | 'min' | 'max' | 'alpha' | 'mult';

/** Function names, recognised case-insensitively ("LogU" → Log U); lg and ln are logs too. */
const FUNCTIONS: Record<string, FnName> = table({
  log: 'log', lg: 'log', ln: 'ln', exp: 'exp', poly: 'poly', polylog: 'polylog', sqrt: 'sqrt', min: 'min', max: 'max',
});

/** LaTeX commands the parser understands (layout, fonts, fractions, tildes, delimiters). */
const COMMANDS = new Set([
  'tilde', 'widetilde', 'mathcal', 'mathrm', 'mathit', 'mathbf', 'mathsf', 'mathtt', 'operatorname', 'text', 'textrm',
  'textit', 'textsf', 'mbox', 'frac', 'dfrac', 'tfrac', 'cdot', 'times', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr',
  'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr', 'left', 'right', 'middle', 'lceil', 'rceil', 'lfloor', 'rfloor',
  'smash', 'ast', 'star', 'over', 'quad', 'qquad', 'bar', 'hat', 'overline', 'displaystyle', 'cdots', 'ldots', 'dots',
  'pm', 'mp', 'limits', 'boldsymbol', 'cal', 'emph',
]);

/** Greek names → Unicode; both cases where LaTeX has them. */
export const GREEK: Record<string, string> = table({
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', eps: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'θ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ',
  varrho: 'ρ', sigma: 'σ', varsigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ',
  omega: 'ω', Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω', ell: 'ℓ',
});
/** Unicode Greek → the LaTeX name (the canonical identifier inside the AST). */
const UNICODE_GREEK: Record<string, string> = table({});
for (const [name, ch] of Object.entries(GREEK)) if (!(ch in UNICODE_GREEK) && name !== 'eps' && name !== 'varepsilon') UNICODE_GREEK[ch] = name;
UNICODE_GREEK['ϵ'] = 'epsilon'; UNICODE_GREEK['ϑ'] = 'theta'; UNICODE_GREEK['ϕ'] = 'phi'; UNICODE_GREEK['ϱ'] = 'rho';

/** Authors' own asymptotic macros (`\bigO{n}`, `\Oh{n}`, `\tO{n}`): [soft, symbol]. */
const SYMBOL_MACROS: Record<string, [boolean, 'O' | 'o' | 'Omega' | 'Theta']> = table({
  bigO: [false, 'O'], BigO: [false, 'O'], bigo: [false, 'O'], Oh: [false, 'O'], cO: [false, 'O'], calO: [false, 'O'],
  bigOmega: [false, 'Omega'], BigOmega: [false, 'Omega'], bigTheta: [false, 'Theta'], BigTheta: [false, 'Theta'],
  Otilde: [true, 'O'], tO: [true, 'O'], tOh: [true, 'O'], softO: [true, 'O'], otilde: [true, 'O'],
});

/** Multi-letter identifiers kept whole in plain text (otherwise a letter run is a product). */
const WORDS = new Set(['occ', 'opt', 'OPT', 'nnz', 'diam', 'deg', 'polylog', 'poly', 'mult']);

/** Names tried when splitting a backslash-less letter run, longest first (case rules in matchName). */
const SPLIT_NAMES = [...new Set([...Object.keys(FUNCTIONS), ...COMMANDS, ...Object.keys(GREEK), 'loglog', 'lglg'])]
  .filter((n) => n.length >= 2)
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const MAX_NAME = SPLIT_NAMES.reduce((m, n) => Math.max(m, n.length), 0);

const SUPERSCRIPTS: Record<string, string> = table({
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
  '⁻': '-', '⁺': '+', 'ⁿ': 'n', 'ᵏ': 'k', 'ᵈ': 'd', 'ᵐ': 'm', 'ᵗ': 't', '⁽': '(', '⁾': ')',
});
const SUBSCRIPTS: Record<string, string> = table({
  '₀': '0', '₁': '1', '₂': '2', '₃': '3', '₄': '4', '₅': '5', '₆': '6', '₇': '7', '₈': '8', '₉': '9',
  'ₖ': 'k', 'ₙ': 'n', 'ᵢ': 'i', 'ⱼ': 'j', '₊': '+', '₋': '-',
});
const SINGLE: Record<string, string> = table({
  '(': '(', ')': ')', '{': '{', '}': '}', '[': '[', ']': ']', '^': '^', '_': '_', '+': '+', '-': '-', '−': '-',
  '–': '-', '*': '*', '∗': '*', '·': '*', '⋅': '*', '×': '*', '•': '*', '/': '/', '∕': '/', '|': '|', ',': ',',
  '!': '!', '~': '~', '=': '=', '<': '<', '>': '>', '≤': '<', '≥': '>', '≈': '=', "'": "'", '.': '.', ';': ';',
  ':': ':', '⌈': 'lceil', '⌉': 'rceil', '⌊': 'lfloor', '⌋': 'rfloor', '±': 'pm', '∞': 'inf',
});

const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/** Tokenize; never throws, O(length · MAX_NAME). Unknown characters become op tokens '?'. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let ws = false;
  let i = 0;
  const n = src.length;
  const push = (tok: Token): void => { out.push(tok); ws = false; };
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '$' || c === '\u2009' || c === '\u202f') { ws = true; i++; continue; }
    if (c === '\\') {
      const d = src[i + 1] ?? '';
      if (isLetter(d)) {
        let j = i + 1;
        while (j < n && isLetter(src[j])) j++;
        emitName(src.slice(i + 1, j), true, i);
        i = j;
        continue;
      }
      // \, \; \! \  \( \) \[ \] are spacing or math delimiters; \{ \} \| \_ are literal symbols
      if (d === '{' || d === '}' || d === '|' || d === '_') push({ t: 'op', v: d === '{' ? '(' : d === '}' ? ')' : d, ws, at: i });
      else ws = true;
      i += 2;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[i + 1] ?? ''))) {
      let j = i;
      while (j < n && isDigit(src[j])) j++;
      if (src[j] === '.' && isDigit(src[j + 1] ?? '')) { j++; while (j < n && isDigit(src[j])) j++; }
      push({ t: 'num', v: src.slice(i, j), ws, at: i });
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      while (j < n && isLetter(src[j])) j++;
      splitRun(src.slice(i, j), i);
      i = j;
      continue;
    }
    if (c in SUPERSCRIPTS || c in SUBSCRIPTS) {
      const table = c in SUPERSCRIPTS ? SUPERSCRIPTS : SUBSCRIPTS;
      let j = i;
      let text = '';
      while (j < n && src[j] in table) { text += table[src[j]]; j++; }
      push({ t: 'op', v: table === SUPERSCRIPTS ? '^' : '_', ws, at: i });
      push({ t: 'op', v: '{', ws: false, at: i });
      for (const tok of tokenize(text)) push({ ...tok, at: i });
      push({ t: 'op', v: '}', ws: false, at: j });
      i = j;
      continue;
    }
    if (c === '√' || c === '∛' || c === '∜') {
      push({ t: 'fn', v: 'sqrt', ws, at: i });
      if (c !== '√') { push({ t: 'op', v: '[', ws: false, at: i }); push({ t: 'num', v: c === '∛' ? '3' : '4', ws: false, at: i }); push({ t: 'op', v: ']', ws: false, at: i }); }
      i++;
      continue;
    }
    if (c === 'Õ' || c === 'õ') { push({ t: 'cmd', v: 'tilde', ws, at: i }); push({ t: 'id', v: c === 'Õ' ? 'O' : 'o', ws: false, at: i }); i++; continue; }
    if (c === '𝒪') { push({ t: 'id', v: 'O', ws, at: i }); i++; continue; }
    // α(n) is the inverse Ackermann function, as \alpha(n) and alpha(n) are
    if (c === 'α' && src[i + 1] === '(') { push({ t: 'fn', v: 'alpha', ws, at: i }); i++; continue; }
    if (c in UNICODE_GREEK) { push({ t: 'id', v: UNICODE_GREEK[c], ws, at: i }); i++; continue; }
    const single = SINGLE[c];
    if (single === 'lceil' || single === 'rceil' || single === 'lfloor' || single === 'rfloor' || single === 'pm') push({ t: 'cmd', v: single, ws, at: i });
    else if (single) push({ t: 'op', v: single, ws, at: i });
    else push({ t: 'op', v: '?', ws, at: i });
    i += c.length;
  }
  return collapseOperatorGroups(out);

  function emitName(name: string, backslash: boolean, at: number): void {
    const lower = name.toLowerCase();
    if (lower === 'loglog' || lower === 'lglg') { push({ t: 'fn', v: 'log', ws, at }); push({ t: 'fn', v: 'log', ws: false, at }); return; }
    if (FUNCTIONS[lower]) { push({ t: 'fn', v: FUNCTIONS[lower], ws, at }); return; }
    if (name === 'alpha' && src[at + name.length + (backslash ? 1 : 0)] === '(') { push({ t: 'fn', v: 'alpha', ws, at }); return; }
    // mult(n): the cost of multiplying n-bit numbers, as curated tables write it
    if (name === 'mult' && src[at + name.length + (backslash ? 1 : 0)] === '(') { push({ t: 'fn', v: 'mult', ws, at }); return; }
    if (name in GREEK) { push({ t: 'id', v: name === 'eps' || name === 'varepsilon' ? 'epsilon' : name, ws, at }); return; }
    if (COMMANDS.has(name)) { push({ t: 'cmd', v: name, ws, at }); return; }
    if (backslash && name in SYMBOL_MACROS) {
      const [soft, sym] = SYMBOL_MACROS[name];
      if (soft) push({ t: 'cmd', v: 'tilde', ws, at });
      push({ t: 'id', v: sym, ws: soft ? false : ws, at });
      return;
    }
    if (backslash) { push({ t: 'cmd', v: name, ws, at }); return; }
    push({ t: 'id', v: name, ws, at });
  }

  function matchName(run: string, k: number): string | null {
    for (const name of SPLIT_NAMES) {
      if (name.length > run.length - k) continue;
      const piece = run.slice(k, k + name.length);
      const fn = FUNCTIONS[name] !== undefined || name === 'loglog' || name === 'lglg';
      // Greek and two-letter names are case-sensitive; two-letter Greek only as the whole run ("mu", not "nmu")
      if (fn ? piece.toLowerCase() !== name : piece !== name) continue;
      // "Ln" in "O(Ln)" is L·n; only a lower-case "ln" is the natural log
      if (name === 'ln' && piece !== 'ln') continue;
      if (!fn && name.length === 2 && run.length !== 2) continue;
      return piece;
    }
    return null;
  }

  function splitRun(run: string, at: number): void {
    if (run.length === 1) { push({ t: 'id', v: run, ws, at }); return; }
    if (WORDS.has(run) || (run.length > 1 && matchName(run, 0) === run)) { emitName(run, false, at); return; }
    // split first, then look for prose: a stretch of single letters that reads as an English word
    // ("Varies", "structure", "time") makes the whole run a word, which no bound contains
    const pieces: { name: string | null; k: number }[] = [];
    let k = 0;
    let stretch = 0;
    let stretchStart = 0;
    while (k < run.length) {
      const name = run.length - k >= 2 ? matchName(run, k) : null;
      if (name) { pieces.push({ name, k }); k += name.length; stretch = 0; continue; }
      if (stretch === 0) stretchStart = k;
      stretch++;
      if (looksLikeWord(run, stretchStart, stretch)) { push({ t: 'op', v: `word:${run.slice(0, 40)}`, ws, at }); return; }
      pieces.push({ name: null, k });
      k++;
    }
    for (const p of pieces) {
      if (p.name) emitName(p.name, false, at + p.k);
      else push({ t: 'id', v: run[p.k], ws, at: at + p.k });
    }
  }
}

export const MAX_NAME_LENGTH = MAX_NAME;

/** `{+}`, `{-}`, `{=}` are LaTeX spacing tricks for a plain operator: drop the braces (one pass). */
function collapseOperatorGroups(toks: Token[]): Token[] {
  let found = false;
  for (let i = 0; i + 2 < toks.length && !found; i++) found = toks[i].t === 'op' && toks[i].v === '{' && toks[i + 2].t === 'op' && toks[i + 2].v === '}';
  if (!found) return toks;
  const out: Token[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i], b = toks[i + 1], c = toks[i + 2];
    if (a.t === 'op' && a.v === '{' && b && b.t === 'op' && '+-*/=<>,'.includes(b.v) && b.v.length === 1 && c && c.t === 'op' && c.v === '}') {
      out.push({ ...b, ws: a.ws });
      i += 2;
      continue;
    }
    out.push(a);
  }
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Five or more letters, or four lower-case letters with two vowels, read as a word, not a product. */
function looksLikeWord(run: string, start: number, len: number): boolean {
  if (len >= 5) return true;
  if (len !== 4) return false;
  let vowels = 0;
  for (let i = start; i < start + 4; i++) {
    const c = run[i];
    if (c < 'a' || c > 'z') return false;
    if (VOWELS.has(c)) vowels++;
  }
  return vowels >= 2;
}
