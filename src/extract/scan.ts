// Finds candidate bound spans in an abstract: symbolic bounds, explicit costs without a symbol
// (`n log n time`, `$r|S|$ bits`) and verbal classes; applies the non-claim traps. Pure and linear.
import type { Notation, Resource } from './types.ts';
import { findMathSpans, tokenize, tokenAt, type MathSpan, type Token } from './text.ts';
import { scanSymbols, matchGroup, type SymbolHit } from './scan-symbols.ts';
import { BOUND_TRAPS, ASSIGNMENT_OPERATORS, COST_VARIABLES, NAMED_OBJECT_TRAPS } from './rules/traps.ts';
import { scanVerbal } from './scan-verbal.ts';
import { stripArgumentCommands } from './expr.ts';
import { EXPLICIT_COST_NOUNS, EXPLICIT_COST_PHRASES, EXPLICIT_NOUN_FILLERS, EXPLICIT_SUBJECT_NOUNS } from './rules/explicit-cues.ts';
import { trimEndMatching } from '../ingest/trim.ts';

export interface Candidate {
  kind: 'symbolic' | 'explicit' | 'verbal';
  start: number;
  end: number;
  notation: Notation;
  soft: boolean;
  /** verbal: the class key ("quadratic", "nearly linear"); others: "" */
  cls: string;
  /** verbal: expr from the class table */
  verbalExpr: string;
  /** a resource already implied by the words that licensed the candidate */
  resourceHint: { resource: Resource; reason: string } | null;
  reasons: string[];
}

export interface Rejection { start: number; end: number; text: string; reason: string }

export interface ScanResult { candidates: Candidate[]; rejected: Rejection[]; math: MathSpan[]; tokens: Token[] }

const WRAPPERS = /\\(?:smash|displaystyle|textstyle|mathrm|mathit|boldsymbol|bm|left|right|,|;|!|quad)|[{}\s,.;:~]/g;

function collapseLower(s: string): string {
  return s.replace(/\s+/g, ' ').toLowerCase();
}

function isConstantArg(arg: string): boolean {
  return /^\s*[0-9.]+\s*$/.test(arg);
}

/** How far back the text before a bound is read for its assignment or its opening of a math span. */
const RAW_MAX = 256;

