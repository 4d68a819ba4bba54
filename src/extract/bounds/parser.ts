// Bound parser: tokens → AST by recursive descent with a depth limit; no backtracking, so time is
// linear in the number of tokens. Failures are returned as { error }, never thrown.
import type { AsymSymbol, FnKind, Node } from './ast.ts';
import { Fail, TokenCursor, describe } from './cursor.ts';
import { tokenize, type Token } from './lexer.ts';
import { bracedSymbolAt, callFollows } from './lookahead.ts';
import { table } from './table.ts';

export { MAX_DEPTH } from './cursor.ts';

export type ParseResult = { ok: true; node: Node } | { ok: false; error: string };

/** Font or accent commands whose argument is kept as is (`\mathrm{occ}`, `\bar σ`). */
const WRAP = new Set(['mathcal', 'mathrm', 'mathit', 'mathbf', 'mathsf', 'mathtt', 'operatorname', 'text', 'textrm',
  'textit', 'textsf', 'mbox', 'bar', 'hat', 'overline', 'boldsymbol', 'bm', 'emph', 'mathbb', 'mathfrak', 'vec']);
const ASYM: Record<string, AsymSymbol> = table({ O: 'O', Omega: 'Omega', Theta: 'Theta', o: 'o', omega: 'omega' });
const FN_WORDS: Record<string, FnKind> = table({ log: 'log', lg: 'log', ln: 'ln', exp: 'exp', poly: 'poly', polylog: 'polylog', sqrt: 'sqrt', min: 'min', max: 'max' });

export function parseTokens(tokens: Token[]): ParseResult {
  const p = new Parser(tokens);
  try {
    const node = p.top();
    return { ok: true, node };
  } catch (err) {
    if (err instanceof Fail) return { ok: false, error: err.message };
    return { ok: false, error: 'internal parser error' };
  }
}

export function parseExpression(text: string): ParseResult {
  return parseTokens(tokenize(text));
}

class Parser extends TokenCursor {
  top(): Node {
    const node = this.sum();
    // trailing punctuation from prose ("…O(n).") is harmless
    while (this.isOp('.') || this.isOp(',') || this.isOp(';') || this.isOp(':')) this.i++;
    if (this.i < this.toks.length) throw new Fail(`unexpected ${describe(this.toks[this.i])}`);
    return node;
  }

  // ---- grammar -------------------------------------------------------------------------------
  sum(): Node {
    this.enter();
    const terms: Node[] = [];
    const minus: boolean[] = [];
    let neg = false;
    if (this.isOp('-')) { this.i++; neg = true; } else if (this.isOp('+')) this.i++;
    terms.push(this.product()); minus.push(neg);
    for (;;) {
      if (this.isOp('+') || this.isCmd('pm')) { this.i++; terms.push(this.product()); minus.push(false); continue; }
      if (this.isOp('-') || this.isCmd('mp')) { this.i++; terms.push(this.product()); minus.push(true); continue; }
      break;
    }
    this.leave();
    if (terms.length === 1) return minus[0] ? { k: 'neg', a: terms[0] } : terms[0];
    return { k: 'sum', terms, minus };
  }

  private startsFactor(): boolean {
    const t = this.peek();
    if (!t) return false;
    if (t.t === 'num' || t.t === 'id' || t.t === 'fn') return true;
    if (t.t === 'cmd') return t.v === 'frac' || t.v === 'dfrac' || t.v === 'tfrac' || t.v === 'lceil' || t.v === 'lfloor' || t.v === 'tilde' || t.v === 'widetilde' || WRAP.has(t.v) || !isKnownInfix(t.v);
    // '[' and '~' never start an implicit factor: "O(n) [pre-processing]" and "A ~ B" are not products
    if (t.t === 'op') return t.v === '(' || t.v === '{' || (t.v === '|' && this.absDepth === 0);
    return false;
  }

  product(): Node {
    this.enter();
    let fs: Node[] = [this.postfix()];
    for (;;) {
      if (this.isOp('*') || this.isCmd('cdot') || this.isCmd('times')) { this.i++; fs.push(this.postfix()); continue; }
      if (this.isOp('/')) {
        this.i++;
        const den = this.postfix();
        const num: Node = fs.length === 1 ? fs[0] : { k: 'prod', fs };
        fs = [{ k: 'div', a: num, b: den }];
        continue;
      }
      if (this.isCmd('over')) { // {a \over b}: everything after \over in this group is the denominator
        this.i++;
        const den = this.product();
        const num: Node = fs.length === 1 ? fs[0] : { k: 'prod', fs };
        fs = [{ k: 'div', a: num, b: den }];
        break;
      }
      const t = this.peek();
      // "nk{m}": a brace group glued to a factor is a \frac whose backslash and name were lost
      if (t && t.t === 'op' && t.v === '{' && !t.ws) {
        const den = this.postfix();
        const num: Node = fs.length === 1 ? fs[0] : { k: 'prod', fs };
        fs = [{ k: 'div', a: num, b: den }];
        continue;
      }
      if (this.startsFactor()) { fs.push(this.postfix()); continue; }
      break;
    }
    this.leave();
    return fs.length === 1 ? fs[0] : { k: 'prod', fs };
  }

