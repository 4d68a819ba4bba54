// Finds verbal cost classes ("linear time", "scales quadratically", "truly sub-cubic") among the
// tokens, keeping only those licensed by a cost noun, a scaling verb or "<cost> is <class>".
import type { Candidate, Rejection } from './scan.ts';
import { tokenAt, type Token } from './text.ts';
import { VERBAL_CLASS_RULES, CLASS_PREFIXES, QUALIFIER_RULES, type VerbalClassRule } from './rules/verbal-classes.ts';
import {
  VERBAL_COST_NOUNS, VERBAL_FILLERS, VERBAL_SCALING_VERBS, VERBAL_COPULAS, VERBAL_SUBJECT_NOUNS, VERBAL_TRAPS, COMPOUND_RESOURCES,
  COUNTED_FILLERS, ADJECTIVE_SUFFIX, STRONG_COST_NOUNS, COMPOUND_TIME_RESOURCES,
} from './rules/verbal-context.ts';
import { roundsResource, resourceAfterBound, operationResourceOfClass } from './resource.ts';
import type { Resource } from './types.ts';

const CLASS = new Map(VERBAL_CLASS_RULES.map((r) => [r.match, r]));
const PREFIX = new Set(CLASS_PREFIXES);
const QUALIFIER = new Map(QUALIFIER_RULES.map((r) => [r.match, r]));
const COST = new Map(VERBAL_COST_NOUNS.map((r) => [r.match, r]));
const VERB = new Map(VERBAL_SCALING_VERBS.map((r) => [r.match, r]));
const SUBJECT = new Map(VERBAL_SUBJECT_NOUNS.map((r) => [r.match, r]));
const NEXT_TRAP = new Map(VERBAL_TRAPS.filter((t) => t.side === 'next').map((t) => [t.match, t]));
const PREV_TRAP = new Map(VERBAL_TRAPS.filter((t) => t.side === 'prev').map((t) => [t.match, t]));
const COUNTED = new Map<string, Resource>([
  ['queries', 'query'], ['samples', 'sample'], ['rounds', 'iteration'], ['iterations', 'iteration'], ['steps', 'time'],
  ['operations', 'time'], ['passes', 'other'], ['comparisons', 'time'], ['bits', 'space'], ['words', 'space'],
  ['calls', 'query'], ['evaluations', 'query'], ['tests', 'query'], ['probes', 'query'], ['measurements', 'sample'],
  ['examples', 'sample'], ['messages', 'communication'], ['epochs', 'iteration'], ['episodes', 'sample'],
]);

/** The counted noun after "number of" / "many", across a few adjectives ("number of extra comparisons", "oracle calls"). */
function countedAt(tokens: Token[], j: number, text: string): { k: number; resource: Resource } | null {
  for (let q = j, n = 0; q < tokens.length && n < 3; q++, n++) {
    if (q > j && breaksClause(text.slice(tokens[q - 1].end, tokens[q].start))) return null;
    const r = COUNTED.get(tokens[q].w);
    if (r) return { k: q, resource: tokens[q].w === 'rounds' ? roundsResource(tokens) : r };
    if (!COUNTED_FILLERS.has(tokens[q].w)) return null;
  }
  return null;
}

const INPUT_NOUNS = new Set(['alphabet', 'alphabets', 'universe', 'integers', 'weights', 'domain', 'numbers', 'input', 'inputs', 'instances', 'field', 'fields']);
/** Classes a kernel's size is stated in ("a polynomial kernel", "a linear kernel" after "admits"). */
const KERNEL_CLASSES = new Set(['polynomial', 'linear', 'quadratic', 'cubic', 'polylogarithmic', 'subexponential', 'exponential', 'sublinear']);
/** Words after which "constant" is a noun ("an arbitrary constant", "any constant"). */
const CONSTANT_NOUN_BEFORE = new Set(['a', 'an', 'the', 'some', 'any', 'arbitrary', 'small', 'large', 'fixed', 'absolute', 'positive', 'universal', 'every', 'each', 'given', 'certain', 'suitable', 'sufficiently']);
/** Nouns after "number of" that are counts of objects, not costs. */
function boundOnCount(tokens: Token[], j: number): boolean {
  if (!/^bounds?$/.test(tokens[j]?.w ?? '') || !/^(?:on|for)$/.test(tokens[j + 1]?.w ?? '')) return false;
  let q = j + 2;
  if (tokens[q]?.w === 'the') q++;
  if (tokens[q]?.w !== 'number' || tokens[q + 1]?.w !== 'of') return false;
  const w = tokens[q + 2]?.w ?? '';
  return !COUNTED.has(w) && !COUNTED_FILLERS.has(w);
}

