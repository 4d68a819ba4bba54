// Finds asymptotic-symbol bounds (O, Ω, Θ, o, ω in LaTeX, Unicode and backslash-stripped forms) and
// decides, per `$…$` span, whether the span is one bound, several bounds, or an explicit expression.
// One forward pass; argument matching is capped so nothing is super-linear.
import { SYMBOL_RULES, SIZERS, type SymbolRule } from './rules/symbols.ts';
import type { MathSpan } from './text.ts';

export interface SymbolHit {
  rule: SymbolRule;
  /** start of the symbol, end of the closing bracket */
  start: number;
  end: number;
  argStart: number;
  argEnd: number;
  /** inside an exponent or another bracket group, so part of a larger expression */
  nested: boolean;
  /** the `^` position when nested in an exponent (plain text) */
  caret: number;
}

const MAX_ARG = 400;
/** The content brace of `\htmlClass{x}{…}`, `\textcolor{red}{…}`: a wrapper, so a bound inside is not nested. */
const CONTENT_ARGUMENT = /\\(?:htmlClass|htmlId|htmlStyle|htmlData|class|cssId|style|href|textcolor|colorbox)\s*\{[^{}$]{0,60}\}\s*$/;
const BY_FIRST = new Map<string, SymbolRule[]>();
for (const r of SYMBOL_RULES) {
  const k = r.match[0];
  const list = BY_FIRST.get(k) ?? [];
  list.push(r);
  BY_FIRST.set(k, list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.match.length - a.match.length);

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/** End (exclusive) of the bracket group opened at `open`, or -1. `limit` caps the search. */
export function matchGroup(text: string, open: number, limit: number): number {
  const stack: string[] = [];
  const end = Math.min(limit, open + MAX_ARG);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '$') return -1;
    if (c === '(' || c === '[' || c === '{') stack.push(c === '(' ? ')' : c === '[' ? ']' : '}');
    else if (c === ')' || c === ']' || c === '}') {
      // a LaTeX `\{` / `\}` pair is literal braces: still balanced as a pair
      const want = stack.pop();
      if (want === undefined) return -1;
      if (want !== c) {
        // tolerate "(a, b]" style mismatches only at depth 0
        if (stack.length === 0) return i + 1;
        return -1;
      }
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

/** End of a short subscript starting at the `_` at k (`_ε`, `_\epsilon`, `_{k,d}`), or k when there is none. */
function skipSubscript(text: string, k: number, to: number): number {
  let q = k + 1;
  if (text[q] === '{') {
    const close = text.slice(q, Math.min(to, q + 16)).indexOf('}');
    return close > 0 ? q + close + 1 : k;
  }
  if (text[q] === '\\') { q++; while (q < to && q - k < 12 && isLetter(text[q])) q++; return q; }
  return q < to && !/[\s(]/.test(text[q]) ? q + 1 : k;
}

function isCaretBefore(text: string, pos: number, floor: number): number {
  let k = pos - 1;
  let steps = 0;
  while (k >= floor && steps < 8) {
    const c = text[k];
    if (c === '^') return k;
    if (c === '{' || c === '(' || c === ' ' || c === '+' || c === '-' || c === '.' || /[0-9]/.test(c)) { k--; steps++; continue; }
    return -1;
  }
  return -1;
}

/** Symbol hits in text[from, to). In math (`math` given) a hit nested in brackets is marked nested. */
export function scanSymbols(text: string, from: number, to: number, math: MathSpan | null): SymbolHit[] {
  const hits: SymbolHit[] = [];
  let depth = 0;
  // braces opened by wrapper commands (\smash{…}, \mathrm{…}) do not nest a bound
  const stack: number[] = [];
  let i = from;
  while (i < to) {
    const c = text[i];
    const list = BY_FIRST.get(c);
    if (math) {
      if (c === '(' || c === '[' || c === '{') {
        const wrap = c === '{' && (/\\(?:smash|displaystyle|boldsymbol|mathbf|bm|color\{[a-z]+\})$/.test(text.slice(Math.max(from, i - 14), i))
          || CONTENT_ARGUMENT.test(text.slice(Math.max(from, i - 80), i)));
        const inc = wrap ? 0 : 1;
        stack.push(inc); depth += inc;
      } else if ((c === ')' || c === ']' || c === '}') && stack.length > 0) depth -= stack.pop()!;
    }
    if (!list) { i++; continue; }
    const prev = i > 0 ? text[i - 1] : undefined;
    let hit: SymbolHit | null = null;
    for (const rule of list) {
      if (!text.startsWith(rule.match, i)) continue;
      if (isLetter(rule.match[0]) && (isAlnum(prev) || prev === '\\' || prev === '_')) continue;
      let j = i + rule.match.length;
      const lastIsLetter = isLetter(rule.match[rule.match.length - 1]);
      let sized = false;
      let k = j;
      while (k < to && k - j < 2 && text[k] === ' ') k++;
      // TeX spacing between the symbol and its bracket: "Ω\!\left(", "O\,("
      while (k + 1 < to && k - j < 6 && text[k] === '\\' && (text[k + 1] === '!' || text[k + 1] === ',' || text[k + 1] === ';')) k += 2;
      for (const s of SIZERS) {
        if (text.startsWith(s, k)) { k += s.length; sized = true; break; }
      }
      if (lastIsLetter && !sized && isLetter(text[j])) continue;
      // a subscript on the symbol ("O_ε(1/ε²)", "O_{k}(n)") names what the constant depends on
      if (text[k] === '_') k = skipSubscript(text, k, to);
      while (k < to && k - j < 4 && text[k] === ' ') k++;
      if (text[k] !== '(' && text[k] !== '[' && !(rule.braced && text[k] === '{')) continue;
      let end = matchGroup(text, k, to);
      if (end < 0 && math) {
        // an unbalanced group that runs to the end of the span is still that span's bound
        let d = 0;
        for (let q = k; q < to; q++) { const ch = text[q]; if (ch === '(' || ch === '[' || ch === '{') d++; else if (ch === ')' || ch === ']' || ch === '}') d--; }
        if (d > 0 && to - k < MAX_ARG) end = to;
      }
      if (end < 0) continue;
      const caret = isCaretBefore(text, i, math ? math.innerStart : Math.max(0, i - 10));
      // a rule that opens with "{" (`{\Theta}(…)`) pushed that brace above: it is the symbol's own, not a nesting
      const own = math !== null && rule.match[0] === '{' && stack.length > 0 ? stack[stack.length - 1] : 0;
      const nested = caret >= 0 || (math !== null && depth - own > 0);
      hit = { rule, start: i, end, argStart: k + 1, argEnd: Math.max(k + 1, end - 1), nested, caret };
      break;
    }
    if (hit) {
      hits.push(hit);
      // the symbol's own brace (`{\Theta}`) is closed inside the match, which the loop skips
      if (math && hit.rule.match[0] === '{' && stack.length > 0) depth -= stack.pop()!;
      if (math) {
        // keep the depth count right across the skipped argument (it is balanced, or runs to the end)
        i = hit.end;
      } else {
        i = hit.end;
      }
      continue;
    }
    i++;
  }
  return hits;
}
