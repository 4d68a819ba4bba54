// Decides which resource a bound measures from the cue words right after it, then right before it,
// then from the bound it is paired with ("from O(T²) to O(T log T)"); time by default.
import type { Resource } from './types.ts';
import type { Token } from './text.ts';
import {
  RESOURCE_CUES, RESOURCE_FILLERS, QUERY_VERBS, PREPOSITION_RESOURCES, RESOURCE_PREPOSITIONS, NON_MEMORY_SPACES, STRUCTURE_QUERY_WORDS,
  UPDATE_VERBS, STRUCTURE_WORDS, SEARCH_ALGORITHMS, OPERATION_WINDOW, NEAR_OPERATION_WINDOW, CODING_WORDS, type ResourceCue,
} from './rules/resource-cues.ts';
import { compilePhrases, matchAt, matchEndingAt } from './cue-match.ts';
import { ADJECTIVE_SUFFIX } from './rules/verbal-context.ts';
import { parseBound, isGrowthSig } from './bounds/index.ts';
import { trimEndMatching } from '../ingest/trim.ts';

const CUES = compilePhrases(RESOURCE_CUES);
const SPECIFIC_BEFORE_TIME = new Set<Resource>(['query', 'update']);
const QVERBS = new Map(QUERY_VERBS.map((v) => [v.match, v.reason]));
const SQUERY = new Map(STRUCTURE_QUERY_WORDS.map((v) => [v.match, v.reason]));
const UVERBS = new Map(UPDATE_VERBS.map((v) => [v.match, v.reason]));

/** Is the abstract about a built data structure (index, succinct structure, oracle, sketch)? Once per abstract. */
const STRUCTURE = new WeakMap<Token[], boolean>();
function aboutStructure(tokens: Token[]): boolean {
  let v = STRUCTURE.get(tokens);
  if (v === undefined) {
    v = false;
    for (let i = 0; i < tokens.length && !v; i++) v = STRUCTURE_WORDS.has(tokens[i].w) || (tokens[i].w === 'data' && tokens[i + 1]?.w === 'structure');
    STRUCTURE.set(tokens, v);
  }
  return v;
}

/** Verbs and nouns of building a structure: an operation window stops at them. */
const CONSTRUCTION_WORDS = new Set(['construct', 'constructs', 'constructed', 'constructing', 'construction', 'build', 'builds', 'built', 'building',
  'preprocess', 'preprocessed', 'preprocessing', 'compute', 'computes', 'computed', 'computing', 'sort', 'sorts', 'sorted', 'sorting', 'precomputed', 'algorithm', 'algorithms']);

function queryWord(tokens: Token[], q: number, structure: boolean, near: boolean): string | null {
  const w = tokens[q].w;
  const v = near ? QVERBS.get(w) : undefined;
  if (v) return v;
  if (!structure) return null;
  if (w === 'search' && q > 0 && SEARCH_ALGORITHMS.has(tokens[q - 1].w)) return null;
  return SQUERY.get(w) ?? QVERBS.get(w) ?? null;
}

/**
 * A generic "time" of an operation on a built structure: the operations named before the bound (in its clause,
 * since the previous bound) or right after the time noun ("time for searching", "time to retrieve") say whether it
 * is query or update time; both (or "all operations") is plain time.
 */