const breaksClause = (s: string) => /[.;:,!?]/.test(s);

function mergeKey(prefix: string, word: string): string | null {
  if ((prefix === 'near' || prefix === 'nearly' || prefix === 'almost') && word === 'linear') return 'nearlinear';
  const k = prefix + word;
  return CLASS.has(k) ? k : null;
}

export function scanVerbal(text: string, tokens: Token[], skip: (pos: number) => boolean): { candidates: Candidate[]; rejected: Rejection[] } {
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  // the last licensed class word: "reduced to almost linear or linear" licenses the second by coordination
  let last: { k: number; hint: { resource: Resource; reason: string } } | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    let rule: VerbalClassRule | undefined = CLASS.get(t.w);
    let start = t.start;
    let first = k;
    let qualifier: string | null = null;
    const reasons: string[] = [];
    // "sub-quadratic", "near-linear": a hyphen-joined prefix before the class word
    if (k > 0 && t.hy && PREFIX.has(tokens[k - 1].w) && tokens[k - 1].end === t.start - 1) {
      const key = mergeKey(tokens[k - 1].w, t.w);
      if (key) {
        rule = CLASS.get(key);
        start = tokens[k - 1].start; first = k - 1;
        if (key === 'nearlinear') qualifier = tokens[k - 1].w === 'almost' ? 'almost' : 'near';
      }
    }
    if (!rule) continue;
    if (skip(t.start)) continue;
    // the next token might itself be the merged class ("sub-quadratic" seen at "sub"): handled at the class token
    reasons.push(rule.reason);
    // a separate qualifier word in front: "nearly linear", "truly sub-cubic"
    if (first > 0) {
      const q = QUALIFIER.get(tokens[first - 1].w);
      if (q && !breaksClause(text.slice(tokens[first - 1].end, tokens[first].start))) {
        // "(almost) quadratic": the span opens at the bracket, so that it is balanced
        start = tokens[first - 1].start - (text[tokens[first - 1].start - 1] === '(' && text[tokens[first - 1].end] === ')' ? 1 : 0); first = first - 1;
        qualifier = q.effect === 'near' && (rule.cls === 'linear' || rule.cls === 'nearly linear') ? 'near' : q.effect;
        reasons.push(q.reason);
      }
    }
    let cls = rule.cls;
    let expr = rule.expr;
    if (qualifier === 'near' && rule.cls === 'linear') { cls = 'nearly linear'; expr = 'n polylog(n)'; }
    if (qualifier === 'almost' && (rule.cls === 'linear' || rule.cls === 'nearly linear')) { cls = 'almost linear'; expr = 'n^(1+o(1))'; }
    if (qualifier === 'truly' && rule.cls === 'sub-cubic') { cls = 'truly sub-cubic'; expr = 'n^(3-eps)'; }
    if (qualifier === 'truly' && rule.cls === 'sub-quadratic') { cls = 'truly sub-quadratic'; expr = 'n^(2-eps)'; }
    if (qualifier === 'doubly' && rule.cls === 'exponential') { cls = 'doubly exponential'; expr = '2^2^n'; }
    if (qualifier === 'doubly' && rule.cls === 'logarithmic') { cls = 'doubly logarithmic'; expr = 'log log n'; }
    const end = t.end;
    const span = () => text.slice(start, end);

    // traps on the word before / after
    const prev = first > 0 ? tokens[first - 1] : null;
    const prevTrap = prev ? PREV_TRAP.get(prev.w) : undefined;
    if (prevTrap && (!prevTrap.only || prevTrap.only.includes(cls)) && !breaksClause(text.slice(prev!.end, tokens[first].start))) {
      rejected.push({ start, end, text: span(), reason: prevTrap.reason });
      continue;
    }
    const next = k + 1 < tokens.length ? tokens[k + 1] : null;
    const nextGap = next ? text.slice(end, next.start) : '.';
    // "number of queries" is a counted cost; "number of solution sets" is a trap
    const numberOf = next && next.w === 'number' && !breaksClause(nextGap) && tokens[k + 2]?.w === 'of' ? countedAt(tokens, k + 3, text) : null;
    if (numberOf) {
      candidates.push(make(start, end, cls, expr, { resource: numberOf.resource, reason: 'verbal-cost:number-of-counted' }, [...reasons, 'verbal-cost:number-of-counted']));
      last = { k, hint: { resource: numberOf.resource, reason: 'verbal-cost:number-of-counted' } };
      continue;
    }
    // "exponentially many samples"
    const many = next && next.w === 'many' && /ly$/.test(t.w) && !breaksClause(nextGap) ? countedAt(tokens, k + 2, text) : null;
    if (many) {
      candidates.push(make(start, end, cls, expr, { resource: many.resource, reason: 'verbal-cost:many-counted' }, [...reasons, 'verbal-cost:many-counted']));
      continue;
    }
    // "Exponential Time Hypothesis" names an assumption; "polynomial-size alphabet" sizes an input
    if (next && next.w === 'time' && tokens[k + 2]?.w === 'hypothesis') { rejected.push({ start, end, text: span(), reason: 'trap:exponential-time-hypothesis' }); continue; }
    // "the hardness of many diverse polynomial-time problems": a class of problems, not a cost
    if (next && next.w === 'time' && /^problems?$/.test(tokens[k + 2]?.w ?? '')) { rejected.push({ start, end, text: span(), reason: 'trap:class-of-problems' }); continue; }
    if (next && (next.w === 'size' || next.w === 'sized') && tokens[k + 2] && INPUT_NOUNS.has(tokens[k + 2].w)) { rejected.push({ start, end, text: span(), reason: 'trap:size-of-input' }); continue; }
    // "does not admit a polynomial kernel": the size of a kernel in parameterized complexity, not a kernel function
    if (next && /^kernels?$/.test(next.w) && !breaksClause(nextGap) && KERNEL_CLASSES.has(cls)) {
      let admits = false;
      for (let q = first - 1; q >= Math.max(0, first - 3); q--) if (/^(?:admits?|admitting|admitted|has|have|no|yields?|gives?)$/.test(tokens[q].w)) { admits = true; break; }
      if (admits) {
        candidates.push(make(start, end, cls, expr, { resource: 'space', reason: 'verbal-cost:kernel-size' }, [...reasons, 'verbal-cost:kernel-size']));
        continue;
      }
    }
    const nextTrap = next && !breaksClause(nextGap) ? NEXT_TRAP.get(next.w) : undefined;
    if (nextTrap && (!nextTrap.only || nextTrap.only.includes(cls))) {
      rejected.push({ start, end, text: span(), reason: nextTrap.reason });
      continue;
    }
    // a cost noun after, across at most three filler adjectives and one parenthesis
    let licensed: { resource: Resource | null; reason: string } | null = null;
    let from = k + 1;
    const paren = /^\s*\(/.exec(text.slice(end, end + 3));
    if (paren) {
      // the closing bracket is looked for within 90 characters only: an unclosed "(" must not make the scan quadratic
      const near = text.slice(end, end + 90).indexOf(')');
      const close = near < 0 ? -1 : end + near;
      const inner = close > 0 ? text.slice(end, close + 1) : '';
      if (inner && !/[.;]/.test(inner.replace(/\$[^$]*\$/g, '').replace(/\b(?:resp|i\.e|e\.g|cf|vs)\./g, ''))) {
        // a nested paren inside math may close early; take the last ')' before the next word outside it
        let q = close + 1;
        while (q < text.length && q - end < 120 && text[q] === ')') q++;
        from = tokenAt(tokens, q);
      }
    }
    // "computed in linear $O(|\mathcal A|)$ time": a math span between the class and its cost noun
    const mathAfter = /^\s*\$/.exec(text.slice(end, end + 3));
    if (mathAfter) {
      const open = end + mathAfter[0].length - 1;
      const close = text.slice(open + 1, open + 120).indexOf('$');
      if (close >= 0) from = tokenAt(tokens, open + close + 2);
    }
    let adjectives = 0;
    let trapped: string | null = null;
    for (let j = from, n = 0; j < tokens.length && n < 4; j++, n++) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (j !== from && (breaksClause(gap) || gap.length > 3)) break;
      const c = COST.get(tokens[j].w);
      // "sublinear linearized regret", "polynomial adaptive query complexity": an adjective before a strong cost noun only
      if (c && adjectives > 0 && !STRONG_COST_NOUNS.has(tokens[j].w)) break;
      // "the exponential dependence of the current on the temperature" is physics, not a cost:
      // a cost's dependence is on its parameter, not "of" some quantity
      const dependence = c && (c.reason === 'verbal-cost:dependence' || c.reason === 'verbal-cost:dependency');
      if (dependence && tokens[j + 1]?.w === 'of') break;
      if (c && (!c.only || c.only.includes(rule.cls))) {
        // "a polynomial dependence on …" measures whatever cost the clause is about
        let res: Resource | null = c.reason === 'verbal-cost:dependence' || c.reason === 'verbal-cost:dependency' ? subjectResource(tokens, first, text, 10) : c.resource;
        if (tokens[j].w === 'rounds' || tokens[j].w === 'round') res = roundsResource(tokens);
        // "an exponential lower bound on the number of samples": the resource is named after the bound, if at all
        if ((c.reason === 'verbal-cost:lower-bound' || c.reason === 'verbal-cost:upper-bound') && !/^bounds?$/.test(tokens[j + 1]?.w ?? '')) break;
        if (c.reason === 'verbal-cost:lower-bound' || c.reason === 'verbal-cost:upper-bound') {
          // "exponential lower bounds on the number of solutions": a count, not a cost
          if (boundOnCount(tokens, j + 1)) { licensed = null; trapped = 'trap:bound-on-a-count'; break; }
          res = resourceAfterBound(text, tokens, j + 1);
        }
        licensed = { resource: res, reason: c.reason };
        // "constant lookup time", "polylogarithmic update time"
        const compoundTime = tokens[j].w === 'time' && j > from ? COMPOUND_TIME_RESOURCES.get(tokens[j - 1].w) : undefined;
        if (compoundTime) { licensed = { resource: compoundTime, reason: c.reason }; break; }
        if (res === 'time' && tokens[j].w === 'time') {
          // "exponential time to converge": the learner's iterations; "access … in constant time": query time
          if (tokens[j + 1]?.w === 'to' && /^(?:converge|reach|convergence)$/.test(tokens[j + 2]?.w ?? '')) licensed = { resource: 'iteration', reason: 'verbal-cost:time-to-converge' };
          else {
            const op = operationResourceOfClass(text, tokens, first, j + 1);
            if (op) licensed = { resource: op.resource, reason: op.reason };
          }
        }
        break;
      }
      if (VERBAL_FILLERS.has(tokens[j].w)) continue;
      if (adjectives < 2 && ADJECTIVE_SUFFIX.test(tokens[j].w) && !NEXT_TRAP.has(tokens[j].w)) { adjectives++; continue; }
      break;
    }
    if (trapped) { rejected.push({ start, end, text: span(), reason: trapped }); continue; }
    // adverbs after a scaling verb: "scales linearly", "grow quadratically", "remains linearly dependent"
    if (!licensed && /ly$/.test(t.w)) {
      for (let j = first - 1, n = 0; j >= 0 && n < 3; j--, n++) {
        const gap = text.slice(tokens[j].end, tokens[j + 1].start);
        if (breaksClause(gap)) break;
        const v = VERB.get(tokens[j].w);
        // "the exciton density increases sublinearly": a bare change verb needs a cost as its subject
        if (v && /^increases?$/.test(v.match) && !hasCostSubject(tokens, j, text)) break;
        if (v) { licensed = { resource: subjectResource(tokens, j, text), reason: v.reason }; break; }
        if (!/^(only|roughly|at|most|also|still|even)$/.test(tokens[j].w)) break;
      }
    }
    // "<cost noun> … is quadratic"
    // "… algorithms are either not linear": adverbs between the copula and the class
    let cop = first - 1;
    while (cop > 0 && first - cop <= 3 && /^(?:not|also|still|only|essentially|either|always|at|most|least|even|then)$/.test(tokens[cop].w)) cop--;
    if (!licensed && cop >= 0 && first > 0 && VERBAL_COPULAS.has(tokens[cop].w)) {
      for (let j = cop - 1, n = 0; j >= 0 && n < 10; j--, n++) {
        const gap = text.slice(tokens[j].end, tokens[j + 1].start);
        if (breaksClause(gap)) break;
        // "increases by a factor that is logarithmic": a relative factor, not a cost
        if (/^(?:factor|factors|speedup|improvement)$/.test(tokens[j].w) && /^(?:that|which)$/.test(tokens[j + 1].w)) break;
        const s = SUBJECT.get(tokens[j].w);
        if (s) { licensed = { resource: compound(tokens, j) ?? s.resource, reason: s.reason }; break; }
      }
    }
    const withRespect = next?.w === 'with' && tokens[k + 2]?.w === 'respect';
    // "runs in time linear in the number of groups": the cost noun comes first
    if (!licensed && prev && next && (next.w === 'in' || next.w === 'to' || withRespect) && !breaksClause(text.slice(prev.end, tokens[first].start))) {
      const c = COST.get(prev.w);
      if (c && (c.resource === 'time' || c.resource === 'space') && (prev.w === 'time' || prev.w === 'space' || prev.w === 'memory')) {
        licensed = { resource: c.resource, reason: 'verbal-cost:noun-then-class-in' };
      }
    }
    // "a number of queries that is polynomial in d", "decoding complexity linear in the blocklength",
    // "a number of iterations linear in the sample size": a cost noun earlier in the clause, the class "in" its parameter
    // (not "ε is an arbitrary constant in (0, 1)": "constant" after a determiner is a noun)
    const nounConstant = cls === 'constant' && prev !== null && CONSTANT_NOUN_BEFORE.has(prev.w);
    if (!licensed && next && (next.w === 'in' || next.w === 'to' || withRespect) && !nounConstant) {
      for (let j = first - 1, n = 0; j >= 0 && n < 10; j--, n++) {
        if (breaksClause(text.slice(tokens[j].end, tokens[j + 1].start))) break;
        const w = tokens[j].w;
        // "increases only by a small factor that is logarithmic in …": a relative factor, not a cost
        if (/^(?:factor|factors|speedup|improvement|increase|gap)$/.test(w)) break;
        const counted = COUNTED.get(w);
        // "the universe size is close to quadratic in …", "alphabets of size polynomial in n": the size of an input
        const inputSize = w === 'size' && ((j > 0 && INPUT_NOUNS.has(tokens[j - 1].w)) || (j > 1 && tokens[j - 1].w === 'of' && INPUT_NOUNS.has(tokens[j - 2].w)));
        const subj = inputSize ? undefined : SUBJECT.get(w);
        if (counted) { licensed = { resource: w === 'rounds' ? roundsResource(tokens) : counted, reason: 'verbal-cost:counted-then-class-in' }; break; }
        if (subj) { licensed = { resource: compound(tokens, j) ?? subj.resource, reason: 'verbal-cost:subject-then-class-in' }; break; }
      }
    }
    // "a constant amount" of memory named earlier in the clause
    if (!licensed && next && next.w === 'amount') {
      for (let j = first - 1, n = 0; j >= 0 && n < 10; j--, n++) {
        const sn = SUBJECT.get(tokens[j].w);
        if (sn && sn.resource === 'space') { licensed = { resource: 'space', reason: 'verbal-cost:amount-of-memory-before' }; break; }
      }
    }
    // "the preprocessing time can be reduced to almost linear": a cost noun, a change verb, "to", the class
    if (!licensed && first > 1 && tokens[first - 1].w === 'to' && /^(?:reduced|improved|lowered|decreased|brought|cut|dropped)$/.test(tokens[first - 2].w)) {
      for (let j = first - 3, n = 0; j >= 0 && n < 8; j--, n++) {
        if (breaksClause(text.slice(tokens[j].end, tokens[j + 1].start))) break;
        const s = SUBJECT.get(tokens[j].w);
        if (s) { licensed = { resource: compound(tokens, j) ?? s.resource, reason: 'verbal-cost:reduced-to-class' }; break; }
      }
    }
    // "improving … $O(n \lg n / \lg\lg n)$ time to linear": a cost noun, then "to" and the class
    if (!licensed && first > 1 && tokens[first - 1].w === 'to' && !breaksClause(text.slice(tokens[first - 2].end, tokens[first].start))) {
      const s2 = SUBJECT.get(tokens[first - 2].w);
      if (s2 && (s2.resource === 'time' || s2.resource === 'space')) licensed = { resource: compound(tokens, first - 2) ?? s2.resource, reason: 'verbal-cost:noun-to-class' };
    }
    // "space complexity is either constant, logarithmic or linear": a list after a licensed class
    if (!licensed && last && first >= 1 && last.k === first - 1 && /^\s*,\s*$/.test(text.slice(tokens[first - 1].end, tokens[first].start))) {
      licensed = { resource: last.hint.resource, reason: 'verbal-cost:listed-class' };
    }
    if (!licensed && last && first >= 2 && last.k === first - 2 && /^(?:or|and|to)$/.test(tokens[first - 1].w)) {
      licensed = { resource: last.hint.resource, reason: 'verbal-cost:coordinated-class' };
    }
    // "in constant or almost-constant time": a class coordinated with a licensed class right after it
    if (!licensed && next && /^(?:or|and)$/.test(next.w) && !breaksClause(nextGap)) {
      const ahead = classAhead(text, tokens, k + 2);
      if (ahead) {
        licensed = { resource: ahead.resource, reason: 'verbal-cost:coordinated-with-next-class' };
        const op = ahead.resource === 'time' && tokens[ahead.costEnd - 1]?.w === 'time' ? operationResourceOfClass(text, tokens, first, ahead.costEnd) : null;
        if (op) licensed = { resource: op.resource, reason: 'verbal-cost:coordinated-with-next-class' };
      }
    }
    if (!licensed) { rejected.push({ start, end, text: span(), reason: 'verbal:no-cost-context' }); continue; }
    const hint: { resource: Resource; reason: string } | null = licensed.resource ? { resource: licensed.resource, reason: licensed.reason } : null;
    last = { k, hint: hint ?? { resource: 'time', reason: licensed.reason } };
    candidates.push(make(start, end, cls, expr, hint, [...reasons, licensed.reason]));
  }
  return { candidates, rejected };
}

