// The curated lane of a problem's ladder (pure): the claims curators recorded (Algorithm Wiki) apart from those read
// from the corpus, and where the two disagree — per resource and setting, the curators' best known upper bound
// against the corpus frontier, their lower bound against the corpus' strongest, and an upper bound of one side
// below the other side's lower bound. Sentences come as parts (text and bounds) for the view to typeset.
import type { ClaimView, GraphIndex } from './graph-index.ts';
import type { GrowthOps } from './ladder.ts';
import type { Resource, Selection } from './types.ts';
import { RESOURCES } from '../extract/types.ts';
import { worstCaseGrowth, type LadderView } from './worst-case.ts';

/** Is the claim one curators recorded (not read from an abstract)? */
export function isCurated(c: ClaimView): boolean {
  return c.curated !== undefined && c.curated !== null;
}

/** The claims split into the curated ones and the corpus' own, order kept. */
export function splitCurated<T extends ClaimView>(claims: readonly T[]): { curated: T[]; corpus: T[] } {
  const curated: T[] = [];
  const corpus: T[] = [];
  for (const c of claims) (isCurated(c) ? curated : corpus).push(c);
  return { curated, corpus };
}

/** The claims a selection's ladder ranks: for a problem, the corpus' own (the curated ones are in its lane); else all. */
export function ladderClaims<T extends ClaimView>(index: GraphIndex, sel: Selection | null, claims: readonly T[]): T[] {
  const problem = sel?.kind === 'node' && index.nodes.get(sel.id)?.type === 'problem';
  return problem ? splitCurated(claims).corpus : [...claims];
}

/** `ahead`: a better bound — a smaller upper bound, a larger lower bound. */
export type LaneVerdict = 'agree' | 'curated-ahead' | 'corpus-ahead' | 'incomparable' | 'curated-only' | 'corpus-only' | 'conflict';

/** A piece of a sentence: text, or a bound to typeset (with the claim it is, so the view can link its paper). */
export type SentencePart = string | { claim: ClaimView };

export interface LaneComparison {
  resource: Resource;
  /** the setting both sides are in, as a short label ('' for the default: whole computation, word RAM, worst case) */
  setting: string;
  kind: 'upper' | 'lower' | 'cross';
  verdict: LaneVerdict;
  /** the curators' best bounds of this kind (their frontier), and the corpus' */
  curated: ClaimView[];
  corpus: ClaimView[];
  sentence: SentencePart[];
}

export interface CuratedLane {
  /** every curated claim, by resource (RESOURCES order), upper bounds before lower ones, then by growth */
  claims: ClaimView[];
  comparisons: LaneComparison[];
}

export interface LaneOptions {
  /** the ladder's view: 'n' orders bounds with every input size set to n (see worst-case.ts) */
  view: LadderView;
  /** a graph problem: m counts edges */
  graph: boolean;
}

/** Claims of this kind on a ladder: lower bounds (role lower, Ω, ω) and upper bounds (results and prior bounds). */
function kindOf(c: ClaimView): 'upper' | 'lower' | null {
  if (c.growth === null) return null;
  if (c.role === 'lower' || c.notation === 'Omega' || c.notation === 'omega') return 'lower';
  if (c.role === 'other') return null;
  return 'upper';
}

/** The setting a claim competes in, guarantee and condition aside (as the ladder compares them). */
function settingKey(c: ClaimView): string {
  const s = c.setting;
  if (!s) return '';
  const parts: string[] = [];
  if (s.operation && s.operation !== 'total') parts.push(s.operation);
  if (s.model && s.model !== 'word-ram') parts.push(s.model.replace(/-/g, ' '));
  for (const v of [...s.variants].sort()) parts.push(v);
  return parts.join(' · ');
}

function safeCompare(ops: GrowthOps, a: unknown, b: unknown): 'less' | 'equal' | 'greater' | 'incomparable' {
  try { return ops.compare(a, b); } catch { return 'incomparable'; }
}

/** n, as a growth signature: time bounds below it bound one operation, not the problem on its input. */
const LINEAR = { t: [{ v: { n: [1, 0, 0, 0, 0, 0, 0] } }] };

