// How a cluster label's term is written: its most common spelling in the abstracts that use it ("B-tree" for the
// merged term "b tree", "KV cache", "Bloom filter", "priority queue"), so every label follows one rule — the corpus's own
// casing and hyphens — instead of whichever title or concept list the term was first read from.

/** Abstracts read per term at most (a term's spelling is settled long before). */
const MAX_TEXTS = 200;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of a term as the concept keys split them (spaces and hyphens). */
function termWords(term: string): string[] {
  return term.split(/[\s\-–]+/).filter(Boolean);
}

/**
 * The spelling of `term` most common in `texts`, ignoring occurrences that open a sentence (their capital says
 * nothing); each word keeps the term's own number ("B-trees" in the text gives "B-tree" for "b tree"). Without any
 * such occurrence, a Title Case term ("Matching Patterns with Variables", from a title) is lower-cased word by word,
 * acronyms kept, and any other term is returned as it is.
 */
export function displayTerm(term: string, texts: Iterable<string>): string {
  const words = termWords(term);
  if (!words.length || words.join('').length > 120) return term;
  // words separated by spaces or hyphens, the last one possibly plural; no nested quantifiers, so linear
  const source = `(?<![\\p{L}\\p{N}])${words.map(escape).join('[\\s\\-–]+')}(?:e?s)?(?![\\p{L}\\p{N}])`;
  let re: RegExp;
  try { re = new RegExp(source, 'giu'); } catch { return term; }
  const votes = new Map<string, number>();
  const read: string[] = [];
  for (const text of texts) {
    if (read.length >= MAX_TEXTS) break;
    read.push(text);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (opensSentence(text, m.index)) continue;
      const spelled = respell(words, m[0]);
      if (spelled) votes.set(spelled, (votes.get(spelled) ?? 0) + 1);
    }
  }
  if (!votes.size) return titleToSentence(term);
  // most votes; a tie goes to the form with fewer capitals (the plain noun), then code-unit order
  const capitals = (s: string) => s.replace(/[^A-Z]/g, '').length;
  const best = [...votes].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
  return unemphasise(best, read);
}

/**
 * Abstracts often capitalise a problem's name where they define it ("the Shortest Common Superstring (SCS) problem"):
 * in a name with two or more capitalised words, a word the same abstracts also write in lower case elsewhere is
 * lower-cased ("shortest common superstring"), while names nobody writes in lower case keep their capital
 * ("Burrows-Wheeler transform"); when most of its capitalised words are ordinary words, all are lower-cased. A single
 * capitalised word after the first is lower-cased when the abstracts write it so ("3SUM with preprocessing").
 */
function unemphasise(spelled: string, texts: readonly string[]): string {
  const parts = spelled.split(/([\s-]+)/);
  const capitalised = parts.filter((w, i) => i % 2 === 0 && /^[A-Z][a-z]/.test(w)).length;
  if (capitalised === 0) return spelled;
  const lower = new Set<string>();
  for (const t of texts) for (const w of t.match(/[a-z]+/g) ?? []) lower.add(w);
  const plain = (w: string, i: number) => i % 2 === 0 && /^[A-Z][a-z]+$/.test(w);
  // one capital after the first word ("3SUM with Preprocessing"): emphasis when the word is also written in lower
  // case; a capital first word mid-sentence is a name ("Bloom filter", "Huffman coding")
  if (capitalised === 1) return parts.map((w, i) => (i > 0 && plain(w, i) && lower.has(w.toLowerCase()) ? w.toLowerCase() : w)).join('');
  const seen = parts.filter((w, i) => plain(w, i) && lower.has(w.toLowerCase())).length;
  // most of the name is ordinary words ("Closest String"): all of it is; else only the words seen in lower case
  const all = seen * 2 >= capitalised;
  return parts.map((w, i) => (plain(w, i) && (all || lower.has(w.toLowerCase())) ? w.toLowerCase() : w)).join('');
}

/** Is position `i` of `text` the start of a sentence (only spaces, quotes or brackets after a full stop or the start)? */
function opensSentence(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[\s"'“‘(\[]/.test(text[j])) j--;
  return j < 0 || /[.!?:]/.test(text[j]);
}

/** The term's words written as in `surface` (its separators and letter case), each in the term's own number. */
function respell(words: readonly string[], surface: string): string | null {
  const parts = surface.split(/([\s\-–]+)/);
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const got = parts[2 * k];
    if (got === undefined) return null;
    const w = words[k];
    const word = got.length > w.length && got.toLowerCase().startsWith(w.toLowerCase()) ? got.slice(0, w.length) : got;
    if (word.toLowerCase() !== w.toLowerCase()) return null;
    out.push(word);
    if (k < words.length - 1) out.push(/-|–/.test(parts[2 * k + 1] ?? ' ') ? '-' : ' ');
  }
  return out.join('');
}

/** words Title Case leaves in lower case */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'under', 'via', 'with']);

/** "Matching Patterns with Variables" → "matching patterns with variables"; acronyms and mixed-case names stay. */
export function titleToSentence(term: string): string {
  const ws = term.split(' ');
  const content = ws.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (ws.length < 2 || !content.every((w) => /^[A-Z]/.test(w))) return term;
  return ws.map((w) => (/^[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*$/.test(w) ? w.toLowerCase() : w)).join(' ');
}
