// Finds the clauses of a sentence that state hardness: a lower bound, an impossibility, or a conditional result
// ("cannot … unless SETH fails", "is unlikely", "such an algorithm would refute SETH", "a truly subcubic algorithm
// for X implies one for APSP"). Rules in src/extract/rules/role-cues.ts (HARDNESS_CUES). One pass per clause.
import type { Token } from './text.ts';
import { compilePhrases, matchAt } from './cue-match.ts';
import { HARDNESS_CUES, OPTIMALITY_WORDS, KNOWN_WORDS, HYPOTHETICAL_OPENERS, NEGATIONS, type HardnessCue } from './rules/role-cues.ts';

const CUES = compilePhrases(HARDNESS_CUES);
const ANY_ONLY: ReadonlySet<string> = new Set(['any', 'every']);
const ALGORITHM = /^(?:algorithms?|solutions?|procedures?)$/;
/** Words that keep "no … algorithm is known" a hardness statement: a hypothesis or a consequence is named. */
const CONSEQUENCE = new Set(['unless', 'refute', 'refutes', 'seth', 'hypothesis', 'conjecture', 'would', 'implies', 'imply', 'falsify', 'violate', 'assuming', 'under']);
/** After "unless": a hypothesis failing ("unless SETH fails", "unless P = NP", "unless the conjecture is false"). */
const UNLESS_OBJECT = new Set(['false', 'fails', 'fail', 'wrong', 'refuted', 'hypothesis', 'conjecture', 'seth', 'eth', 'p', 'np', 'apsp', '3sum', 'ov', 'there', 'some', 'all', 'breakthrough']);
/** Words that end the phrase "no … algorithm" before its head. */
const NO_PHRASE_STOP = new Set(['we', 'our', 'is', 'are', 'was', 'were', 'can', 'could', 'that', 'which', 'and', 'or', 'but', 'than', 'to', 'matter', 'longer', 'more', 'less', 'other', 'need', 'extra']);
function outsideMath(gap: string): string {
  return gap.includes('$') ? gap.replace(/\$[^$]{0,200}\$/g, '') : gap;
}

/** Hits kept per clause: enough for any real sentence, and the work per bound stays bounded. */
const MAX_HITS = 6;

export interface HardnessHit { reason: string; j: number; leading: boolean; thenOk: boolean }

/** The hardness cues of the clause [from, to), in order (at most a few); empty when an optimality claim comes first. */
export function clauseHardness(text: string, tokens: readonly Token[], from: number, to: number): HardnessHit[] {
  let optimalAt = -1;
  let negation = false;
  let consequence = false;
  for (let q = from; q < to; q++) {
    const w = tokens[q].w;
    if (NEGATIONS.has(w)) negation = true;
    if (CONSEQUENCE.has(w)) consequence = true;
  }
  const out: HardnessHit[] = [];
  const add = (reason: string, j: number, cue?: HardnessCue, end = j + 1): boolean => {
    // "optimal unless …", "tight under SETH", "matching the conditional lower bound": an upper bound said to be optimal
    if (optimalAt >= 0 && optimalAt < j && !negation) return false;
    out.push({ reason, j, leading: !!cue?.leading, thenOk: !cue?.thenNot || !cue.thenNot.includes(tokens[end]?.w ?? '') });
    return out.length >= MAX_HITS;
  };
  for (let q = from; q < to; q++) {
    const w = tokens[q].w;
    if (OPTIMALITY_WORDS.has(w) && optimalAt < 0) optimalAt = q;
    // "no $O(n^{2-ε})$-time algorithm …": "no" with an algorithm a few tokens later
    if (w === 'no') {
      let hit = false;
      for (let k = q + 1; k < Math.min(to, q + 12) && !hit; k++) {
        // "contain no variables, we give an algorithm": "no" must govern the algorithm, within one phrase
        if (NO_PHRASE_STOP.has(tokens[k].w) || /[,;:]/.test(outsideMath(text.slice(tokens[k - 1].end, tokens[k].start)))) break;
        if (!ALGORITHM.test(tokens[k].w)) continue;
        // "no … algorithm is known": what is known, unless the clause names what it would refute
        const known = tokens[k + 1]?.w === 'known' || (KNOWN_WORDS.has(tokens[k + 1]?.w ?? '') && tokens[k + 2]?.w === 'known');
        if (known && !consequence) break;
        hit = true;
      }
      if (hit && add('role:hardness-no-algorithm', q)) break;
      continue;
    }
    if (w === 'unless') {
      let hit = false;
      for (let k = q + 1; k < Math.min(to, q + 9) && !hit; k++) hit = UNLESS_OBJECT.has(tokens[k].w);
      if (hit && add('role:hardness-unless', q)) break;
      continue;
    }
    const m = matchAt(CUES, tokens as Token[], q, to);
    if (!m) continue;
    // "there is no algorithm known till date that …": what is known, not a lower bound
    if (/^role:hardness-there-(?:is|are)-no$/.test(m.rule.reason) && !consequence && knownSoon(tokens, q + m.words.length, to)) continue;
    if (m.rule.hypothetical && !hypothetical(tokens, from, q, m.rule.anyOnly ? ANY_ONLY : HYPOTHETICAL_OPENERS)) continue;
    if (add(m.rule.reason, q, m.rule, q + m.words.length)) break;
  }
  return out;
}

