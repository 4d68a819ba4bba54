// Growth signatures: a JSON-serialisable normal form of how a bound grows, built from the AST.
// A signature is a sum of terms kept as an antichain (dominated terms dropped, incomparable ones
// kept: n + m). A term is a product over variables of x^p·log^l x·loglog^ll x…, optionally times an
// exponential exp(c·g) whose exponent g is itself a signature. This file: types and algebra;
// growth-of.ts builds signatures from the AST; compare.ts defines the order.
import { GREEK } from './lexer.ts';
import { table } from './table.ts';

/**
 * Per-variable growth vector, compared lexicographically:
 * [p, po, sp, l, ll, ls, la] = x^p · x^(po: -2 "−δ", -1 "−o(1)", +1 "+o(1)", +2 "+δ")
 *   · exp(log^sp x) · log^l x · (log log x)^ll · (log* x)^ls · α(x)^la.
 * STAR in a slot means "some constant" (poly: p = STAR, polylog: l = STAR) and absorbs lower slots.
 * For an accuracy parameter (ε, δ → 0) the vector describes 1/ε: ε^-2 is p = 2.
 */
export type Vec = number[];
export const P = 0, PO = 1, SP = 2, L = 3, LL = 4, LS = 5, LA = 6;
export const VEC_LEN = 7;
export const STAR = 1000;

export interface GrowthTerm {
  /** variable → growth vector; keys sorted */
  v: Record<string, Vec>;
  /** exponential factor exp(c · g); c = STAR when the constant is unknown (2^{O(k)}) */
  e?: { g: GrowthTerm[]; c: number };
  /** strictly below this term (little-o): o(n²) sits just under n² */
  b?: true;
  /** strictly above this term (little-ω): ω(n) sits just over n */
  a?: true;
}

/** JSON-serialisable growth signature: a sum of mutually incomparable terms. */
export interface GrowthSig { t: GrowthTerm[] }

export type Relation = 'less' | 'equal' | 'greater' | 'incomparable';
/** Injected to avoid an import cycle: growth.ts prunes sums with the order defined in compare.ts. */
export type TermOrder = (a: GrowthTerm, b: GrowthTerm) => Relation;
let order: TermOrder = () => 'incomparable';
export function setTermOrder(f: TermOrder): void { order = f; }

export function zero(): Vec { return [0, 0, 0, 0, 0, 0, 0]; }

function clean(x: number): number {
  if (!Number.isFinite(x)) return x > 0 ? STAR : x < 0 ? -STAR : 0;
  if (x >= STAR / 2) return STAR;
  if (x <= -STAR / 2) return -STAR;
  const r = Math.round(x * 1e9) / 1e9;
  return Object.is(r, -0) ? 0 : r;
}

export function normVec(v: Vec): Vec {
  const out = v.map(clean);
  if (Math.abs(out[P]) === STAR) out.fill(0, PO);
  else if (out[PO] !== 0) out.fill(0, SP);
  else if (Math.abs(out[L]) === STAR) out.fill(0, LL);
  else if (Math.abs(out[LL]) === STAR) out.fill(0, LS);
  out[PO] = Math.max(-2, Math.min(2, out[PO]));
  return out;
}

const isZero = (v: Vec): boolean => v.every((x) => x === 0);

export function constantSig(): GrowthSig { return { t: [{ v: {} }] }; }

export function varSig(name: string, vec: Vec): GrowthSig { return { t: [normTerm({ v: { [name]: vec } })] }; }

/** Canonical variable key: Greek as Unicode, subscripts kept ("H_k"), |X| is X. */
export function varKey(name: string, sub?: string): string {
  const base = name in GREEK ? GREEK[name] : name;
  return sub ? `${base}_${sub}` : base;
}

export function normTerm(t: GrowthTerm): GrowthTerm {
  const v: Record<string, Vec> = table<Vec>();
  for (const key of Object.keys(t.v).sort()) {
    const nv = normVec(t.v[key]);
    if (!isZero(nv)) v[key] = nv;
  }
  const out: GrowthTerm = { v };
  if (t.b && !t.a) out.b = true;
  if (t.a && !t.b) out.a = true;
  if (t.e) foldExp(out, t.e.g, clean(t.e.c));
  return out;
}

/**
 * Attach exp(c·g) to a term, folding exponents that are really polynomial or smaller:
 * 2^{c log x} = x^c, 2^{O(log x)} = poly(x), exp(√log x) is the sub-polynomial slot, 2^{log log x} = log x.
 */