function operationResource(text: string, tokens: Token[], before: [number, number], after: [number, number], cueEnd: number): ResourceDecision | null {
  const structure = aboutStructure(tokens);
  let query: string | null = null;
  let update: string | null = null;
  let all = false;
  let queryNoun = false;
  // the operation named right after the time noun decides: "$O(1)$ time Insert", "time for searching", "time even to retrieve"
  let q0 = cueEnd;
  if (tokens[q0]?.w === 'even') q0++;
  if (q0 < after[1] && !/[.;:,!?]/.test(text.slice(tokens[cueEnd - 1]?.end ?? 0, tokens[q0].start))) {
    const w = tokens[q0].w;
    // "sub-linear time construction algorithms": the time of building, whatever the structure answers
    if (CONSTRUCTION_WORDS.has(w)) return null;
    // "constant-time insertions/deletions/queries": the operations listed right after, all of them
    let u: string | null = null, v: string | null = null, qn = false;
    for (let q = q0; q < Math.min(after[1], q0 + 4); q++) {
      if (q === q0 && /^(?:and|or|with|while)$/.test(tokens[q].w)) break;
      if (q > q0 && !/^[\s/,]*(?:and\s*)?$/.test(text.slice(tokens[q - 1].end, tokens[q].start)) && tokens[q].w !== 'and') break;
      u ??= structure ? UVERBS.get(tokens[q].w) ?? null : null;
      v ??= queryWord(tokens, q, structure, true);
      qn ||= /^quer(?:y|ies)$/.test(tokens[q].w);
    }
    if (u && (v || qn)) return { resource: 'time', reason: 'resource:mixed-operations' };
    if (u) return { resource: 'update', reason: u };
    if (v) return { resource: 'query', reason: v };
    if (/^(?:for|to)$/.test(w) && q0 + 1 < after[1]) {
      const x = queryWord(tokens, q0 + 1, structure, true);
      if (x) return { resource: 'query', reason: x };
    }
  }
  for (let q = before[1] - 1, n = 0; q >= before[0] && n < OPERATION_WINDOW; q--, n++) {
    // the window is inside the sentence already; only a clause break ends it ("$T[1..n]$" has dots of its own)
    if (q + 1 < before[1] && /;|:\s/.test(text.slice(tokens[q].end, tokens[q + 1].start))) break;
    const w = tokens[q].w;
    // "supports all (B-tree) operations in …", "… and performing a predecessor search all take logarithmic time"
    if (w === 'all' && (/^(?:take|run|require|cost|need)$/.test(tokens[q + 1]?.w ?? '') || [1, 2, 3].some((d) => /^operations?$/.test(tokens[q + d]?.w ?? '')))) all = true;
    // "can be constructed in linear time", "computing the LCP array in …": building the structure, not using it
    if (!query && !update && CONSTRUCTION_WORDS.has(w)) break;
    if (!query) query = queryWord(tokens, q, structure, n < NEAR_OPERATION_WINDOW);
    if (!update && structure) update = UVERBS.get(w) ?? null;
    queryNoun ||= /^quer(?:y|ies)$/.test(w);
  }
  // "over a sequence of n insertions and q queries, a time bound of …": updates and queries together
  if (update && queryNoun) return { resource: 'time', reason: 'resource:mixed-operations' };
  if ((query && update) || (all && (query || update))) return { resource: 'time', reason: 'resource:mixed-operations' };
  if (query) return { resource: 'query', reason: query };
  if (update) return { resource: 'update', reason: update };
  return null;
}

export interface ResourceDecision { resource: Resource; reason: string }

const clauseBreak = (s: string) => /[.;:!?]/.test(s);

/** Query words and update words both among the last few tokens before the bound. */
function bothKinds(tokens: Token[], before: [number, number]): boolean {
  let q = false, u = false;
  for (let j = before[1] - 1, n = 0; j >= before[0] && n < 6; j--, n++) {
    const w = tokens[j].w;
    if (/^(?:quer(?:y|ies)|search(?:es)?|lookups?|access(?:es)?)$/.test(w)) q = true;
    if (/^(?:updates?|insertions?|deletions?|inserts?|deletes?)$/.test(w)) u = true;
  }
  return q && u;
}

/** Does the bound decrease in every variable it has (a rate, an error, a distance), by its growth signature? */
function decreasing(span: string): boolean {
  const p = parseBound(span.replace(/^[^$\\A-Za-zΩΘÕ~]+/, ''));
  if (!p.ok || !isGrowthSig(p.growth)) return false;
  let shrinking = false;
  for (const t of p.growth.t) {
    if (t.e) { if (t.e.c >= 0) return false; shrinking = true; }
    for (const v of Object.values(t.v)) {
      const lead = v.find((x) => x !== 0) ?? 0;
      if (lead > 0) return false;
      if (lead < 0) shrinking = true;
    }
  }
  return shrinking;
}

