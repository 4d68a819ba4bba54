// Acronyms a text defines ("longest common subsequence (LCS)", "LCS (longest common subsequence)",
// "Burrows-Wheeler transform (BWT)", "Longest Common Increasing Subsequence problem (LCIS)"), and the test
// that a run of words spells an acronym (initials, hyphen parts or word prefixes: "SubRL" = sub·modular + RL).
// Bounded loops over short windows only: linear in the text.
import { singular } from './words.ts';

/** The acronym's letters split into non-empty prefixes of consecutive words ("SubRL" = sub·modular + RL). */
function prefixSplit(letters: string, words: string[]): boolean {
  // reach[i]: letters[0, i) covered by prefixes of the words seen so far (the last word ending there)
  let reach = new Set<number>([0]);
  for (const w of words) {
    const next = new Set<number>();
    for (const i of reach) for (let k = 1; k <= w.length && i + k <= letters.length && w[k - 1] === letters[i + k - 1]; k++) next.add(i + k);
    if (next.size === 0) return false;
    reach = next;
  }
  return reach.has(letters.length);
}

function subsequenceOf(letters: string, phrase: string): boolean {
  let i = 0;
  for (const ch of phrase) if (ch === letters[i]) i++;
  return i === letters.length;
}

const LINKS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'to', 'with', 'a', 'an', 'via', 'by']);

/** Words that may sit between an expansion and its "(ACRO)" without being part of it. */
const BETWEEN = new Set(['problem', 'problems', 'algorithm', 'algorithms', 'method', 'query', 'queries']);

/**
 * How many of the last `words` (up to 8) the acronym abbreviates: their initials, hyphen parts or prefixes spell it.
 * 0 when none do.
 */
export function acronymSpan(words: readonly string[], acro: string): number {
  const lettersS = acro.replace(/[^A-Za-z]/g, '').toLowerCase();
  // a plural s is lower-case ("GNNs"); an upper-case S is a letter of the acronym ("MS", "LCS")
  const letters = /[a-z0-9]$/.test(acro.replace(/s$/, '')) || !/s$/.test(acro) ? lettersS : lettersS.replace(/s$/, '');
  // the capitals of a mixed-case name mark word starts ("ReToM": Representative Token Merging)
  const caps = acro.replace(/[^A-Z]/g, '').toLowerCase();
  for (let n = 1; n <= Math.min(words.length, 8); n++) {
    const tail = words.slice(words.length - n).map((w) => w.toLowerCase().replace(/\$[^$]*\$/g, '').replace(/[^a-z0-9-]/g, ''));
    if (tail.some((w) => !w)) return 0;
    const parts = tail.flatMap((w) => w.split('-').filter(Boolean));
    if (!letters || parts.length === 0 || parts[0][0] !== letters[0]) continue;
    const initials = parts.map((p) => p[0]).join('');
    if (initials === letters || initials === lettersS) return n;
    if (prefixSplit(letters, parts) || prefixSplit(lettersS, parts) || prefixSplit(letters, tail)) return n;
    if (!subsequenceOf(letters, tail.join(' '))) continue;
    // a looser spelling (letters inside words: "multinomial logistic (MNL)") needs every content word's initial in the acronym
    const contentInitials = parts.filter((p) => !LINKS.has(p)).map((p) => p[0]);
    if (n >= Math.min(2, letters.length - 1) && contentInitials.every((c) => letters.includes(c)) && contentInitials.length <= letters.length) return n;
    if (initials.length >= letters.length && n >= letters.length) return n;
    if (caps.length >= 2 && caps !== lettersS && subsequenceOf(caps, initials)) return n;
  }
  return 0;
}

export interface AcronymDefinition {
  /** lower-case acronym without a plural s ("lcs") */
  acronym: string;
  /** the acronym as written ("LCS") */
  written: string;
  /** the expansion as written ("longest common subsequence") */
  expansion: string;
  /** lower-case, singular expansion words joined by spaces */
  key: string;
  /** offsets of the expansion in the text */
  start: number;
  end: number;
}

const ACRO = /^[A-Za-z0-9][A-Za-z0-9-]{0,11}$/;

