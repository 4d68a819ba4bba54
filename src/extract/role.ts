// Decides a claim's role from cue words: near the bound (same clause, just before or after it) first,
// then the clause of the sentence it sits in, then where the sentence sits in the abstract.
// Precedence: lower > other (questions, conjectures) > prior > result.
// Everything that does not depend on the bound is computed once per sentence, so the work per bound is
// bounded and a sentence with thousands of bounds stays linear.
import type { Notation, Role } from './types.ts';
import type { Token } from './text.ts';
import {
  ROLE_CUES, AFTER_BOUND_PATTERNS, NEAR_WINDOW, CONJECTURE_REASONS, INCUMBENT_WORDS, MOTIVATION_SHARE, CLAUSE_CONTRASTS,
  WEAK_PRIOR_REASONS, METHOD_NOUNS, NEGATIONS, FIRST_PERSON, BACKGROUND_SENTENCES, PARTICIPLE_REASONS, PARTICIPLE_OWNERS, type RoleCue,
} from './rules/role-cues.ts';
import { compilePhrases, matchAt, matchEndingAt } from './cue-match.ts';
import { clauseStarts as splitClauses } from './clauses.ts';
import { clauseHardness, clauseUnknown, hardnessFor, optimalityClaim, type HardnessHit } from './hardness.ts';

/** Sentence lower cues that only name a condition: an optimality claim in the clause outweighs them. */
const CONDITION_ONLY = new Set(['role:under-seth', 'role:unless', 'role:necessary']);

const NEAR = compilePhrases(ROLE_CUES.filter((c) => c.scope === 'near'));
const AFTER = compilePhrases(ROLE_CUES.filter((c) => c.scope === 'after'));
const SENTENCE = compilePhrases(ROLE_CUES.filter((c) => c.scope === 'sentence'));

export interface RoleDecision { role: Role; reason: string }

// modal lower cues ("cannot", "must") usually speak of the clause they are in, not the whole sentence
const MODAL_LOWER = new Set(['role:cannot', 'role:can-not', 'role:must', 'role:impossible', 'role:not-possible', 'role:necessary']);
/** Near prior cues that state an existence: after "we show that" they are the paper's own. */
const OURS_EXISTENCE = new Set(['role:there-is-an', 'role:there-is-also']);
/** Near prior cues that describe the ingredients, not the bound, after "we …": "we show that well-known ideas yield …". */
const WEAK_NEAR_PRIOR = new Set(['role:known', 'role:straightforward', 'role:trivial']);
/** Verbs after a "cannot" that follows a bound and rule nothing out about it ("… and cannot take advantage of …"). */
const MODAL_AFTER_NOT = new Set(['take', 'use', 'handle', 'exploit', 'benefit', 'afford', 'capture', 'deal', 'support', 'scale', 'guarantee']);
const SUPERLINEAR = new Set(['quadratic', 'cubic', 'exponential', 'polynomial', 'superlinear', 'quasi-polynomial']);

/** A sentence cue and the token it starts at. */
interface CueAt { rule: RoleCue; j: number }

/** Cues of one clause of a sentence (clauses split at "whereas", "but", …): the first of each kind. */
interface ClauseFacts {
  conj: CueAt | null;
  other: CueAt | null;
  /** first "other" cue that is not a conjecture (a question, a goal, an open problem) */
  question: CueAt | null;
  result: CueAt | null;
  /** first lower cue that is not modal, and the modal lower cues in order (a modal cue after the bound counts only close by) */
  lowerFirm: CueAt | null;
  modal: CueAt[];
  /** first prior cue; the first that is not "however"; the first that is not weak (see WEAK_PRIOR_REASONS) */
  prior: CueAt | null;
  priorNotHowever: CueAt | null;
  priorFirm: CueAt | null;
}