/** `lhs OP` right before pos (in math or plain text): returns lhs and operator, or null. */
/** An asymptotic symbol opening its argument (`O(`, `\tilde{O}(`, `\Theta\left(`): the left side of `=` is a bound. */
const BOUND_OPENING = /(?:\\(?:tilde|widetilde|mathcal)\s*(?:\{\s*)?O(?:\s*\})?|(?:^|[^A-Za-z\\])O|\\Omega|\\Theta)\s*(?:\\left\s*)?[({]/;

function assignmentBefore(text: string, pos: number, floor: number): { lhs: string; op: string; raw: string } | null {
  let k = pos;
  while (k > floor && text[k - 1] === ' ') k--;
  for (const op of ASSIGNMENT_OPERATORS) {
    if (k - op.length >= floor && text.slice(k - op.length, k) === op) {
      // `\le` must not be the tail of `\left`; operators made of letters need a backslash start
      let e = k - op.length;
      while (e > floor && text[e - 1] === ' ') e--;
      let s = e;
      while (s > floor && s > e - 24 && /[A-Za-z0-9_{}\\^*'()]/.test(text[s - 1])) s--;
      // raw: what precedes the operator, at most RAW_MAX characters (read for every bound: the whole range was quadratic)
      return { lhs: text.slice(s, e).replace(/[{}\\]/g, '').replace(/^\(+/, '').replace(/^(?:bar|hat|tilde|widetilde)/, ''), op, raw: text.slice(Math.max(floor, e - RAW_MAX), e) };
    }
  }
  return null;
}

interface TrapContext { costVars: Set<string>; tokens: Token[]; spanEnd: number }
type TrapVerdict = { trap: string } | { trap: null; hint: { resource: Resource; reason: string } | null; lhs?: string };

/** Variables the abstract introduces as costs: "redundancy $r$", "query time $t_q$". */
function definedCostVars(text: string): Set<string> {
  const out = new Set<string>();
  const re = /\b(?:redundancy|query time|update time|running time|space usage|space)\s+\$([A-Za-z](?:_\{?[A-Za-z]{1,5}\}?)?)\$/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.add(m[1].replace(/[{}]/g, ''));
  return out;
}

function trapFor(text: string, hit: { start: number; end: number }, arg: string, floor: number, ctx: TrapContext): TrapVerdict {
  if (/^\s*\\?cdot\s*$/.test(arg)) return { trap: 'trap:notation-placeholder' };
  // a bound that opens its `$…$` span is read with the words before the span ("entries bounded by $o(…)$")
  // (a lead longer than RAW_MAX is not formatting alone; not re-read for every bound of a long range, which was quadratic)
  const outer = floor > 0 && text[floor - 1] === '$' && hit.start - floor <= RAW_MAX && leftoverIsEmpty(text.slice(floor, hit.start)) ? text.slice(Math.max(0, floor - 31), floor - 1) : '';
  const before = dropOpeningBrackets(collapseLower(outer + text.slice(Math.max(floor, hit.start - 30), hit.start))).trimEnd();
  const beforeRaw = text.slice(Math.max(floor, hit.start - 8), hit.start).replace(/\s+/g, '');
  const after = collapseLower(text.slice(hit.end, hit.end + 24)).replace(/^\$/, '');
  for (const t of BOUND_TRAPS) {
    if (t.argConstant && !isConstantArg(arg)) continue;
    if (t.argPattern && !(arg.length < 16 && t.argPattern.test(arg))) continue;
    if (t.before !== undefined) {
      const b = t.before.replace(/\s+/g, '');
      const ok = t.before.startsWith('1') ? beforeRaw.endsWith(b) || beforeRaw.endsWith(b + '(') : before.endsWith(t.before);
      if (!ok) continue;
    }
    if (t.after !== undefined && !after.startsWith(t.after)) continue;
    return { trap: t.reason };
  }
  let hint: { resource: Resource; reason: string } | null = null;
  let lhs: string | undefined;
  const asg = assignmentBefore(text, hit.start, floor);
  if (asg) {
    const costVar = COST_VARIABLES.find((v) => (v.reason === 'lhs:space-time-product' ? v.match.test(asg.raw.slice(-40)) : v.match.test(asg.lhs)) || (v.reason === 'lhs:expected-error' && v.match.test(asg.raw)));
    const defined = ctx.costVars.has(asg.lhs);
    const costAfter = /^\$?\s*(?:bits|time|space|words|memory)\b/.test(text.slice(ctx.spanEnd, ctx.spanEnd + 12));
    // `$\tilde O(n^{(3+\omega)/2}) = \tilde O(n^{2.687})$`: a bound restated in another form is a bound, not a setting
    const restated = asg.op === '=' && /[)}]\s*$/.test(asg.raw) && BOUND_OPENING.test(asg.raw);
    if (!costVar && !defined && !costAfter && !restated) return { trap: 'trap:parameter-setting' };
    // `t_u = Omega(t_q)`: a regime relating two costs, not a bound
    if (/^\s*[A-Za-z](?:_\{?[A-Za-z]+\}?)?\s*$/.test(arg) && /^[tT]_/.test(asg.lhs)) return { trap: 'trap:regime-between-costs' };
    // `t_u = t_q = O(…)` bounds updates and queries together: plain time
    if (costVar?.resource && !/=[^=]*=/.test(asg.raw + asg.op)) hint = { resource: costVar.resource, reason: costVar.reason };
    else if (costVar) lhs = costVar.reason;
  }
  // "there are $O(k^2)$ $k$-mismatch occurrences", "bound the number of occurrences by $O(k^2)$": a structural count
  if (structuralCount(text, hit.start, ctx.spanEnd)) return { trap: 'trap:structural-count' };
  // counts and measured figures written with O: `O(200k)`, `O(10^6)`
  if (/^\s*[0-9.,]+\s*(?:[kKmMbB]\s*)?$/.test(arg) && !isConstantArg(arg)) return { trap: 'trap:numeric-count' };
  return { trap: null, hint, lhs };
}

/** Nouns whose count is a cost: "there are O(n) queries", "the number of samples is O(d)". */
const COUNTED_COSTS = new Set(['phases', 'stages', 'levels', 'epochs', 'layers', 'batches', 'time', 'times', 'space', 'bits', 'bit', 'words', 'word', 'memory', 'queries', 'query', 'samples', 'sample', 'rounds', 'round', 'operations', 'comparisons', 'probes', 'passes', 'steps', 'iterations', 'evaluations', 'calls', 'oracle', 'messages', 'i/os', 'ios', 'updates', 'mistakes', 'errors', 'cells', 'registers', 'states', 'gates', 'colors', 'colours', 'labels', 'edges', 'vertices', 'nodes']);
const EXISTENTIAL: readonly string[] = ['there are', 'there exist', 'there exists', 'there is', 'there can be', 'there could be', 'there will be', 'there must be', 'has', 'have', 'contain', 'contains'];
const NUMBER_JOINERS: readonly string[] = [' is at most', ' is bounded by', ' of at most', ' by', ' is', ' are', ' to', ' as'];

/** `lead` without its trailing whitespace and `$` (a string walk). */
function leadEnd(lead: string): string {
  return trimEndMatching(trimEndMatching(trimEndMatching(lead, /\s/), /\$/), /\s/);
}
/** Does `s` end with one of `phrases`, as whole words? */
function endsWithWords(s: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => s.endsWith(p) && !/[a-z0-9]/.test(s[s.length - p.length - 1] ?? ' '));
}
/** "… the number of X by|is …" ending `t` (trimmed by leadEnd): X, or null (no regex: the phrase is found by its last "number of"). */
function numberOf(t: string): string | null {
  const at = t.lastIndexOf('number of ');
  if (at < 0) return null;
  const rest = t.slice(at + 10);
  const j = NUMBER_JOINERS.find((x) => rest.endsWith(x));
  if (!j) return null;
  const counted = rest.slice(0, rest.length - j.length).trim();
  return counted && counted.length <= 50 && !/[.;:]/.test(counted) ? counted : null;
}

/**
 * Is the bound at [start, …) a count of structures rather than a cost? "there are $O(k^2)$ $k$-mismatch occurrences",
 * "we bound the number of $k$-edit occurrences by $O(k^2)$", "a string has $O(n)$ runs"; not when what is counted is
 * a resource ("there are $O(n)$ queries", "the number of samples is $O(d)$"). Bounded slices only.
 */
function structuralCount(text: string, start: number, spanEnd: number): boolean {
  const lead = leadEnd(text.slice(Math.max(0, start - 80), start).toLowerCase().replace(/\s+/g, ' '));
  const n = numberOf(lead);
  if (n !== null) {
    const counted = n.split(' ').pop()?.replace(/[^a-z/]/g, '') ?? '';
    return !COUNTED_COSTS.has(counted);
  }
  if (!endsWithWords(lead, EXISTENTIAL)) return false;
  const tail = text.slice(spanEnd, spanEnd + 40).replace(/^\$/, '').trimStart();
  // the counted noun: the first plain word after the span ("$k$-mismatch occurrences" → "occurrences")
  const m = /^(?:\$[^$]{0,20}\$)?[-\s]*([A-Za-z/-]+)(?:\s+([A-Za-z/]+))?/.exec(tail);
  if (!m) return false;
  const words = [m[1], m[2]].filter(Boolean).map((w) => w!.toLowerCase().replace(/^-+/, ''));
  const noun = words.find((w) => /s$/.test(w) && w.length > 3) ?? words[0];
  const last = noun.split('-').pop() ?? noun;
  return /s$/.test(last) && !COUNTED_COSTS.has(last) && !/^(?:time|space)/.test(words[0]);
}

/** `s` without a final run of `$`/`(` and the whitespace after it, as s.replace(/[$(]+\s*$/, '') did, read once. */
export function dropOpeningBrackets(s: string): string {
  const t = trimEndMatching(s, /\s/);
  const u = trimEndMatching(t, /[$(]/);
  return u.length < t.length ? u : s;
}

function leftoverIsEmpty(inner: string): boolean {
  return stripArgumentCommands(inner).replace(WRAPPERS, '') === '';
}

const EXPLICIT_NOUN = new Map(EXPLICIT_COST_NOUNS.map((r) => [r.match, r.reason]));
/** Cost nouns after a plain-text expression ("n log n time", "d^2 samples"); rates and errors need math. */
const PLAIN_COST_NOUNS = new Set([...EXPLICIT_NOUN.keys()].filter((w) => !['error', 'rate', 'rates', 'redundancy', 'regret', 'memory'].includes(w)));
const EXPLICIT_PHRASES = [...EXPLICIT_COST_PHRASES].sort((x, y) => y.match.length - x.match.length);

/**
 * An explicit cost needs a cost noun right after it, or a cost phrase right before it; `strongOnly` asks for a
 * phrase strong enough to make a lone variable a cost ("the lower bound is $n$"). Returns the rule's reason.
 */
function explicitCue(tokens: Token[], start: number, end: number, text: string, strongOnly = false): string | null {
  let k = tokenAt(tokens, end);
  const hyTime = !strongOnly && text[end] === '-' && tokens[k]?.w === 'time';
  if (hyTime) return 'explicit:hyphen-time';
  // "a $\mathrm{poly}(k\log n)$-space streaming algorithm"
  if (!strongOnly && text[end] === '-' && tokens[k]?.w === 'space') return 'explicit:hyphen-space';
  // "a $(1+\epsilon)f$-approximate set cover": an approximation ratio that grows (not a 1+ε factor)
  if (!strongOnly && text[end] === '-' && /^approximat/.test(tokens[k]?.w ?? '') && growingVariable(text.slice(start, end))) return 'explicit:hyphen-approximation';
  // "the $n$ lower bound is still true"
  if (strongOnly && /^(?:lower|upper)$/.test(tokens[k]?.w ?? '') && /^bounds?$/.test(tokens[k + 1]?.w ?? '') && /^\$?\s+$/.test(text.slice(end, tokens[k].start))) return 'explicit:lone-variable-bound';
  if (text[end] === '-') return null;
  if (!strongOnly) {
    for (let n = 0; n < 3 && k < tokens.length; n++, k++) {
      const t = tokens[k];
      if (/[.;:,]/.test(text.slice(n === 0 ? end : tokens[k - 1].end, t.start))) break;
      const noun = EXPLICIT_NOUN.get(t.w);
      if (noun) return noun;
      if (!EXPLICIT_NOUN_FILLERS.has(t.w)) break;
    }
  }
  const b = tokenAt(tokens, start);
  // the phrase must end right before the expression (an opening bracket may sit between: "the lower bound ($…$)")
  if (b > 0 && !/^[\s($]*(?:(?:[=<>≥≤]+|\\(?:geq?|leq?))[\s($]*)?$/.test(text.slice(tokens[b - 1].end, start))) return null;
  const words = tokens.slice(Math.max(0, b - 5), b).map((t) => t.w).join(' ');
  for (const p of EXPLICIT_PHRASES) {
    if (strongOnly && !p.strong) continue;
    if (p.compound && !compoundExpression(text.slice(start, end))) continue;
    if (p.growing && !growingVariable(text.slice(start, end))) continue;
    if (p.subject && !costSubjectBefore(tokens, text, b - p.match.split(' ').length)) continue;
    if (words === p.match || words.endsWith(' ' + p.match) || words.endsWith(' ' + p.match + ' t q') || words.endsWith(' ' + p.match + ' t')) return p.reason;
  }
  return null;
}

/** An expression with an operator, a function or a power, not a (decorated) named quantity like `$\beta_k^*$`. */
function compoundExpression(span: string): boolean {
  const s = span.replace(/\^\s*(?:\*|\{\s*(?:\*|\\ast|\\star)\s*\}|\\ast|\\star)|'/g, '');
  return /[+\-/]|\\(?:log|lg|ln|sqrt|frac|exp|cdot|tfrac|dfrac)|\blog|\^\s*(?:\{\s*)?[-0-9a-zA-Z(\\]/.test(s);
}

/** A cost noun heading the clause that ends at token `j` (up to ten tokens back, within the clause). */
function costSubjectBefore(tokens: Token[], text: string, j: number): boolean {
  for (let q = j - 1, n = 0; q >= 0 && n < 10; q--, n++) {
    if (/[.;:]/.test(text.slice(tokens[q].end, tokens[q + 1].start))) return false;
    // "… time as long as the edit distance is at least …", "when $R$ is at least …": a condition, not a cost
    if (/^(?:if|when|whenever|long|provided|unless|while|whose|where)$/.test(tokens[q].w)) return false;
    if (EXPLICIT_SUBJECT_NOUNS.has(tokens[q].w)) return true;
  }
  return false;
}

/** A Latin variable outside commands (not Euler's e of "e^x"): a ratio in it grows, one in ε or α alone is a constant. */
function growingVariable(span: string): boolean {
  return /(?:^|[^\\A-Za-z])(?!e\^)[A-Za-z](?![A-Za-z])/.test(span.replace(/\\[A-Za-z]+/g, ' '));
}

/** A lone variable (`$n$`, `$k$`, `$|S|$`): a cost only after a strong phrase. */
function loneVariable(inner: string): boolean {
  return /^\s*\|?[A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?)?\|?\s*$/.test(inner);
}

/** Math that reads as a cost expression (not a lone variable, a setting or a percentage). */
const GREEK_VARIABLES = /^(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|chi|psi|omega|ell|Gamma|Delta|Lambda|Sigma|Phi|Psi|Omega)$/;

/** A symbol with a star or prime, alone: a named constant ("$ζ^*$", "$\beta_k^*$"), never a cost. */
function decoratedSymbol(inner: string): boolean {
  return /^\s*(?:\\[A-Za-z]+|[A-Za-z\u0370-\u03ff])(?:_\{?[A-Za-z0-9]{1,3}\}?)?\s*(?:\^\s*(?:\*|\{\s*(?:\*|\\ast|\\star)\s*\}|\\ast|\\star)|')\s*$/.test(inner);
}

function expressionLike(inner: string): boolean {
  if (decoratedSymbol(inner)) return false;
  if (/[=<>%]|\\(?:le|ge|leq|geq|in|times|ll|gg|rightarrow|to)\b|\\%/.test(inner)) return false;
  // a variable must remain once commands are dropped: "$\frac12\log_2 3$" is a number
  if (!/[A-Za-z\u0370-\u03ff]/.test(inner.replace(/\\([A-Za-z]+)/g, (_m, name: string) => (GREEK_VARIABLES.test(name) ? 'g' : ' ')))) return false;
  // a subscript names a variable ("$d_{wc}$" is one variable, not d·w·c)
  const unsubscripted = inner.replace(/_\s*(?:\{[^{}$]{0,16}\}|\\?[A-Za-z0-9]+)/g, '');
  const stripped = unsubscripted.replace(/\\[A-Za-z]+/g, (m) => (/\\(log|lg|sqrt|lceil|frac|cdot|ln|exp)/.test(m) ? 'F' : 'v')).replace(/[\s{}]/g, '');
  // a power, a function, |·|, a product of letters, a coefficient ("10n", "0.0321n") or a sum/quotient with a variable
  return /\^|F|\||[A-Za-z][A-Za-z(]|[0-9.][A-Za-z]|[A-Za-z)]\s*[+\-*/]|[+\-*/]\s*[A-Za-z(]/.test(stripped) && stripped.length >= 2;
}

export function scanAbstract(text: string): ScanResult {
  const math = findMathSpans(text);
  const tokens = tokenize(text);
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  const taken: [number, number][] = [];
  const mk = (kind: Candidate['kind'], start: number, end: number, notation: Notation, soft: boolean, reasons: string[]): Candidate =>
    ({ kind, start, end, notation, soft, cls: '', verbalExpr: '', resourceHint: null, reasons });
  const reject = (start: number, end: number, reason: string) => rejected.push({ start, end, text: text.slice(start, end), reason });

  const costVars = definedCostVars(text);
  const symbolic = (h: SymbolHit, floor: number, spanEnd: number): Candidate | null => {
    const arg = text.slice(h.argStart, h.argEnd);
    const v = trapFor(text, h, arg, floor, { costVars, tokens, spanEnd });
    if (v.trap !== null) { reject(h.start, h.end, v.trap); return null; }
    const c = mk('symbolic', h.start, h.end, h.rule.notation, h.rule.soft, [h.rule.reason]);
    if (v.hint) { c.resourceHint = v.hint; c.reasons.push(v.hint.reason); } else if (v.lhs) c.reasons.push(v.lhs);
    return c;
  };

  // 1. math spans
  for (const m of math) {
    const hits = scanSymbols(text, m.innerStart, m.innerEnd, m);
    const top = hits.filter((h) => !h.nested);
    const inner = text.slice(m.innerStart, m.innerEnd);
    if (top.length === 1) {
      const h = top[0];
      const pre = text.slice(m.innerStart, h.start);
      const post = text.slice(h.end, m.innerEnd);
      if (leftoverIsEmpty(pre) && leftoverIsEmpty(post)) {
        const c = symbolic(h, m.innerStart, m.end);
        if (c) { c.start = m.start; c.end = m.end; c.reasons.push('span:whole-math-span'); candidates.push(c); taken.push([m.start, m.end]); }
        continue;
      }
      if (/\+\s*$/.test(pre) && leftoverIsEmpty(post) && !/[=<>]|\\(?:le|ge|leq|geq)\b/.test(pre) && /[A-Za-z]/.test(pre)) {
        candidates.push(mk('explicit', m.start, m.end, 'none', false, ['explicit:leading-term-plus-lower-order']));
        taken.push([m.start, m.end]);
        continue;
      }
    }
    if (top.length >= 1) {
      for (const h of top) {
        const c = symbolic(h, m.innerStart, m.end);
        if (c) { c.reasons.push('span:bound-inside-math'); candidates.push(c); taken.push([h.start, h.end]); }
      }
      continue;
    }
    // no top-level symbol: an explicit cost such as `$r|S|$ bits` or `$2^{O(k)} n$ time`
    const named = NAMED_OBJECT_TRAPS.find((t) => t.match.test(inner));
    if (named) { reject(m.start, m.end, named.reason); continue; }
    if (!expressionLike(inner) && loneVariable(inner) && hits.length === 0) {
      const cue = explicitCue(tokens, m.start, m.end, text, true);
      if (cue) { candidates.push(mk('explicit', m.start, m.end, 'none', false, ['explicit:lone-variable', cue])); taken.push([m.start, m.end]); }
      continue;
    }
    if (expressionLike(inner)) {
      const cue = explicitCue(tokens, m.start, m.end, text);
      if (cue) {
        const asg = assignmentBefore(text, m.start, Math.max(0, m.start - 30));
        candidates.push(mk('explicit', m.start, m.end, 'none', false, ['explicit:math-expression', cue]));
        taken.push([m.start, m.end]);
        void asg;
      } else if (hits.length > 0 && /^\s*(?:time\s+)?algorithms?\b/.test(text.slice(m.end, m.end + 16)) && !/[=<>]|\\(?:le|ge|leq|geq)\b/.test(inner)) {
        // `$n^{O(w)}$ algorithm`, `$2^{O(k)}$-time algorithm`: a running time named by its algorithm
        candidates.push(mk('explicit', m.start, m.end, 'none', false, ['explicit:math-expression', 'explicit:nested-symbol-before-algorithm']));
        taken.push([m.start, m.end]);
      } else if (hits.length > 0) reject(m.start, m.end, 'trap:nested-symbol-without-cost');
    }
  }

  // 2. plain text outside math spans
  let from = 0;
  const plainRanges: [number, number][] = [];
  for (const m of math) { if (m.start > from) plainRanges.push([from, m.start]); from = m.end; }
  if (from < text.length) plainRanges.push([from, text.length]);
  for (const [a, b] of plainRanges) {
    for (const h of scanSymbols(text, a, b, null)) {
      if (h.nested && h.caret >= 0) {
        // `n^{1-o(1)}` in plain text: the whole power is an explicit cost
        let s = h.caret;
        while (s > a && s > h.caret - 12 && /[A-Za-z0-9_]/.test(text[s - 1])) s--;
        let e = h.end;
        const open = h.caret + 1;
        if (text[open] === '{' || text[open] === '(') { const g = matchGroup(text, open, b); if (g > 0) e = g; }
        if (s === h.caret) { reject(h.start, h.end, 'trap:exponent-without-base'); continue; }
        const cue = explicitCue(tokens, s, e, text);
        if (!cue) { reject(s, e, 'trap:power-without-cost'); continue; }
        const asg = assignmentBefore(text, s, Math.max(a, s - 30));
        const lhsVar = asg ? COST_VARIABLES.find((v) => v.match.test(asg.lhs)) : undefined;
        if (asg && !lhsVar) { reject(s, e, 'trap:parameter-setting'); continue; }
        const pc = mk('explicit', s, e, 'none', false, ['explicit:plain-power', cue]);
        if (lhsVar?.resource) pc.resourceHint = { resource: lhsVar.resource, reason: lhsVar.reason };
        candidates.push(pc);
        taken.push([s, e]);
        continue;
      }
      const c = symbolic(h, a, h.end);
      if (c) { c.reasons.push('span:plain-text'); candidates.push(c); taken.push([c.start, c.end]); }
    }
  }

  // 3. plain "n log n time": a run of math-like words right before a cost noun
  const covered = new Uint8Array(text.length + 1);
  for (const [s, e] of taken) covered.fill(1, s, e);
  for (const m of math) covered.fill(1, m.start, m.end);
  // a bound a trap rejected ("Θ(log n)-bit words") is not a cost expression either
  for (const r of rejected) covered.fill(1, r.start, r.end);
  const inTaken = (p: number) => covered[p] === 1;
  for (let j = 1; j < tokens.length; j++) {
    const noun = PLAIN_COST_NOUNS.has(tokens[j].w) ? EXPLICIT_NOUN.get(tokens[j].w) : undefined;
    if (!noun) continue;
    // "N^2d^2{M} I/O operations": one filler between the expression and its noun
    const last = j > 1 && (tokens[j - 1].w === 'i/o' || EXPLICIT_NOUN_FILLERS.has(tokens[j - 1].w)) ? j - 1 : j;
    let k = last - 1;
    let hasFn = false, hasVar = false;
    while (k >= 0 && last - k <= 8) {
      const t = tokens[k];
      const gap = text.slice(t.end, tokens[k + 1].start);
      if (!/^[\s^*·()+/{}_-]*$/.test(gap) || inTaken(t.start)) break;
      // "d^2 samples": a power is as good a sign of math as a log
      if (gap.includes('^')) hasFn = true;
      if (/^(log|lg|loglog|polylog|sqrt|poly)$/.test(t.w)) hasFn = true;
      else if (/^[a-hj-z]$/.test(t.w) || /^[0-9]+$/.test(t.w) || /^[0-9]+[a-hj-z]$/.test(t.w)) hasVar ||= /[a-z]$/.test(t.w);
      else break;
      k--;
    }
    if (hasFn && hasVar && last - k - 1 >= 2) {
      const s = tokens[k + 1].start;
      let e = tokens[last - 1].end;
      // close a bracket the run opened: "N^2d^2{M}"
      const opened = (text.slice(s, e).match(/[({]/g) ?? []).length - (text.slice(s, e).match(/[)}]/g) ?? []).length;
      for (let q = 0; q < opened && (text[e] === '}' || text[e] === ')'); q++) e++;
      if (!inTaken(s)) { candidates.push(mk('explicit', s, e, 'none', false, ['explicit:plain-words-before-cost-noun', noun])); covered.fill(1, s, e); }
    }
  }

  // 3b. plain `poly(d/ε) queries`, `poly(log n, 1/ε)` after "complexity bounded by": an explicit cost without a symbol
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    if ((t.w !== 'poly' && t.w !== 'polylog') || text[t.end] !== '(' || inTaken(t.start)) continue;
    const e = matchGroup(text, t.end, Math.min(text.length, t.end + 200));
    if (e < 0 || inTaken(e - 1)) continue;
    if (/[A-Za-z]/.test(text[t.start - 1] ?? '')) continue;
    const cue = explicitCue(tokens, t.start, e, text);
    if (!cue) { reject(t.start, e, 'trap:poly-without-cost'); continue; }
    candidates.push(mk('explicit', t.start, e, 'none', false, ['explicit:plain-poly', cue]));
    covered.fill(1, t.start, e);
  }

  // 4. verbal classes
  const verbal = scanVerbal(text, tokens, inTaken);
  for (const v of verbal.candidates) candidates.push(v);
  for (const r of verbal.rejected) rejected.push(r);

  candidates.sort((x, y) => x.start - y.start || x.end - y.end);
  rejected.sort((x, y) => x.start - y.start || x.end - y.end);
  return { candidates, rejected, math, tokens };
}
