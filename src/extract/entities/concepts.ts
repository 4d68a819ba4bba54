// Concepts: canonical key phrases for linking papers. RAKE-like candidate phrases (split on stop words,
// verbs and punctuation), lower-cased and singularised, acronyms merged with their expansions, generic
// words dropped; weighted by frequency and length. No full NLP parse: this must stay cheap.
import type { Concept } from '../types.ts';
import { GENERIC_WORDS, PHRASE_STOPWORDS, CONCEPT_PARTICIPLES, NON_ADVERB_LY } from '../rules/generic-words.ts';
import { singular } from './words.ts';
import { findAcronymDefinitions, acronymTable } from './acronyms.ts';
import { lexiconPos } from './nlp.ts';

export { singular };
import { ACRONYM_RULES } from '../rules/acronyms.ts';
import { trimEndMatching } from '../../ingest/trim.ts';

const BUILTIN = new Map(ACRONYM_RULES.map((r) => [r.match, r.expansion]));
const MAX_CONCEPTS = 12;
/** Particles of names that open a term ("de Bruijn graph", "van Emde Boas tree"). */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'di', 'la', 'le']);
const LEAD_DROP = new Set(['adv', 'det', 'pron', 'prep', 'conj']);
const TAIL_DROP = new Set(['adv', 'adj', 'participle', 'det', 'pron', 'prep', 'conj', 'value']);
/** A one-word concept is a noun: not a verb, adjective or adverb by the lexicon, nor an adjective by its ending. */
function nounLike(w: string): boolean {
  const p = lexiconPos(w);
  if (p && p !== 'noun' && p !== 'gerund') return false;
  return !/(?:ional|ical|ntial|ive|ous|able|ible)$/.test(w);
}

export function extractConcepts(title: string, text: string): Concept[] {
  const local = acronymTable(findAcronymDefinitions(`${title}. ${text}`));
  const counts = new Map<string, number>();
  const source = (title + ' . ' + title + ' . ' + text).replace(/\$[^$]{0,300}\$/g, ' . ');
  for (const chunk of source.split(/[.,;:!?()[\]{}"“”]|\s-\s|\s—\s/)) {
    let phrase: string[] = [];
    const flush = () => {
      while (phrase.length && GENERIC_WORDS.has(phrase[0])) phrase.shift();
      while (phrase.length && GENERIC_WORDS.has(phrase[phrase.length - 1])) phrase.pop();
      // "concurrent data (structures)": "data" is only half of the generic head
      if (phrase.length > 1 && phrase[phrase.length - 1] === 'data') phrase.pop();
      // compromise's lexicon decides the ends: no leading verb or adverb ("answer query"), a noun at the end
      while (phrase.length > 1 && !NAME_PARTICLES.has(phrase[0]) && LEAD_DROP.has(lexiconPos(phrase[0]) ?? 'noun')) phrase.shift();
      while (phrase.length && TAIL_DROP.has(lexiconPos(phrase[phrase.length - 1]) ?? 'noun')) phrase.pop();
      if (phrase.length === 1 && !nounLike(phrase[0])) phrase.pop();
      if (phrase.length >= 1 && phrase.length <= 4) {
        const words = phrase.map(singular);
        // acronyms the paper defines (or the built-in ones) become their expansions, inside phrases too ("dtw distance")
        // hyphens become spaces ("sub-quadratic" = "sub quadratic"), but not around a particle ("in-place", "re-pair")
        let key = words.map((w) => local.get(w) ?? BUILTIN.get(w) ?? w).map((w) => (/(?:^|-)(?:in|on|out|re|off|up|co|non|pre|post|de)-/.test(w) ? w : w.replace(/-/g, ' '))).join(' ');
        if (key.length >= 3 && !/^[0-9 ]+$/.test(key) && !(words.length === 1 && GENERIC_WORDS.has(key))) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      phrase = [];
    };
    const raws = chunk.split(/\s+/);
    for (let ri = 0; ri < raws.length; ri++) {
      const raw = raws[ri];
      const w = trimEndMatching(raw.toLowerCase().replace(/^[^a-z0-9]+/, ''), /[^a-z0-9]/);
      // "pattern matching" is a term; "matching the lower bound" is a verb
      if (w === 'matching' && phrase.length > 0 && !/^(?:the|a|an|this|that|these|our|its|their)$/i.test(raws[ri + 1] ?? '')) { phrase.push(w); continue; }
      // math residue (log n, sqrt, 1+o) and single letters are not concepts
      // adverbs ("surprisingly") and past-tense verbs ("attracted") end a phrase; topic participles ("supervised") do not
      const verbish = (w.length > 4 && w.endsWith('ly') && !NON_ADVERB_LY.has(w)) || (w.length > 4 && /[^e]ed$|[^e]ied$/.test(w) && !CONCEPT_PARTICIPLES.has(w));
      if (!w || verbish || PHRASE_STOPWORDS.has(w) || !/^[a-z][a-z0-9-]*$/.test(w) || w.length < 2 || w.length > 30 || /^(?:log|sqrt|poly|polylog|mathcal|widetilde|tilde|omega|theta|epsilon|varepsilon|frac|big)$/.test(w) || /[^a-z0-9\s'-]/.test(trimEndMatching(raw.toLowerCase(), /[.,;:!?()\[\]"“”]/).replace(/^[("“[]+/, ''))) { flush(); continue; }
      phrase.push(w);
      if (phrase.length > 6) flush();
    }
    flush();
  }
  // "Chain of Thought", "Mixture of Experts" in the title: keep the "of" phrase whole
  for (const m of title.toLowerCase().matchAll(/(?:^|[^a-z-])([a-z]{3,20}) of ([a-z]{3,20})(?![a-z-])/g)) {
    const a = singular(m[1]), b = singular(m[2]);
    if (GENERIC_WORDS.has(a) || PHRASE_STOPWORDS.has(a) || GENERIC_WORDS.has(b) || PHRASE_STOPWORDS.has(b)) continue;
    const key = `${a} of ${b}`;
    const n = (title + ' ' + text).toLowerCase().split(`${m[1]} of ${m[2]}`).length - 1;
    counts.set(key, (counts.get(key) ?? 0) + 2 * n);
    for (const part of [a, b]) { const c = counts.get(part); if (c !== undefined) counts.set(part, Math.max(0, c - n)); }
  }
  for (const [k, v] of counts) if (v <= 0) counts.delete(k);
  const scored = [...counts.entries()].map(([name, n]) => ({ name, score: n * (1 + 0.5 * (name.split(' ').length - 1)) }));
  scored.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const top = scored.slice(0, MAX_CONCEPTS);
  const max = top.length ? top[0].score : 1;
  return top.map((c) => ({ name: c.name, weight: Math.round((c.score / max) * 1000) / 1000 }));
}