/** What a sentence says independently of any one bound. */
interface SentenceFacts {
  /** token index where each clause starts (the first is the sentence start), and its facts */
  clauseStarts: number[];
  clauses: ClauseFacts[];
  /** token index of the first "we"/"our"/"us", or Infinity */
  firstOurs: number;
  yearOpening: boolean;
  /** character offset where the first dated citation ("(2019)", "[RECOMB 2021]") ends, or Infinity */
  citationEnd: number;
  question: boolean;
  mentionsUs: boolean;
  incumbent: boolean;
  early: boolean;
  /** one of the abstract's first sentences, with no first-person or "this paper" word: background */
  background: boolean;
  /** a named author's result: "Gagie's coder", "Knuth's algorithm" */
  possessiveAuthor: boolean;
  /** a conjecture sentence that states a lower bound (Ω, "requires", "lower bound") */
  conjecturedLower: boolean;
  namesMethod: boolean;
  /** clauses (see clauses.ts) and the hardness cue of each */
  hardStarts: number[];
  hard: HardnessHit[][];
  /** per clause: it says something is not known */
  unknown: boolean[];
  /** per hardness clause: does it say its bound is achieved ("can be solved in"), is it an optimality claim */
  solves: boolean[];
  optimal: boolean[];
  end: number;
}

