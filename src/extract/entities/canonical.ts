// Canonical identity of problems (and method names): one key per problem however a paper writes it.
// "the LCS problem", "Longest Common Subsequence problem", "longest common subsequences" and "LCS" (where the
// paper or the built-in table expands it) share the key "longest common subsequence"; "computing the Lyndon
// array" and "Lyndon array computation" share "lyndon array". A variant ("approximate LCS", "LCS of weighted
// sequences") keeps its own key and names its general problem through generalOf(). Pure and dependency-free
// (no NLP), so the graph stage uses the same functions.
import { singular } from './words.ts';
import {
  PROCESS_LEADING, PROCESS_TRAILING, PROBLEM_SYNONYMS, GENERIC_PROBLEM_HEADS, GENERIC_PROBLEM_MODIFIERS,
  OBJECT_NOUNS, OBJECT_QUALIFIER_ADJECTIVES, OBJECT_DEFAULT_ADJECTIVES, OBJECT_FILL_WORDS,
} from '../rules/problems.ts';
import { ACRONYM_RULES } from '../rules/acronyms.ts';

/** Built-in acronym expansions (lower-case acronym → expansion key), used when a paper does not define one. */
export const BUILTIN_ACRONYMS: ReadonlyMap<string, string> = new Map(ACRONYM_RULES.map((r) => [r.match, r.expansion]));

const DROP = new Set(['the', 'a', 'an', 'problem', 'problems']);
const SYNONYMS = PROBLEM_SYNONYMS.map((s) => ({ from: s.match.split(' '), to: s.canonical.split(' '), whole: s.whole === true }));

/** Lower-case words of a name: math and TeX commands stripped to their letters, hyphens split, punctuation dropped. */
export function nameWords(name: string): string[] {
  const plain = name
    // "in-place suffix sorting": how the result is computed, not what (its words would read "place suffix sorting")
    .replace(/\bin[- ]place\b/gi, ' ')
    .replace(/\\(?:mathcal|mathrm|mathit|text|textit|textrm|mathbf|operatorname)\s*\{([^{}]{0,40})\}/g, '$1')
    .replace(/\\([A-Za-z]+)/g, '$1')
    .replace(/[$^_{}]/g, ' ');
  const out: string[] = [];
  for (const m of plain.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) out.push(m[0]);
  return out;
}

/** A word shaped like an acronym (capitals, or capitals with digits: "LCS", "LCSs", "LZ77", "APSP", "3SUM"). */
function acronymWord(w: string): string | null {
  if (!/^[A-Z0-9]+s?$/.test(w) || !/[A-Z]/.test(w) || w.replace(/[^A-Z]/g, '').length < 2) return null;
  return (/[A-Z0-9]s$/.test(w) ? w.slice(0, -1) : w).toLowerCase();
}

/**
 * The canonical key of a problem name. `acronyms` maps a lower-case acronym to its expansion key: the paper's own
 * definitions first (LCS may be a subsequence in one paper and a substring in another), then the built-in table.
 */
export function problemKey(name: string, acronyms?: ReadonlyMap<string, string>): string {
  return problemKeyWords(name, acronyms).join(' ');
}

/** The paper's acronyms written with a hyphen ("Lan-ED"), split as nameWords splits them: "lan ed" → expansion. */
const HYPHENATED = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();
function hyphenated(acronyms: ReadonlyMap<string, string>): Map<string, string> {
  let h = HYPHENATED.get(acronyms);
  if (!h) {
    h = new Map();
    for (const [k, v] of acronyms) if (k.includes('-')) { const parts = k.split('-').filter(Boolean); if (parts.length === 2) h.set(parts.join(' '), v); }
    HYPHENATED.set(acronyms, h);
  }
  return h;
}

