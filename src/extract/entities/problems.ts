// Problems a paper studies: phrases from the title (tagged by compromise, where its tags decide the phrase
// boundaries) and from abstract cues ("the X problem", "the problem of X", "we study X", "known as X"), each with
// the reason of the rule that found it. The paper's main problems are the 1–4 best-supported distinct keys.
// Linear: every loop walks a bounded window around a cue word.
import type { ProblemCandidate, ProblemSpan } from './types.ts';
import { tagPhrase, phraseWords, lexiconPos, type PhraseWord, type Pos } from './nlp.ts';
import { problemKeyWords, isGenericKey } from './canonical.ts';
import type { AcronymDefinition } from './acronyms.ts';
import {
  NOUN_VERBS,
  CONTRIBUTION_HEADS, COST_HEADS, QUALITY_WORDS, TITLE_PIVOTS, QUALIFIER_WORDS, GENERIC_PROBLEM_MODIFIERS, PROBLEM_CUES, TITLE_RULES,
  CONTRIBUTION_FOR, OPENING_SUBJECT, DEFINED_TERM, COUNT_OPENINGS, TECHNIQUE_KEYS, METHOD_HEAD_PROBLEMS, METHOD_HEAD_WEIGHT,
  type ProblemCue,
} from '../rules/problems.ts';
import { GENERIC_WORDS, NON_ADVERB_LY } from '../rules/generic-words.ts';
import { trimEndMatching } from '../../ingest/trim.ts';

export interface ProblemContext {
  /** acronyms the paper defines (lower-case acronym → expansion key) */
  acronyms: ReadonlyMap<string, string>;
  /** keys of the paper's own method names (a title naming the method is not a problem) */
  methodKeys: ReadonlySet<string>;
  sentences: readonly [number, number][];
  /** acronym definitions of the abstract (their expansions are candidate problem names) */
  definitions?: readonly AcronymDefinition[];
}

const MAX_PROBLEMS = 3;
/** Selection: a further problem needs this score, or this share of the best one's, whichever is lower. */
const SEL_ABS = 1.8;
const SEL_REL = 0.5;
/** Scoring: each repeated mention adds this share of its weight; title and abstract agreeing adds AGREE. */
const REPEAT = 0.5;
const AGREE = 1;
/** An abstract phrase gains TITLE_OVERLAP × (share of its words in the title), and EARLY in the first two sentences. */
const TITLE_OVERLAP = 1.5;
const EARLY = 0.5;
const MAX_WORDS = 9;
/** The cues that may name a one-word problem. */
const SINGLE_WORD_REASONS = new Set(['problem:method-head-attention', 'problem:title-conjunct', 'problem:x-problem', 'problem:x-problems', 'problem:problem-of', 'problem:title-after-contribution', 'problem:title-after-pivot', 'problem:title-phrase', 'problem:we-study', 'problem:complexity-of', 'problem:task-of']);
const TITLE_MAX = 300;
const TITLE_WEIGHT = new Map(TITLE_RULES.map((r) => [r.rule, r]));