  postfix(): Node {
    this.enter();
    let node = this.primary();
    for (;;) {
      if (this.isOp('^')) {
        this.i++;
        const e = this.exponent();
        // x^* (x^\ast, x^{\star}) marks an optimum or a dual, not a power
        if (e.k === 'var' && e.name === '*') { if (node.k === 'var') node = { ...node, name: `${node.name}*` }; continue; }
        node = { k: 'pow', b: node, e };
        continue;
      }
      if (this.isOp('_')) { this.i++; node = attachSub(node, this.subscript()); continue; }
      // "C(n+d, d)", "f_{bin}(x, y, z)": a letter glued to a group with several arguments applies an unknown function
      if (node.k === 'var' && node.name !== '*' && this.peek() && callFollows(this.toks, this.i)) {
        node = { k: 'fn', f: 'call', name: node.sub ? `${node.name}_${node.sub}` : node.name, args: this.argList() };
        continue;
      }
      if (this.isOp('!')) { this.i++; node = { k: 'fact', a: node }; continue; }
      if (this.isOp("'")) { this.i++; if (node.k === 'var') node = { ...node, name: node.name + "'" }; continue; }
      break;
    }
    this.leave();
    return node;
  }

  /** After ^: a braced/parenthesised expression, a signed atom ("^-2", "^1.5"), or \frac… */
  exponent(): Node {
    this.enter();
    let node: Node;
    if (this.isOp('-')) { this.i++; node = { k: 'neg', a: this.exponentAtom() }; }
    else { if (this.isOp('+')) this.i++; node = this.exponentAtom(); }
    this.leave();
    return node;
  }
  private exponentAtom(): Node {
    const t = this.peek();
    if (!t) throw new Fail('missing exponent');
    if (t.t === 'op' && t.v === '*') { this.i++; return { k: 'var', name: '*' }; }
    if (t.t === 'cmd' && (t.v === 'ast' || t.v === 'star')) { this.i++; return { k: 'var', name: '*' }; }
    if (t.t === 'id' && t.v === 'omega' && !this.followedByOpen(1)) { this.i++; return { k: 'omega' }; }
    const node = this.primary();
    // plain "n^1.5" / "2^n": a bare atom; a following ^ stacks (2^2^n)
    if (this.isOp('^')) { this.i++; return { k: 'pow', b: node, e: this.exponent() }; }
    return node;
  }

  /** Parenthesised group after an opener token at this.i; returns the inner sum. */
  private group(): Node {
    const t = this.peek();
    if (!t || t.t !== 'op' || (t.v !== '(' && t.v !== '{' && t.v !== '[')) throw new Fail(`expected a group ${t ? `before ${describe(t)}` : 'at end'}`);
    this.i++;
    const saveAbs = this.absDepth;
    this.absDepth = 0;
    const inner = this.sum();
    this.absDepth = saveAbs;
    this.closeGroup(t.v);
    return inner;
  }
  private asym(sym: AsymSymbol, soft: boolean): Node {
    const t = this.peek();
    if (!t || t.t !== 'op' || (t.v !== '(' && t.v !== '[' && t.v !== '{')) throw new Fail(`expected '(' after ${sym}`);
    return { k: 'asym', sym, soft, a: this.group() };
  }

  primary(): Node {
    this.enter();
    try {
      const t = this.peek();
      if (!t) throw new Fail('unexpected end of bound');
      switch (t.t) {
        case 'num': this.i++; return { k: 'num', v: Number(t.v), s: t.v };
        case 'id': return this.identifier(t);
        case 'fn': this.i++; return this.fnApply(t.v === 'ln' ? 'ln' : t.v, t);
        case 'cmd': return this.command(t);
        case 'op': return this.opPrimary(t);
      }
    } finally { this.leave(); }
  }

