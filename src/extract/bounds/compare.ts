// The growth order: compare two signatures variable by variable, rank a list of them into a ladder.
import { LA, LL, LS, L, P, PO, SP, STAR, setTermOrder, type GrowthSig, type GrowthTerm, type Relation, type Vec } from './growth.ts';
import { own } from './table.ts';

const ZERO: Vec = [0, 0, 0, 0, 0, 0, 0];

function lex(a: Vec, b: Vec): Relation {
  for (let i = 0; i < a.length; i++) {
    if (a[i] < b[i]) return 'less';
    if (a[i] > b[i]) return 'greater';
  }
  return 'equal';
}

/** All-equal → equal; only ≤ → less; only ≥ → greater; both directions → incomparable. */
function combine(rels: Relation[]): Relation {
  let less = false, greater = false;
  for (const r of rels) {
    if (r === 'incomparable') return 'incomparable';
    if (r === 'less') less = true;
    if (r === 'greater') greater = true;
  }
  return less && greater ? 'incomparable' : less ? 'less' : greater ? 'greater' : 'equal';
}

function side(t: GrowthTerm): number { return t.b ? -1 : t.a ? 1 : 0; }

function termVars(t: GrowthTerm, into: Set<string>): void {
  for (const k of Object.keys(t.v)) into.add(k);
  if (t.e) for (const u of t.e.g) termVars(u, into);
}

function compareExp(a: GrowthTerm['e'], b: GrowthTerm['e']): Relation {
  if (!a && !b) return 'equal';
  if (a && !b) return a.c < 0 ? 'less' : 'greater';
  if (!a && b) return b.c < 0 ? 'greater' : 'less';
  const ea = a as NonNullable<GrowthTerm['e']>, eb = b as NonNullable<GrowthTerm['e']>;
  if (Math.sign(ea.c) !== Math.sign(eb.c)) return ea.c < eb.c ? 'less' : 'greater';
  const r = compareSigs({ t: ea.g }, { t: eb.g });
  if (r !== 'equal') return ea.c < 0 ? flip(r) : r;
  return ea.c < eb.c ? 'less' : ea.c > eb.c ? 'greater' : 'equal';
}

function flip(r: Relation): Relation { return r === 'less' ? 'greater' : r === 'greater' ? 'less' : r; }

/**
 * Two product terms. An exponential factor dominates the polynomial factors of the variables in its
 * exponent (2^n > n^100) but says nothing about other variables (2^k vs n² is incomparable).
 * Little-o is a tie-breaker only: o(n²) is just below n² and above everything below n².
 */
export function compareTerms(a: GrowthTerm, b: GrowthTerm): Relation {
  const rels: Relation[] = [];
  const relE = compareExp(a.e, b.e);
  const expVars = new Set<string>();
  if (relE !== 'equal') {
    if (a.e) for (const u of a.e.g) termVars(u, expVars);
    if (b.e) for (const u of b.e.g) termVars(u, expVars);
    rels.push(relE);
  }
  const vars = new Set([...Object.keys(a.v), ...Object.keys(b.v)]);
  for (const x of vars) {
    if (expVars.has(x)) continue;
    // own keys only: a signature read back from JSON is a plain object, and a variable may be named "constructor"
    rels.push(lex(own(a.v, x) ?? ZERO, own(b.v, x) ?? ZERO));
  }
  const r = combine(rels);
  if (r !== 'equal') return r;
  // little-o / little-ω only break ties
  const sa = side(a), sb = side(b);
  return sa < sb ? 'less' : sa > sb ? 'greater' : 'equal';
}

setTermOrder(compareTerms);

/** A ≤ B when every term of A is ≤ some term of B (sums are maxima of their terms). */
function sigLe(x: GrowthSig, y: GrowthSig): boolean {
  return x.t.every((s) => y.t.some((u) => { const r = compareTerms(s, u); return r === 'less' || r === 'equal'; }));
}
export function compareSigs(a: GrowthSig, b: GrowthSig): Relation {
  const ab = sigLe(a, b), ba = sigLe(b, a);
  if (ab && ba) return 'equal';
  return ab ? 'less' : ba ? 'greater' : 'incomparable';
}

/** Validate an untrusted JSON value as a signature (claims files are read back by other tools). */
export function isGrowthSig(x: unknown): x is GrowthSig {
  if (!x || typeof x !== 'object' || !Array.isArray((x as GrowthSig).t)) return false;
  const okTerm = (t: unknown, depth: number): boolean => {
    if (depth > 20 || !t || typeof t !== 'object') return false;
    const term = t as GrowthTerm;
    if (!term.v || typeof term.v !== 'object') return false;
    for (const vec of Object.values(term.v)) if (!Array.isArray(vec) || vec.length !== 7 || vec.some((n) => typeof n !== 'number')) return false;
    if (term.e !== undefined) {
      if (typeof term.e !== 'object' || typeof term.e.c !== 'number' || !Array.isArray(term.e.g)) return false;
      if (!term.e.g.every((u) => okTerm(u, depth + 1))) return false;
    }
    return true;
  };
  return (x as GrowthSig).t.length > 0 && (x as GrowthSig).t.every((t) => okTerm(t, 0));
}

// ---- ladder ------------------------------------------------------------------------------------

export interface LadderRank {
  /** 0 = slowest growing; equal bounds share a rank; null for an unparsed bound */
  rank: number | null;
  /** the first input index with growth equal to this one (itself when it is the first); null when unparsed */
  equalTo: number | null;
}

