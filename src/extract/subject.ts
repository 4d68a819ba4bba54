// Decides what a claim is about: its problem (canonical key and the phrase as written) and, when the sentence
// names one, the method. Rules in src/extract/rules/subjects.ts, tried in order. Cheap string work over one
// sentence: the problem phrases were found once per paper (entities/problems.ts).
import type { MethodSpan, ProblemCandidate, ProblemSpan } from './entities/types.ts';
import { objectsAt, problemKeyWords } from './entities/canonical.ts';
import { problemPhraseOk } from './entities/problems.ts';
import { SUBJECT_RULES, METHOD_SUBJECT_REASON, NO_SUBJECT_REASON } from './rules/subjects.ts';
import { OBJECT_QUALIFIERS, OBJECT_QUALIFIER_ADJECTIVES } from './rules/problems.ts';

export interface SubjectDecision {
  /** the phrase as written (problem, else method), for display */
  subject: string | null;
  /** canonical problem key */
  problem: string | null;
  method: string | null;
  reason: string;
}

/** Characters of the sentence either side of a bound that name its problem. */
const WINDOW = 240;
const REASON = new Map(SUBJECT_RULES.map((r) => [r.rule, r.reason]));
const FOR_AFTER = /^[^.;]{0,40}?\bfor (?:the |a |an |all |every )?((?:[A-Za-z$][\w$\\{}^-]*\s){0,5}?[A-Za-z$][\w$\\{}^-]*?)(?:\s+problems?\b|(?=[,.;:)]|\s+(?:in|with|on|when|where|which|that|and|under|using|via|by|is|are|was|were|can|cannot|has|have|would|will|implies|must|requires)\b|$))/;

export interface SubjectContext {
  text: string;
  acronyms: ReadonlyMap<string, string>;
  methods: readonly MethodSpan[];
  uses: readonly MethodSpan[];
  mentions: readonly ProblemCandidate[];
  main: readonly ProblemSpan[];
  /** problem keys that cannot be the subject (the hypothesis a lower bound is conditioned on) */
  exclude?: ReadonlySet<string>;
}

/** Every problem key the paper mentions (main problems first), with a name to show for it and its rank in that order. */
interface KnownKeys { names: Map<string, { name: string; rank: number }>; longest: number }
// built once per paper (per context), not per claim: a paper naming many problems and bounds made that quadratic
const KNOWN = new WeakMap<SubjectContext, KnownKeys>();
function knownKeys(ctx: SubjectContext): KnownKeys {
  let k = KNOWN.get(ctx);
  if (k) return k;
  const names = new Map<string, { name: string; rank: number }>();
  let longest = 0;
  const add = (key: string, name: string) => {
    if (names.has(key)) return;
    names.set(key, { name, rank: names.size });
    longest = Math.max(longest, key.split(' ').length);
  };
  for (const p of ctx.main) add(p.key, p.name);
  for (const m of ctx.mentions) add(m.key, m.name);
  k = { names, longest };
  KNOWN.set(ctx, k);
  return k;
}

