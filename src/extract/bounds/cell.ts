// Bounds pasted from curated tables: a leading bound followed by a note ("O(n^2)?", "O(m log n) per
// iteration", "O(n^omega) where omega is …", "A ~ B", "R-Tree construction: $O(n log n)$"). The bound is
// parsed and the note kept beside it. One forward scan finds where a note may start; at most a few
// prefixes are parsed, so the work stays linear in the cell's length.
import type { ParsedBound, UnparsedBound } from './index.ts';

type Parse = (text: string) => ParsedBound | UnparsedBound;

export interface NotedBound extends ParsedBound {
  /** what followed (or labelled) the bound in the cell, as written; absent when the cell was the bound alone */
  note?: string;
}

/** Words that are math in a cell, never the start of a note ("n log n", "poly(n)", "sigma"). */
const MATH_WORDS = new Set([
  'log', 'lg', 'ln', 'loglog', 'lglg', 'poly', 'polylog', 'sqrt', 'exp', 'min', 'max', 'mult', 'occ', 'opt', 'nnz',
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'eps', 'sigma', 'omega', 'theta', 'lambda', 'mu', 'rho',
  'tau', 'phi', 'psi', 'kappa', 'ell', 'Omega', 'Theta', 'Delta', 'Sigma',
]);
/** Short words that start a note ("O(n) on specific permutations", "O(n) per clique"). */
const NOTE_STARTERS = new Set(['per', 'on', 'for', 'in', 'of', 'to', 'by', 'or', 'if', 'is', 'as', 'at', 'and', 'but', 'via', 'with', 'time', 'bits', 'using', 'where', 'when', 'total']);
const MAX_TRIES = 4;

/** A "Label: " prefix naming a phase or structure ("k-d Tree construction:", "NNS:"), or null. */
function labelEnd(s: string): number {
  const colon = s.indexOf(':');
  if (colon <= 0 || colon > 60) return -1;
  const head = s.slice(0, colon);
  if (!/^[A-Za-z][A-Za-z0-9 .'-]*$/.test(head) || !/[A-Za-z]{3}/.test(head)) return -1;
  return colon + 1;
}

/** Offsets where a note may begin, in order: curator marks, separators and prose words outside the math. */
function noteStarts(s: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let dollars = s[0] === '$' ? 1 : 0;
  for (let i = 1; i < s.length && out.length < MAX_TRIES * 2; i++) {
    const c = s[i];
    if (c === '(' || c === '[' || c === '{') {
      // "O(n) [pre-processing]", "O(n) (previously O(n^2))": a bracket after a space that opens prose
      if (s[i - 1] === ' ' && ((c === '[' && depth === 0) || (c === '(' && proseWordAt(s, i + 1)))) out.push(i);
      depth++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') { depth = Math.max(0, depth - 1); continue; }
    if (c === '$') {
      dollars++;
      // the first math segment closed, and prose follows it
      if (dollars === 2 && s[0] === '$' && /\S/.test(s.slice(i + 1, i + 3))) out.push(i + 1);
      continue;
    }
    if (c === '\n') { out.push(i); continue; }
    // "… NNS: $O(n)$": a label for a second bound; the note starts at the label's first word
    if (c === ':' && depth === 0) {
      let k = i;
      while (k > 0 && /[A-Za-z0-9 -]/.test(s[k - 1]) && i - k < 40) k--;
      while (s[k] === ' ') k++;
      if (k > 0 && k < i) out.push(k);
      continue;
    }
    if (depth === 0 && (c === '?' || c === ';' || (c === ',' && s[i + 1] === ' ') || (c === '~' && s[i - 1] === ' '))) { out.push(i); continue; }
    // a prose word after a space: a note ("per iteration", "heuristically?", "where omega is …")
    if (s[i - 1] === ' ' && /[A-Za-z]/.test(c) && (i < 2 || s[i - 2] !== '\\')) {
      let j = i;
      while (j < s.length && /[A-Za-z]/.test(s[j])) j++;
      const w = s.slice(i, j);
      if (MATH_WORDS.has(w) || MATH_WORDS.has(w.toLowerCase())) continue;
      if ((depth === 0 && NOTE_STARTERS.has(w.toLowerCase())) || (w.length >= 4 && /^[A-Za-z][a-z]+$/.test(w))) out.push(i);
    }
  }
  return out.sort((a, b) => a - b);
}

/** A prose word (four or more letters, not a math name) right after position `k`: "(previously …", "(requires …". */
function proseWordAt(s: string, k: number): boolean {
  let j = k;
  while (j < s.length && j - k < 24 && /[A-Za-z]/.test(s[j])) j++;
  const w = s.slice(k, j);
  return w.length >= 4 && /^[A-Za-z][a-z]+$/.test(w) && !MATH_WORDS.has(w) && !MATH_WORDS.has(w.toLowerCase());
}

function closeMath(s: string): string {
  let t = trimTrailingPunctuation(s);
  if ((t.match(/\$/g) ?? []).length % 2 === 1) t = t.startsWith('$') ? t + '$' : t.replace(/\$/, '');
  return t;
}

/**
 * Parse a bound as users paste it from curated tables: the whole cell if it is a bound, else its leading
 * bound with what follows kept as `note`. Never throws; unparsed when no leading part is a bound.
 */
export function parseCell(text: string, parseBound: Parse): NotedBound | UnparsedBound {
  const whole = parseBound(text);
  if (whole.ok || typeof text !== 'string') return whole;
  const s = text.replace(/\s+/g, (m) => (m.includes('\n') ? '\n' : ' ')).trim();
  let label = '';
  let body = s;
  const le = labelEnd(s);
  if (le > 0) {
    label = s.slice(0, le).trim();
    body = s.slice(le).trim();
    const b = parseBound(body);
    if (b.ok) return { ...b, input: text, note: label };
  }
  let tries = 0;
  for (const cut of noteStarts(body)) {
    const head = closeMath(body.slice(0, cut));
    if (!head || !/[A-Za-z0-9]/.test(head)) continue;
    if (++tries > MAX_TRIES) break;
    const p = parseBound(head);
    if (p.ok) {
      let tail = body.slice(cut).replace(/^[\s$]+/, '').trim();
      // the math segment the cut opened loses its closing dollar with the bound: "~ O(n^{2.807})$"
      if ((tail.match(/\$/g) ?? []).length % 2 === 1) tail = tail.replace(/\$\s*$/, '').trim();
      const note = [label, tail].filter(Boolean).join(' ').replace(/\s+/g, ' ');
      return note ? { ...p, input: text, note } : { ...p, input: text };
    }
  }
  return whole;
}

/** `s` without its trailing run of whitespace and `,;:.`, walked back from the end (a `[…]+$` regex retries every position of a run). */
function trimTrailingPunctuation(s: string): string {
  let e = s.length;
  while (e > 0 && /[\s,;:.]/.test(s[e - 1])) e--;
  return s.slice(0, e);
}
