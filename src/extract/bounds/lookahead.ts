// Bounded lookaheads of the bound parser over its tokens: shapes it must recognise before it commits to a
// parse (`C(a, b)` is a call, `{\Theta}(n)` a symbol in its own braces). Each looks a fixed number of tokens ahead.
import type { AsymSymbol } from './ast.ts';
import type { Token } from './lexer.ts';
import { table } from './table.ts';

/** Tokens scanned ahead for a ',' that makes `C(…, …)` a function call: keeps the scan linear. */
const CALL_LOOKAHEAD = 200;

const SYMBOLS: Record<string, AsymSymbol> = table({ O: 'O', Omega: 'Omega', Theta: 'Theta', o: 'o' });

/** A '(' at `i`, glued to the previous token, with a ',' or ';' at its top level (within CALL_LOOKAHEAD tokens). */
export function callFollows(toks: readonly Token[], i: number): boolean {
  const open = toks[i];
  if (!open || open.t !== 'op' || open.v !== '(' || open.ws) return false;
  let depth = 0;
  for (let j = i; j < toks.length && j - i < CALL_LOOKAHEAD; j++) {
    const t = toks[j];
    if (t.t !== 'op') continue;
    if (t.v === '(' || t.v === '[' || t.v === '{') depth++;
    else if (t.v === ')' || t.v === ']' || t.v === '}') { if (--depth === 0) return false; }
    else if ((t.v === ',' || t.v === ';') && depth === 1) return true;
  }
  return false;
}

/**
 * `{\Theta}(…)`, `{\widetilde O}(…)`, `{\mathcal{O}}(…)` with the `{` at `i`: the symbol, whether it is soft, and the
 * index of the '(' that opens its argument; null for any other brace group.
 */
export function bracedSymbolAt(toks: readonly Token[], i: number): { sym: AsymSymbol; soft: boolean; open: number } | null {
  let j = i + 1;
  let soft = false;
  const is = (k: number, t: Token['t'], v: string): boolean => toks[k]?.t === t && toks[k].v === v;
  if (toks[j]?.t === 'cmd' && (toks[j].v === 'tilde' || toks[j].v === 'widetilde')) { soft = true; j++; }
  let sym: AsymSymbol | undefined;
  if (toks[j]?.t === 'cmd' && (toks[j].v === 'mathcal' || toks[j].v === 'cal' || toks[j].v === 'mathrm')) {
    j++;
    if (is(j, 'op', '{') && is(j + 1, 'id', 'O') && is(j + 2, 'op', '}')) j += 3;
    else if (is(j, 'id', 'O')) j++;
    else return null;
    sym = 'O';
  } else {
    // `{\tilde{O}}`: the symbol may carry its own braces after the tilde
    const braced = soft && is(j, 'op', '{') && is(j + 2, 'op', '}');
    const id = toks[braced ? j + 1 : j];
    if (!id || id.t !== 'id' || !(id.v in SYMBOLS)) return null;
    sym = SYMBOLS[id.v];
    j += braced ? 3 : 1;
  }
  if (!is(j, 'op', '}') || !(is(j + 1, 'op', '(') || is(j + 1, 'op', '['))) return null;
  return { sym, soft, open: j + 1 };
}