/** True for an acronym-shaped token: two or more capitals, or a capital with digits ("LCS", "LZ77", "kNN", "RePair"). */
function acronymShaped(s: string): boolean {
  if (!ACRO.test(s)) return false;
  const caps = s.replace(/[^A-Z]/g, '').length;
  return caps >= 2 || (caps >= 1 && /\d/.test(s));
}

/**
 * Every "(ACRO)" the text defines, in text order, with the expansion it follows ("… subsequence (LCS)") or, in the
 * reversed form, the expansion inside the parentheses ("LCS (longest common subsequence)").
 */
export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const n = text.length;
  let from = 0;
  // the next ')' is found again only once passed: searched afresh for every '(' it was quadratic on "( ( ( … )"
  let close = -1;
  while (from < n) {
    const open = text.indexOf('(', from);
    if (open < 0) break;
    if (close <= open) close = text.indexOf(')', open + 1);
    if (close < 0) break;
    from = open + 1;
    if (close - open > 80) continue;
    const inner = text.slice(open + 1, close).trim();
    // "(LCS)", "(LCSs)", "(LCS for short)", "(or LCS)"
    const acroM = /^(?:or |aka |a\.k\.a\. |hereafter |henceforth )?([A-Za-z0-9][A-Za-z0-9-]{0,11})(?:s)?(?:\s+for short)?$/.exec(inner);
    if (acroM && acronymShaped(acroM[1])) {
      const written = acroM[1];
      const windowStart = Math.max(0, open - 140);
      let before = text.slice(windowStart, open).trimEnd();
      // the expansion does not cross clause punctuation
      const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '), before.lastIndexOf('. '));
      let base = windowStart;
      if (cut >= 0) { base = windowStart + cut + 2; before = before.slice(cut + 2); }
      const words: { w: string; s: number }[] = [];
      for (const m of before.matchAll(/[^\s()[\]{},;:]+/g)) words.push({ w: m[0], s: base + m.index! });
      // drop a trailing "problem" between expansion and acronym ("… Subsequence problem (LCIS)")
      let last = words.length;
      while (last > 0 && BETWEEN.has(words[last - 1].w.toLowerCase())) last--;
      const ws = words.slice(0, last);
      // the expansion may not cross sentence punctuation: the regex split already stops at , ; : .
      const k = acronymSpan(ws.map((x) => x.w), written);
      if (k > 0) {
        const first = ws[ws.length - k];
        const lastW = ws[ws.length - 1];
        const expansion = text.slice(first.s, lastW.s + lastW.w.length);
        out.push({ acronym: acronymKey(written), written, expansion, key: expansionKey(expansion), start: first.s, end: lastW.s + lastW.w.length });
        continue;
      }
    }
    // reversed: "LCS (longest common subsequence)"
    if (/^[A-Za-z][A-Za-z -]{4,70}$/.test(inner)) {
      const m = /([A-Za-z0-9][A-Za-z0-9-]{0,11})\s*$/.exec(text.slice(Math.max(0, open - 14), open));
      if (m && acronymShaped(m[1])) {
        const words = inner.split(/\s+/);
        if (acronymSpan(words, m[1]) === words.length) {
          out.push({ acronym: acronymKey(m[1]), written: m[1], expansion: inner, key: expansionKey(inner), start: open + 1, end: close });
        }
      }
    }
  }
  return out;
}

/** Lower-case acronym without a plural s: "LCSs" → "lcs", "LCS" → "lcs". */
export function acronymKey(written: string): string {
  return (/[A-Z0-9]s$/.test(written) ? written.slice(0, -1) : written).toLowerCase();
}

function expansionKey(expansion: string): string {
  return expansion.toLowerCase().replace(/\$[^$]*\$/g, ' ').split(/[\s-]+/).filter(Boolean).map(singular).join(' ');
}

/** acronym → expansion key, first definition wins (the one the paper gives first). */
export function acronymTable(defs: readonly AcronymDefinition[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of defs) if (!out.has(d.acronym)) out.set(d.acronym, d.key);
  return out;
}