/** The best of a kind: upper bounds no other beats from below, lower bounds no other beats from above. */
function frontier(cs: readonly ClaimView[], kind: 'upper' | 'lower', g: (c: ClaimView) => unknown, ops: GrowthOps): ClaimView[] {
  const better = kind === 'upper' ? 'less' : 'greater';
  return cs.filter((c) => !cs.some((d) => d !== c && safeCompare(ops, g(d), g(c)) === better));
}

/** How set A stands against set B, `better` being the relation of a better bound ('less' for upper bounds). */
function relate(a: readonly ClaimView[], b: readonly ClaimView[], better: 'less' | 'greater', g: (c: ClaimView) => unknown, ops: GrowthOps): 'agree' | 'a' | 'b' | 'incomparable' {
  let equal = false, aWins = false, bWins = false;
  for (const x of a) {
    for (const y of b) {
      const r = safeCompare(ops, g(x), g(y));
      if (r === 'equal') equal = true;
      else if (r === better) aWins = true;
      else if (r !== 'incomparable') bWins = true;
    }
  }
  if (equal) return 'agree';
  if (aWins && !bWins) return 'a';
  if (bWins && !aWins) return 'b';
  return 'incomparable';
}

const RES_WORD: Partial<Record<Resource, string>> = { time: 'time', space: 'space' };
const byYearLabel = (cs: readonly ClaimView[]) => cs.slice(0, 3);

/** "a, b or c" with bounds as parts; a bound written the same way twice is named once. */
function list(all: readonly ClaimView[]): SentencePart[] {
  const seen = new Set<string>();
  const cs = all.filter((c) => { const k = c.latex || c.text; if (seen.has(k)) return false; seen.add(k); return true; });
  const out: SentencePart[] = [];
  const shown = byYearLabel(cs);
  shown.forEach((c, i) => {
    if (i > 0) out.push(i === shown.length - 1 ? ' or ' : ', ');
    out.push({ claim: c });
  });
  if (cs.length > shown.length) out.push(` (and ${cs.length - shown.length} more)`);
  return out;
}

function sentenceFor(kind: 'upper' | 'lower', verdict: LaneVerdict, resource: Resource, cur: ClaimView[], cor: ClaimView[]): SentencePart[] {
  const what = `${kind === 'upper' ? 'upper' : 'lower'} bound${RES_WORD[resource] ? ` on ${RES_WORD[resource]}` : ` (${resource})`}`;
  switch (verdict) {
    case 'agree': return [`Corpus and curators agree on the best known ${what}: `, ...list(cur), '.'];
    case 'curated-ahead': return [`The curators record a ${kind === 'upper' ? 'better' : 'stronger'} ${what}, `, ...list(cur), `, than the corpus states (its best: `, ...list(cor), ').'];
    case 'corpus-ahead': return [`The corpus states a ${kind === 'upper' ? 'better' : 'stronger'} ${what}, `, ...list(cor), `, than the curators record (`, ...list(cur), ').'];
    case 'incomparable': return [`The best ${what}s do not compare: the curators record `, ...list(cur), ', the corpus states ', ...list(cor), '.'];
    case 'curated-only': return [`Only the curators record a${kind === 'upper' ? 'n' : ''} ${what}: `, ...list(cur), '; the corpus states none.'];
    case 'corpus-only': return [`The curators record no ${what}; the corpus states `, ...list(cor), '.'];
    default: return [];
  }
}

/**
 * The curated lane of a ladder's claims (those of one problem, as the ladder selects them). Comparisons are made per
 * resource and setting, in the ladder's view; a side with no bound of a kind gives a `…-only` comparison when the
 * other side has some, so the reader sees what the corpus lacks and what the curators lack.
 */