/** Words that make a title chunk a sentence, not a noun phrase ("Don't Rush into a Union", "How to …"). */
const CLAUSE_WORDS = new Set(['we', 'you', 'your', 'our', 'their', 'his', 'her', 'its', 'i', 'my', 'it', 'its', 'they', 'is', 'are', 'be', 'was', 'were', 'do', 'does', "don't", 'can', 'cannot', 'should', 'must', 'will', 'how', 'why', 'what', 'when', 'which', 'who', 'not', 'no', 'let', "let's", 'make', 'makes', 'take', 'takes', 'need', 'needs', 'meets', 'matters', 'helps', 'works', 'may', 'might', 'could', 'would']);
/** Verbs after a title's subject that make the title a statement about it ("X Cannot be Computed", "X is NP-hard"). */
const TITLE_VERBS = new Set(['is', 'are', 'cannot', 'can', 'does', 'do', 'should', 'must', 'will', 'was', 'were', 'makes', 'meets', 'needs', 'helps', 'matters', 'works', 'be', 'may', 'might', 'could', 'would']);
/** Verbs that open a purpose clause in a title ("… to boost X", "Algorithms to Compute X"): dropped, their object kept. */
const LEADING_VERBS = new Set(['compute', 'boost', 'improve', 'accelerate', 'speed', 'enhance', 'solve', 'find', 'construct', 'build', 'represent', 'support', 'enable', 'achieve', 'handle', 'address', 'tackle', 'answer', 'maintain', 'count', 'detect', 'learn', 'estimate', 'reduce', 'optimize', 'scale', 'bridge', 'unify', 'close', 'break', 'beat', 'bypass']);
/** Title words after which a method, not the problem, follows. */
const METHOD_PIVOTS = new Set(['via', 'using', 'through', 'by', 'with', 'without', 'from', 'based']);
/** Pivots whose following chunk is neither problem nor method (a condition, a setting, a comparison). */
const IGNORED_AFTER = new Set(['under', 'at', 'as', 'versus', 'vs', 'against', 'beyond', 'when', 'where', 'during', 'into', 'without']);
/** Heads of a method-like chunk ("… with Video Diffusion Model", "… via Hadamard Sparse Attention"). */
const METHOD_HEADS = new Set(['model', 'models', 'network', 'networks', 'transformer', 'transformers', 'attention', 'architecture', 'encoder', 'decoder', 'module', 'modules', 'framework', 'layer', 'layers', 'mechanism', 'algorithm', 'algorithms', 'agent', 'agents', 'tree', 'trees', 'index', 'indexes', 'filter', 'filters', 'sketch', 'sketches', 'representation', 'representations', 'technique', 'techniques', 'method', 'methods', 'approach', 'learning', 'llm', 'llms', 'sampling', 'embedding', 'embeddings', 'kernel', 'kernels', 'reasoning', 'fusion', 'search', 'programming', 'prompting', 'distillation', 'alignment', 'tuning', 'fine-tuning', 'diffusion', 'mamba', 'ssm', 'gnn', 'cnn', 'vit', 'policy', 'policies', 'solver', 'solvers', 'heuristic', 'heuristics']);
/** Leading words of an abstract phrase that carry no topic ("recent progress in", "every updating"). */
const LEADING_GENERIC = new Set(['recent', 'previous', 'prior', 'every', 'each', 'all', 'any', 'some', 'many', 'several', 'various', 'classical', 'classic', 'well-known', 'famous', 'standard', 'traditional', 'conventional', 'existing', 'popular', 'common', 'typical', 'modern', 'current', 'basic', 'fundamental', 'important', 'certain', 'given', 'such', 'same', 'other', 'further', 'following', 'general', 'main', 'central', 'key', 'so-called']);
/** Heads of abstract phrases that name a component or a model, not a problem. */
const COMPONENT_HEADS = new Set(['model', 'models', 'transformer', 'transformers', 'perceptron', 'perceptrons', 'network', 'networks', 'architecture', 'architectures', 'module', 'modules', 'layer', 'layers', 'encoder', 'encoders', 'decoder', 'decoders', 'mechanism', 'mechanisms', 'framework', 'frameworks', 'author', 'authors', 'window', 'windows', 'operation', 'operations', 'relationship', 'relationships', 'connection', 'connections', 'component', 'components', 'technique', 'techniques', 'method', 'methods', 'approach', 'approaches', 'algorithm', 'algorithms', 'strategy', 'strategies', 'table', 'tables', 'formula', 'formulas', 'recurrence', 'paper', 'work', 'result', 'results', 'analysis', 'experiments', 'baseline', 'baselines', 'parameter', 'parameters', 'matrix', 'matrices', 'vector', 'vectors', 'value', 'values', 'loss', 'function', 'functions', 'library', 'tool', 'tools', 'system', 'systems', 'platform', 'agent', 'agents', 'llm', 'llms', 'gpu', 'gpus', 'hardware', 'kernel', 'kernels']);
/** Trailing words that say what kind of text it is, not what it is about. */
const TRAILING_DROP = new Set(['revisited', 'report', 'technical', 'survey', 'overview', 'tutorial', 'primer', 'redux', 'again', 'extended', 'abstract', 'simplified', 'made', 'simple', 'easy', 'practical', 'approach', 'perspective', 'study', 'view']);
/** Class words that open a hyphenated qualifier ("Quadratic-Order", "Linear-Time", "Near-Optimal", "Space-Efficient"). */
const CLASS_PREFIX = /^[a-z]+-(?:optimal|efficient|friendly|aware)$|^(?:linear|near|nearly|almost|quadratic|cubic|sub|super|polynomial|poly|polylog|logarithmic|log|constant|optimal|fast|faster|space|time|cache|work|memory|compute|energy|sample|query|communication|round|pass|i\/o|io|output|input|instance|worst|average|high|low|ultra|light|small|large|efficient)-/;

interface Chunk { words: PhraseWord[]; rule: string }

function isPunct(w: PhraseWord): boolean {
  return w.text.length === 1 && !/[\p{L}\p{N}$]/u.test(w.text);
}

function content(w: PhraseWord): boolean {
  return !isPunct(w) && !GENERIC_PROBLEM_MODIFIERS.has(w.lower) && !QUALITY_WORDS.has(w.lower);
}

/** Does the chunk name a method rather than a problem (an acronym or CamelCase name, or a method head word)? */
function methodLike(words: readonly PhraseWord[]): boolean {
  const real = words.filter((w) => !isPunct(w));
  if (real.length === 0) return false;
  if (real.some((w) => w.acronym && !/^(?:LLM|LLMs|AI|ML|RL|NLP|GPU|GPUs|3D|2D|DNA|RNA|NP|QA|I\/O|I\/Os)$/.test(w.text))) return true;
  return METHOD_HEADS.has(real[real.length - 1].lower);
}

