// Matching one path segment against a glob (`*`, `?`, `[abc]`, `[!abc]`, `[a-z]`): a two-pointer scan that returns to
// the last `*` on a mismatch, so `*a*a*a*…b` against a long name costs length × pattern, never a backtracking
// regex's length^stars.

type GlobToken = { k: 'star' } | { k: 'one' } | { k: 'lit'; c: string } | { k: 'cls'; re: RegExp };

function globTokens(seg: string): GlobToken[] {
  const out: GlobToken[] = [];
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '*') { if (out[out.length - 1]?.k !== 'star') out.push({ k: 'star' }); }
    else if (c === '?') out.push({ k: 'one' });
    else if (c === '[') {
      const close = seg.indexOf(']', i + 1);
      if (close < 0) { out.push({ k: 'lit', c }); continue; }
      const body = seg.slice(i + 1, close).replace(/\\/g, '\\\\');
      // one character class, compiled as a regex of exactly one character (no repetition, so no backtracking)
      out.push({ k: 'cls', re: new RegExp(`^[${body.startsWith('!') ? '^' + body.slice(1) : body}]$`) });
      i = close;
    } else out.push({ k: 'lit', c });
  }
  return out;
}

/** A predicate for names matching the glob segment `seg` (a `*` never crosses `/`). Throws on an invalid class range. */
export function globMatcher(seg: string): (name: string) => boolean {
  const tokens = globTokens(seg);
  const one = (t: GlobToken, ch: string): boolean => (t.k === 'one' ? ch !== '/' : t.k === 'lit' ? t.c === ch : t.k === 'cls' ? t.re.test(ch) : false);
  return (name: string): boolean => {
    let p = 0, t = 0, starT = -1, starP = 0;
    while (p < name.length) {
      if (t < tokens.length && tokens[t].k !== 'star' && one(tokens[t], name[p])) { p++; t++; }
      else if (t < tokens.length && tokens[t].k === 'star') { starT = t; starP = p; t++; }
      else if (starT >= 0 && name[starP] !== '/') { starP++; p = starP; t = starT + 1; }
      else return false;
    }
    while (t < tokens.length && tokens[t].k === 'star') t++;
    return t === tokens.length;
  };
}