/** A single-variable power/log term that grows (n^{1.5}, log n, n log² n): such terms of one variable form a chain. */
function chainVariable(s: GrowthSig): string | null {
  if (s.t.length !== 1) return null;
  const t = s.t[0];
  if (t.e) return null;
  const vars = Object.keys(t.v);
  if (vars.length !== 1) return null;
  return lex(t.v[vars[0]], ZERO) === 'greater' ? vars[0] : null;
}

/**
 * Growth-ordered ladder: rank = length of the longest strictly-increasing chain below (every bound sits above all
 * bounds it beats); equal bounds share a rank; incomparable bounds may share a rank. Deterministic.
 *
 * Identical signatures are merged first. Growing single-variable terms are sorted per variable (a chain: one
 * variable's vectors compare lexicographically, and two different variables' growing terms are incomparable), so a
 * ladder of such bounds costs O(n log n); every other signature (sums, exponentials, several variables, constants) is
 * compared with each distinct signature, O(n·r) for r of them. Ranks are then longest paths over the classes of equal
 * growth, in topological order.
 */
export function rankByGrowth(sigs: (GrowthSig | null)[]): LadderRank[] {
  // 1. distinct signatures, each with the inputs that carry it
  const keyOf = new Map<string, number>();
  const uniq: GrowthSig[] = [];
  const firstInput: number[] = [];
  const of = sigs.map((s, i) => {
    if (!s) return -1;
    const k = JSON.stringify(s);
    let u = keyOf.get(k);
    if (u === undefined) { u = uniq.length; keyOf.set(k, u); uniq.push(s); firstInput.push(i); }
    return u;
  });
  const m = uniq.length;
  // 2. classes of equal growth (union-find over the distinct signatures)
  const parent = Array.from({ length: m }, (_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; };
  const union = (a: number, b: number) => { const ra = find(a), rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };
  const less: [number, number][] = [];
  const chains = new Map<string, number[]>();
  const others: number[] = [];
  uniq.forEach((s, u) => {
    const x = chainVariable(s);
    if (x === null) others.push(u);
    else { let c = chains.get(x); if (!c) chains.set(x, (c = [])); c.push(u); }
  });
  for (const c of chains.values()) {
    c.sort((a, b) => { const r = compareTerms(uniq[a].t[0], uniq[b].t[0]); return r === 'less' ? -1 : r === 'greater' ? 1 : a - b; });
    for (let k = 1; k < c.length; k++) {
      const r = compareTerms(uniq[c[k - 1]].t[0], uniq[c[k]].t[0]);
      if (r === 'equal') union(c[k - 1], c[k]); else less.push([c[k - 1], c[k]]);
    }
  }
  // 3. every other signature against every distinct one
  const isOther = new Uint8Array(m);
  for (const u of others) isOther[u] = 1;
  for (const a of others) {
    for (let b = 0; b < m; b++) {
      if (b === a || (isOther[b] && b < a)) continue;
      const r = compareSigs(uniq[a], uniq[b]);
      if (r === 'equal') union(a, b);
      else if (r === 'less') less.push([a, b]);
      else if (r === 'greater') less.push([b, a]);
    }
  }
  // 4. longest path over the classes (Kahn's order; a cycle, which approximate signatures could make, is relaxed
  // by rounds as the quadratic version did)
  const cls = Array.from({ length: m }, (_, u) => find(u));
  const out = new Map<number, number[]>();
  const indeg = new Map<number, number>();
  for (let u = 0; u < m; u++) if (cls[u] === u) indeg.set(u, 0);
  const seen = new Set<string>();
  for (const [a, b] of less) {
    const ca = cls[a], cb = cls[b];
    if (ca === cb) continue;
    const k = `${ca}:${cb}`;
    if (seen.has(k)) continue;
    seen.add(k);
    let o = out.get(ca);
    if (!o) out.set(ca, (o = []));
    o.push(cb);
    indeg.set(cb, (indeg.get(cb) ?? 0) + 1);
  }
  const level = new Map<number, number>();
  for (const c of indeg.keys()) level.set(c, 0);
  const queue = [...indeg.keys()].filter((c) => indeg.get(c) === 0).sort((a, b) => a - b);
  let done = 0;
  for (let q = 0; q < queue.length; q++) {
    const c = queue[q];
    done++;
    for (const d of out.get(c) ?? []) {
      level.set(d, Math.max(level.get(d)!, level.get(c)! + 1));
      indeg.set(d, indeg.get(d)! - 1);
      if (indeg.get(d) === 0) queue.push(d);
    }
  }
  if (done < indeg.size) {
    for (let round = 0; round < indeg.size; round++) {
      let changed = false;
      for (const [c, ds] of out) for (const d of ds) if (level.get(d)! < level.get(c)! + 1 && level.get(d)! < indeg.size) { level.set(d, level.get(c)! + 1); changed = true; }
      if (!changed) break;
    }
  }
  // 5. dense ranks; the first input of each class
  const distinct = [...new Set(level.values())].sort((a, b) => a - b);
  const dense = new Map(distinct.map((r, i) => [r, i]));
  const classFirst = new Map<number, number>();
  for (let i = 0; i < sigs.length; i++) if (of[i] >= 0 && !classFirst.has(cls[of[i]])) classFirst.set(cls[of[i]], i);
  return sigs.map((_, i) => (of[i] < 0
    ? { rank: null, equalTo: null }
    : { rank: dense.get(level.get(cls[of[i]])!)!, equalTo: classFirst.get(cls[of[i]])! }));
}

export { L, LA, LL, LS, P, PO, SP, STAR };