const FACTS = new WeakMap<Token[], Map<number, SentenceFacts>>();
// "(Smith 2019)", "[KS 2020a]": a year closing a bracket at most 60 characters after it opens. The window stops at the
// next bracket, so each character is read from one opening only; its length is checked after the match (a bounded
// {0,60} window retried from every bracket was quadratic-looking to the ReDoS checker).
const DATED_CITATION = /[[(]([^\])[(]*)\b(?:1[89]|20)\d\d[a-z]?\s*[\])]/g;
export function datedCitationEnd(s: string): number | null {
  for (const m of s.matchAll(DATED_CITATION)) if (m[1].length <= 60) return m.index + m[0].length;
  return null;
}
/** Sentence ends in the text before a sentence: how many sentences precede it (looked for in the first 900 characters only). */
const SENTENCE_END = /[.!?]\s+(?=[A-Z0-9$\\(["“])/g;
const FIRST_PERSON_TEXT = /\b(?:we|our|us|here|herein|novel|new|first|propose|present|introduce|this (?:paper|work|article|note|thesis|study))\b/i;
const POSSESSIVE_AUTHOR = /(?:^|[\s(])(?!(?:It|That|This|Let|There|Here|What|One|Today)['’])[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?['’]s\s/;

function clauseFacts(tokens: Token[], from: number, to: number): ClauseFacts {
  const cues: CueAt[] = [];
  for (let j = from; j < to; j++) {
    const m = matchAt(SENTENCE, tokens, j, to);
    if (!m) continue;
    // "which nearly matches the hardness of …", "matching the known lower bound": the bound meets the lower bound
    let matching = false;
    for (let q = j - 1; q >= Math.max(from, j - 4); q--) if (/^match(?:es|ing|ed)?$/.test(tokens[q].w)) { matching = true; break; }
    // "unless" is a hardness condition only where something is ruled out ("no …", "cannot", "not")
    const unlessFree = m.rule.reason === 'role:unless' && !hasNegation(tokens, from, to);
    // "the proposed encoding", "an index is presented": a participle of the paper's own work
    // … or one followed by "in this paper" ("the first data structure presented in this paper")
    const participle = PARTICIPLE_REASONS.has(m.rule.reason) && j > 0 && (PARTICIPLE_OWNERS.has(tokens[j - 1].w)
      || (tokens[j + 1]?.w === 'in' && /^(?:this|the|our)$/.test(tokens[j + 2]?.w ?? '') && /^(?:paper|work|article|note|thesis)$/.test(tokens[j + 3]?.w ?? '')));
    if (!(m.rule.role === 'lower' && matching) && !unlessFree && !participle) cues.push({ rule: m.rule, j });
    j += m.words.length - 1;
  }
  const first = (f: (c: CueAt) => boolean): CueAt | null => cues.find(f) ?? null;
  return {
    conj: first((c) => CONJECTURE_REASONS.has(c.rule.reason)),
    other: first((c) => c.rule.role === 'other'),
    question: first((c) => c.rule.role === 'other' && !CONJECTURE_REASONS.has(c.rule.reason)),
    result: first((c) => c.rule.role === 'result'),
    lowerFirm: first((c) => c.rule.role === 'lower' && !MODAL_LOWER.has(c.rule.reason)),
    modal: cues.filter((c) => c.rule.role === 'lower' && MODAL_LOWER.has(c.rule.reason)),
    prior: first((c) => c.rule.role === 'prior'),
    priorNotHowever: first((c) => c.rule.role === 'prior' && c.rule.reason !== 'role:however'),
    priorFirm: first((c) => c.rule.role === 'prior' && c.rule.reason !== 'role:however' && !WEAK_PRIOR_REASONS.has(c.rule.reason)),
  };
}

function hasNegation(tokens: Token[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (NEGATIONS.has(tokens[q].w)) return true;
  return false;
}

function sentenceFacts(text: string, tokens: Token[], sentence: [number, number], sentenceText: string, ctx: RoleContext): SentenceFacts {
  let byStart = FACTS.get(tokens);
  if (!byStart) { byStart = new Map(); FACTS.set(tokens, byStart); }
  const cached = byStart.get(sentence[0]);
  if (cached) return cached;
  let firstOurs = Infinity;
  let incumbent = false;
  let firstPerson = false;
  const clauseStarts = [sentence[0]];
  for (let q = sentence[0]; q < sentence[1]; q++) {
    const w = tokens[q].w;
    if (firstOurs === Infinity && (w === 'we' || w === 'our' || w === 'us')) firstOurs = q;
    if (INCUMBENT_WORDS.has(w)) incumbent = true;
    if (FIRST_PERSON.has(w) || (w === 'this' && /^(?:paper|work|article|note|thesis|study)$/.test(tokens[q + 1]?.w ?? ''))) firstPerson = true;
    const gap = q > sentence[0] ? text.slice(tokens[q - 1].end, tokens[q].start) : '';
    if (q > sentence[0] && CLAUSE_CONTRASTS.has(w) && (w !== 'while' || /,/.test(gap))) clauseStarts.push(q);
  }
  const clauses = clauseStarts.map((s, k) => clauseFacts(tokens, s, clauseStarts[k + 1] ?? sentence[1]));
  const from = tokens[sentence[0]]?.start ?? 0;
  const to = tokens[sentence[1]]?.start ?? text.length;
  const citeEnd = datedCitationEnd(text.slice(from, to));
  // background: among the first sentences, and no earlier sentence speaks in the first person
  let preceding = Infinity;
  if (from <= 900) {
    const head = text.slice(0, from);
    preceding = FIRST_PERSON_TEXT.test(head) ? Infinity : 0;
    if (preceding === 0) for (const _ of head.matchAll(SENTENCE_END)) preceding++;
  }
  const conj = clauses.some((x) => x.conj);
  const hardStarts = splitClauses(text, tokens, sentence[0], sentence[1]);
  const hard = hardStarts.map((h, k) => clauseHardness(text, tokens, h, hardStarts[k + 1] ?? sentence[1]));
  const facts: SentenceFacts = {
    hardStarts, hard, end: sentence[1],
    unknown: hardStarts.map((h, k) => clauseUnknown(tokens, h, hardStarts[k + 1] ?? sentence[1])),
    solves: hardStarts.map((h, k) => ownClauseSolves(tokens, h, hardStarts[k + 1] ?? sentence[1])),
    optimal: hardStarts.map((h, k) => optimalityClaim(tokens, h, hardStarts[k + 1] ?? sentence[1])),
    clauseStarts,
    clauses,
    firstOurs,
    yearOpening: /^\s*In (?:1[89]|20)\d\d\b/.test(sentenceText),
    citationEnd: citeEnd !== null ? from + citeEnd : Infinity,
    question: /\?\s*$/.test(sentenceText),
    mentionsUs: /\b(?:we|our|this paper)\b/i.test(sentenceText),
    incumbent,
    early: tokens[sentence[0]] ? tokens[sentence[0]].start < MOTIVATION_SHARE * text.length : false,
    background: preceding < BACKGROUND_SENTENCES && !firstPerson,
    possessiveAuthor: !firstPerson && POSSESSIVE_AUTHOR.test(sentenceText),
    // a top-level Ω (not the "n^{2-Ω(1)}" of a conjectured threshold) or "requires"/"at least"
    conjecturedLower: conj && (/(?:^|[\s$(])(?:\\Omega|Ω|Omega)\s*\(/.test(sentenceText) || /\b(?:requires?|at least)\b/i.test(sentenceText)),
    namesMethod: (ctx.methods ?? []).some((m) => m.length > 1 && sentenceText.includes(m)),
  };
  byStart.set(sentence[0], facts);
  return facts;
}

/** The clause (index) a token sits in: the last clause start ≤ j (binary search). */
function clauseOf(starts: number[], j: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= j) lo = mid; else hi = mid - 1; }
  return lo;
}

/** First modal cue at token ≥ j (binary search over the clause's modal cues). */
function modalFrom(modal: CueAt[], j: number): CueAt | null {
  let lo = 0, hi = modal.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (modal[mid].j < j) lo = mid + 1; else hi = mid; }
  return modal[lo] ?? null;
}

/** The clause's lower cue that speaks of this bound: firm cues anywhere, modal ones before it or right after it. */
function clauseLower(f: ClauseFacts, text: string, tokens: Token[], after: [number, number], boundEnd: number): CueAt | null {
  const picks: CueAt[] = [];
  if (f.lowerFirm) picks.push(f.lowerFirm);
  if (f.modal[0] && f.modal[0].j < after[0]) picks.push(f.modal[0]);
  const m = modalFrom(f.modal, after[0]);
  // "… cannot be solved faster", not "… and cannot take advantage of …"
  const modalVerbOk = !m || !/^role:(?:cannot|can-not)$/.test(m.rule.reason) || !MODAL_AFTER_NOT.has(tokens[m.j + (m.rule.reason === 'role:can-not' ? 2 : 1)]?.w ?? '');
  if (m && modalVerbOk && m.j - after[0] <= 8 && !/[,;]/.test(text.slice(boundEnd, tokens[m.j].start))) picks.push(m);
  let best: CueAt | null = null;
  for (const p of picks) if (!best || p.j < best.j) best = p;
  return best;
}

/** Words by which a clause says its bound is achieved ("that can be solved in constant time", "computable in O(n)"). */
const SOLVED_WORDS = new Set(['solved', 'solvable', 'computed', 'computable', 'decided', 'decidable', 'answered', 'runs', 'run', 'running']);
function ownClauseSolves(tokens: Token[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (SOLVED_WORDS.has(tokens[q].w)) return true;
  return false;
}

/** "from X to Y": `from` marks the old bound only when a `to` follows it; `to` marks the new one only after a `from`. */
function fromToHolds(rule: RoleCue, tokens: Token[], j: number, sentence: [number, number], after: [number, number]): boolean {
  if (rule.reason === 'role:from-x-to-y') {
    for (let q = after[0]; q < Math.min(after[1], after[0] + 3); q++) if (tokens[q].w === 'to') return true;
    return false;
  }
  if (rule.reason === 'role:from-x-to-y-target') {
    // "reduces the working space to X", "improving … to X": the target of a change is the new bound
    for (let q = j - 1; q >= Math.max(sentence[0], j - 16); q--) if (/^(?:from|reduc\w*|improv\w*|lower(?:s|ed|ing)?|decreas\w*|cuts?|brings?|speed\w*)$/.test(tokens[q].w)) return true;
    return false;
  }
  if (rule.reason === 'role:other-methods') {
    // "other (linear-time) methods": only before a word for other people's work, never "on the other hand"
    if (j > 0 && tokens[j - 1].w === 'the' && (tokens[j + 1]?.w === 'hand' || (j > 1 && /^(?:and|while|whereas)$/.test(tokens[j - 2].w)))) return false;
    for (let q = j + 1; q < Math.min(tokens.length, j + 4); q++) if (METHOD_NOUNS.has(tokens[q].w)) return true;
    return false;
  }
  return true;
}

export interface RoleContext { methods?: readonly string[] }

export function decideRole(
  text: string, tokens: Token[], sentence: [number, number], before: [number, number], after: [number, number],
  notation: Notation, cls: string, sentenceText: string, boundEnd: number, ctx: RoleContext = {},
): RoleDecision {
  // near-before: the closest cue wins, except that any lower cue in the window wins outright; a lower cue does not
  // reach across a coordinated clause ("at least three occurrences, and a nearly linear algorithm")
  let nearCue: RoleCue | null = null;
  let nearLower: RoleCue | null = null;
  let crossed = false;
  for (let j = before[1] - 1, n = 0; j >= before[0] && n < NEAR_WINDOW; j--, n++) {
    if (j + 1 < before[1] && /[;]|,\s*$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) && /^(?:and|or|but|while|whereas)$/.test(tokens[j + 1].w)) crossed = true;
    const m = matchEndingAt(NEAR, tokens, j, before[0]);
    if (!m || !fromToHolds(m.rule, tokens, j - m.words.length + 1, sentence, after)) continue;
    if (m.rule.role === 'lower' && crossed) continue;
    if (!nearCue) nearCue = m.rule;
    if (m.rule.role === 'lower' && !nearLower) nearLower = m.rule;
  }
  // after: up to the next comma; lower-bound words only right behind the bound ("Ω(n) cell-probe lower bound")
  let afterCue: RoleCue | null = null;
  for (let j = after[0], n = 0; j < after[1] && n < 5; j++, n++) {
    if (j > after[0] && /[,;.]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
    const m = matchAt(AFTER, tokens, j, after[1]);
    if (m && m.rule.scope === 'after' && (m.rule.role !== 'lower' || n < 3)) { afterCue = m.rule; break; }
  }
  // what directly follows the bound: a citation, or a credit to named others ("… by Smith and Jones")
  if (!afterCue) {
    const tail = text.slice(boundEnd, boundEnd + 100);
    const p = AFTER_BOUND_PATTERNS.find((x) => x.match.test(tail));
    if (p) afterCue = { match: p.match.source, role: p.role, scope: 'after', reason: p.reason };
  }
  // sentence cues, from the clause the bound sits in; a lower cue after the bound counts only close by
  const f = sentenceFacts(text, tokens, sentence, sentenceText, ctx);
  const c = f.clauses[clauseOf(f.clauseStarts, before[1])];
  // "we"/"our" before the bound makes it this paper's unless a cue right at the bound says otherwise;
  // "our bound is X, which improves upon existing methods": a prior cue after our bound speaks of the others;
  // "we build on recent representations to encode …": a weak cue ("recent", "known") does not outweigh "we"
  const ours = f.firstOurs < before[1];
  // "we obtain an exponential upper bound": the upper bound is ours, not a known one
  if (ours && afterCue?.reason === 'role:known-upper-bound-after') afterCue = null;
  const sPrior: RoleCue | null = !ours ? c.prior?.rule ?? null : c.priorFirm && c.priorFirm.j < after[0] ? c.priorFirm.rule : null;
  // the hardness clause (clauses.ts) of the bound, and of the lower cue that may speak of it
  const hi0 = clauseOf(f.hardStarts, before[1]);
  const hard = hardnessFor(f.hard[hi0] ?? [], before[1], after[0]);
  // a firm lower cue of another clause ("… trivial cases that can be solved in constant time, and proving
  // quadratic-time hardness …") speaks of that clause's bounds, not of this one
  const lowerAt = clauseLower(c, text, tokens, after, boundEnd);
  const cueIdx = lowerAt ? clauseOf(f.hardStarts, lowerAt.j) : -1;
  const sLowerCue = lowerAt && (lowerAt !== c.lowerFirm || cueIdx === hi0 || !f.solves[hi0]) ? lowerAt.rule : null;
  // "… which is again tight assuming SETH", "optimal under SETH": an upper bound said to be optimal, not a lower bound
  // (the optimality may sit in the cue's own clause: "computes X in $O(n^2)$ time, which is optimal … under SETH")
  const sLower = sLowerCue && CONDITION_ONLY.has(sLowerCue.reason) && (f.optimal[hi0] || f.optimal[cueIdx]) ? null : sLowerCue;
  let dated: RoleDecision | null = null;
  if (!ours && f.yearOpening) dated = { role: 'prior', reason: 'role:year-opening' };
  // "Andoni et al. (2010) gave …", "Later [RECOMB 2021], they …": a dated citation before the bound, in a sentence not about us
  else if (!ours && f.citationEnd <= (tokens[before[1]]?.start ?? boundEnd)) dated = { role: 'prior', reason: 'role:dated-citation-before' };
  else if (f.possessiveAuthor) dated = { role: 'prior', reason: 'role:possessive-author' };

  const conj = c.conj;
  if (conj && f.conjecturedLower) return { role: 'lower', reason: 'role:conjectured-lower-bound' };
  // a clause that states hardness makes its bounds lower bounds, whatever earlier-work cue sits by them; a question,
  // and a conjecture someone "conjectured", stay what they are (the noun "conjecture" there is the hypothesis)
  if (hard && !c.question && !f.question && !(conj && conj.rule.reason !== 'role:conjecture')) return { role: 'lower', reason: hard.reason };
  // "so far no sub-polynomial approximation is known in truly subquadratic time": a question, not a known bound
  if (f.unknown[hi0]) return { role: 'other', reason: 'role:none-known' };
  if (conj) return { role: 'other', reason: conj.rule.reason };
  if (nearLower) return { role: 'lower', reason: nearLower.reason };
  // "no (further) improvement is possible" rules something out; "O(polylog n) time access is possible" does not
  if (afterCue && afterCue.role === 'lower' && !(afterCue.reason === 'role:no-improvement-possible' && !hasNegation(tokens, sentence[0], sentence[1]))) return { role: 'lower', reason: afterCue.reason };
  if (c.other) return { role: 'other', reason: c.other.rule.reason };
  if (f.question) return { role: 'other', reason: 'role:question-mark' };
  if (nearCue && nearCue.role === 'other') return { role: 'other', reason: nearCue.reason };
  // "we show that: 1. there is an $O(m+n)$-time algorithm …": an existence the paper itself shows
  if (nearCue && nearCue.role === 'prior' && !(ours && (OURS_EXISTENCE.has(nearCue.reason) || WEAK_NEAR_PRIOR.has(nearCue.reason)))) return { role: 'prior', reason: nearCue.reason };
  if (afterCue && afterCue.role === 'prior') return { role: 'prior', reason: afterCue.reason };
  if (sLower) return { role: 'lower', reason: sLower.reason };
  if (nearCue && nearCue.role === 'result') return { role: 'result', reason: nearCue.reason };
  if (sPrior) return { role: 'prior', reason: sPrior.reason };
  if (dated) return dated;
  if (notation === 'Omega') return { role: 'lower', reason: 'role:omega-default-lower' };
  if (notation === 'verbal' && SUPERLINEAR.has(cls) && !f.mentionsUs) {
    // a superlinear class with no cue is the cost being avoided when it sits in the motivation or names the incumbent,
    // and this paper's own when the sentence is about a method the paper introduces
    if (!f.namesMethod && (f.incumbent || f.early)) return { role: 'prior', reason: 'role:superlinear-class-default-prior' };
  }
  if (c.result) return { role: 'result', reason: c.result.rule.reason };
  // the abstract's opening sentences, with no "we" or "this paper", state what is known
  if (f.background && !f.namesMethod) return { role: 'prior', reason: 'role:background-sentence-default-prior' };
  return { role: 'result', reason: 'role:default-result' };
}
