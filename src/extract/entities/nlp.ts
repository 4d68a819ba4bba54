// The one file that talks to compromise. Everything else in entities/ works on PhraseWord[] (words with
// offsets and a coarse part of speech), so the NLP library could be swapped without touching the rules.
//
// compromise's full tagger (~0.5 ms for a title) runs only on short texts where its tags decide phrase
// boundaries: titles and the few abstract sentences that state a problem. Everything else uses its
// lexicon (a word → tag table) as a constant-time lookup.
import nlp from 'compromise/two';

export type Pos = 'noun' | 'verb' | 'gerund' | 'participle' | 'adj' | 'adv' | 'prep' | 'det' | 'conj' | 'value' | 'pron' | 'other';

export interface PhraseWord {
  /** the word as written ("Suffix", "$k$-mismatch", "LZ77") */
  text: string;
  /** lower-cased */
  lower: string;
  start: number;
  end: number;
  pos: Pos;
  /** written in capitals or mixed case mid-word ("LCS", "RePair", "FM-index") */
  acronym: boolean;
}

const TAG_ORDER: Array<[string, Pos]> = [
  ['Gerund', 'gerund'], ['Determiner', 'det'], ['Preposition', 'prep'], ['Conjunction', 'conj'], ['Pronoun', 'pron'],
  ['Possessive', 'pron'], ['Value', 'value'], ['Adverb', 'adv'], ['PastTense', 'participle'], ['Participle', 'participle'],
  ['Verb', 'verb'], ['Adjective', 'adj'], ['Noun', 'noun'],
];

function posOfTags(tags: readonly string[]): Pos {
  for (const [t, p] of TAG_ORDER) if (tags.includes(t)) return p;
  return 'other';
}

/** Capitals or mixed case beyond a leading capital ("LCS", "RePair", "k-LCS", "FM-index"). */
export function isAcronymLike(w: string): boolean {
  // one pass over the characters (this runs on every word of every abstract)
  let letters = 0, caps = 0, firstLetterCap = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) { if (letters === 0) firstLetterCap = true; letters++; caps++; }
    else if (c >= 97 && c <= 122) letters++;
  }
  if (letters < 2) return false;
  return caps >= 2 || (caps === 1 && !firstLetterCap);
}

/** Words of a short text: runs of letters, digits, hyphens, apostrophes and `$…$` math; punctuation separates. */
export function phraseWords(text: string, base = 0): PhraseWord[] {
  const out: PhraseWord[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n') { i++; continue; }
    if (!isWordStart(c)) {
      // punctuation is a word of its own (a phrase boundary for the rules)
      out.push({ text: c, lower: c, start: base + i, end: base + i + 1, pos: 'other', acronym: false });
      i++;
      continue;
    }
    const s = i;
    while (i < n) {
      const d = text[i];
      if (d === '$') {
        const close = text.indexOf('$', i + 1);
        if (close < 0 || close - i > 60) break;
        i = close + 1;
        continue;
      }
      if (isWordChar(d) || ((d === '-' || d === '\'' || d === '’' || d === '.' || d === '/') && i + 1 < n && isWordStart(text[i + 1]) && i > s)) { i++; continue; }
      if (d === '-' && text[i + 1] === '-' && i + 2 < n && isWordStart(text[i + 2]) && i > s) { i += 2; continue; }
      break;
    }
    if (i === s) { i++; continue; }
    const w = text.slice(s, i);
    out.push({ text: w, lower: w.toLowerCase(), start: base + s, end: base + i, pos: 'other', acronym: isAcronymLike(w.replace(/\$[^$]*\$/g, '')) });
  }
  return out;
}

function isWordChar(c: string): boolean {
  const k = c.charCodeAt(0);
  return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || (k > 0xbf && !(k >= 0x2000 && k <= 0x2bff));
}
function isWordStart(c: string): boolean {
  return isWordChar(c) || c === '$';
}

// compromise tags title-cased words as proper nouns; a lower-cased copy of ordinary words tags far better.
// Acronyms and mixed-case names keep their case (and math becomes a neutral noun), so offsets still line up.
function taggableText(text: string, words: readonly PhraseWord[], base: number): string {
  const chars = text.split('');
  for (const w of words) {
    const s = w.start - base, e = w.end - base;
    if (w.text.includes('$')) { for (let k = s; k < e; k++) chars[k] = k === s ? 'x' : (chars[k] === ' ' ? ' ' : 'x'); continue; }
    if (w.acronym) continue;
    const low = w.text.toLowerCase();
    if (low.length === w.text.length) for (let k = s; k < e; k++) chars[k] = low[k - s];
  }
  return chars.join('');
}