const CODING = new WeakMap<Token[], boolean>();
/** Is the abstract about codes (where "t deletions" are errors of a channel)? Once per abstract. */
function aboutCodes(tokens: Token[]): boolean {
  let v = CODING.get(tokens);
  if (v === undefined) {
    v = false;
    for (let i = 0; i < tokens.length && !v; i++) v = CODING_WORDS.has(tokens[i].w);
    CODING.set(tokens, v);
  }
  return v;
}

/** Cues that name a query's time only in an abstract about a built structure (a search algorithm's "search time" is its time). */
const STRUCTURE_ONLY_CUES = new Set(['resource:searching-time', 'resource:search-time']);

function cueOk(c: ResourceCue, tok: Token, text: string, prev?: Token, tokens?: Token[]): boolean {
  if (c.hyphenOnly && text[tok.start - 1] !== '-') return false;
  if (STRUCTURE_ONLY_CUES.has(c.reason) && !(tokens && aboutStructure(tokens))) return false;
  // "codes correcting $t$ deletions with … redundancy": deletions of a channel, not updates
  if (c.resource === 'update' && /^(?:insertions?|deletions?)$/.test(tok.w) && tokens && aboutCodes(tokens) && !aboutStructure(tokens)) return false;
  // "state-space", "feature space": a mathematical space, not memory
  if (c.reason === 'resource:space' && prev && NON_MEMORY_SPACES.has(prev.w) && tok.start - prev.end <= 1) return false;
  return true;
}

/**
 * `first`/`last`: token index range [first, last) between the previous bound (or sentence start) and this bound;
 * `after`/`afterLimit`: token range after the bound up to the next bound or sentence end.
 */
const GROUP_AFTER = /^((?:\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)\$[^$]{1,150}\$)+)/;
const GROUP_JOINER = /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)$/;

/**
 * The longest run of `$…$` bounds (1–150 characters inside) each followed by ", " / "and" / "or" that ends `head`
 * ("$O(n)$, $O(m)$ and "), or null. Scanned once from the right; the regex this replaces,
 * /((?:\$[^$]{1,150}\$\s*(?:,\s*(?:and\s+)?|and\s+|or\s+))+)$/, was retried from every `$`.
 */
export function groupBefore(head: string): string | null {
  const dollars: number[] = [];
  for (let i = head.indexOf('$'); i >= 0; i = head.indexOf('$', i + 1)) dollars.push(i);
  const chains = new Uint8Array(dollars.length + 2);
  let first = -1;
  for (let d = dollars.length - 2; d >= 0; d--) {
    const inside = dollars[d + 1] - dollars[d] - 1;
    if (inside < 1 || inside > 150) continue;
    const next = d + 2 < dollars.length ? dollars[d + 2] : head.length;
    if (!GROUP_JOINER.test(head.slice(dollars[d + 1] + 1, next))) continue;
    if (next === head.length || chains[d + 2]) { chains[d] = 1; first = d; }
  }
  return first < 0 ? null : head.slice(dollars[first]);
}

/**
 * The words before "respectively" in `rest` (a comma and whitespace before it excluded), provided no `.` or `;` comes
 * first; null without one. The match of /^([^.;]*?),?\s*respectively\b/, found from the first "respectively"
 * instead of retrying the whitespace before it from every position.
 */
export function respectivelyList(rest: string): string | null {
  for (let r = rest.indexOf('respectively'); r >= 0; r = rest.indexOf('respectively', r + 1)) {
    if (/\w/.test(rest[r + 12] ?? '')) continue;
    let p = trimEndMatching(rest.slice(0, r), /\s/).length;
    if (rest[p - 1] === ',') p--;
    return /[.;]/.test(rest.slice(0, p)) ? null : rest.slice(0, p);
  }
  return null;
}

/**
 * The noun list before a final "in" ("queries and updates in"): the first letter from which up to 80 characters of
 * letters, spaces, `/`, `,` and `-` (at least 2) reach the whitespace before that "in". Same match as
 * /([A-Za-z][A-Za-z /,-]{2,80}?)\s+in\s*$/ without retrying the window from every letter.
 */
