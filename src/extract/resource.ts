// Decides which resource a bound measures from the cue words right after it, then right before it,
// then from the bound it is paired with ("from O(T²) to O(T log T)"); time by default.
import type { Resource } from './types.ts';
import type { Token } from './text.ts';
import {
  RESOURCE_CUES, RESOURCE_FILLERS, QUERY_VERBS, PREPOSITION_RESOURCES, RESOURCE_PREPOSITIONS, NON_MEMORY_SPACES, type ResourceCue,
} from './rules/resource-cues.ts';
import { compilePhrases, matchAt, matchEndingAt } from './cue-match.ts';

const CUES = compilePhrases(RESOURCE_CUES);
const SPECIFIC_BEFORE_TIME = new Set<Resource>(['query', 'update']);
const QVERBS = new Map(QUERY_VERBS.map((v) => [v.match, v.reason]));

export interface ResourceDecision { resource: Resource; reason: string }

const clauseBreak = (s: string) => /[.;:!?]/.test(s);

function cueOk(c: ResourceCue, tok: Token, text: string, prev?: Token): boolean {
  if (c.hyphenOnly && text[tok.start - 1] !== '-') return false;
  // "state-space", "feature space": a mathematical space, not memory
  if (c.reason === 'resource:space' && prev && NON_MEMORY_SPACES.has(prev.w) && tok.start - prev.end <= 1) return false;
  return true;
}

/**
 * `first`/`last`: token index range [first, last) between the previous bound (or sentence start) and this bound;
 * `after`/`afterLimit`: token range after the bound up to the next bound or sentence end.
 */
export function decideResource(
  text: string, tokens: Token[], before: [number, number], after: [number, number], boundEnd: number,
): ResourceDecision | null {
  // 1. right after: "O(n) (expected) time", "O(ε)-optimal"
  for (let j = after[0], n = 0; j < after[1] && n < 4; j++, n++) {
    const gap = text.slice(j === after[0] ? boundEnd : tokens[j - 1].end, tokens[j].start);
    if (clauseBreak(gap) || /,/.test(gap) && n > 0) break;
    if (n === 0 && /^\s*[,)]/.test(gap) === false && /[(]/.test(gap) && gap.trim() !== '(') break;
    const m = matchAt(CUES, tokens, j, after[1]);
    if (m && cueOk(m.rule, tokens[j], text, tokens[j - 1])) {
      if (m.rule.resource === 'time') {
        const b = nearestBefore(text, tokens, before, 5);
        if (b && SPECIFIC_BEFORE_TIME.has(b.resource)) return { resource: b.resource, reason: b.reason + '+time-after' };
        for (let q = before[1] - 1, n2 = 0; q >= before[0] && n2 < 4; q--, n2++) {
          const v = QVERBS.get(tokens[q].w);
          if (v) return { resource: 'query', reason: v };
        }
        // "O(1) time complexity for every update"
        for (let q = j + m.words.length, n2 = 0; q < after[1] && n2 < 4; q++, n2++) {
          if (clauseBreak(text.slice(tokens[q - 1].end, tokens[q].start))) break;
          if (/^(?:per|each|every)$/.test(tokens[q].w) && q + 1 < after[1]) {
            const w = tokens[q + 1].w;
            if (/^(?:update|updates|updating|insertion|deletion)$/.test(w)) return { resource: 'update', reason: 'resource:time-for-every-update' };
            if (/^(?:query|queries)$/.test(w)) return { resource: 'query', reason: 'resource:time-for-every-query' };
          }
        }
      }
      return { resource: m.rule.resource, reason: m.rule.reason };
    }
    if (!RESOURCE_FILLERS.has(tokens[j].w)) break;
  }
  // 2. across a preposition, for resources that are never generic: "Ω(…) on the ℓ2-norm estimation error"
  const p = tokens[after[0]];
  if (p && after[0] < after[1] && RESOURCE_PREPOSITIONS.has(p.w) && !clauseBreak(text.slice(boundEnd, p.start)) && !/,/.test(text.slice(boundEnd, p.start))) {
    for (let j = after[0] + 1, n = 0; j < after[1] && n < 6; j++, n++) {
      if (clauseBreak(text.slice(tokens[j - 1].end, tokens[j].start)) || /,/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      const m = matchAt(CUES, tokens, j, after[1]);
      if (m && PREPOSITION_RESOURCES.has(m.rule.resource) && cueOk(m.rule, tokens[j], text, tokens[j - 1])) {
        return { resource: m.rule.resource, reason: m.rule.reason + ':across-preposition' };
      }
    }
  }
  // 3. right before: "space complexity from O(T²)", "regret of Õ(√T)"
  return nearestBefore(text, tokens, before, 10);
}

function nearestBefore(text: string, tokens: Token[], before: [number, number], maxTokens: number): ResourceDecision | null {
  for (let j = before[1] - 1, n = 0; j >= before[0] && n < maxTokens; j--, n++) {
    if (j + 1 < before[1] && clauseBreak(text.slice(tokens[j].end, tokens[j + 1].start))) break;
    const m = matchEndingAt(CUES, tokens, j, before[0]);
    const s = j - (m ? m.words.length : 1) + 1;
    if (m && cueOk(m.rule, tokens[s], text, tokens[s - 1]) && m.rule.reason !== 'resource:algorithm' && m.rule.reason !== 'resource:algorithms') {
      // "memory and time complexity O(L²)": one entry, for the resource named first
      if (s >= 2 && (tokens[s - 1].w === 'and' || tokens[s - 1].w === 'or') && s - 1 > before[0]) {
        const first = matchEndingAt(CUES, tokens, s - 2, before[0]);
        if (first && cueOk(first.rule, tokens[s - 1 - first.words.length], text, tokens[s - 2 - first.words.length]) && first.rule.resource !== m.rule.resource) {
          return { resource: first.rule.resource, reason: 'resource:first-named-of-pair' };
        }
      }
      return { resource: m.rule.resource, reason: m.rule.reason + ':before' };
    }
  }
  return null;
}
