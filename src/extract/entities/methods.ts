// Named methods a paper introduces: acronym definitions in a contribution sentence, "called/dubbed X",
// "we propose/present X" with a name-like token, "X, a …". Regexes are anchored and bounded.
import type { Span } from '../types.ts';

const CONTRIB = /\b(?:we|our|this (?:paper|work))\b[^.]{0,80}?\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|call|term|name|release|releases|build|devise|describe|describes|contribute|offer)\b|\b(?:novel|new)\b/i;
// a name-like token: CamelCase, ALLCAPS, digits or inner hyphens, optional $^k$ superscript
const NAME = /^[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*(?:\$\^\{?[A-Za-z0-9]+\}?\$)?/;
const STOP_NAMES = new Set(['We', 'Our', 'The', 'This', 'In', 'A', 'An', 'It', 'To', 'For', 'On', 'By', 'As', 'With', 'Specifically', 'First', 'Second', 'Finally', 'Moreover', 'However', 'LLM', 'LLMs', 'AI', 'GPU', 'GPUs', 'CPU', 'SOTA', 'NP', 'SETH', 'ETH']);

function nameLike(s: string): boolean {
  if (STOP_NAMES.has(s)) return false;
  const caps = (s.match(/[A-Z]/g) ?? []).length;
  return caps >= 2 || /[0-9$-]/.test(s);
}

/** Initials of the words before "(ACRO)" agree with the acronym (loosely: first letters in order). */
function acronymMatches(words: string[], acro: string): number {
  const letters = acro.replace(/[^A-Za-z]/g, '').toLowerCase();
  // try the shortest tail of words whose initials cover the acronym letters
  for (let n = 1; n <= Math.min(words.length, 8); n++) {
    const tail = words.slice(words.length - n);
    const initials = tail.map((w) => w.split('-').map((p) => p[0] ?? '').join('')).join('').toLowerCase();
    if (initials === letters || (letters.startsWith(tail[0][0]?.toLowerCase() ?? '#') && initials.length >= letters.length && sub(letters, tail.join(' ').toLowerCase()))) return n;
  }
  return 0;
}
function sub(letters: string, phrase: string): boolean {
  let i = 0;
  for (const ch of phrase) if (ch === letters[i]) i++;
  return i === letters.length;
}

export function extractMethods(title: string, text: string, sentences: [number, number][]): Span[] {
  const out: Span[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number) => {
    const key = name.toLowerCase();
    if (seen.has(key) || name.length < 2 || name.length > 60) return;
    seen.add(key);
    out.push({ name, start, end: start + name.length });
  };
  // "HYPERPOSE: …" — a name-like title prefix that the abstract repeats
  const t = /^([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\$\^\{?[A-Za-z0-9]+\}?\$)?)\s*:/.exec(title);
  if (t && nameLike(t[1])) { const at = text.indexOf(t[1]); if (at >= 0) add(t[1], at); }
  for (const [s, e] of sentences) {
    const sent = text.slice(s, e);
    const contrib = CONTRIB.test(sent);
    // "Hierarchically Pruned Attention (HiP)"
    for (const m of sent.matchAll(/\(([A-Z][A-Za-z0-9-]{1,14}(?:\$\^\{?[A-Za-z0-9]+\}?\$)?)\)/g)) {
      const acro = m[1];
      if (!contrib || !nameLike(acro) || STOP_NAMES.has(acro.replace(/s$/, ''))) continue;
      if (/s$/.test(acro) && /[A-Z]s$/.test(acro)) continue;
      const before = sent.slice(Math.max(0, m.index! - 120), m.index!).trim().split(/\s+/);
      const n = acronymMatches(before, acro);
      // the expansion must be written as a name (Title Case), not a common noun phrase
      if (n > 0 && before.slice(before.length - n).every((w) => /^[A-Z]/.test(w) || /^(?:of|for|and|the|in|on|with|to|a)$/.test(w))) add(acro, s + m.index! + 1);
    }
    // "called X", "dubbed X", "named X", "termed X"
    for (const m of sent.matchAll(/\b(?:called|dubbed|named|termed|coined)\s+([A-Z][^\s,.;:()]{1,40})/g)) {
      const nm = NAME.exec(m[1]);
      if (nm) add(nm[0], s + m.index! + m[0].length - m[1].length);
    }
    if (!contrib) continue;
    // "we propose/present/introduce (a …) X," — a name-like token right after the verb or after "a new …,"
    for (const m of sent.matchAll(/\b(?:propose|proposes|present|presents|introduce|introduces|develop|design|release)\s+((?:[a-z-]+\s){0,6}?)([A-Z][^\s,.;:()]{1,40})/g)) {
      const nm = NAME.exec(m[2]);
      if (!nm) continue;
      const name = nm[0];
      const at = s + m.index! + m[0].length - m[2].length;
      const follow = text.slice(at + name.length, at + name.length + 3);
      if (/^ [A-Z]/.test(follow) || /-based$/.test(name)) continue;
      if (nameLike(name) || /^[,:]/.test(follow) || follow.startsWith(' (')) add(name, at);
    }
    // "X, a …" / "X: a …" at a sentence start inside a contribution sentence
    const lead = /^([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?:,| is) (?:a|an) /.exec(sent);
    if (lead && nameLike(lead[1])) add(lead[1], s);
  }
  return out;
}