function foldExp(out: GrowthTerm, g: GrowthTerm[], c: number): void {
  const growing = g.filter((t) => !isConstTerm(t));
  if (growing.length === 0 || c === 0) return;
  if (growing.length === 1 && !growing[0].e && !growing[0].b && Object.keys(growing[0].v).length === 1) {
    const [x, vec] = Object.entries(growing[0].v)[0];

    const cur = out.v[x] ? [...out.v[x]] : zero();
    const k = c === STAR ? STAR : c / Math.LN2;
    if (onlySlot(vec, L) && vec[L] === 1) { cur[P] += k; out.v[x] = normVec(cur); return; }
    if (onlySlot(vec, L) && vec[L] > 0 && vec[L] < 1) { cur[SP] = Math.max(cur[SP], vec[L]); out.v[x] = normVec(cur); return; }
    if (onlySlot(vec, LL) && vec[LL] === 1) { cur[L] += k; out.v[x] = normVec(cur); return; }
    // 2^{c log* x} outgrows every power of log* x but not log log x: poly(log* x)
    if (onlySlot(vec, LS) || onlySlot(vec, LA)) { cur[onlySlot(vec, LS) ? LS : LA] = STAR; out.v[x] = normVec(cur); return; }
    if (c < 0 && vec[P] > 0) { /* decaying exponential: keep */ }
  }
  out.e = { g: growing, c };
}

function onlySlot(vec: Vec, slot: number): boolean { return vec.every((val, i) => i === slot || val === 0); }

function isConstTerm(t: GrowthTerm): boolean { return !t.e && Object.keys(t.v).length === 0; }

// ---- algebra ---------------------------------------------------------------------------------

/** At most this many incomparable terms are kept in a sum: bounds the work on adversarial input. */
export const MAX_TERMS = 12;

/** Sum: insert terms one by one into an antichain (dominated and equal terms dropped), sorted. */
export function sigAdd(...sigs: GrowthSig[]): GrowthSig {
  let kept: GrowthTerm[] = [];
  for (const s of sigs) {
    for (const t of s.t) {
      let dominated = false;
      const next: GrowthTerm[] = [];
      for (const k of kept) {
        if (dominated) { next.push(k); continue; }
        const r = order(t, k);
        if (r === 'less' || r === 'equal') dominated = true;
        if (r !== 'greater') next.push(k);
      }
      if (!dominated && next.length < MAX_TERMS) next.push(t);
      kept = next;
    }
  }
  if (kept.length === 0) return constantSig();
  kept.sort((a, b) => { const ka = termSortKey(a), kb = termSortKey(b); return ka < kb ? -1 : ka > kb ? 1 : 0; });
  return { t: kept };
}

export function termSortKey(t: GrowthTerm): string { return JSON.stringify(t); }

/** ±o(1) and ±δ in an exponent, multiplied: the stronger adjustment wins, opposite equals cancel. */
function combineAdjust(a: number, b: number): number {
  if (Math.abs(a) !== Math.abs(b)) return Math.abs(a) > Math.abs(b) ? a : b;
  return a === b ? a : 0;
}

function mulTerm(a: GrowthTerm, b: GrowthTerm): GrowthTerm {
  const v: Record<string, Vec> = table<Vec>();
  for (const [k, vec] of Object.entries(a.v)) v[k] = [...vec];
  for (const [k, vec] of Object.entries(b.v)) {
    const cur = v[k] ?? zero();
    const po = combineAdjust(cur[PO], vec[PO]);
    v[k] = cur.map((x, i) => (i === PO ? po : x + vec[i]));
  }
  const out: GrowthTerm = { v };
  if (a.b || b.b) out.b = true;
  if (a.a || b.a) out.a = true;
  let e: GrowthTerm['e'];
  if (a.e && b.e) {
    const ga: GrowthSig = { t: a.e.g }, gb: GrowthSig = { t: b.e.g };
    const r = sigOrder(ga, gb);
    if (r === 'equal') e = { g: a.e.g, c: a.e.c + b.e.c };
    else if (r === 'greater') e = a.e;
    else if (r === 'less') e = b.e;
    else e = { g: sigAdd(ga, gb).t, c: Math.max(a.e.c, b.e.c) };
  } else e = a.e ?? b.e;
  if (e) out.e = e;
  return normTerm(out);
}

/** Order on sums, used only for merging exponentials inside this module. */
function sigLe(x: GrowthSig, y: GrowthSig): boolean {
  return x.t.every((s) => y.t.some((u) => { const r = order(s, u); return r === 'less' || r === 'equal'; }));
}
export function sigOrder(a: GrowthSig, b: GrowthSig): Relation {
  const ab = sigLe(a, b), ba = sigLe(b, a);
  return ab && ba ? 'equal' : ab ? 'less' : ba ? 'greater' : 'incomparable';
}

export function sigMul(a: GrowthSig, b: GrowthSig): GrowthSig {
  const terms: GrowthTerm[] = [];
  for (const x of a.t) for (const y of b.t) terms.push(mulTerm(x, y));
  return sigAdd({ t: terms });
}

/**
 * Product of many factors. Single-term polynomial factors (the common case: n m log n) are merged
 * into one accumulator in a single pass; pairwise sigMul would copy the growing term each time and
 * be quadratic in the number of variables.
 */