/** The resource of "sample complexity", "query complexity" (the word before a generic cost noun), if any. */
function compound(tokens: Token[], j: number): Resource | null {
  if (j === 0 || !/^(?:complexity|complexities|cost|costs|bound|bounds)$/.test(tokens[j].w)) return null;
  return COMPOUND_RESOURCES.get(tokens[j - 1].w) ?? null;
}

/** The first cost noun in the clause before a scaling verb ("computational and memory requirements grow"). */
function hasCostSubject(tokens: Token[], verbAt: number, text: string, reach = 8): boolean {
  for (let j = verbAt - 1, n = 0; j >= 0 && n < reach; j--, n++) {
    if (breaksClause(text.slice(tokens[j].end, tokens[j + 1].start))) return false;
    const w = tokens[j].w;
    if (SUBJECT.has(w) || w === 'computational' || w === 'complexities' || COST.has(w)) return true;
  }
  return false;
}

function subjectResource(tokens: Token[], verbAt: number, text: string, reach = 8): Resource {
  let found: Resource | null = null;
  for (let j = verbAt - 1, n = 0; j >= 0 && n < reach; j--, n++) {
    if (breaksClause(text.slice(tokens[j].end, tokens[j + 1].start))) break;
    const w = tokens[j].w === 'computational' ? 'computation' : tokens[j].w;
    const s = SUBJECT.get(w) ?? (w === 'complexities' ? SUBJECT.get('complexity') : undefined);
    if (s) found = compound(tokens, j) ?? (w === 'complexities' ? COMPOUND_RESOURCES.get(tokens[j - 1]?.w ?? '') ?? null : null) ?? s.resource;
  }
  return found ?? 'time';
}