/** The phrase without trailing punctuation, function words and result qualifiers ("in Optimal Time and Space"). */
function trimTrailing(words: PhraseWord[]): PhraseWord[] {
  let e = words.length;
  for (;;) {
    const before = e;
    while (e > 0 && (isPunct(words[e - 1]) || words[e - 1].pos === 'det' || words[e - 1].pos === 'prep' || words[e - 1].pos === 'conj' || TRAILING_DROP.has(words[e - 1].lower))) e--;
    // "… in Optimal Time and Space", "… in the Restore Model", "… on GPUs": a trailing qualifier
    for (let k = e - 1; k > 0; k--) {
      const w = words[k];
      if (w.lower === 'in' || w.lower === 'on' || w.lower === 'with' || w.lower === 'at' || w.lower === 'for' || w.lower === 'over') {
        const tail = words.slice(k + 1, e).filter((x) => !isPunct(x));
        // "… in the Restore Model", "… in the Cell-Probe Setting": a model of computation, whatever its name
        if (tail.length > 0 && tail.length <= 4 && /^(?:models?|settings?|regimes?|frameworks?)$/.test(tail[tail.length - 1].lower)) { e = k; break; }
        if (tail.length > 0 && tail.every((x) => QUALIFIER_WORDS.has(x.lower) || x.text.startsWith('$') || QUALITY_WORDS.has(x.lower) || x.pos === 'det' || x.pos === 'conj' || CLASS_PREFIX.test(x.lower) || GENERIC_PROBLEM_MODIFIERS.has(x.lower))) { e = k; }
        break;
      }
    }
    if (e === before) break;
  }
  return words.slice(0, e);
}

/** Trim a phrase to its problem name: quality words and qualifiers off both ends; null when nothing topical is left. */
function cleanPhrase(words: PhraseWord[]): PhraseWord[] | null {
  let s = 0;
  const e = trimTrailing(words).length;
  const lead = (w: PhraseWord) => isPunct(w) || LEADING_GENERIC.has(w.lower) || QUALITY_WORDS.has(w.lower) || CLASS_PREFIX.test(w.lower) || w.pos === 'det' || w.pos === 'pron' || w.pos === 'value' && !/\d[a-z]/i.test(w.text) || w.pos === 'adv';
  while (s < e && lead(words[s])) s++;
  // a leading purpose verb ("Compute the Lyndon Array"): keep its object
  if (s < e && LEADING_VERBS.has(words[s].lower) && e - s > 1) { s++; while (s < e && (words[s].pos === 'det' || QUALITY_WORDS.has(words[s].lower))) s++; }
  const out = words.slice(s, e);
  if (out.length === 0 || out.length > MAX_WORDS) return null;
  if (out.some((w) => CLAUSE_WORDS.has(w.lower))) return null;
  if (!out.some(content)) return null;
  return out;
}

/** Split "A and B", "A, B and C" into conjuncts when each ends in a noun; otherwise the phrase stays whole. */
function conjuncts(words: PhraseWord[]): PhraseWord[][] {
  const parts: PhraseWord[][] = [];
  let cur: PhraseWord[] = [];
  for (const w of words) {
    if (w.lower === 'and' || w.lower === '&' || w.lower === ',' || w.lower === 'or') { parts.push(cur); cur = []; continue; }
    cur.push(w);
  }
  parts.push(cur);
  if (parts.length === 1) return [words];
  const nounEnd = (p: PhraseWord[]) => p.length > 0 && ['noun', 'gerund', 'other'].includes(p[p.length - 1].pos) || p.length > 0 && p[p.length - 1].acronym;
  // "Static and Dynamic Range Queries": a lone modifier shares the head, no split
  if (!parts.every((p) => p.length > 0 && nounEnd(p) && !(p.length === 1 && (p[0].pos === 'adj' || p[0].pos === 'participle')))) return [words];
  return parts;
}

