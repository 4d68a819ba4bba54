// Token cursor for the bound parser: position, depth limit, noise skipping (\big, \left, spacing
// tildes), group closing and error messages that name the offending token and its offset.
import type { Token } from './lexer.ts';
import { table } from './table.ts';

export const MAX_DEPTH = 40;

/** The one exception the parser uses internally; parseTokens turns it into { ok: false }. */
export class Fail extends Error {}

/** No-op commands: sizing, spacing and style that do not change the value. */
export const SKIP = new Set(['big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr',
  'left', 'right', 'middle', 'quad', 'qquad', 'displaystyle', 'limits', 'smash', 'rm', 'it', 'bf', 'sf', 'cal',
  'textstyle', 'scriptstyle', 'nolimits', 'mathstrut', 'strut']);

/**
 * TeX commands that take brace arguments which are not part of the value: `drop` leading arguments are
 * metadata (a class name, a colour, a URL) and go; `keep` says whether an argument after them is the content
 * (`\htmlClass{x}{n}` is n, `\textcolor{red}{n^2}` is n², `\phantom{n}` and `\rule{1em}{2em}` are nothing).
 */
export const ARGUMENT_COMMANDS: Readonly<Record<string, { drop: number; keep: boolean }>> = table({
  htmlClass: { drop: 1, keep: true }, htmlId: { drop: 1, keep: true }, htmlStyle: { drop: 1, keep: true }, htmlData: { drop: 1, keep: true },
  class: { drop: 1, keep: true }, cssId: { drop: 1, keep: true }, style: { drop: 1, keep: true }, href: { drop: 1, keep: true },
  textcolor: { drop: 1, keep: true }, colorbox: { drop: 1, keep: true }, fcolorbox: { drop: 2, keep: true },
  overset: { drop: 1, keep: true }, underset: { drop: 1, keep: true }, stackrel: { drop: 1, keep: true },
  color: { drop: 1, keep: false }, rule: { drop: 2, keep: false }, phantom: { drop: 1, keep: false }, hphantom: { drop: 1, keep: false },
  vphantom: { drop: 1, keep: false }, label: { drop: 1, keep: false }, tag: { drop: 1, keep: false }, url: { drop: 1, keep: false },
  hspace: { drop: 1, keep: false }, vspace: { drop: 1, keep: false }, mspace: { drop: 1, keep: false }, kern: { drop: 0, keep: false },
  nonumber: { drop: 0, keep: false }, notag: { drop: 0, keep: false },
});

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
      if (t.t === 'cmd' && Object.prototype.hasOwnProperty.call(ARGUMENT_COMMANDS, t.v)) { this.skipArgumentCommand(ARGUMENT_COMMANDS[t.v]); continue; }
      // \def\x{…}: a macro definition is not part of the value
      if (t.t === 'cmd' && (t.v === 'def' || t.v === 'newcommand' || t.v === 'renewcommand')) { this.i++; this.skipMacroDefinition(); continue; }
      if (t.t === 'op' && t.v === '~' && !this.tildeOnO()) { this.i++; continue; }
      return;
    }
  }
  /** Past the command and its metadata arguments; a content argument stays, to be read as a group. */
  private skipArgumentCommand(spec: { drop: number; keep: boolean }): void {
    this.i++;
    for (let k = 0; k < spec.drop; k++) if (!this.skipBraceGroup()) return;
    if (!spec.keep) this.skipBraceGroup();
  }
  /** `\x{body}`, `{\x}[1]{body}`: the name, an optional arity and the body. */
  private skipMacroDefinition(): void {
    const t = this.toks[this.i];
    if (t && t.t === 'cmd') this.i++;
    else if (!this.skipBraceGroup()) return;
    const o = this.toks[this.i];
    if (o && o.t === 'op' && o.v === '[') {
      let j = this.i + 1;
      while (j < this.toks.length && j - this.i < 4 && !(this.toks[j].t === 'op' && this.toks[j].v === ']')) j++;
      if (j < this.toks.length && this.toks[j].t === 'op' && this.toks[j].v === ']') this.i = j + 1;
    }
    this.skipBraceGroup();
  }
  /** Skip one balanced `{…}` at the cursor (each token once); false when none is there. */
  private skipBraceGroup(): boolean {
    const t = this.toks[this.i];
    if (!t || t.t !== 'op' || t.v !== '{') return false;
    let depth = 0;
    while (this.i < this.toks.length) {
      const u = this.toks[this.i++];
      if (u.t === 'op' && u.v === '{') depth++;
      else if (u.t === 'op' && u.v === '}' && --depth === 0) return true;
    }
    return true;
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
    // "D_reg": a plain-text subscript is the whole letter run, which the lexer split into letters
    if (t.t === 'id' && t.v.length === 1) {
      let text = t.v;
      let prev = t;
      for (let u = this.toks[this.i]; u && u.t === 'id' && u.v.length === 1 && !u.ws && u.at === prev.at + 1 && text.length < 8; u = this.toks[this.i]) {
        text += u.v; prev = u; this.i++;
      }
      return text;
    }
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