export function problemKeyWords(name: string, acronyms?: ReadonlyMap<string, string>): string[] {
  let words: string[] = [];
  let prevRaw = '';
  const raws = nameWords(name);
  const hy = acronyms && acronyms.size ? hyphenated(acronyms) : null;
  for (let r = 0; r < raws.length; r++) {
    const raw = raws[r];
    // "Lan-ED": an acronym the paper defines with a hyphen, whose parts are not acronyms on their own
    if (hy?.size && r + 1 < raws.length) {
      const exp = hy.get(`${raw.toLowerCase()} ${raws[r + 1].toLowerCase()}`);
      if (exp && /[A-Z]/.test(raws[r + 1])) { words.push(...exp.split(' ')); prevRaw = raws[r + 1]; r++; continue; }
    }
    const acro = acronymWord(raw);
    const exp = acro ? (acronyms?.get(acro) ?? BUILTIN_ACRONYMS.get(acro)) : undefined;
    if (exp) { words.push(...exp.split(' ')); prevRaw = raw; continue; }
    // "RMQ queries": the expansion already ends in the word that follows
    const low = raw.toLowerCase();
    if (words.length && singular(low) === words[words.length - 1] && /^[A-Z]{2}/.test(prevRaw)) { prevRaw = raw; continue; }
    words.push(low);
    prevRaw = raw;
  }
  words = words.filter((w) => !DROP.has(w)).map(singular);
  // "sub sequence", "super string" → one word
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if ((words[i] === 'sub' || words[i] === 'super') && i + 1 < words.length) { joined.push(words[i] + words[i + 1]); i++; }
    else joined.push(words[i]);
  }
  words = joined;
  // process words at either end ("computing the Lyndon array", "Lyndon array computation", "construction of …")
  const edge = /^(?:of|in|on|for|to|with|and|or)$/;
  for (;;) {
    const n = words.length;
    while (words.length > 1 && (PROCESS_LEADING.has(words[0]) || edge.test(words[0]))) words.shift();
    while (words.length > 1 && (PROCESS_TRAILING.has(words[words.length - 1]) || edge.test(words[words.length - 1]))) words.pop();
    if (words.length === n) break;
  }
  // "approximating X", "approximation of X" and "approximate X" are one variant
  if (words.length > 1 && /^approximat(?:ing|ion|ely)$/.test(words[0])) { words[0] = 'approximate'; if (words[1] === 'of' && words.length > 2) words.splice(1, 1); }
  return foldSetting(applySynonyms(words));
}

/** Words that make a problem's name a setting of another problem: its claims carry the setting instead. */
export const SETTING_WORDS: ReadonlySet<string> = new Set(['approximate', 'gap', 'dynamic', 'fully', 'online', 'streaming', 'quantum', 'parallel', 'distributed', 'parameterized', 'parameterised', 'sublinear']);
/** Words after "approximate"/"parameterized" that name a matching problem of its own. */
const MATCHING_WORDS = new Set(['pattern', 'string', 'dictionary', 'text', 'matching', 'search', 'searching', 'repeat', 'periodicity', 'period', 'membership', 'counting', 'nearest', 'index', 'indexing', 'tandem', 'jumbled', 'order', 'regular', 'suffix', 'subsequence']);
/** Names that open with such a word but are problems of their own. */
const FIXED_NAMES: readonly string[][] = [['dynamic', 'time', 'warping'], ['dynamic', 'programming'], ['dynamic', 'program'], ['online', 'learning'], ['online', 'convex'], ['online', 'linear'], ['quantum', 'state'], ['parallel', 'prefix'], ['distributed', 'learning'], ['streaming', 'algorithm']];

/**
 * "approximate edit distance", "dynamic k mismatch", "quantum pattern matching": the general problem's key, so the
 * variant is one node with its general problem and the claims say approximate, dynamic or quantum in their setting.
 */
/** Tails that restate the input or the setting: "LCS of two strings", "X between two sequences", "X with preprocessing". */
const TAIL_INPUT = new Set(['two', 'a', 'an', 'the', 'given', 'input', 'both', 'pair', 'string', 'sequence', 'text', 'word', 'array', 'strings', 'sequences', 'length', 'n', 'm', 'size', 'equal']);
const TAIL_OPEN = new Set(['of', 'between', 'for', 'on']);

/**
 * The objects a problem's name is about when words[k] opens "between|of|on (two) (unrooted) trees": the words
 * that go before the name ("unrooted tree", "graph"), and the index after them; null when words[k] opens none.
 * `name` is where the name starts: "tree edit distance of rooted trees" already says "tree".
 */
export function objectsAt(words: readonly string[], name: number, k: number): { before: string[]; end: number } | null {
  if (!(words[k] === 'between' || words[k] === 'of' || words[k] === 'on')) return null;
  let j = k + 1;
  while (j < words.length && j < k + 4 && OBJECT_FILL_WORDS.has(words[j])) j++;
  const adj = OBJECT_QUALIFIER_ADJECTIVES.has(words[j]) ? words[j++] : null;
  while (!adj && j < words.length && j < k + 6 && OBJECT_DEFAULT_ADJECTIVES.has(words[j])) j++;
  const obj = words[j];
  if (!OBJECT_NOUNS.has(obj)) return null;
  const said = words[name] === obj;
  return { before: [...(adj ? [adj] : []), ...(said ? [] : [obj])], end: j + 1 };
}