/** A run of title words cut at its pivots into the chunks that may name problems. */
function titleChunks(seg: PhraseWord[]): Chunk[] {
  const out: Chunk[] = [];
  // "On X", "Towards X": the whole segment is about X
  let words = seg;
  // a contribution head followed by of/on/in/to/for: what follows is the problem ("The Complexity of X")
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i], nx = words[i + 1];
    if (CONTRIBUTION_HEADS.has(w.lower) && /^(?:of|on|for|to|in)$/.test(nx.lower) && i + 2 < words.length) {
      const rest = words.slice(i + 2);
      // "… between Unrooted Trees in Cubic Time": a cost after the head, not the problem
      if (rest.every((x) => QUALIFIER_WORDS.has(x.lower) || QUALITY_WORDS.has(x.lower) || CLASS_PREFIX.test(x.lower) || x.pos === 'det' || isPunct(x))) continue;
      const cut = rest.findIndex((x, k) => k > 0 && (TITLE_PIVOTS.has(x.lower) || x.lower === 'to' && isVerbish(rest[k + 1])) && x.lower !== 'for');
      out.push({ words: cut < 0 ? rest : rest.slice(0, cut), rule: 'after-contribution' });
      // the head ("Improved Bounds", "The Complexity") is the contribution, not a problem
      return out;
    }
  }
  // pivots: for / via / using / with / to <verb> …
  const pieces: { pivot: string | null; words: PhraseWord[] }[] = [{ pivot: null, words: [] }];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const low = w.lower;
    const isPivot = (TITLE_PIVOTS.has(low) && w.pos !== 'noun' && i > 0) || (low === 'to' && i > 0 && isVerbish(words[i + 1])) || (low === 'based' && words[i + 1]?.lower === 'on');
    if (isPivot) {
      // "with X" that is not a method stays part of the name ("Dictionary Matching with Mismatches")
      if (low === 'with') {
        const after = untilPivot(words, i + 1);
        if (!methodLike(after) && !after.every((x) => QUALIFIER_WORDS.has(x.lower) || x.pos === 'det')) { pieces[pieces.length - 1].words.push(w); continue; }
      }
      pieces.push({ pivot: low === 'based' ? 'based' : low, words: [] });
      if (low === 'based') i++;
      continue;
    }
    pieces[pieces.length - 1].words.push(w);
  }
  const head = pieces[0].words;
  const headIsContribution = head.length > 0 && (CONTRIBUTION_HEADS.has(head[head.length - 1].lower) || methodLike(head));
  for (let p = 0; p < pieces.length; p++) {
    const { pivot, words: ws } = pieces[p];
    if (ws.length === 0) continue;
    if (pivot === null) {
      const next = pieces[1]?.pivot ?? null;
      if (next !== null && (next === 'for' || next === 'to' || next === 'towards' || next === 'toward') && headIsContribution) continue;
      if (!(pieces.length === 1 && methodLike(ws) && ws.length <= 2)) out.push({ words: ws, rule: pieces.length === 1 ? 'whole' : 'before-pivot' });
    } else if (pivot === 'for' || pivot === 'to' || pivot === 'towards' || pivot === 'toward') {
      // "… for Integer Alphabets", "… for Large Inputs": a setting, not a problem
      if (ws.every((x) => QUALIFIER_WORDS.has(x.lower) || QUALITY_WORDS.has(x.lower) || x.pos === 'det' || isPunct(x))) continue;
      out.push({ words: ws, rule: 'after-pivot' });
    } else if (METHOD_PIVOTS.has(pivot) || IGNORED_AFTER.has(pivot)) {
      continue;
    }
  }
  return out;
}

function isVerbish(w: PhraseWord | undefined): boolean {
  return !!w && (w.pos === 'verb' || LEADING_VERBS.has(w.lower));
}

function untilPivot(words: PhraseWord[], from: number): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (let k = from; k < words.length; k++) { if (TITLE_PIVOTS.has(words[k].lower) || words[k].lower === 'and') break; out.push(words[k]); }
  return out;
}

function spanName(text: string, words: readonly PhraseWord[], base: number): { name: string; start: number; end: number } {
  const start = words[0].start, end = words[words.length - 1].end;
  return { name: text.slice(start - base, end - base), start, end };
}

/** Candidate problems named by the title. */
export function titleProblems(title: string, ctx: ProblemContext): ProblemCandidate[] {
  // a title longer than any real one is scraped junk: only its start is read (keeps every pass linear)
  const words = tagPhrase(title.length > TITLE_MAX ? title.slice(0, TITLE_MAX) : title);
  // "Edit Distance between …", "Cut Sparsifiers": a noun the tagger read as an imperative
  for (let i = 0; i + 1 < words.length; i++) if (words[i].pos === 'verb' && NOUN_VERBS.has(words[i].lower) && words[i + 1].pos === 'noun') words[i] = { ...words[i], pos: 'noun' };
  const out: ProblemCandidate[] = [];
  // segments: split at ':' '?' '|' dashes and brackets (a "(LCS)" aside is not part of the phrase)
  const segments: PhraseWord[][] = [[]];
  let depth = 0;
  for (const w of words) {
    if (w.text === '(' || w.text === '[') { depth++; continue; }
    if (w.text === ')' || w.text === ']') { depth = Math.max(0, depth - 1); continue; }
    if (depth > 0) continue;
    if ([':', '?', '|', '—', '–', '!', ';', '.'].includes(w.text) || (w.text === '-' && w.pos === 'other')) { segments.push([]); continue; }
    segments[segments.length - 1].push(w);
  }
  const real = segments.filter((s) => s.length > 0);
  real.forEach((seg, si) => {
    // "MoGA: …", "HYPERPOSE: …", "Harmonic: …": a short name before the colon is the method
    if (si === 0 && real.length > 1 && seg.length <= 2 && (seg.length === 1 || methodLike(seg))) return;
    for (const chunk of titleChunks(seg)) {
      const verb = chunk.words.findIndex((w) => CLAUSE_WORDS.has(w.lower));
      if (verb >= 0) {
        // a title that is a sentence names its problem as its subject ("X Cannot be Computed in …", "X is Hard")
        const subject = verb >= 2 && TITLE_VERBS.has(chunk.words[verb].lower) ? cleanPhrase(chunk.words.slice(0, verb)) : null;
        const c = subject ? candidate(title, subject, 0, 'title', TITLE_WEIGHT.get('subject-before-verb')!.weight, TITLE_WEIGHT.get('subject-before-verb')!.reason, ctx) : null;
        if (c) out.push(c);
        continue;
      }
      const whole = trimTrailing(chunk.words);
      if (whole.length === 0) continue;
      const parts = conjuncts(whole);
      for (const part of parts) {
        let ws = part;
        // a conjunct's trailing contribution head ("Minority Data Structures" → "Minority")
        while (parts.length > 1 && ws.length > 1 && CONTRIBUTION_HEADS.has(ws[ws.length - 1].lower) && !METHOD_HEADS.has(ws[ws.length - 1].lower)) {
          ws = ws.slice(0, -1);
          if (ws.length > 1 && ws[ws.length - 1].lower === 'data') ws = ws.slice(0, -1);
        }
        const cleaned = cleanPhrase(ws);
        if (!cleaned) continue;
        const rule = parts.length > 1 ? TITLE_WEIGHT.get('conjunct')! : TITLE_WEIGHT.get(chunk.rule)!;
        const c = candidate(title, cleaned, 0, 'title', rule.weight, rule.reason, ctx);
        if (c) out.push(c);
      }
    }
  });
  return out;
}