  private identifier(t: Extract<Token, { t: 'id' }>): Node {
    this.i++;
    const sym = ASYM[t.v];
    if (sym && this.followedByOpen(0)) return this.asym(sym, false);
    // O_ε(1/ε²), O_{k}(n): the subscript says what the hidden constant depends on
    if (sym && this.isOp('_')) {
      const save = this.i;
      this.i++;
      this.subscript();
      if (this.followedByOpen(0)) return this.asym(sym, false);
      this.i = save;
    }
    if (sym && t.v !== 'omega' && this.peekIsBrace()) return this.asym(sym, false);
    if (sym && this.starThenOpen()) {
      const node = this.asym(sym, false);
      return node.k === 'asym' ? { ...node, star: true } : node;
    }
    return { k: 'var', name: t.v };
  }

  /** O^*(…), O^{*}(…), O^{\ast}(…): consume the star when a group follows it. */
  private starThenOpen(): boolean {
    const toks = this.toks;
    let j = this.i;
    if (!(toks[j]?.t === 'op' && toks[j].v === '^')) return false;
    j++;
    const braced = toks[j]?.t === 'op' && toks[j].v === '{';
    if (braced) j++;
    const star = toks[j];
    if (!star || !((star.t === 'op' && star.v === '*') || (star.t === 'cmd' && (star.v === 'ast' || star.v === 'star')))) return false;
    j++;
    if (braced) { if (!(toks[j]?.t === 'op' && toks[j].v === '}')) return false; j++; }
    const save = this.i;
    this.i = j;
    if (this.followedByOpen(0)) return true;
    this.i = save;
    return false;
  }

  private opPrimary(t: Extract<Token, { t: 'op' }>): Node {
    if (t.v === '{') {
      const b = bracedSymbolAt(this.toks, this.i);
      if (b) { this.i = b.open; return this.asym(b.sym, b.soft); }
    }
    if (t.v === '(' || t.v === '{' || t.v === '[') return this.group();
    if (t.v === '|') {
      this.i++;
      this.absDepth++;
      const inner = this.sum();
      this.absDepth--;
      this.expectOp('|');
      return { k: 'abs', a: inner };
    }
    if (t.v === '~' ) { this.i++; const o = this.peek(); if (o && o.t === 'id') { this.i++; return this.asym(o.v === 'o' ? 'o' : 'O', true); } }
    if (t.v === '-') { this.i++; return { k: 'neg', a: this.postfix() }; }
    throw new Fail(`unexpected ${describe(t)}`);
  }

  private command(t: Extract<Token, { t: 'cmd' }>): Node {
    this.i++;
    switch (t.v) {
      case 'frac': case 'dfrac': case 'tfrac': {
        const a = this.fracArg();
        const b = this.fracArg();
        return { k: 'div', a, b };
      }
      case 'tilde': case 'widetilde': {
        const inner = this.peekIsBrace() ? this.group() : this.primaryNoAsym();
        if (inner.k === 'var' && (inner.name === 'O' || inner.name === 'o' || inner.name === 'Omega' || inner.name === 'Theta')) return this.asym(ASYM[inner.name], true);
        return inner; // a tilde on something else is decoration (\widetilde Y_k)
      }
      case 'lceil': case 'lfloor': {
        const inner = this.sum();
        if (this.isCmd('rceil') || this.isCmd('rfloor')) this.i++;
        else throw new Fail(`expected \\r${t.v.slice(1)}`);
        return { k: t.v === 'lceil' ? 'ceil' : 'floor', a: inner };
      }
      case 'ast': case 'star': return { k: 'var', name: '*' };
      case 'cdots': case 'ldots': case 'dots': throw new Fail('ellipsis in bound');
    }
    if (WRAP.has(t.v)) {
      // `\mathcal{\tilde{O}}(…)`: a font on a braced symbol
      const b = this.peekIsBrace() ? bracedSymbolAt(this.toks, this.i) : null;
      if (b) { this.i = b.open; return this.asym(b.sym, b.soft); }
      const inner = this.peekIsBrace() ? this.wrapped() : this.primaryNoAsym();
      if (inner.k === 'var') {
        const fn = FN_WORDS[inner.name.toLowerCase()];
        if (fn) return this.fnApply(fn, t);
        const sym = ASYM[inner.name];
        if (sym && this.followedByOpen(0)) return this.asym(sym, false);
      }
      return inner;
    }
    throw new Fail(`unsupported command \\${t.v}`);
  }