/** The first hardness cue of a clause that speaks of a bound at tokens [first, last). */
export function hardnessFor(hits: readonly HardnessHit[], first: number, last: number): HardnessHit | null {
  for (const h of hits) {
    if (h.leading && h.j > first) continue;
    if (!h.thenOk && h.j >= last) continue;
    return h;
  }
  return null;
}

function knownSoon(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 4); k++) if (tokens[k].w === 'known') return true;
  return false;
}

/** Does the clause [from, to) call a bound optimal or tight, without ruling anything out? */
export function optimalityClaim(tokens: readonly Token[], from: number, to: number): boolean {
  let optimal = false;
  for (let q = from; q < to; q++) {
    const w = tokens[q].w;
    if (NEGATIONS.has(w)) return false;
    if (OPTIMALITY_WORDS.has(w)) optimal = true;
  }
  return optimal;
}

/** An indefinite algorithm before token `v` ("a truly subcubic algorithm for X implies …"). */
function hypothetical(tokens: readonly Token[], from: number, v: number, openers: ReadonlySet<string>): boolean {
  // "does not require": a negated need is no lower bound
  if (tokens[v - 1]?.w === 'not') return false;
  for (let k = v - 1; k >= Math.max(from, v - 14); k--) {
    if (!ALGORITHM.test(tokens[k].w)) continue;
    for (let o = k - 1; o >= Math.max(from, k - 10); o--) {
      const w = tokens[o].w;
      if (openers.has(w)) return true;
      if (w === 'we' || w === 'our' || w === 'this' || w === 'the') return false;
    }
    return false;
  }
  return false;
}

/** Words that, after "no …" in a clause, say nothing of the kind is known ("no subquadratic algorithm is known"). */
const UNKNOWN_AFTER = new Set(['known', 'exists', 'exist']);

/**
 * Does the clause [from, to) say that something is not known ("no $O(n^{2-ε})$-time algorithm is known", "so far no
 * sub-polynomial approximation is known in truly subquadratic time", "it is unknown whether …")? Its bounds are then
 * questions (`other`), not earlier results.
 */
export function clauseUnknown(tokens: readonly Token[], from: number, to: number): boolean {
  let no = -1;
  for (let q = from; q < to; q++) {
    const w = tokens[q].w;
    if ((w === 'unknown' && (/^(?:whether|if|how)$/.test(tokens[q + 1]?.w ?? '') || /^(?:is|remains|still|currently|was)$/.test(tokens[q - 1]?.w ?? ''))) || (w === 'not' && tokens[q + 1]?.w === 'known') || (w === 'remains' && tokens[q + 1]?.w === 'open')) return true;
    if (w === 'no') no = q;
    else if (no >= 0 && q - no <= 16 && UNKNOWN_AFTER.has(w) && tokens[q - 1]?.w !== 'well' && (w !== 'known' || /^(?:is|are|was|were|been|known)$/.test(tokens[q - 1]?.w ?? '') || q - no > 1)) return w === 'known';
  }
  return false;
}
