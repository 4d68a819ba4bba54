// Decides a claim's role from cue words: near the bound (same clause, just before or after it) first,
// then the whole sentence. Precedence: lower > other (questions, conjectures) > prior > result.
import type { Notation, Role } from './types.ts';
import type { Token } from './text.ts';
import { ROLE_CUES, AFTER_BOUND_PATTERNS, NEAR_WINDOW, CONJECTURE_REASONS, INCUMBENT_WORDS, MOTIVATION_SHARE, type RoleCue } from './rules/role-cues.ts';
import { compilePhrases, matchAt, matchEndingAt } from './cue-match.ts';

const NEAR = compilePhrases(ROLE_CUES.filter((c) => c.scope === 'near'));
const AFTER = compilePhrases(ROLE_CUES.filter((c) => c.scope === 'after'));
const SENTENCE = compilePhrases(ROLE_CUES.filter((c) => c.scope === 'sentence'));

export interface RoleDecision { role: Role; reason: string }

// modal lower cues ("cannot", "must") usually speak of the clause they are in, not the whole sentence
const MODAL_LOWER = new Set(['role:cannot', 'role:can-not', 'role:must', 'role:impossible', 'role:not-possible', 'role:necessary']);
const SUPERLINEAR = new Set(['quadratic', 'cubic', 'exponential', 'polynomial', 'superlinear', 'quasi-polynomial']);

// sentence cues are computed once per sentence: a long sentence with many bounds stays linear
const SENT_CACHE = new WeakMap<Token[], Map<number, { rule: RoleCue; j: number }[]>>();
function sentenceCues(tokens: Token[], sentence: [number, number]): { rule: RoleCue; j: number }[] {
  let byStart = SENT_CACHE.get(tokens);
  if (!byStart) { byStart = new Map(); SENT_CACHE.set(tokens, byStart); }
  let list = byStart.get(sentence[0]);
  if (!list) {
    list = [];
    // longest match, left to right: a cue inside a longer phrase ("open question" in "answering an open question") is shadowed
    for (let j = sentence[0]; j < sentence[1]; j++) {
      const m = matchAt(SENTENCE, tokens, j, sentence[1]);
      if (m) { list.push({ rule: m.rule, j }); j += m.words.length - 1; }
    }
    byStart.set(sentence[0], list);
  }
  return list;
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
  return true;
}

export interface RoleContext { methods?: readonly string[] }

export function decideRole(
  text: string, tokens: Token[], sentence: [number, number], before: [number, number], after: [number, number],
  notation: Notation, cls: string, sentenceText: string, boundEnd: number, ctx: RoleContext = {},
): RoleDecision {
  // near-before: the closest cue wins, except that any lower cue in the window wins outright
  let nearCue: RoleCue | null = null;
  let nearLower: RoleCue | null = null;
  for (let j = before[1] - 1, n = 0; j >= before[0] && n < NEAR_WINDOW; j--, n++) {
    const m = matchEndingAt(NEAR, tokens, j, before[0]);
    if (!m || !fromToHolds(m.rule, tokens, j, sentence, after)) continue;
    // "the other prepares …" is a pronoun, not "other methods"
    if (m.rule.reason === 'role:other-methods' && j > 1 && tokens[j - 1].w === 'the' && /^(?:and|while|whereas)$/.test(tokens[j - 2].w)) continue;
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
    const tail = text.slice(boundEnd, boundEnd + 80);
    const p = AFTER_BOUND_PATTERNS.find((x) => x.match.test(tail));
    if (p) afterCue = { match: p.match.source, role: p.role, scope: 'after', reason: p.reason };
  }
  // sentence cues; a lower cue after the bound counts only in the same clause, close by
  const sent: RoleCue[] = [];
  // "we"/"our" before the bound makes it this paper's unless a cue right at the bound says otherwise
  let ours = false;
  for (let q = sentence[0]; q < before[1]; q++) if (tokens[q].w === 'we' || tokens[q].w === 'our' || tokens[q].w === 'us') { ours = true; break; }
  for (const { rule, j } of sentenceCues(tokens, sentence)) {
    // "our bound is X, which improves upon existing methods": a prior cue after our bound speaks of the others
    if (ours && rule.role === 'prior' && (j >= after[0] || rule.reason === 'role:however')) continue;
    const m = { rule };
    if (m.rule.role === 'lower' && j >= after[0] && MODAL_LOWER.has(m.rule.reason)) {
      if (j - after[0] > 8 || /[,;]/.test(text.slice(boundEnd, tokens[j].start))) continue;
    }
    sent.push(m.rule);
  }
  if (!ours && /^\s*In (?:1[89]|20)\d\d\b/.test(sentenceText)) sent.push({ match: 'in <year>', role: 'prior', scope: 'sentence', reason: 'role:year-opening' });
  // "Andoni et al. (2010) gave …", "Later [RECOMB 2021], they …": a dated citation before the bound, in a sentence not about us
  else if (!ours && /[[(][^\])]{0,60}\b(?:1[89]|20)\d\d[a-z]?\s*[\])]/.test(text.slice(tokens[sentence[0]]?.start ?? 0, tokens[before[1]]?.start ?? boundEnd))) {
    sent.push({ match: '(<year>)', role: 'prior', scope: 'sentence', reason: 'role:dated-citation-before' });
  }
  const question = /\?\s*$/.test(sentenceText);

  const conj = sent.find((c) => CONJECTURE_REASONS.has(c.reason));
  if (conj) return { role: 'other', reason: conj.reason };
  if (nearLower) return { role: 'lower', reason: nearLower.reason };
  if (afterCue && afterCue.role === 'lower') return { role: 'lower', reason: afterCue.reason };
  const sOther = sent.find((c) => c.role === 'other');
  if (sOther) return { role: 'other', reason: sOther.reason };
  if (question) return { role: 'other', reason: 'role:question-mark' };
  if (nearCue && nearCue.role === 'other') return { role: 'other', reason: nearCue.reason };
  if (nearCue && nearCue.role === 'prior') return { role: 'prior', reason: nearCue.reason };
  if (afterCue && afterCue.role === 'prior') return { role: 'prior', reason: afterCue.reason };
  const sLower = sent.find((c) => c.role === 'lower');
  if (sLower) return { role: 'lower', reason: sLower.reason };
  if (nearCue && nearCue.role === 'result') return { role: 'result', reason: nearCue.reason };
  const sPrior = sent.find((c) => c.role === 'prior');
  if (sPrior) return { role: 'prior', reason: sPrior.reason };
  if (notation === 'Omega') return { role: 'lower', reason: 'role:omega-default-lower' };
  if (notation === 'verbal' && SUPERLINEAR.has(cls) && !/\b(?:we|our|this paper)\b/i.test(sentenceText)) {
    // a superlinear class with no cue is the cost being avoided when it sits in the motivation or names the incumbent,
    // and this paper's own when the sentence is about a method the paper introduces
    const named = (ctx.methods ?? []).some((m) => m.length > 1 && sentenceText.includes(m));
    let incumbent = false;
    for (let q = sentence[0]; q < sentence[1]; q++) if (INCUMBENT_WORDS.has(tokens[q].w)) { incumbent = true; break; }
    const early = tokens[sentence[0]] ? tokens[sentence[0]].start < MOTIVATION_SHARE * text.length : false;
    if (!named && (incumbent || early)) return { role: 'prior', reason: 'role:superlinear-class-default-prior' };
  }
  const sResult = sent.find((c) => c.role === 'result');
  if (sResult) return { role: 'result', reason: sResult.reason };
  return { role: 'result', reason: 'role:default-result' };
}