/**
 * The class word at token j (merging "almost-constant", "sub-quadratic"), followed by one of its cost nouns
 * across fillers: the resource of that noun, or null.
 */
function classAhead(text: string, tokens: Token[], j: number): { resource: Resource; costEnd: number } | null {
  let k = j;
  if (!tokens[k]) return null;
  if (tokens[k + 1]?.hy && PREFIX.has(tokens[k].w) && mergeKey(tokens[k].w, tokens[k + 1].w)) k++;
  else if (QUALIFIER.has(tokens[k].w) && CLASS.has(tokens[k + 1]?.w ?? '')) k++;
  if (!CLASS.has(tokens[k].w) && !(k > j && mergeKey(tokens[k - 1].w, tokens[k].w))) return null;
  for (let q = k + 1, n = 0; q < tokens.length && n < 3; q++, n++) {
    if (breaksClause(text.slice(tokens[q - 1].end, tokens[q].start))) return null;
    const c = COST.get(tokens[q].w);
    if (c && c.reason !== 'verbal-cost:lower-bound' && c.reason !== 'verbal-cost:upper-bound') return { resource: c.resource, costEnd: q + 1 };
    if (!VERBAL_FILLERS.has(tokens[q].w)) return null;
  }
  return null;
}

function make(start: number, end: number, cls: string, expr: string, hint: { resource: Resource; reason: string } | null, reasons: string[]): Candidate {
  return { kind: 'verbal', start, end, notation: 'verbal', soft: false, cls, verbalExpr: expr, resourceHint: hint, reasons };
}