/**
 * Is this phrase a usable problem name? Not generic, not a cost or a technique, no bare variables or counts, not
 * only qualifiers ("large scale", "integer alphabets"), not a component (abstract phrases), not the paper's method.
 */
export function problemPhraseOk(name: string, keyWords: readonly string[], field: 'title' | 'abstract', methodKeys?: ReadonlySet<string>): boolean {
  const key = keyWords.join(' ');
  const last = trimEndMatching(name.toLowerCase(), /[^a-z0-9$-]/).split(/\s+/).pop() ?? '';
  if (isGenericKey(keyWords) || COST_HEADS.has(last) || TECHNIQUE_KEYS.has(key)) return false;
  // "pattern $P$", "$n$ elements", "queries in O", "text of length n": variables and counts, not problem names
  // (a one-letter parameter is part of a name: "Circular Pattern Matching with $k$ Mismatches", "$k$-mismatch")
  if (/\$(?![A-Za-z]\$)[^$]*\$(?![-\w])/.test(name) && !/-\$[^$]*\$/.test(name)) return false;
  if (/^[a-z]$/.test(keyWords[keyWords.length - 1]) || /\bof (?:length|size)\b/.test(key) || COUNT_OPENINGS.some((o) => key.startsWith(o + ' '))) return false;
  if (keyWords.every((w) => QUALIFIER_WORDS.has(w) || QUALITY_WORDS.has(w) || GENERIC_PROBLEM_MODIFIERS.has(w))) return false;
  if (field === 'abstract' && COMPONENT_HEADS.has(last)) return false;
  // "Manacher's algorithm", "Dijkstra's algorithm": a named algorithm is a method
  if (/['’]s?$/.test(keyWords[keyWords.length - 2] ?? '') && /^algorithms?$/.test(last)) return false;
  return !methodKeys?.has(key);
}

/** What follows a problem's name when its objects are not strings (a bounded slice: no backtracking beyond it). */
const OBJECTS_AFTER = /^\s+(?:between|of|on)\s+(?:two\s+|a\s+pair\s+of\s+)?(?:(?:rooted|unrooted|ordered|unordered|labeled|labelled)\s+)?(?:trees|forests|graphs|DAGs|dags)\b/i;

/** A cost class opening a title phrase ("Linear Time Inference of Strings …") is the result, not the problem's name. */
const COST_OPENING = /^(?:(?:nearly|near|almost|truly|essentially)[- ])?(?:linear|quadratic|cubic|constant|sublinear|sub-linear|logarithmic|polylogarithmic|polynomial|optimal|subquadratic|sub-quadratic)[- ](?:time|space)[- ]/i;
/** Words that make a phrase a clause or a comment, not a problem's name ("algorithm become tricky", "named X"). */
const COMMENT_WORDS = new Set(['named', 'called', 'become', 'becomes', 'became', 'seem', 'seems', 'play', 'plays', 'including', 'insight', 'insights', 'tricky', 'difficult', 'made', 'performing']);

function candidate(text: string, words: readonly PhraseWord[], base: number, field: 'title' | 'abstract', weight: number, reason: string, ctx: ProblemContext): ProblemCandidate | null {
  let { name, start, end } = spanName(text, words, base);
  // "edit distance between (two) unrooted trees", "isomorphism of graphs": the objects name the problem
  const objects = OBJECTS_AFTER.exec(text.slice(end, end + 60));
  if (objects) { name = text.slice(start, end + objects[0].length); end += objects[0].length; }
  const opening = COST_OPENING.exec(name);
  if (opening && opening[0].length < name.length) { name = name.slice(opening[0].length); start += opening[0].length; }
  if (name.toLowerCase().split(/\s+/).some((w) => COMMENT_WORDS.has(w))) return null;
  const keyWords = problemKeyWords(name, ctx.acronyms);
  if (!problemPhraseOk(name, keyWords, field, ctx.methodKeys)) return null;
  const key = keyWords.join(' ');
  // one ordinary word alone ("Compression", "Streaming") is a weak problem name
  const single = keyWords.length === 1 && words.length === 1 && !words[0].acronym;
  if (single && (GENERIC_WORDS.has(words[0].lower) || words[0].lower.length < 4)) return null;
  // a noun, not an adjective or verb
  if (single && (!['noun', 'gerund'].includes(lexiconPos(words[0].lower) ?? 'noun') || /(?:ive|ous|al|ic|ual)$/.test(words[0].lower))) return null;
  return { name, key, field, start, end, weight: single ? weight * 0.6 : weight, reason };
}

// ---- abstract cues ----

/** Participles that introduce a name rather than modify it ("called", "known"). */
const INTRODUCING = new Set(['called', 'named', 'termed', 'dubbed', 'known', 'coined', 'denoted', 'so-called']);
const STOP_BACK = new Set<Pos>(['det', 'prep', 'conj', 'pron', 'verb', 'adv', 'value']);
const NP_STOP = new Set(['that', 'which', 'where', 'who', 'whose', 'whether', 'if', 'when', 'while', 'and', 'or', 'but', 'is', 'are', 'was', 'were', 'can', 'has', 'have', 'with', 'by', 'using', 'via', 'from', 'under', 'as', 'to', 'for', 'on', 'at', 'than', 'into', 'over', 'between', 'among', 'within', 'through', 'without', 'because', 'since', 'so', 'such', 'also', 'we', 'our', 'it', 'its', 'their', 'this', 'these', 'those', 'both', 'namely']);

/** Irregular simple pasts the lexicon reads as participles (an adjective-like modifier would not end a phrase). */
const SIMPLE_PAST = new Set(['ran', 'took', 'gave', 'began', 'became', 'broke', 'grew', 'wrote', 'chose', 'went', 'came', 'fell', 'rose', 'won', 'was', 'were', 'had', 'did', 'saw', 'knew', 'remained', 'required', 'needed', 'runs', 'takes', 'requires', 'needs', 'remains']);

function posOf(w: PhraseWord): Pos {
  if (w.pos !== 'other' || isPunct(w)) return w.pos;
  if (w.acronym || w.text.includes('$') || /\d/.test(w.text)) return 'noun';
  if (NOUN_VERBS.has(w.lower)) return 'noun';
  return lexiconPos(w.lower) ?? (/ing$/.test(w.lower) ? 'gerund' : /ly$/.test(w.lower) && !NON_ADVERB_LY.has(w.lower) ? 'adv' : 'noun');
}

/** Words of "… X problem": up to 6 modifiers before the cue word, stopping at determiners, verbs and punctuation. */
function backwardNP(words: PhraseWord[], cue: number): PhraseWord[] {
  let k = cue - 1;
  // "the Longest Common Increasing Subsequence (LCIS) problem": skip the acronym aside
  if (k >= 2 && words[k].text === ')' && words[k - 2].text === '(') k -= 3;
  const out: PhraseWord[] = [];
  while (k >= 0 && out.length < 6) {
    const w = words[k];
    if (isPunct(w)) break;
    const p = posOf(w);
    // participles and gerunds modify the head ("weighted", "pairing"); finite verbs and function words end it
    if (STOP_BACK.has(p) && !(p === 'verb' && (w.acronym || /(?:ing|ed)$/.test(w.lower))) && !(p === 'value' && /[a-z]/i.test(w.text))) break;
    if (GENERIC_PROBLEM_MODIFIERS.has(w.lower) && !out.length) break;
    // "we study word reconstruction problems": the word after a subject pronoun or "to" is a verb
    const prev = words[k - 1]?.lower;
    if (prev === 'we' || prev === 'they' || prev === 'to' || prev === 'i') break;
    if (INTRODUCING.has(w.lower)) break;
    out.unshift(w);
    k--;
  }
  // leading generic modifiers ("well-known", "classical") are not part of the name
  while (out.length && (GENERIC_PROBLEM_MODIFIERS.has(out[0].lower) || QUALITY_WORDS.has(out[0].lower))) out.shift();
  return out;
}

/** Words of "problem of X" / "we study X": a noun phrase (one inner "of"/"in" allowed) up to a clause boundary. */
function forwardNP(words: PhraseWord[], from: number): PhraseWord[] {
  return forwardNPAt(words, from).np;
}

function forwardNPAt(words: PhraseWord[], from: number): { np: PhraseWord[]; next: number } {
  const out: PhraseWord[] = [];
  let inner = 0;
  let k = from;
  for (; k < words.length && out.length < MAX_WORDS && k < from + 3 * MAX_WORDS; k++) {
    const w = words[k];
    if (isPunct(w)) break;
    const low = w.lower;
    if (out.length === 0 && (low === 'the' || low === 'a' || low === 'an' || low === 'all' || low === 'efficient' || low === 'efficiently')) continue;
    if ((low === 'of' || low === 'in') && out.length > 0 && inner === 0 && k + 1 < words.length && !isPunct(words[k + 1])) { inner++; out.push(w); continue; }
    if (NP_STOP.has(low) || low === 'of' || low === 'in') break;
    const p = posOf(w);
    // "large language models": a plural the lexicon reads as a verb, after a modifier
    const plural = p === 'verb' && /[^s]s$/.test(low) && out.length > 0 && ['adj', 'noun'].includes(posOf(out[out.length - 1]));
    if ((p === 'verb' && out.length > 0 && !w.acronym && !plural) || p === 'adv' && out.length > 0) break;
    // "the fastest algorithm for tree edit distance ran in cubic time": a simple past ends the phrase
    if (out.length > 0 && SIMPLE_PAST.has(low)) break;
    out.push(w);
  }
  while (out.length && (out[out.length - 1].lower === 'of' || out[out.length - 1].lower === 'in' || out[out.length - 1].pos === 'det')) { out.pop(); }
  return { np: out, next: k };
}

/** After a noun phrase ending at `next`: the phrase of "… and (the) Y" / "…, Y" when one follows. */
function conjunctAfter(words: PhraseWord[], next: number): PhraseWord[] {
  const w = words[next];
  if (!w || !(w.lower === 'and' || w.lower === 'or' || w.text === ',')) return [];
  let k = next + 1;
  if (words[k]?.lower === 'and' || words[k]?.lower === 'or') k++;
  return forwardNP(words, k);
}

interface CompiledCue { cue: ProblemCue; words: string[] }
const CUES: CompiledCue[] = PROBLEM_CUES.map((cue) => ({ cue, words: cue.words.split(' ') }));
const CUES_BY_FIRST = new Map<string, CompiledCue[]>();
for (const c of CUES) { const l = CUES_BY_FIRST.get(c.words[0]) ?? []; l.push(c); CUES_BY_FIRST.set(c.words[0], l); }

/** Candidate problems announced by cues in the abstract. */
export function abstractProblems(text: string, ctx: ProblemContext, allWords: readonly PhraseWord[] = phraseWords(text)): ProblemCandidate[] {
  const out: ProblemCandidate[] = [];
  let wi = 0;
  for (const [s, e] of ctx.sentences) {
    // the sentence's words, from the abstract's words (computed once per abstract)
    while (wi < allWords.length && allWords[wi].start < s) wi++;
    let we = wi;
    while (we < allWords.length && allWords[we].end <= e) we++;
    const words = allWords.slice(wi, we);
    wi = we;
    for (let i = 0; i < words.length; i++) {
      // "a novel architecture for X", "an index for X", "a data structure to X"
      const nx = words[i + 1];
      if (CONTRIBUTION_HEADS.has(words[i].lower) && nx && (nx.lower === 'for' || nx.lower === 'to')) {
        const np = forwardNP(words, i + 2);
        const cleaned = np.length ? cleanPhrase(np) : null;
        const c = cleaned ? candidate(text, cleaned, 0, 'abstract', CONTRIBUTION_FOR.weight, CONTRIBUTION_FOR.reason, ctx) : null;
        if (c) out.push(c);
      }
      const list = CUES_BY_FIRST.get(words[i].lower);
      if (!list) continue;
      for (const { cue, words: cw } of list) {
        if (i + cw.length > words.length) continue;
        let ok = true;
        for (let q = 1; q < cw.length; q++) if (words[i + q].lower !== cw[q]) { ok = false; break; }
        if (!ok) continue;
        let np: PhraseWord[] = [];
        if (cue.kind === 'problem-suffix') {
          np = backwardNP(words, i);
          // "the local decoding problem of BWT": a short "of Y" completes the name
          if (np.length && words[i + 1]?.lower === 'of') {
            const tail = forwardNP(words, i + 2);
            if (tail.length > 0 && tail.length <= 3 && !tail.some((w) => w.lower === 'of' || w.lower === 'in')) np = [...np, words[i], words[i + 1], ...tail];
          }
          if (np.length && np[np.length - 1] !== words[i] && np.length < MAX_WORDS) { /* name without "problem" */ }
        } else {
          const at = forwardNPAt(words, i + cw.length);
          np = at.np;
          if (cue.kind === 'object-of' || cue.kind === 'study-verb') {
            const second = conjunctAfter(words, at.next);
            const cleaned2 = second.length ? cleanPhrase(second) : null;
            const c2 = cleaned2 ? candidate(text, cleaned2, 0, 'abstract', cue.weight * 0.8, cue.reason, ctx) : null;
            if (c2) out.push(c2);
          }
        }
        const cleaned = np.length ? cleanPhrase(np) : null;
        if (!cleaned) continue;
        const c = candidate(text, cleaned, 0, 'abstract', cue.weight, cue.reason, ctx);
        if (c) out.push(c);
        break;
      }
    }
    // the abstract's opening noun phrase, when it is the subject of the sentence
    if (s === ctx.sentences[0]?.[0]) {
      const at = forwardNPAt(words, 0);
      const follow = words[at.next];
      if (at.np.length >= 2 && follow && (follow.text === '(' || posOf(follow) === 'verb')) {
        const cleaned = cleanPhrase(at.np);
        const c = cleaned ? candidate(text, cleaned, 0, 'abstract', OPENING_SUBJECT.weight, OPENING_SUBJECT.reason, ctx) : null;
        if (c) out.push(c);
      }
    }
  }
  // terms the abstract defines with an acronym, unless they name the paper's own method
  for (const d of ctx.definitions ?? []) {
    const ws = phraseWords(text.slice(d.start, d.end), d.start);
    const cleaned = cleanPhrase(ws);
    const c = cleaned ? candidate(text, cleaned, 0, 'abstract', DEFINED_TERM.weight, DEFINED_TERM.reason, ctx) : null;
    if (c) out.push(c);
  }
  return out;
}

/** Content words of a name for overlap tests (lower-case, singular-ish, no function words). */
function overlapWords(name: string): Set<string> {
  const out = new Set<string>();
  for (const m of name.toLowerCase().replace(/\\[a-z]+/g, ' ').matchAll(/[a-z0-9]+/g)) {
    const w = m[0];
    if (OVERLAP_STOP.has(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}
const OVERLAP_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'in', 'on', 'and', 'to', 'with', 'problem', 'problems', 'its', 'this', 'that']);

/** Problems named by the heads of the paper's method names ("HiP Attention" → attention). */
export function methodHeadProblems(names: readonly { name: string; start: number; field: 'title' | 'abstract' }[], ctx: ProblemContext): ProblemCandidate[] {
  const out: ProblemCandidate[] = [];
  for (const n of names) {
    const ws = n.name.toLowerCase().split(/\s+/);
    const rule = METHOD_HEAD_PROBLEMS.find((r) => ws[ws.length - 1] === r.head);
    if (!rule) continue;
    const mod = ws.length > 1 && rule.kinds.includes(ws[ws.length - 2]) ? ws[ws.length - 2] : null;
    const name = mod ? `${mod} ${rule.head}` : rule.head;
    // the span is the head as written inside the name
    const at = n.name.toLowerCase().lastIndexOf(name);
    out.push({ name: n.name.slice(at, at + name.length), key: problemKeyWords(name, ctx.acronyms).join(' '), field: n.field, start: n.start + at, end: n.start + at + name.length, weight: METHOD_HEAD_WEIGHT, reason: rule.reason });
  }
  return out;
}

/** The paper's main problems: the best-supported distinct keys (title evidence first), at most four. */
export function chooseProblems(cands: readonly ProblemCandidate[], title = '', firstSentenceEnd = 0): ProblemSpan[] {
  const titleWords = overlapWords(title);
  const byKey = new Map<string, { best: ProblemCandidate; score: number; fields: Set<string>; reasons: Set<string> }>();
  for (const c of cands) {
    const g = byKey.get(c.key);
    if (!g) byKey.set(c.key, { best: c, score: c.weight, fields: new Set([c.field]), reasons: new Set([c.reason]) });
    else {
      g.reasons.add(c.reason);
      // repeated evidence adds less each time; title + abstract agreeing adds a bonus
      g.score += c.weight * REPEAT + (g.fields.has(c.field) ? 0 : AGREE);
      g.fields.add(c.field);
      if (c.weight > g.best.weight || (c.weight === g.best.weight && c.field === 'abstract' && g.best.field === 'title')) g.best = c;
    }
  }
  for (const g of byKey.values()) {
    if (g.best.field === 'abstract') {
      // an abstract phrase that shares words with the title, or opens the abstract, is about the paper's topic
      const ws = overlapWords(g.best.name);
      let shared = 0;
      for (const w of ws) if (titleWords.has(w)) shared++;
      g.score += TITLE_OVERLAP * (ws.size ? shared / ws.size : 0) + (g.best.start < firstSentenceEnd ? EARLY : 0);
    }
  }
  const groups = [...byKey.values()].sort((a, b) => b.score - a.score || (a.best.key < b.best.key ? -1 : a.best.key > b.best.key ? 1 : 0));
  const chosen: typeof groups = [];
  for (const g of groups) {
    if (chosen.length >= MAX_PROBLEMS) break;
    // only a strong cue ("the sorting problem", "… for Attention") makes a one-word phrase a main problem; weaker
    // ones still name the problem of a claim in their sentence
    if (!g.best.key.includes(' ') && !/\d/.test(g.best.key) && ![...g.reasons].some((r) => SINGLE_WORD_REASONS.has(r))) continue;
    const top = chosen[0]?.score ?? g.score;
    if (chosen.length > 0 && g.score < Math.min(SEL_ABS, top * SEL_REL)) break;
    chosen.push(g);
  }
  // a problem the title names comes first: it is what the paper is about, whatever the abstract mentions more often
  const titled = chosen.filter((g) => g.fields.has('title'));
  const ordered = [...titled, ...chosen.filter((g) => !g.fields.has('title'))];
  return ordered.map(({ best }) => ({ name: best.name, start: best.start, end: best.end, key: best.key, field: best.field }));
}