// compromise's steps up to its pre-tagger (lexicon and word-shape rules), without the post-tagger's sentence
// patterns: they cost two thirds of a title's tagging (0.45 → 0.16 ms), and the problems and methods found change
// for under 1% of papers (10 of 2,060 cs.DS, 33 of 4,000 ML; the gold sets score the same to three decimals)
const PRE_STEPS = ['normal', 'lexicon', 'preTagger'];
type Tagged = { json(o: unknown): unknown };
function tagged(text: string): Tagged {
  return (nlp as unknown as { tokenize(t: string): { compute(steps: string[]): Tagged } }).tokenize(text).compute(PRE_STEPS);
}

/**
 * Tag a short text (a title or one sentence) with compromise's lexicon and pre-tagger. Words come from phraseWords(), so
 * the rules see the same word boundaries whatever the tagger does; each gets the tag of the compromise term
 * that covers its start. Texts over 400 characters are tagged with the lexicon only.
 */
export function tagPhrase(text: string, base = 0): PhraseWord[] {
  const words = phraseWords(text, base);
  if (text.length > 400) { for (const w of words) w.pos = lexiconPos(w.lower) ?? guessPos(w); return words; }
  const starts = new Map<number, Pos>();
  try {
    const json = tagged(taggableText(text, words, base)).json({ offset: true, terms: { tags: true, offset: true }, text: false }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number; length: number } }> }>;
    for (const s of json) for (const t of s.terms) {
      const p = posOfTags(t.tags);
      for (let k = t.offset.start; k < t.offset.start + Math.max(1, t.offset.length); k++) if (!starts.has(k)) starts.set(k, p);
    }
  } catch {
    // a tagger failure leaves the lexicon tags below
  }
  for (const w of words) {
    if (w.text.length === 1 && !isWordStart(w.text)) continue;
    const lex = lexiconPos(w.lower);
    // (the pre-tagger reads "still", "even" as modifiers where the sentence patterns would read adverbs)
    w.pos = lex === 'adv' ? 'adv' : starts.get(w.start - base) ?? lex ?? guessPos(w);
  }
  return words;
}

let lexicon: Record<string, string | string[]> | null = null;
const posCache = new Map<string, Pos | null>();
const POS_CACHE_MAX = 200_000;

/** The part of speech compromise's lexicon gives a lower-case word, without running the tagger (or null). */
export function lexiconPos(lower: string): Pos | null {
  const hit = posCache.get(lower);
  if (hit !== undefined) return hit;
  const p = lookupPos(lower);
  if (posCache.size < POS_CACHE_MAX) posCache.set(lower, p);
  return p;
}

function lookupPos(lower: string): Pos | null {
  if (!lexicon) {
    const world = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world();
    lexicon = world.model.one.lexicon;
  }
  const t = Object.prototype.hasOwnProperty.call(lexicon, lower) ? lexicon[lower] : undefined;
  if (!t) return null;
  const tags = Array.isArray(t) ? t : [t];
  return posOfTags(tags.flatMap((x) => [x, ...(LEX_PARENTS[x] ?? [])]));
}
// lexicon tags are leaves; the coarse class of the common ones
const LEX_PARENTS: Record<string, string[]> = {
  Singular: ['Noun'], Plural: ['Noun'], Uncountable: ['Noun'], Infinitive: ['Verb'], PresentTense: ['Verb'], Comparable: ['Adjective'],
  Superlative: ['Adjective'], Comparative: ['Adjective'], Cardinal: ['Value'], Ordinal: ['Value'], Modal: ['Verb'], Copula: ['Verb'],
  Auxiliary: ['Verb'], PhrasalVerb: ['Verb'], Demonym: ['Adjective'], Actor: ['Noun'], Organization: ['Noun'], Place: ['Noun'],
  Person: ['Noun'], FirstName: ['Noun'], LastName: ['Noun'], MaleName: ['Noun'], FemaleName: ['Noun'], Unit: ['Noun'],
  QuestionWord: ['Adverb'], Negative: ['Adverb'],
};

/** Suffix guess for words the lexicon does not know. */
function guessPos(w: PhraseWord): Pos {
  const l = w.lower;
  if (w.acronym || /\d/.test(l) || l.includes('$')) return 'noun';
  if (/ing$/.test(l) && l.length > 5) return 'gerund';
  if (/ly$/.test(l) && l.length > 4) return 'adv';
  if (/(?:[^e]ed|ied)$/.test(l) && l.length > 4) return 'participle';
  if (/(?:ive|ous|al|ic|able|ible|ary|less|ful)$/.test(l)) return 'adj';
  return 'noun';
}
