// Cheap text primitives shared by the extractor: a linear word tokenizer and math-span finder.
// Everything here is a single forward pass so adversarial input stays linear.

export interface Token {
  /** lower-cased word (letters/digits; "i/o" keeps its slash) */
  w: string;
  start: number;
  end: number;
  /** the character just before the token is a hyphen (as in "linear-time") */
  hy: boolean;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c > 0xbf && c !== 0x2212 && !(c >= 0x2000 && c <= 0x2bff);
}

/** Words of `text` with offsets, lower-cased. Math between `$…$` still yields tokens (callers skip them by offset). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) { i++; continue; }
    const s = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d)) { i++; continue; }
      // "I/O", "I/Os": keep the slash inside short all-letter words
      if (d === 47 && i - s === 1 && i + 1 < n && (text[i + 1] === 'O' || text[i + 1] === 'o')) { i++; continue; }
      break;
    }
    out.push({ w: text.slice(s, i).toLowerCase(), start: s, end: i, hy: s > 0 && text.charCodeAt(s - 1) === 45 });
  }
  return out;
}

/** Index of the first token whose start is ≥ pos (binary search). */
export function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export interface MathSpan { start: number; end: number; innerStart: number; innerEnd: number }

/**
 * `$…$`, `$$…$$`, `\(…\)` and `\[…\]` spans. Dollars pair left to right; a span longer than 600
 * characters is taken as a stray dollar (prose with prices) and skipped.
 */
export function findMathSpans(text: string): MathSpan[] {
  const out: MathSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '(' || text[i + 1] === '[')) {
      const close = text[i + 1] === '(' ? '\\)' : '\\]';
      const j = text.slice(i + 2, i + 600).indexOf(close);
      if (j >= 0) { out.push({ start: i, end: i + 2 + j + 2, innerStart: i + 2, innerEnd: i + 2 + j }); i = i + 2 + j + 2; continue; }
      i += 2; continue;
    }
    if (c === '$' && (i === 0 || text[i - 1] !== '\\')) {
      const dbl = text[i + 1] === '$';
      const open = dbl ? 2 : 1;
      let j = i + open;
      const limit = Math.min(n, i + 600);
      while (j < limit && !(text[j] === '$' && text[j - 1] !== '\\')) j++;
      if (j < limit) {
        const end = dbl && text[j + 1] === '$' ? j + 2 : j + 1;
        out.push({ start: i, end, innerStart: i + open, innerEnd: j });
        i = end; continue;
      }
      i = Math.max(j, i + open); continue;
    }
    i++;
  }
  return out;
}