export function curatedLane(claims: readonly ClaimView[], ops: GrowthOps, opts: LaneOptions = { view: 'exact', graph: false }): CuratedLane {
  const g = (c: ClaimView) => (opts.view === 'n' ? worstCaseGrowth(c.growth, opts.graph) : c.growth);
  const { curated, corpus } = splitCurated(claims);
  const groups = new Map<string, { resource: Resource; setting: string; cur: ClaimView[]; cor: ClaimView[] }>();
  const put = (c: ClaimView, side: 'cur' | 'cor') => {
    const setting = settingKey(c);
    const k = `${c.resource}|${setting}`;
    let grp = groups.get(k);
    if (!grp) groups.set(k, (grp = { resource: c.resource, setting, cur: [], cor: [] }));
    grp[side].push(c);
  };
  for (const c of curated) put(c, 'cur');
  for (const c of corpus) put(c, 'cor');
  const comparisons: LaneComparison[] = [];
  const ordered = [...groups.values()].filter((grp) => grp.cur.length).sort((a, b) => RESOURCES.indexOf(a.resource) - RESOURCES.indexOf(b.resource) || (a.setting < b.setting ? -1 : a.setting > b.setting ? 1 : 0));
  for (const grp of ordered) {
    // a time bound below linear bounds one query or operation: not a bound on the problem
    const onProblem = (c: ClaimView) => grp.resource !== 'time' || kindOf(c) === 'lower' || safeCompare(ops, g(c), LINEAR) !== 'less';
    const best: Record<'cur' | 'cor', Record<'upper' | 'lower', ClaimView[]>> = { cur: { upper: [], lower: [] }, cor: { upper: [], lower: [] } };
    for (const side of ['cur', 'cor'] as const) {
      for (const kind of ['upper', 'lower'] as const) {
        best[side][kind] = frontier(grp[side].filter((c) => kindOf(c) === kind && onProblem(c)), kind, g, ops);
      }
    }
    for (const kind of ['upper', 'lower'] as const) {
      const cur = best.cur[kind], cor = best.cor[kind];
      if (!cur.length && !cor.length) continue;
      let verdict: LaneVerdict;
      if (!cor.length) verdict = 'curated-only';
      else if (!cur.length) verdict = 'corpus-only';
      else {
        const r = relate(cur, cor, kind === 'upper' ? 'less' : 'greater', g, ops);
        verdict = r === 'agree' ? 'agree' : r === 'a' ? 'curated-ahead' : r === 'b' ? 'corpus-ahead' : 'incomparable';
      }
      comparisons.push({ resource: grp.resource, setting: grp.setting, kind, verdict, curated: cur, corpus: cor, sentence: sentenceFor(kind, verdict, grp.resource, cur, cor) });
    }
    // one side's upper bound below the other's lower bound: one of them is wrong, or they are not about the same thing
    for (const [ups, lows, whoUp, whoLow] of [[best.cor.upper, best.cur.lower, 'the corpus', 'the curators'], [best.cur.upper, best.cor.lower, 'the curators', 'the corpus']] as const) {
      const below = ups.filter((u) => lows.some((l) => safeCompare(ops, g(u), g(l)) === 'less'));
      if (!below.length) continue;
      const lowsHit = lows.filter((l) => below.some((u) => safeCompare(ops, g(u), g(l)) === 'less'));
      comparisons.push({
        resource: grp.resource, setting: grp.setting, kind: 'cross', verdict: 'conflict',
        curated: whoUp === 'the curators' ? below : lowsHit, corpus: whoUp === 'the curators' ? lowsHit : below,
        sentence: [`An upper bound ${whoUp} state${whoUp === 'the corpus' ? 's' : ''}, `, ...list(below), `, is below the lower bound ${whoLow} give${whoLow === 'the corpus' ? 's' : ''}, `, ...list(lowsHit),
          ': check their settings (an approximation, a special input, another model, a hypothesis).'],
      });
    }
  }
  const rank = (c: ClaimView) => (kindOf(c) === 'lower' ? 1 : 0);
  const sorted = [...curated].sort((a, b) => RESOURCES.indexOf(a.resource) - RESOURCES.indexOf(b.resource) || rank(a) - rank(b)
    || orderOf(ops, g(a), g(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { claims: sorted, comparisons };
}

/** A sort order from growth: smaller first; incomparable or unparsed ties. */
function orderOf(ops: GrowthOps, a: unknown, b: unknown): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  const r = safeCompare(ops, a, b);
  return r === 'less' ? -1 : r === 'greater' ? 1 : 0;
}

/** The short label of a claim's setting ('' when it is the default), as the lane prints it beside a bound. */
export function settingLabel(c: ClaimView): string {
  const parts = [settingKey(c)].filter(Boolean);
  if (c.setting?.guarantee && c.setting.guarantee !== 'worst') parts.push(c.setting.guarantee);
  if (c.setting?.condition) parts.push(`assuming ${c.setting.condition}`);
  return parts.join(' · ');
}
