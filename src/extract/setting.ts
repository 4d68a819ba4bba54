// Decides a claim's setting (operation, model, variants, guarantee, condition) from cue words around its bound: the
// nearest cue in a few tokens either side, then its clause, then its sentence, then the title for the paper's own
// results. Rules in src/extract/rules/setting-cues.ts. The cues of a sentence are found once, so the work per bound
// is a few binary searches and a sentence with thousands of bounds stays linear.
import type { Guarantee, Model, Operation, Resource, Role, Setting } from './types.ts';
import type { Token } from './text.ts';
import { tokenize, tokenAt } from './text.ts';
import { clauseStarts, clauseOfToken } from './clauses.ts';
import { compilePhrases, matchAt, type PhraseIndex } from './cue-match.ts';
import { singular } from './entities/words.ts';
import { BUILTIN_ACRONYMS } from './entities/canonical.ts';
import { QUALIFIER_WORDS, QUALITY_WORDS } from './rules/problems.ts';
import { SETTING_CUES, SETTING_NEAR_AFTER, SETTING_NEAR_BEFORE, CONDITIONAL_WORDS, SETTING_DEFAULT_REASONS as D, type SettingCue, type SettingField } from './rules/setting-cues.ts';

const INDEX: PhraseIndex<SettingCue> = compilePhrases(SETTING_CUES);
/** Operation cues reach fewer tokens than other near cues: "built in O(n) time a structure answering queries". */
const OPERATION_BEFORE = 4;
const OPERATION_AFTER = 3;
const QUERY_WORDS = new Set(['query', 'queries', 'querying']);

export interface SettingReasons { operation: string; model: string; variants: string; guarantee: string; condition: string }
export interface SettingDecision { setting: Setting; reasons: SettingReasons }

interface Hit { j: number; end: number; rule: SettingCue }

/** What a sentence says about settings, independently of any one bound (computed once per sentence). */
/** Hits of one scope, by field (each list in token order). */
type ByField = Map<SettingField, Hit[]>;
/** Variant values a scope states (value → reason), and the values it cancels. */
interface VariantSet { vals: Map<string, string>; cancelled: Set<string> }

interface SentenceCues {
  hits: Hit[];
  starts: number[];
  end: number;
  /** per clause (by index in `starts`): clause- and sentence-scope hits inside it, and its variants */
  clauseHits: ByField[];
  clauseVariants: VariantSet[];
  /** sentence-scope hits anywhere in the sentence, and their variants */
  sentenceHits: ByField;
  sentenceVariants: VariantSet;
  conditional: boolean;
  queries: boolean;
  text: string;
}

/** Per-abstract state: sentence cues by sentence start, and the title's cues. */
export interface SettingContext {
  text: string;
  tokens: Token[];
  title: { hits: Hit[]; text: string; tokens: Token[]; acronyms: ReadonlyMap<string, string>; restriction: Map<string, string | null> };
  assumptions: readonly string[];
  sentences: Map<number, SentenceCues>;
  /** the last hypothesis named in the text just before a sentence, by the sentence's first token */
  before: Map<number, Hit | null>;
}

