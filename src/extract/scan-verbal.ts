// Finds verbal cost classes ("linear time", "scales quadratically", "truly sub-cubic") among the
// tokens, keeping only those licensed by a cost noun, a scaling verb or "<cost> is <class>".
import type { Candidate, Rejection } from './scan.ts';
import { tokenAt, type Token } from './text.ts';
import { VERBAL_CLASS_RULES, CLASS_PREFIXES, QUALIFIER_RULES, type VerbalClassRule } from './rules/verbal-classes.ts';
import {
  VERBAL_COST_NOUNS, VERBAL_FILLERS, VERBAL_SCALING_VERBS, VERBAL_COPULAS, VERBAL_SUBJECT_NOUNS, VERBAL_TRAPS, COMPOUND_RESOURCES,
} from './rules/verbal-context.ts';
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
  ['queries', 'query'], ['samples', 'sample'], ['rounds', 'communication'], ['iterations', 'iteration'], ['steps', 'time'],
  ['operations', 'time'], ['passes', 'other'], ['comparisons', 'other'], ['bits', 'space'], ['words', 'space'],
]);

const INPUT_NOUNS = new Set(['alphabet', 'alphabets', 'universe', 'integers', 'weights', 'domain', 'numbers', 'input', 'inputs', 'instances', 'field', 'fields']);

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
        start = tokens[first - 1].start; first = first - 1;
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
    if (next && next.w === 'number' && !breaksClause(nextGap) && tokens[k + 2]?.w === 'of' && tokens[k + 3] && COUNTED.has(tokens[k + 3].w)) {
      candidates.push(make(start, end, cls, expr, { resource: COUNTED.get(tokens[k + 3].w)!, reason: 'verbal-cost:number-of-counted' }, [...reasons, 'verbal-cost:number-of-counted']));
      continue;
    }
    // "exponentially many samples"
    if (next && next.w === 'many' && /ly$/.test(t.w) && !breaksClause(nextGap) && tokens[k + 2] && COUNTED.has(tokens[k + 2].w)) {
      candidates.push(make(start, end, cls, expr, { resource: COUNTED.get(tokens[k + 2].w)!, reason: 'verbal-cost:many-counted' }, [...reasons, 'verbal-cost:many-counted']));
      continue;
    }
    // "Exponential Time Hypothesis" names an assumption; "polynomial-size alphabet" sizes an input
    if (next && next.w === 'time' && tokens[k + 2]?.w === 'hypothesis') { rejected.push({ start, end, text: span(), reason: 'trap:exponential-time-hypothesis' }); continue; }
    if (next && next.w === 'size' && tokens[k + 2] && INPUT_NOUNS.has(tokens[k + 2].w)) { rejected.push({ start, end, text: span(), reason: 'trap:size-of-input' }); continue; }
    const nextTrap = next && !breaksClause(nextGap) ? NEXT_TRAP.get(next.w) : undefined;
    if (nextTrap && (!nextTrap.only || nextTrap.only.includes(cls))) {
      rejected.push({ start, end, text: span(), reason: nextTrap.reason });
      continue;
    }
    // a cost noun after, across at most three filler adjectives and one parenthesis
    let licensed: { resource: Resource; reason: string } | null = null;
    let from = k + 1;
    const paren = /^\s*\(/.exec(text.slice(end, end + 3));
    if (paren) {
      const close = text.indexOf(')', end);
      const inner = close > 0 && close - end < 90 ? text.slice(end, close + 1) : '';
      if (inner && !/[.;]/.test(inner.replace(/\$[^$]*\$/g, ''))) {
        // a nested paren inside math may close early; take the last ')' before the next word outside it
        let q = close + 1;
        while (q < text.length && q - end < 120 && text[q] === ')') q++;
        from = tokenAt(tokens, q);
      }
    }
    for (let j = from, n = 0; j < tokens.length && n < 4; j++, n++) {
      const gap = text.slice(tokens[j - 1].end, tokens[j].start);
      if (j !== from && (breaksClause(gap) || gap.length > 3)) break;
      const c = COST.get(tokens[j].w);
      // "the exponential dependence of the current on the temperature" is physics, not a cost:
      // a cost's dependence is on its parameter, not "of" some quantity
      const dependence = c && (c.reason === 'verbal-cost:dependence' || c.reason === 'verbal-cost:dependency');
      if (dependence && tokens[j + 1]?.w === 'of') break;
      if (c && (!c.only || c.only.includes(rule.cls))) {
        // "a polynomial dependence on …" measures whatever cost the clause is about
        const res = c.reason === 'verbal-cost:dependence' || c.reason === 'verbal-cost:dependency' ? subjectResource(tokens, first, text, 10) : c.resource;
        licensed = { resource: res, reason: c.reason };
        break;
      }
      if (!VERBAL_FILLERS.has(tokens[j].w)) break;
    }
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
    if (!licensed && first > 0 && VERBAL_COPULAS.has(tokens[first - 1].w)) {
      for (let j = first - 2, n = 0; j >= 0 && n < 10; j--, n++) {
        const gap = text.slice(tokens[j].end, tokens[j + 1].start);
        if (breaksClause(gap)) break;
        // "increases by a factor that is logarithmic": a relative factor, not a cost
        if (/^(?:factor|factors|speedup|improvement)$/.test(tokens[j].w) && /^(?:that|which)$/.test(tokens[j + 1].w)) break;
        const s = SUBJECT.get(tokens[j].w);
        if (s) { licensed = { resource: compound(tokens, j) ?? s.resource, reason: s.reason }; break; }
      }
    }
    // "runs in time linear in the number of groups": the cost noun comes first
    if (!licensed && prev && next && next.w === 'in' && !breaksClause(text.slice(prev.end, tokens[first].start))) {
      const c = COST.get(prev.w);
      if (c && (c.resource === 'time' || c.resource === 'space') && (prev.w === 'time' || prev.w === 'space' || prev.w === 'memory')) {
        licensed = { resource: c.resource, reason: 'verbal-cost:noun-then-class-in' };
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
    if (!licensed && last && first >= 2 && last.k === first - 2 && /^(?:or|and)$/.test(tokens[first - 1].w)) {
      licensed = { resource: last.hint.resource, reason: 'verbal-cost:coordinated-class' };
    }
    if (!licensed) { rejected.push({ start, end, text: span(), reason: 'verbal:no-cost-context' }); continue; }
    last = { k, hint: licensed };
    candidates.push(make(start, end, cls, expr, licensed, [...reasons, licensed.reason]));
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

function make(start: number, end: number, cls: string, expr: string, hint: { resource: Resource; reason: string }, reasons: string[]): Candidate {
  return { kind: 'verbal', start, end, notation: 'verbal', soft: false, cls, verbalExpr: expr, resourceHint: hint, reasons };
}
