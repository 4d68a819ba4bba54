// Named methods a paper builds on: name-shaped tokens ("FM-index", "RePair", "LZ77", "BWT"), eponymous
// algorithms and structures ("Dijkstra's algorithm", "Bloom filter", "Burrows-Wheeler transform"), compound
// data-structure names ("wavelet tree") and well-known models ("Transformer"). The paper's own methods and the
// problems it defines are left out. One pass over the words; bounded lookahead.
import type { MethodSpan } from './types.ts';
import { phraseWords, lexiconPos, type PhraseWord } from './nlp.ts';
import { acronymKey } from './acronyms.ts';
import { METHOD_NAME_HEADS, STRUCTURE_MODIFIERS, KNOWN_MODELS, NOT_METHOD_NAMES } from '../rules/methods.ts';
import { GENERIC_ACRONYMS } from '../rules/acronyms.ts';

const MAX_USES = 10;
const MODELS = new Map(KNOWN_MODELS.map((m) => [m.match, m]));

/** "FM-index", "RePair", "LZ77", "GCIS", "k-d" …: capitals inside or digits with capitals. */
function nameShaped(w: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*$/.test(w) || w.length < 2 || w.length > 24) return false;
  // each hyphen part is checked: "FM-index" has a name part (FM); "Run-Length" has none
  return w.split(/[-+]/).some((part) => {
    const caps = part.replace(/[^A-Z]/g, '').length;
    return caps >= 2 || (/\d/.test(part) && caps >= 1) || /^[A-Z][a-z]+[A-Z]/.test(part);
  });
}
/** "BWT-based", "LZ-style": the name without its suffix; "NP-hard", "APX-complete": not a method at all. */
const NAME_SUFFIX = /-(?:based|like|style|type|aware|friendly|specific|oriented|driven|inspired|enabled|powered|compressed|encoded|indexed)$/i;
const CLASS_SUFFIX = /-(?:hard|hardness|complete|completeness|time|space|approximation|approximable|bit|bits)$/i;
/** Venue-shaped: "SODA '21", "(ICALP 2020)". */
const VENUE_AFTER = /^\s*(?:'|’)?\d{2,4}\b/;

/** Capitalised adjectives of mathematics that name no method ("Orthogonal vectors", "Boolean matrix"). */
const COMMON_CAPITALISED = new Set(['orthogonal', 'boolean', 'euclidean', 'gaussian', 'bayesian', 'markov', 'hamming', 'riemannian', 'hermitian', 'laplacian', 'abelian', 'newtonian', 'lipschitz', 'fourier', 'poisson', 'bernoulli', 'dirichlet', 'hilbert', 'banach']);

function isPunctWord(t: string): boolean {
  return t.length === 1 && !/[\p{L}\p{N}$]/u.test(t);
}

export interface UsesContext {
  /** lower-case names of the paper's own methods and their aliases */
  own: ReadonlySet<string>;
  /** lower-case acronyms the paper defines for problems (LCS in a paper about LCS is its problem) */
  problemAcronyms: ReadonlySet<string>;
}

export function extractUses(title: string, text: string, ctx: UsesContext, words: readonly PhraseWord[] = phraseWords(text)): MethodSpan[] {
  const out: MethodSpan[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number) => {
    const key = name.toLowerCase();
    if (seen.has(key) || ctx.own.has(key) || out.length >= MAX_USES) return;
    seen.add(key);
    out.push({ name, start, end: start + name.length });
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let t = w.text.replace(/[’']s$/, '');
    if (CLASS_SUFFIX.test(t)) continue;
    t = t.replace(NAME_SUFFIX, '');
    const low = t.toLowerCase();
    // well-known models ("Transformer", "flash attention")
    const two = i + 1 < words.length ? `${low} ${words[i + 1].lower}` : '';
    const model = MODELS.get(two) ?? MODELS.get(low);
    if (model) { add(model.name, w.start); continue; }
    // "FM-index", "RePair", "LZ77"
    if (nameShaped(t) && !NOT_METHOD_NAMES.has(t) && !NOT_METHOD_NAMES.has(t.replace(/s$/, ''))) {
      const bare = acronymKey(t);
      if (!GENERIC_ACRONYMS.has(bare) && !ctx.problemAcronyms.has(bare) && !/^[A-Z]\d*$/.test(t) && !VENUE_AFTER.test(text.slice(w.end, w.end + 6))) {
        // "LZ77 parsing", "GCIS algorithm": a head word after the name is part of it only when the name is an eponym
        add(t, w.start);
        continue;
      }
    }
    // "Bloom filter", "Dijkstra's algorithm", "Burrows-Wheeler transform", "Aho-Corasick automaton"
    if (/^[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)*(?:[’']s)?$/.test(w.text) && i > 0 && !/^[.:;!?]$/.test(words[i - 1].text)) {
      const next = words[i + 1];
      // a common English word capitalised ("Orthogonal vectors") is no eponym; a name or a known modifier is
      const common = lexiconPos(low);
      if (next && METHOD_NAME_HEADS.has(next.lower) && !['model', 'network', 'networks', 'method', 'search', 'graph'].includes(next.lower)
        && !COMMON_CAPITALISED.has(low) && (!common || STRUCTURE_MODIFIERS.has(low))) {
        // "Monte Carlo algorithm": the capitalised words before it belong to the name
        let s0 = i;
        while (s0 > 0 && /^[A-Z][a-z]+$/.test(words[s0 - 1].text) && s0 > i - 3 && !/^[.:;!?]$/.test(words[s0 - 2]?.text ?? '.')) s0--;
        add(`${text.slice(words[s0].start, w.end).replace(/[’']s$/, '')} ${next.lower}`, words[s0].start);
        i++;
        continue;
      }
    }
    // "wavelet tree", "suffix array", "de Bruijn graph"
    // (only where a noun phrase starts: "the wavelet tree", not "longest common prefix array")
    const prev = words[i - 1];
    const phraseStart = !prev || isPunctWord(prev.text) || /^(?:the|a|an|of|in|on|for|with|by|and|or|to|from|using|via|its|their|our|this|these|each|any|every)$/i.test(prev.text);
    if (phraseStart && STRUCTURE_MODIFIERS.has(low) && i + 1 < words.length) {
      let j = i + 1;
      if (STRUCTURE_MODIFIERS.has(words[j].lower) && j + 1 < words.length && METHOD_NAME_HEADS.has(words[j + 1].lower)) j++;
      const head = words[j];
      if (METHOD_NAME_HEADS.has(head.lower) && !['algorithm', 'model', 'network', 'networks', 'method', 'search', 'sort', 'sorting', 'code', 'codes', 'list', 'lists', 'graph', 'encoding', 'parsing', 'parse', 'grammar', 'estimator'].includes(head.lower)) {
        const name = text.slice(w.start, head.end).replace(/\s+/g, ' ');
        if (!/[.,;:()]/.test(name)) { add(name, w.start); i = j; }
      }
    }
  }
  void title;
  return out;
}