function cueOk(rule: SettingCue, tokens: readonly Token[], j: number, end: number, text: string): boolean {
  const next = tokens[end]?.w;
  if (rule.notBefore && next !== undefined && rule.notBefore.includes(next)) return false;
  const prev = j > 0 ? tokens[j - 1].w : undefined;
  if (rule.notAfter && prev !== undefined && rule.notAfter.includes(prev) && !/[.;:]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return false;
  // "ETH", "OV" and "gap" are only names as written: capitals for the acronyms
  if ((rule.reason === 'condition:eth' || rule.reason === 'condition:ov') && !/^[A-Z]/.test(text.slice(tokens[j].start, tokens[j].end))) return false;
  return true;
}

function scan(tokens: readonly Token[], from: number, to: number, text: string): Hit[] {
  const out: Hit[] = [];
  for (let j = from; j < to; j++) {
    const m = matchAt(INDEX, tokens as Token[], j, to);
    if (!m) continue;
    const end = j + m.words.length;
    // overlapping cues of different fields all count ("with preprocessing time": a variant and an operation); a cue
    // inside a longer one of its field does not ("without preprocessing", "massively parallel")
    if (!cueOk(m.rule, tokens, j, end, text)) continue;
    let inside = false;
    for (let k = out.length - 1; k >= 0 && out[k].end > j; k--) if (out[k].rule.field === m.rule.field && out[k].end >= end) { inside = true; break; }
    if (!inside) out.push({ j, end, rule: m.rule });
  }
  return out;
}

export function settingContext(text: string, tokens: Token[], title: string, assumptions: readonly string[], acronyms: ReadonlyMap<string, string> = new Map()): SettingContext {
  // a title longer than any real one is scraped junk: its start is enough
  const t = title.slice(0, 300);
  const tt = tokenize(t);
  return { text, tokens, title: { hits: scan(tt, 0, tt.length, t).filter((h) => h.rule.title), text: t, tokens: tt, acronyms, restriction: new Map() }, assumptions, sentences: new Map(), before: new Map() };
}

/** A sentence that credits its statement to earlier work. */
const CITED = /\b(?:it (?:is|was|has been) (?:well )?(?:known|shown|proven|proved|established)|ha(?:s|ve) (?:recently |previously |already )?been (?:shown|proven|proved|established)|(?:recently|previously) (?:shown|proven|proved)|et al\b)/i;

/** Title words after which a method or a purpose follows, not a restriction of the problem. */
// "… between Unrooted Trees in Cubic Time": the cost after the restriction is not part of it
const TITLE_TAIL_STOP = new Set(['via', 'using', 'by', 'through', 'based', 'and', 'with', 'in']);
const TITLE_TAIL_OPEN = new Set(['in', 'on', 'over', 'under', 'of', 'for', 'between', 'within', 'at']);
/** Tail words that restrict nothing: costs, models, quality ("in Linear Time", "in the Word RAM", "Revisited"). */
const NOT_RESTRICTING = new Set(['the', 'a', 'an', 'time', 'space', 'linear', 'sublinear', 'optimal', 'practice', 'theory', 'memory', 'model', 'ram', 'word', 'near', 'nearly', 'almost', 'truly', 'subquadratic', 'quadratic', 'cubic', 'subcubic', 'constant', 'logarithmic', 'polylogarithmic', 'polynomial', 'small', 'little', 'less', 'compact', 'succinct', 'compressed', 'fast', 'faster']);

/**
 * What the title adds to the name of the problem a claim bounds: "Longest Common Subsequence in at Least k Length
 * Order-Isomorphic Substrings" restricts LCS; "… in Linear Time" or "… in the Word RAM" does not. Null when nothing.
 */
function titleRestriction(ctx: SettingContext, problem: string): string | null {
  const cached = ctx.title.restriction.get(problem);
  if (cached !== undefined) return cached;
  const key = problem.split(' ');
  const tt = ctx.title.tokens;
  const words: { w: string; i: number }[] = [];
  for (let i = 0; i < tt.length; i++) {
    const raw = ctx.title.text.slice(tt[i].start, tt[i].end);
    const exp = /^[A-Z][A-Z0-9]+s?$/.test(raw) ? ctx.title.acronyms.get(tt[i].w.replace(/s$/, '')) ?? BUILTIN_ACRONYMS.get(tt[i].w.replace(/s$/, '')) : undefined;
    if (exp) for (const w of exp.split(' ')) words.push({ w, i });
    else words.push({ w: singular(tt[i].w), i });
  }
  let out: string | null = null;
  for (let s = 0; s + key.length <= words.length && out === null; s++) {
    if (!key.every((w, k) => words[s + k].w === w)) continue;
    const after = words[s + key.length - 1].i + 1;
    if (after >= tt.length || !TITLE_TAIL_OPEN.has(tt[after].w) || /[:;]/.test(ctx.title.text.slice(tt[after - 1].end, tt[after].start))) break;
    const tail: Token[] = [];
    for (let q = after + 1; q < tt.length && tail.length < 8; q++) {
      if (TITLE_TAIL_STOP.has(tt[q].w) || /[:;]/.test(ctx.title.text.slice(tt[q - 1].end, tt[q].start))) break;
      tail.push(tt[q]);
    }
    const restricting = tail.some((x) => !NOT_RESTRICTING.has(x.w) && !QUALIFIER_WORDS.has(x.w) && !QUALITY_WORDS.has(x.w) && !/^\d+$/.test(x.w));
    if (restricting) out = ctx.title.text.slice(tail[0].start, tail[tail.length - 1].end).replace(/\$/g, '').slice(0, 60);
    break;
  }
  ctx.title.restriction.set(problem, out);
  return out;
}

function sentenceCues(ctx: SettingContext, sTok: [number, number]): SentenceCues {
  const cached = ctx.sentences.get(sTok[0]);
  if (cached) return cached;
  const { text, tokens } = ctx;
  const hits = scan(tokens, sTok[0], sTok[1], text);
  const starts = clauseStarts(text, tokens, sTok[0], sTok[1]);
  const clauseHits: ByField[] = starts.map(() => new Map());
  const clauseVariants: VariantSet[] = starts.map(() => ({ vals: new Map(), cancelled: new Set() }));
  const sentenceHits: ByField = new Map();
  const sentenceVariants: VariantSet = { vals: new Map(), cancelled: new Set() };
  let k = 0;
  for (const h of hits) {
    while (k + 1 < starts.length && starts[k + 1] <= h.j) k++;
    if (h.rule.scope === 'near') continue;
    push(clauseHits[k], h);
    if (h.rule.field === 'variant') addVariant(clauseVariants[k], h.rule.value, h.rule.reason);
    if (h.rule.scope === 'sentence') {
      push(sentenceHits, h);
      if (h.rule.field === 'variant') addVariant(sentenceVariants, h.rule.value, h.rule.reason);
    }
  }
  let conditional = false, queries = false;
  for (let q = sTok[0]; q < sTok[1]; q++) {
    const w = tokens[q].w;
    if (CONDITIONAL_WORDS.has(w)) conditional = true;
    if (QUERY_WORDS.has(w) && !/^(?:complexity|complexities|lower|model|access)$/.test(tokens[q + 1]?.w ?? '')) queries = true;
  }
  const from = tokens[sTok[0]]?.start ?? 0;
  const s: SentenceCues = {
    hits, starts, end: sTok[1], clauseHits, clauseVariants, sentenceHits, sentenceVariants, conditional, queries,
    text: text.slice(from, tokens[sTok[1] - 1]?.end ?? from),
  };
  ctx.sentences.set(sTok[0], s);
  return s;
}

function push(m: ByField, h: Hit): void {
  const l = m.get(h.rule.field);
  if (l) l.push(h); else m.set(h.rule.field, [h]);
}

function addVariant(v: VariantSet, value: string, reason: string): void {
  if (value.startsWith('!')) v.cancelled.add(value.slice(1));
  else if (!v.vals.has(value)) v.vals.set(value, reason);
}

/** Characters before a sentence in which a hypothesis it refers to ("under this assumption") may be named. */
const CONDITION_LOOKBACK = 400;

/** The last hypothesis named in the few hundred characters before sentence `s0` (a token index); cached per sentence. */
function previousCondition(ctx: SettingContext, s0: number): Hit | null {
  const cached = ctx.before.get(s0);
  if (cached !== undefined) return cached;
  const from = tokenAt(ctx.tokens, (ctx.tokens[s0]?.start ?? 0) - CONDITION_LOOKBACK);
  let last: Hit | null = null;
  for (const h of scan(ctx.tokens, from, s0, ctx.text)) if (h.rule.field === 'condition' && h.rule.value !== 'unconditional') last = h;
  ctx.before.set(s0, last);
  return last;
}

/** The first hypothesis named in a character range (bounded: one sentence). */
function conditionInRange(ctx: SettingContext, range: [number, number]): Hit | null {
  const from = tokenAt(ctx.tokens, range[0]), to = tokenAt(ctx.tokens, Math.min(range[1], range[0] + 400));
  for (const h of scan(ctx.tokens, from, to, ctx.text)) if (h.rule.field === 'condition') return h;
  return null;
}

/** First hit index with j ≥ pos (binary search). */
function lowerBound(hits: readonly Hit[], pos: number): number {
  let lo = 0, hi = hits.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid].j < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The nearest hit of a field in [lo, first) before the bound or [last, hi) after it; ties go to the one before. */
function nearest(hits: readonly Hit[], field: SettingField, lo: number, first: number, last: number, hi: number, ok: (h: Hit) => boolean = () => true): Hit | null {
  let best: Hit | null = null, dist = Infinity;
  for (let i = lowerBound(hits, first) - 1; i >= 0 && hits[i].j >= lo; i--) {
    const h = hits[i];
    if (h.rule.field !== field || !ok(h)) continue;
    if (h.end > first) continue;
    dist = first - h.end; best = h; break;
  }
  for (let i = lowerBound(hits, last); i < hits.length && hits[i].j < hi; i++) {
    const h = hits[i];
    if (h.rule.field !== field || !ok(h)) continue;
    if (h.j - last < dist) best = h;
    break;
  }
  return best;
}

/** The hit of a field nearest to token `pos` (binary search over that field's hits). */
function nearestIn(m: ByField, field: SettingField, pos: number): Hit | null {
  const hits = m.get(field);
  if (!hits) return null;
  const i = lowerBound(hits, pos);
  const a = hits[i - 1], b = hits[i];
  if (!a) return b ?? null;
  if (!b) return a;
  return pos - a.end <= b.j - pos ? a : b;
}

export interface SettingInput {
  sTok: [number, number];
  /** token index of the bound's first token and of the first token after it */
  first: number;
  last: number;
  /** token index where the next bound of the sentence starts (or the sentence end) */
  nextBound: number;
  /** token index where the previous bound of the sentence ends (or the sentence start) */
  prevBound: number;
  boundStart: number;
  resource: Resource;
  role: Role;
  /** the canonical key of the problem the claim bounds, if known */
  problem?: string | null;
  /** a character range (the next sentence) whose hypothesis the lower bound rests on, when its own sentence names none */
  conditionIn?: [number, number] | null;
}

const OPERATION_OF_RESOURCE: Partial<Record<Resource, Operation>> = { query: 'query', update: 'update' };
const MODEL_OF_RESOURCE: Partial<Record<Resource, Model>> = { io: 'external-memory', communication: 'communication' };

export function decideSetting(ctx: SettingContext, input: SettingInput): SettingDecision {
  const s = sentenceCues(ctx, input.sTok);
  const [c0, c1] = clauseOfToken(s.starts, s.end, input.first);
  let ci = 0;
  while (ci + 1 < s.starts.length && s.starts[ci + 1] <= c0) ci++;
  const clause = s.clauseHits[ci];
  const lo = Math.max(c0, input.prevBound, input.first - SETTING_NEAR_BEFORE);
  const hi = Math.min(c1, input.nextBound, input.last + SETTING_NEAR_AFTER);
  // a lower bound the sentence credits to earlier work ("it has been recently proven that …", "Bringmann et al.
  // showed …") is the general problem's, not one of the setting the title names
  const own = input.role === 'result' || (input.role === 'lower' && !CITED.test(s.text));

  // operation: the resource says it for query and update bounds; else a cue right at the bound
  let operation: Operation = 'total';
  let opReason: string = D.operation;
  const rOp = OPERATION_OF_RESOURCE[input.resource];
  if (rOp) { operation = rOp; opReason = D.operationFromResource; }
  else if (input.resource === 'time' || input.resource === 'other') {
    const near = nearest(s.hits, 'operation', Math.max(lo, input.first - OPERATION_BEFORE), input.first, input.last, Math.min(hi, input.last + OPERATION_AFTER));
    const clauseOp = clause.get('operation')?.[0];
    const h = near ?? clauseOp ?? null;
    if (h) { operation = h.rule.value as Operation; opReason = h.rule.reason; }
  }

  // model: the nearest cue of the clause, a sentence cue, the title (the paper's own bounds), the resource
  let model: Model = 'word-ram';
  let modelReason: string = D.model;
  const mNear = nearest(s.hits, 'model', lo, input.first, input.last, hi);
  const mClause = mNear ?? nearestIn(clause, 'model', input.first) ?? nearestIn(s.sentenceHits, 'model', input.first);
  const mTitle = own ? ctx.title.hits.find((h) => h.rule.field === 'model') ?? null : null;
  const mRes = MODEL_OF_RESOURCE[input.resource];
  if (mClause) { model = mClause.rule.value as Model; modelReason = mClause.rule.reason; }
  else if (mRes) { model = mRes; modelReason = D.modelFromResource; }
  else if (mTitle) { model = mTitle.rule.value as Model; modelReason = mTitle.rule.reason + D.title; }

  // variants: every variant cue of the clause (near ones only close by), the title's for the paper's own bounds;
  // "exactly" in the clause cancels "approximate" from anywhere
  const vals = new Map<string, string>(s.clauseVariants[ci].vals);
  const cancelled = new Set<string>(s.clauseVariants[ci].cancelled);
  for (const [v, r] of s.sentenceVariants.vals) if (!vals.has(v)) vals.set(v, r);
  for (let i = lowerBound(s.hits, lo); i < s.hits.length && s.hits[i].j < hi; i++) {
    const h = s.hits[i];
    if (h.rule.field !== 'variant' || h.rule.scope !== 'near') continue;
    if (h.rule.value.startsWith('!')) cancelled.add(h.rule.value.slice(1));
    else if (!vals.has(h.rule.value)) vals.set(h.rule.value, h.rule.reason);
  }
  if (own) for (const h of ctx.title.hits) if (h.rule.field === 'variant' && !h.rule.value.startsWith('!') && !cancelled.has(h.rule.value) && !vals.has(h.rule.value)) vals.set(h.rule.value, h.rule.reason + D.title);
  // the title restricts the problem ("LCS in at least k length order-isomorphic substrings"), unless a title cue said how
  if (own && input.problem && !ctx.title.hits.some((h) => h.rule.field === 'variant')) {
    const r = titleRestriction(ctx, input.problem);
    if (r) vals.set(`restricted:${r}`, 'setting:title-restriction');
  }
  if (operation !== 'total' || s.queries) { if (!vals.has('with-preprocessing')) vals.set('with-preprocessing', operation !== 'total' ? D.operationFromResource : 'setting:queries-in-sentence'); }
  for (const c of cancelled) vals.delete(c);
  const variants = [...vals.keys()].sort();
  const factor = vals.has('approximate') ? approximationFactor(s.text) : null;
  if (factor) variants[variants.indexOf('approximate')] = `approximate:${factor}`;

  // guarantee: a cue at the bound, else in its clause
  let guarantee: Guarantee = 'worst';
  let gReason: string = D.guarantee;
  const g = nearest(s.hits, 'guarantee', lo, input.first, input.last, hi) ?? clause.get('guarantee')?.[0] ?? null;
  if (g) { guarantee = g.rule.value as Guarantee; gReason = g.rule.reason; }

  // condition (lower bounds): the hypothesis the sentence names, else the previous sentence's or the paper's
  let condition: string | null = null;
  let cReason: string = D.condition;
  let prev: Hit | null = null;
  const named = nearestIn(clause, 'condition', input.first) ?? nearestIn(s.sentenceHits, 'condition', input.first);
  if (input.role === 'lower') {
    if (named) { condition = named.rule.value; cReason = named.rule.reason; }
    else if (input.conditionIn && (prev = conditionInRange(ctx, input.conditionIn))) { condition = prev.rule.value; cReason = prev.rule.reason + ':next-sentence'; }
    else if (s.conditional && (prev = previousCondition(ctx, input.sTok[0]))) { condition = prev.rule.value; cReason = prev.rule.reason + ':previous-sentence'; }
    else if (s.conditional && ctx.assumptions.length) { condition = ctx.assumptions[0]; cReason = D.conditionPaper; }
    else if (s.conditional) { condition = 'conditional'; cReason = D.conditionUnnamed; }
    else { condition = 'unconditional'; cReason = D.conditionUnconditional; }
  }
  return {
    setting: { operation, model, variants, guarantee, condition },
    reasons: { operation: opReason, model: modelReason, variants: variants.length ? variants.map((v) => vals.get(v.includes(':') ? v.slice(0, v.indexOf(':')) : v) ?? vals.get(v) ?? '').join(' ') : D.variants, guarantee: gReason, condition: cReason },
  };
}

const FACTOR_BEFORE = /(\$[^$]{1,40}\$|\b[\w.+()/-]{1,16})[- ](?:factor[- ])?approximat/;
const FACTOR_WITHIN = /\bwithin (?:an? )?(?:(?:multiplicative|constant|additive) )?factor(?: of)? (\$[^$]{1,40}\$|[\w.+()/-]{1,16})/;
const FACTOR_NAMED = /\b(constant|polylogarithmic|logarithmic|sub-polynomial|subpolynomial|polynomial)[- ]factor/;

/** The approximation factor a sentence states ("(1+ε)-approximation", "within a factor of 3"), as written; null if none. */
export function approximationFactor(sentence: string): string | null {
  const s = sentence.length > 2000 ? sentence.slice(0, 2000) : sentence;
  const m = FACTOR_WITHIN.exec(s) ?? FACTOR_BEFORE.exec(s) ?? FACTOR_NAMED.exec(s);
  if (!m) return null;
  const f = m[1].replace(/^\$|\$$/g, '').replace(/-factor$/i, '').trim();
  if (!f || /^(?:an?|the|good|better|best|an|first|new|our|this|its|efficient|fast|factor|any|that|which|to|and|or|not|also|can|we|is|be|nontrivial|non-trivial|some|such|improved|their|no|of|in|on|at|as|from|for|with|by|algorithm|algorithms|method|methods|scheme|schemes|it|them)$/i.test(f)) return null;
  return f.length > 40 ? null : f;
}

/**
 * A claim's setting once its problem is final (the graph stage resolves problems across the corpus): a paper's own
 * result or lower bound of a problem its title restricts ("Edit Distance for Indel Channels") carries the restriction.
 */
export function settingForProblem(setting: Setting, role: Role, title: string, problem: string | null, acronyms: Readonly<Record<string, string>> = {}): Setting {
  if (!problem || (role !== 'result' && role !== 'lower') || setting.variants.some((v) => v.startsWith('restricted:'))) return setting;
  const ctx = settingContext('', [], title, [], new Map(Object.entries(acronyms).filter(([, v]) => typeof v === 'string')));
  if (ctx.title.hits.some((h) => h.rule.field === 'variant')) return setting;
  const r = titleRestriction(ctx, problem);
  return r ? { ...setting, variants: [...setting.variants, `restricted:${r}`].sort() } : setting;
}

/** Words that name a compressed representation of the input. */
const COMPRESSED_NAME = /\b(?:straight[- ]line programs?|SLPs?|grammar[- ]compressed|grammar[- ]based compress\w*|run[- ]length encod\w*|RLE|Lempel[- ]Ziv|LZ77|LZ78|compressed)\b/gi;
/** The variable the text names as that representation's size, in the words after it (a bounded slice). */
const SIZE_VARIABLE = /^[^.;]{0,60}?\b(?:total |compressed )?(?:size|sizes)\s+(?:of\s+)?\$?([A-Za-z])\b/;
const COUNT_VARIABLE = /^[^.;]{0,40}?\$([A-Za-z])\$\s+(?:phrases|runs|rules|productions|symbols)\b/;

/**
 * Variables the abstract defines as the size of a compressed input: "two strings of total length $N$ having
 * straight-line program representations of total size $n$" → n; "an RLE string with $r$ runs" → r. A bound in
 * such a variable is a bound of the problem on compressed input, wherever in the abstract it is stated.
 */
export function compressedSizeVariables(text: string): Set<string> {
  const out = new Set<string>();
  COMPRESSED_NAME.lastIndex = 0;
  for (let m = COMPRESSED_NAME.exec(text); m; m = COMPRESSED_NAME.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 100);
    const v = SIZE_VARIABLE.exec(after) ?? COUNT_VARIABLE.exec(after);
    if (v) out.add(v[1]);
  }
  return out;
}