function containsRun(hay: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  outer: for (let i = 0; i + run.length <= hay.length; i++) {
    for (let k = 0; k < run.length; k++) if (hay[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * A problem named as a tool is not what a bound is about: "LZ77 factorization in linear time, based on suffix arrays",
 * "at the expense of prior computation of the suffix array", "LZ77-compressed patterns". The phrase after a tool
 * preposition, and a name used as a modifier, is blanked (bounded).
 */
/** "… reduce X to Y, which can be solved in …" at the end of the text before a bound: Y (bounded slice, lazy runs). */
const REDUCED_TO = /\breduc(?:e|es|ed|ing)\b[^.;]{0,120}?\bto (?:the |a |an )?([^,;.]{3,80}), (?:which|that) [^.;,]{0,60}$/;
const TOOL_PHRASE = /\b(?:using|based on|via|by means of|with the help of|exploiting|on top of|at the expense of|relying on|by reduction from|reducing from)\s(?:(?!we\b)[^,.;()]){0,80}|[A-Za-z0-9]{2,30}[- ](?:compressed|based|like|type|encoded|aware|style|oriented)\b/gi;
/** "Conditioned on the APSP hypothesis", "assuming SETH": a problem named as a hypothesis is not the bound's. */
const HYPOTHESIS_PHRASE = /\b(?:conditioned on|conditional on|assuming)\s[^,.;]{0,80}/gi;
function withoutTools(s: string): string {
  return s.replace(TOOL_PHRASE, ' ').replace(HYPOTHESIS_PHRASE, ' ');
}

/** Character spans of [from, to) that name a tool ("based on suffix arrays"): problems named there are not subjects. */
export function toolSpans(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const slice = text.slice(from, to);
  for (const re of [TOOL_PHRASE, HYPOTHESIS_PHRASE]) for (const m of slice.matchAll(re)) out.push([from + (m.index ?? 0), from + (m.index ?? 0) + m[0].length]);
  return out;
}

// the first method (introduced, then used) inside a sentence, found once per sentence rather than once per bound
const IN_SENTENCE = new WeakMap<SubjectContext, Map<string, MethodSpan | undefined>>();
function methodInSentence(ctx: SubjectContext, sentence: [number, number]): MethodSpan | undefined {
  let bySentence = IN_SENTENCE.get(ctx);
  if (!bySentence) IN_SENTENCE.set(ctx, (bySentence = new Map()));
  const key = `${sentence[0]}:${sentence[1]}`;
  if (!bySentence.has(key)) bySentence.set(key, [...ctx.methods, ...ctx.uses].find((m) => m.start >= sentence[0] && m.end <= sentence[1]));
  return bySentence.get(key);
}

/** How many words before words[i] make the problem one on other objects ("unrooted tree" before "edit distance"). */
function qualifierRun(words: readonly string[], i: number): number {
  let j = i;
  if (j >= 1 && OBJECT_QUALIFIERS.has(words[j - 1])) j--;
  if ((j < i || OBJECT_QUALIFIERS.has(words[i])) && j >= 1 && OBJECT_QUALIFIER_ADJECTIVES.has(words[j - 1])) j--;
  return i - j;
}

export function decideSubject(ctx: SubjectContext, sentence: [number, number], boundStart: number, boundEnd: number): SubjectDecision {
  const { text } = ctx;
  const method = methodInSentence(ctx, sentence)
    ?? [...ctx.methods].find((m) => text.slice(Math.max(sentence[0], boundStart - WINDOW), Math.min(sentence[1], boundEnd + WINDOW)).includes(m.name));
  const withMethod = (d: Omit<SubjectDecision, 'method'>): SubjectDecision => ({ ...d, method: method?.name ?? null, reason: method && d.reason === NO_SUBJECT_REASON ? METHOD_SUBJECT_REASON : d.reason, subject: d.subject ?? method?.name ?? null });

  // "… in O(n) time for the longest common subsequence problem"
  const tail = text.slice(boundEnd, Math.min(sentence[1], boundEnd + 140));
  const f = FOR_AFTER.exec(tail);
  if (f) {
    const words = problemKeyWords(f[1], ctx.acronyms);
    if (words.length <= 8 && problemPhraseOk(f[1], words, 'abstract') && !ctx.exclude?.has(words.join(' '))) return withMethod({ subject: f[1].trim(), problem: words.join(' '), reason: REASON.get('for-after')! });
  }
  // "we reduce tree edit distance to the max-plus product of bounded-difference matrices, which can be solved in
  // truly sub-cubic time": the bound is the target's, not the reduced problem's
  const red = REDUCED_TO.exec(text.slice(Math.max(sentence[0], boundStart - 300), boundStart));
  if (red) {
    const words = problemKeyWords(red[1], ctx.acronyms);
    const ok = words.length > 0 && words.length <= 8 && problemPhraseOk(red[1], words, 'abstract');
    return withMethod({ subject: ok ? red[1].trim() : null, problem: ok ? words.join(' ') : null, reason: REASON.get('reduction-target')! });
  }
  // problems the sentence names (by key words, acronyms expanded), before the bound first; the most specific wins
  const keys = knownKeys(ctx);
  // the longest key whose words run in the window, the earliest-ranked among equals: looked up from the window's
  // word runs (bounded by the window) instead of trying every key of the paper
  const named = (from: number, to: number): { key: string; name: string } | null => {
    if (to <= from) return null;
    const words = problemKeyWords(withoutTools(text.slice(from, to)), ctx.acronyms);
    let best: { key: string; name: string; n: number; rank: number; i: number } | null = null;
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= keys.longest && i + n <= words.length; n++) {
        const key = words.slice(i, i + n).join(' ');
        const hit = keys.names.get(key);
        if (hit && (!best || n > best.n || (n === best.n && hit.rank < best.rank))) best = { key, name: hit.name, n, rank: hit.rank, i };
      }
    }
    if (!best) return null;
    // "the fastest algorithm for tree edit distance", "the edit distance between rooted trees" (keyed "tree edit
    // distance"): the paper knows "edit distance", but this bound is of the problem on other objects
    // "the edit distance between two unrooted trees on n nodes": the objects after the name
    const obj = objectsAt(words, best.i, best.i + best.n);
    if (obj?.before.length) { const key = [...obj.before, ...words.slice(best.i, best.i + best.n)].join(' '); return { key, name: keys.names.get(key)?.name ?? key }; }
    const q = qualifierRun(words, best.i);
    if (q > 0) {
      const key = words.slice(best.i - q, best.i + best.n).join(' ');
      return { key, name: keys.names.get(key)?.name ?? key };
    }
    return best;
  };
  // windows around the bound keep this linear in the abstract's length, however long a sentence is
  const lo = Math.max(sentence[0], boundStart - WINDOW), hi = Math.min(sentence[1], boundEnd + WINDOW);
  const before = named(lo, boundStart);
  if (before) return withMethod({ subject: before.name, problem: before.key, reason: REASON.get('mention-before')! });
  const windowWords = ctx.main.length ? problemKeyWords(text.slice(lo, hi).replace(HYPOTHESIS_PHRASE, ' '), ctx.acronyms) : [];
  for (const p of ctx.main) {
    if (containsRun(windowWords, p.key.split(' '))) return withMethod({ subject: p.name, problem: p.key, reason: REASON.get('main-named')! });
  }
  const after = named(boundEnd, hi);
  if (after) return withMethod({ subject: after.name, problem: after.key, reason: REASON.get('mention-after')! });
  const first = ctx.main[0];
  if (first) return withMethod({ subject: first.name, problem: first.key, reason: REASON.get('paper-main')! });
  return withMethod({ subject: null, problem: null, reason: NO_SUBJECT_REASON });
}