export function nounListBefore(s: string): string | null {
  // the whitespace run [p, q) before a final "in" (and trailing whitespace)
  const t = trimEndMatching(s, /\s/);
  if (!t.endsWith('in')) return null;
  const q = t.length - 2;
  const p = trimEndMatching(t.slice(0, q), /\s/).length;
  if (p === q) return null;
  const inList = (c: string) => /[A-Za-z /,-]/.test(c);
  // bad[i]: the first index ≥ i (up to q) whose character cannot be in the list
  const lo = Math.max(0, p - 81);
  const bad = new Int32Array(q - lo + 1);
  bad[q - lo] = q;
  for (let i = q - 1; i >= lo; i--) bad[i - lo] = inList(s[i]) ? bad[i + 1 - lo] : i;
  for (let start = lo; start + 3 <= q - 1; start++) {
    if (!/[A-Za-z]/.test(s[start])) continue;
    const end = Math.max(start + 3, p);
    if (end > Math.min(start + 81, q - 1) || bad[start + 1 - lo] < end) continue;
    return s.slice(start, end);
  }
  return null;
}

/** The resource a cue phrase names ("query time" → query), by its longest cue; null if none. */
function resourceOfPhrase(phrase: string): Resource | null {
  const words = phrase.toLowerCase().split(/[^a-z/]+/).filter(Boolean);
  let best: { len: number; r: Resource } | null = null;
  for (let i = 0; i < words.length; i++) {
    const list = CUES.byFirst.get(words[i]) ?? [];
    for (const c of list) if (c.words.every((w, q) => words[i + q] === w) && (!best || c.words.length > best.len)) best = { len: c.words.length, r: c.rule.resource };
  }
  return best?.r ?? null;
}

/**
 * "$O(n)$ and $O(\log n)$ space and query time, respectively", "queries and updates in $X$ and $Y$ time, respectively":
 * the k-th bound of a coordinated group takes the k-th resource of the list. Bounded slices, so constant work per bound.
 */
function respectiveResource(text: string, boundStart: number, boundEnd: number): ResourceDecision | null {
  const head = text.slice(Math.max(0, boundStart - 300), boundStart);
  const tail = text.slice(boundEnd, boundEnd + 300);
  const gb = groupBefore(head), ga = GROUP_AFTER.exec(tail);
  // plain-text pairs ("its time and space complexities are O(R\log\log n+n) and O(R)")
  if (!gb && !ga) return plainPair(head, tail);
  const k = gb ? (gb.match(/\$[^$]+\$/g) ?? []).length : 0;
  const n = k + 1 + (ga ? (ga[1].match(/\$[^$]+\$/g) ?? []).length : 0);
  if (n < 2) return null;
  const rest = tail.slice(ga ? ga[1].length : 0, (ga ? ga[1].length : 0) + 120);
  const listed = respectivelyList(rest);
  const lead = head.slice(0, head.length - (gb ? gb.length : 0));
  // "its time and space complexities are $X$ and $Y$": a list of resources right before the group pairs in order
  if (listed === null) return PAIRED_HEAD.test(lead.slice(-80).replace(/\s+/g, ' ').trim()) ? listBefore(lead, n, k) : null;
  const split = (s: string) => s.split(/,|\band\b|\bor\b/).map((x) => x.trim()).filter(Boolean);
  let items = split(listed);
  if (items.length !== n) {
    // "… queries and updates in $X$ and $Y$ time, respectively": the list names the operations before the bounds
    const nouns = nounListBefore(lead);
    if (nouns === null) return listBefore(lead, n, k);
    items = split(nouns.split(/\b(?:supports?|supporting|answers?|performs?|handles?|with)\b/).pop() ?? '');
    if (items.length !== n) return null;
    const unit = resourceOfPhrase(listed);
    const r = resourceOfPhrase(items[k]) ?? null;
    return r && r !== 'space' ? { resource: r, reason: 'resource:respectively' } : unit ? { resource: unit, reason: 'resource:respectively' } : null;
  }
  const r = resourceOfPhrase(items[k]);
  return r ? { resource: r, reason: 'resource:respectively' } : null;
}