  /** Braced font argument: a letter run inside is one name ("\mathrm{occ}", "\operatorname{poly}"). */
  private wrapped(): Node {
    const start = this.i;
    this.i++;
    let name = '';
    let j = this.i;
    while (j < this.toks.length) {
      const u = this.toks[j];
      if ((u.t === 'id' || u.t === 'fn') && (name === '' || !u.ws)) { name += u.t === 'fn' ? fnSpelling(u) : u.v; j++; continue; }
      break;
    }
    const end = this.toks[j];
    if (name.length > 0 && end && end.t === 'op' && end.v === '}') {
      this.i = j + 1;
      const fn = FN_WORDS[name.toLowerCase()];
      if (fn) return { k: 'var', name: fn };
      if (name.length > 1 && !/^(?:O|o|Omega|Theta|omega)$/.test(name)) return { k: 'var', name };
      return { k: 'var', name };
    }
    this.i = start;
    return this.group();
  }

  private primaryNoAsym(): Node {
    const t = this.peek();
    if (t && t.t === 'id') { this.i++; return { k: 'var', name: t.v }; }
    return this.primary();
  }

  private fracArg(): Node {
    const t = this.peek();
    if (t && t.t === 'op' && t.v === '{') return this.group();
    if (t && t.t === 'num' && t.v.length > 1 && !t.v.includes('.')) { // \frac12
      // split "12" in place (no splice: that would make "\frac12\frac12…" quadratic)
      (this.toks as Token[])[this.i] = { t: 'num', v: t.v.slice(1), ws: false, at: t.at + 1 };
      return { k: 'num', v: Number(t.v[0]), s: t.v[0] };
    }
    return this.primary();
  }

  private fnApply(f: FnKind, tok: Token): Node {
    let pow: Node | undefined;
    let base: Node | undefined;
    let deg: Node | undefined;
    let star = false;
    // modifiers in any order: log^2, log_2, log^{\ast}, log*, sqrt[3]
    for (let guard = 0; guard < 4; guard++) {
      if (this.isOp('^')) {
        this.i++;
        const e = this.exponent();
        if (e.k === 'var' && e.name === '*') star = true; else pow = e;
        continue;
      }
      if (this.isOp('_')) { this.i++; base = this.subscriptNode(); continue; }
      if (f === 'sqrt' && this.isOp('[')) { this.i++; deg = this.sum(); this.expectOp(']'); continue; }
      const t = this.peek();
      if (t && t.t === 'op' && t.v === '*' && !t.ws && (f === 'log' || f === 'ln')) { this.i++; star = true; continue; }
      break;
    }
    if (star && (f === 'log' || f === 'ln')) f = 'logstar';
    let args: Node[];
    const t = this.peek();
    if (t && t.t === 'op' && (t.v === '(' || t.v === '[' || (t.v === '{'))) {
      args = this.argList();
    } else if (this.startsFactor()) {
      args = [this.postfixNoFrac()];
    } else {
      if (f === 'min' || f === 'max' || f === 'exp' || f === 'poly') throw new Fail(`${f} without an argument`);
      // a bare "ln"/"log" with nothing after it: letters, not a function
      void tok;
      throw new Fail(`${f === 'logstar' ? 'log*' : f} without an argument`);
    }
    return { k: 'fn', f, args, pow, base, deg };
  }

  private postfixNoFrac(): Node {
    // the argument of "log n" is one factor with its power: log n^2 = log(n^2); "log log n" nests
    this.enter();
    let node = this.primary();
    for (;;) {
      if (this.isOp('^')) { this.i++; node = { k: 'pow', b: node, e: this.exponent() }; continue; }
      if (this.isOp('_')) { this.i++; node = attachSub(node, this.subscript()); continue; }
      break;
    }
    this.leave();
    return node;
  }

  private subscriptNode(): Node {
    const t = this.peek();
    if (t && t.t === 'op' && t.v === '{') return this.group();
    return this.primaryNoAsym();
  }

  private argList(): Node[] {
    const open = this.peek() as Token;
    this.i++;
    const args: Node[] = [];
    const saveAbs = this.absDepth;
    this.absDepth = 0;
    args.push(this.sum());
    while (this.isOp(',') || this.isOp(';')) { this.i++; args.push(this.sum()); }
    this.absDepth = saveAbs;
    this.closeGroup((open as { v: string }).v);
    return args;
  }
}

function isKnownInfix(cmd: string): boolean {
  return cmd === 'cdot' || cmd === 'times' || cmd === 'over' || cmd === 'pm' || cmd === 'mp' || cmd === 'rceil' || cmd === 'rfloor';
}

function attachSub(node: Node, sub: string): Node {
  if (node.k === 'var' && !node.sub) return { ...node, sub };
  return node;
}

function fnSpelling(t: Extract<Token, { t: 'fn' }>): string { return t.v; }