export function sigMulMany(sigs: GrowthSig[]): GrowthSig {
  const acc = new Map<string, Vec>();
  let below = false, above = false;
  let rest: GrowthSig = constantSig();
  for (const g of sigs) {
    if (g.t.length === 1 && !g.t[0].e) {
      const t = g.t[0];
      if (t.b) below = true;
      if (t.a) above = true;
      for (const [x, vec] of Object.entries(t.v)) {
        const cur = acc.get(x);
        if (!cur) { acc.set(x, [...vec]); continue; }
        const po = combineAdjust(cur[PO], vec[PO]);
        for (let i = 0; i < VEC_LEN; i++) cur[i] = i === PO ? po : cur[i] + vec[i];
      }
    } else rest = sigMul(rest, g);
  }
  const merged: GrowthTerm = { v: Object.fromEntries(acc) };
  if (below) merged.b = true;
  if (above) merged.a = true;
  return sigMul({ t: [normTerm(merged)] }, rest);
}

/**
 * The same growth with every variable except the accuracy parameters renamed to one (n = m = V = E):
 * a coarse single-parameter view, as curated complexity tables use.
 */
export function identifyVariables(g: GrowthSig, target = 'n'): GrowthSig {
  const rename = (t: GrowthTerm, depth: number): GrowthTerm => {
    const factors: GrowthSig[] = Object.entries(t.v).map(([x, vec]) => ({ t: [{ v: { [x === 'ε' || x === 'δ' ? x : target]: [...vec] } }] }));
    let out = sigMulMany(factors).t[0];
    if (t.e && depth < 20) out = { ...out, e: { g: t.e.g.map((u) => rename(u, depth + 1)), c: t.e.c } };
    if (t.b) out = { ...out, b: true };
    if (t.a) out = { ...out, a: true };
    return normTerm(out);
  };
  return sigAdd({ t: g.t.map((t) => rename(t, 0)) });
}

/** Numeric power with an exponent adjustment adj (±1: ±o(1), ±2: ±δ) on the polynomial slot. */
export function sigPowNum(a: GrowthSig, k: number, adj: number): GrowthSig {
  const terms = a.t.map((t) => {
    const v: Record<string, Vec> = table<Vec>();
    for (const [x, vec] of Object.entries(t.v)) {
      const nv = vec.map((val, i) => (i === PO ? val * Math.sign(k) : val * k));
      if (adj !== 0 && (nv[P] !== 0 || nv[PO] !== 0)) nv[PO] = Math.abs(adj) >= Math.abs(nv[PO]) ? adj : nv[PO];
      v[x] = nv;
    }
    const out: GrowthTerm = { v };
    // a negative power turns "just below" into "just above" and back
    if (t.b) { if (k < 0) out.a = true; else out.b = true; }
    if (t.a) { if (k < 0) out.b = true; else out.a = true; }
    if (t.e) out.e = { g: t.e.g, c: t.e.c * k };
    return normTerm(out);
  });
  // x^{o(1)} with no polynomial part: the adjustment alone
  if (k === 0 && adj !== 0) {
    return sigAdd({ t: a.t.map((t) => normTerm({ v: Object.fromEntries(Object.entries(t.v).filter(([, vec]) => vec[P] !== 0).map(([x]) => { const z = zero(); z[PO] = adj; return [x, z]; })) })) });
  }
  return sigAdd({ t: terms });
}

/** log of a signature: log(x^p) = log x, log(log^l x) = loglog x, log(exp(g)) = g; products add up. */
export function sigLog(a: GrowthSig): GrowthSig {
  const parts: GrowthSig[] = [];
  for (const t of a.t) {
    for (const [x, vec] of Object.entries(t.v)) {
      const nv = zero();
      if (vec[P] > 0 || (vec[P] === 0 && vec[PO] > 0)) nv[L] = vec[P] === STAR ? 1 : 1;
      else if (vec[P] < 0) continue;
      else if (vec[SP] > 0) nv[L] = vec[SP];
      else if (vec[L] > 0) nv[LL] = 1;
      else if (vec[LL] > 0) nv[LS] = 1;
      else if (vec[LS] > 0 || vec[LA] > 0) nv[LA] = 1;
      else continue;
      parts.push(varSig(x, nv));
    }
    if (t.e) parts.push(t.e.c < 0 ? constantSig() : { t: t.e.g });
  }
  return parts.length === 0 ? constantSig() : sigAdd(...parts);
}

export function sigExp(g: GrowthSig, c: number): GrowthSig {
  const out: GrowthTerm = { v: {} };
  foldExp(out, g.t, clean(c));
  return { t: [normTerm(out)] };
}

/** Õ(f) = f · polylog in every variable of f. */
export function softened(a: GrowthSig): GrowthSig {
  return sigAdd({ t: a.t.map((t) => normTerm({ ...t, v: Object.fromEntries(Object.entries(t.v).map(([x, vec]) => {
    const nv = [...vec];
    if (nv[L] !== STAR && nv[L] >= 0) nv[L] = STAR;
    return [x, nv];
  })) })) });
}

export function markBelow(a: GrowthSig): GrowthSig { return { t: a.t.map((t) => normTerm({ ...t, b: true as const, a: undefined })) }; }
export function markAbove(a: GrowthSig): GrowthSig { return { t: a.t.map((t) => normTerm({ ...t, a: true as const, b: undefined })) }; }