/** A plain-text bound "O(…)" (balanced parentheses) that ends `s` before a final "and"/"or", as its start; -1 if none. */
function plainBoundBeforeJoiner(s: string): number {
  let t = trimEndMatching(s, /\s/);
  if (t.endsWith(' and') || t.endsWith(' or')) t = t.slice(0, t.lastIndexOf(' '));
  else return -1;
  t = trimEndMatching(t, /[\s,]/);
  if (!t.endsWith(')')) return -1;
  let depth = 0;
  for (let i = t.length - 1; i >= 0 && i >= t.length - 150; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(' && --depth === 0) return i > 0 && /[OoΘΩ]/.test(t[i - 1]) && !/\w/.test(t[i - 2] ?? '') ? i - 1 : -1;
  }
  return -1;
}

/** The first or second of two plain-text bounds after a paired head ("time and space complexities are"). */
function plainPair(head: string, tail: string): ResourceDecision | null {
  const t = tail.slice(0, 16).trimStart().replace(/^,/, '').trimStart();
  const afterJoiner = t.startsWith('and ') ? t.slice(4).trimStart() : t.startsWith('or ') ? t.slice(3).trimStart() : null;
  if (afterJoiner !== null && /^[OoΘΩ]\(/.test(afterJoiner)) {
    return PAIRED_HEAD.test(head.slice(-80).replace(/\s+/g, ' ').trim()) ? listBefore(head, 2, 0) : null;
  }
  const at = plainBoundBeforeJoiner(head);
  if (at < 0) return null;
  const lead = head.slice(0, at);
  return PAIRED_HEAD.test(lead.slice(-80).replace(/\s+/g, ' ').trim()) ? listBefore(lead, 2, 1) : null;
}

const PAIRED_HEAD = /\b(?:complexities|complexity|requirements|bounds|costs|usages?)(?: (?:are|is|of|become))?:?$/i;
/**
 * "The time and space complexities of our algorithm are $X$ and $Y$, respectively": the last list of resource nouns
 * of the sentence head ("time and space") with as many items as the group has bounds. The head is a bounded slice.
 */
function listBefore(head: string, n: number, k: number): ResourceDecision | null {
  const words = head.slice(-200).toLowerCase().split(/\s+/).filter(Boolean);
  let found: Resource[] | null = null;
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i] !== 'and' && words[i] !== 'or') continue;
    // the items: one or two words each, the earlier ones separated by commas ("time, space and query time")
    const items: string[] = [];
    const last = resourceOfPhrase(words.slice(i + 1, i + 3).join(' ')) !== null && resourceOfPhrase(words[i + 1]) === null ? words.slice(i + 1, i + 3).join(' ') : words[i + 1];
    let j = i - 1;
    while (j >= 0 && items.length < n - 1) {
      const two = j > 0 ? `${words[j - 1]} ${words[j]}` : words[j];
      const one = words[j].replace(/,$/, '');
      const pick = resourceOfPhrase(one) !== null ? one : resourceOfPhrase(two.replace(/,/g, '')) !== null ? two.replace(/,/g, '') : null;
      if (!pick) break;
      items.unshift(pick);
      j -= pick.includes(' ') ? 2 : 1;
      if (items.length < n - 1 && !(words[j]?.endsWith(','))) break;
    }
    items.push(last);
    const rs = items.map(resourceOfPhrase);
    if (rs.length === n && rs.every((r) => r !== null)) found = rs as Resource[];
  }
  return found ? { resource: found[k], reason: 'resource:respectively-list-before' } : null;
}

