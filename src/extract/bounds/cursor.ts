// Token cursor for the bound parser: position, depth limit, noise skipping (\big, \left, spacing
// tildes), group closing and error messages that name the offending token and its offset.
import type { Token } from './lexer.ts';

export const MAX_DEPTH = 40;

/** The one exception the parser uses internally; parseTokens turns it into { ok: false }. */
export class Fail extends Error {}

/** No-op commands: sizing, spacing and style that do not change the value. */
export const SKIP = new Set(['big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr',
  'left', 'right', 'middle', 'quad', 'qquad', 'displaystyle', 'limits', 'smash', 'rm', 'it', 'bf', 'sf', 'cal',
  'textstyle', 'scriptstyle', 'nolimits', 'mathstrut', 'strut']);

export class TokenCursor {
  protected i = 0;
  protected depth = 0;
  /** inside |…|: a '|' closes rather than opens */
  protected absDepth = 0;
  constructor(protected readonly toks: Token[]) {}

  protected peek(): Token | undefined { this.skipNoise(); return this.toks[this.i]; }
  protected skipNoise(): void {
    for (;;) {
      const t = this.toks[this.i];
      if (!t) return;
      if (t.t === 'cmd' && SKIP.has(t.v)) { this.i++; continue; }
      if (t.t === 'op' && t.v === '~' && !this.tildeOnO()) { this.i++; continue; }
      return;
    }
  }
  protected tildeOnO(): boolean {
    const n = this.toks[this.i + 1];
    return !!n && n.t === 'id' && (n.v === 'O' || n.v === 'o');
  }
  protected isOp(v: string): boolean { const t = this.peek(); return !!t && t.t === 'op' && t.v === v; }
  protected isCmd(v: string): boolean { const t = this.peek(); return !!t && t.t === 'cmd' && t.v === v; }
  protected expectOp(v: string): void {
    if (!this.isOp(v)) throw new Fail(`expected '${v}' ${this.i < this.toks.length ? `before ${describe(this.toks[this.i])}` : 'at end'}`);
    this.i++;
  }
  protected enter(): void { if (++this.depth > MAX_DEPTH) throw new Fail(`nesting deeper than ${MAX_DEPTH}`); }
  protected leave(): void { this.depth--; }
  protected closerFor(open: string): string { return open === '(' ? ')' : open === '{' ? '}' : ']'; }

  protected subscript(): string {
    const t = this.peek();
    if (!t) return '';
    if (t.t === 'op' && t.v === '{') {
      this.i++;
      let s = '';
      let depth = 1;
      while (this.i < this.toks.length) {
        const u = this.toks[this.i];
        if (u.t === 'op' && u.v === '{') depth++;
        if (u.t === 'op' && u.v === '}' && --depth === 0) { this.i++; return s; }
        s += tokenText(u);
        this.i++;
      }
      throw new Fail('unclosed subscript');
    }
    this.i++;
    return tokenText(t);
  }

  protected followedByOpen(offset: number): boolean {
    let j = this.i + offset;
    while (j < this.toks.length && this.toks[j].t === 'cmd' && SKIP.has(this.toks[j].v)) j++;
    const t = this.toks[j];
    return !!t && t.t === 'op' && (t.v === '(' || t.v === '[');
  }

  protected closeGroup(open: string): void {
    const want = this.closerFor(open);
    // \left( … \right. and mismatched ( … ] happen in scraped text: accept any closer
    if (this.isOp(want) || this.isOp(')') || this.isOp(']') || this.isOp('}')) { this.i++; return; }
    // a closer missing at the very end is a typo in the source ("$\Omega(\min(a, b)$"): close it
    if (this.i >= this.toks.length) return;
    throw new Fail(`expected '${want}' ${this.i < this.toks.length ? `before ${describe(this.toks[this.i])}` : 'at end'}`);
  }

  protected peekIsBrace(): boolean { const t = this.peek(); return !!t && t.t === 'op' && t.v === '{'; }
}

export function tokenText(t: Token): string {
  if (t.t === 'op') return t.v === '?' ? '' : t.v;
  return t.v;
}

export function describe(t: Token): string {
  switch (t.t) {
    case 'num': return `number ${t.v} at ${t.at}`;
    case 'id': return `'${t.v}' at ${t.at}`;
    case 'fn': return `'${t.v}' at ${t.at}`;
    case 'cmd': return `\\${t.v} at ${t.at}`;
    case 'op': return t.v === '?' ? `unknown character at ${t.at}` : t.v.startsWith('word:') ? `word "${t.v.slice(5)}" at ${t.at}` : `'${t.v}' at ${t.at}`;
  }
}