/** "edit distance between two unrooted trees" → "unrooted tree edit distance"; "isomorphism of graphs" → "graph isomorphism". */
function objectsFirst(words: string[]): string[] {
  const n = words.length;
  if (n < 3 || !OBJECT_NOUNS.has(words[n - 1])) return words;
  // the leftmost preposition that opens them: "edit distance of a pair of trees"
  for (let k = Math.max(1, n - 7); k <= n - 2; k++) {
    const o = objectsAt(words, 0, k);
    if (o && o.end === n) return [...o.before, ...words.slice(0, k)];
  }
  return words;
}

export function foldSetting(words: string[]): string[] {
  words = objectsFirst(words);
  // "… of two strings", "… with preprocessing": the problem itself
  for (let i = 1; i < words.length - 1; i++) {
    if (TAIL_OPEN.has(words[i]) && words.slice(i + 1).every((w) => TAIL_INPUT.has(w))) { words = words.slice(0, i); break; }
    if (words[i] === 'with' && words.length === i + 2 && words[i + 1] === 'preprocessing') { words = words.slice(0, i); break; }
  }
  if (words.length < 3 || !SETTING_WORDS.has(words[0])) return words;
  if (FIXED_NAMES.some((f) => f.every((w, i) => words[i] === w))) return words;
  // "approximate pattern matching" (with errors) and "parameterized pattern matching" (p-matching) are problems of
  // their own, not approximations or parameterizations of exact matching
  if ((words[0] === 'approximate' || words[0] === 'parameterized' || words[0] === 'parameterised') && MATCHING_WORDS.has(words[1])) return words;
  let i = 0;
  while (i < words.length - 2 && SETTING_WORDS.has(words[i])) i++;
  return words.slice(i);
}

/** Synonyms applied until none applies (a few passes: "LZ77 parsing" → "lempel ziv77 parsing" → "lempel ziv77"). */
function applySynonyms(words: string[]): string[] {
  for (let pass = 0; pass < 3; pass++) {
    const next = applySynonym(words);
    if (next === words) break;
    words = next;
  }
  return words;
}

/** Canonical key words of an already-keyed phrase whose words changed (an acronym expanded): synonyms, then settings. */
export function recanonicalize(words: string[]): string[] {
  return foldSetting(applySynonyms(words));
}

function applySynonym(words: string[]): string[] {
  for (const s of SYNONYMS) {
    // an extending synonym ("range minimum" → "range minimum query") applies to the whole key only
    const extending = s.whole || (s.to.length > s.from.length && s.from.every((w, i) => s.to[i] === w));
    if (extending && words.length !== s.from.length) continue;
    const at = indexOfRun(words, s.from);
    if (at >= 0) return [...words.slice(0, at), ...s.to, ...words.slice(at + s.from.length)];
  }
  return words;
}

function indexOfRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let k = 0; k < run.length; k++) if (words[i + k] !== run[k]) continue outer;
    return i;
  }
  return -1;
}

/** True when no word of the key names a topic ("same problem", "following task", "open question"). */
export function isGenericKey(words: readonly string[]): boolean {
  if (words.length === 0) return true;
  if (words.join('').length < 3) return true;
  return words.every((w) => GENERIC_PROBLEM_MODIFIERS.has(w) || GENERIC_PROBLEM_HEADS.has(w) || /^\d+$/.test(w));
}

/**
 * The general problem a variant specializes: the longest proper contiguous run of its key words that is itself a
 * known problem ("weighted longest common subsequence" → "longest common subsequence"). Null when none is known.
 */
export function generalOf(key: string, isKnown: (key: string) => boolean): string | null {
  const words = key.split(' ');
  for (let len = words.length - 1; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const run = words.slice(i, i + len);
      // a one-word general problem must be a known problem itself and not a generic word ("attention", not "distance")
      if (isGenericKey(run) || (len === 1 && run[0].length < 4)) continue;
      // a run that ends on "of"/"in"/… or starts with one is not a phrase
      if (/^(?:of|in|on|for|with|and|or|to)$/.test(run[0]) || /^(?:of|in|on|for|with|and|or|to)$/.test(run[len - 1])) continue;
      const k = run.join(' ');
      if (isKnown(k)) return k;
    }
  }
  return null;
}