export function decideResource(
  text: string, tokens: Token[], before: [number, number], after: [number, number], boundEnd: number,
): ResourceDecision | null {
  // 0. "… and …, respectively": the k-th bound of the group, the k-th noun of the list
  const startTok = tokens[before[1]];
  const inGroup = /^\$?\s*(?:,\s*)?(?:and|or)\s+(?:\$|[OΘΩ]\()/.test(text.slice(boundEnd, boundEnd + 24)) || (startTok && /[$)]\s*(?:,\s*)?(?:and|or)\s+\$?$/.test(text.slice(Math.max(0, startTok.start - 24), startTok.start)));
  if (startTok && (/respectively/.test(text.slice(boundEnd, boundEnd + 400)) || inGroup)) {
    const start = text[startTok.start - 1] === '$' ? startTok.start - 1 : text.lastIndexOf('$', startTok.start) >= startTok.start - 2 ? text.lastIndexOf('$', startTok.start) : startTok.start;
    const r = start >= 0 ? respectiveResource(text, start, boundEnd) : null;
    if (r) return r;
  }
  // 1. right after: "O(n) (expected) time", "O(ε)-optimal"
  for (let j = after[0], n = 0; j < after[1] && n < 4; j++, n++) {
    const gap = text.slice(j === after[0] ? boundEnd : tokens[j - 1].end, tokens[j].start);
    if (clauseBreak(gap) || /,/.test(gap) && n > 0) break;
    if (n === 0 && /^\s*[,)]/.test(gap) === false && /[(]/.test(gap) && gap.trim() !== '(') break;
    const m = matchAt(CUES, tokens, j, after[1]);
    if (m && cueOk(m.rule, tokens[j], text, tokens[j - 1], tokens)) {
      if (m.rule.resource === 'time' && !/^resource:(?:running-time|runtime|algorithms?|work|delay)$/.test(m.rule.reason)) {
        const b = nearestBefore(text, tokens, before, 5);
        if (b && SPECIFIC_BEFORE_TIME.has(b.resource)) {
          // "supporting insertions/deletions/queries in $O(1)$ time": both kinds of operation is plain time
          if (bothKinds(tokens, before)) return { resource: 'time', reason: 'resource:mixed-operations' };
          return { resource: b.resource, reason: b.reason + '+time-after' };
        }
        const op = operationResource(text, tokens, before, after, j + m.words.length);
        if (op) return op;
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
      return { resource: m.rule.reason === 'resource:rounds' ? roundsResource(tokens) : m.rule.resource, reason: m.rule.reason };
    }
    // "$\tilde O(1/T)$ average regret", "… minimax-optimal statistical rate": a filler or one adjective before the noun
    if (!RESOURCE_FILLERS.has(tokens[j].w) && !(ADJECTIVE_SUFFIX.test(tokens[j].w) && n < 2)) break;
  }
  // 2. across a preposition, for resources that are never generic: "Ω(…) on the ℓ2-norm estimation error"
  const p = tokens[after[0]];
  if (p && after[0] < after[1] && RESOURCE_PREPOSITIONS.has(p.w) && !clauseBreak(text.slice(boundEnd, p.start)) && !/,/.test(text.slice(boundEnd, p.start))) {
    for (let j = after[0] + 1, n = 0; j < after[1] && n < 6; j++, n++) {
      if (clauseBreak(text.slice(tokens[j - 1].end, tokens[j].start)) || /,/.test(text.slice(tokens[j - 1].end, tokens[j].start))) break;
      const m = matchAt(CUES, tokens, j, after[1]);
      if (m && PREPOSITION_RESOURCES.has(m.rule.resource) && cueOk(m.rule, tokens[j], text, tokens[j - 1], tokens)) {
        return { resource: m.rule.resource, reason: m.rule.reason + ':across-preposition' };
      }
    }
  }
  // 3. right before: "space complexity from O(T²)", "regret of Õ(√T)"; "extract any substring … in time O(…)"
  const b = nearestBefore(text, tokens, before, 10);
  if (b && b.resource === 'time' && /^resource:(?:time|complexity|step-complexity|running-time)/.test(b.reason)) {
    const op = operationResource(text, tokens, before, after, after[0]);
    if (op) return op;
  }
  if (b) return b;
  // 4. no cue: a bound that shrinks as its parameters grow (O(1/T), O(N^{-1/2}), O(e^{-T}), O(ε)) is an error or rate
  const first = tokens[before[1]];
  if (first && first.start < boundEnd && decreasing(text.slice(Math.max(0, first.start - 1), boundEnd))) return { resource: 'error', reason: 'resource:decreasing-bound' };
  return null;
}

function nearestBefore(text: string, tokens: Token[], before: [number, number], maxTokens: number): ResourceDecision | null {
  for (let j = before[1] - 1, n = 0; j >= before[0] && n < maxTokens; j--, n++) {
    if (j + 1 < before[1] && clauseBreak(text.slice(tokens[j].end, tokens[j + 1].start))) break;
    const m = matchEndingAt(CUES, tokens, j, before[0]);
    const s = j - (m ? m.words.length : 1) + 1;
    if (m && cueOk(m.rule, tokens[s], text, tokens[s - 1], tokens) && m.rule.reason !== 'resource:algorithm' && m.rule.reason !== 'resource:algorithms') {
      // "memory and time complexity O(L²)": one entry, for the resource named first
      if (s >= 2 && (tokens[s - 1].w === 'and' || tokens[s - 1].w === 'or') && s - 1 > before[0]) {
        const first = matchEndingAt(CUES, tokens, s - 2, before[0]);
        if (first && cueOk(first.rule, tokens[s - 1 - first.words.length], text, tokens[s - 2 - first.words.length]) && first.rule.resource !== m.rule.resource) {
          return { resource: first.rule.resource, reason: 'resource:first-named-of-pair' };
        }
      }
      return { resource: m.rule.reason === 'resource:rounds' ? roundsResource(tokens) : m.rule.resource, reason: m.rule.reason + ':before' };
    }
  }
  return null;
}

/** Words that make "rounds" rounds of communication (protocols, MPC, parties); elsewhere they are iterations of a learner or game. */
const COMMUNICATION_CONTEXT = new Set(['communication', 'protocol', 'protocols', 'mpc', 'parties', 'party', 'messages', 'message', 'distributed', 'machines', 'alice', 'bob', 'congest', 'local', 'broadcast', 'interactive', 'interaction']);
const ROUNDS = new WeakMap<Token[], Resource>();
/** The resource "rounds" count in this abstract (computed once per abstract). */
export function roundsResource(tokens: Token[]): Resource {
  let r = ROUNDS.get(tokens);
  if (!r) {
    r = 'iteration';
    for (const t of tokens) if (COMMUNICATION_CONTEXT.has(t.w)) { r = 'communication'; break; }
    ROUNDS.set(tokens, r);
  }
  return r;
}

/** "… lower bound on the number of samples", "upper bound for the sample complexity": the resource named after "bound(s)" at token j, or null. */
export function resourceAfterBound(text: string, tokens: Token[], j: number): Resource | null {
  if (!/^bounds?$/.test(tokens[j]?.w ?? '')) return null;
  let q = j + 1;
  if (!/^(?:on|for|of|in)$/.test(tokens[q]?.w ?? '') || clauseBreak(text.slice(tokens[j].end, tokens[q].start))) return null;
  q++;
  for (let n = 0; q < tokens.length && n < 4; q++, n++) {
    if (clauseBreak(text.slice(tokens[q - 1].end, tokens[q].start))) return null;
    const m = matchAt(CUES, tokens, q);
    if (m && m.rule.resource !== 'time') return tokens[q].w === 'rounds' ? roundsResource(tokens) : m.rule.resource;
    if (!/^(?:the|a|an|number|of|total|expected|worst|case|its|their)$/.test(tokens[q].w)) return null;
  }
  return null;
}

/**
 * For a class word licensed as plain time ("supporting direct access … in polylogarithmic time"): the operations
 * named before it (tokens [first - window, first)) or right after its cost noun at `costEnd` decide query or update time.
 */
export function operationResourceOfClass(text: string, tokens: Token[], first: number, costEnd: number): ResourceDecision | null {
  return operationResource(text, tokens, [Math.max(0, first - OPERATION_WINDOW), first], [costEnd, Math.min(tokens.length, costEnd + 5)], costEnd);
}
