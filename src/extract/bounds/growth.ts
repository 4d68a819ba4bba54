// Growth signatures: a JSON-serialisable normal form of how a bound grows, built from the AST.
// A signature is a sum of terms kept as an antichain (dominated terms dropped, incomparable ones
// kept: n + m). A term is a product over variables of x^p·log^l x·loglog^ll x…, optionally times an
// exponential exp(c·g) whose exponent g is itself a signature. See compare.ts for the order.
import { ACCURACY_VARS, type Node } from './ast.ts';
import { GREEK } from './lexer.ts';

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
}

/** JSON-serialisable growth signature: a sum of mutually incomparable terms. */
export interface GrowthSig { t: GrowthTerm[] }

export type Relation = 'less' | 'equal' | 'greater' | 'incomparable';
/** Injected to avoid an import cycle: growth.ts prunes sums with the order defined in compare.ts. */
export type TermOrder = (a: GrowthTerm, b: GrowthTerm) => Relation;
let order: TermOrder = () => 'incomparable';
export function setTermOrder(f: TermOrder): void { order = f; }

const zero = (): Vec => [0, 0, 0, 0, 0, 0, 0];
const MATRIX_OMEGA = 2.3716;

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

function varSig(name: string, vec: Vec): GrowthSig { return { t: [normTerm({ v: { [name]: vec } })] }; }

/** Canonical variable key: Greek as Unicode, subscripts kept ("H_k"), |X| is X. */
export function varKey(name: string, sub?: string): string {
  const base = name in GREEK ? GREEK[name] : name;
  return sub ? `${base}_${sub}` : base;
}

export function normTerm(t: GrowthTerm): GrowthTerm {
  const v: Record<string, Vec> = {};
  for (const key of Object.keys(t.v).sort()) {
    const nv = normVec(t.v[key]);
    if (!isZero(nv)) v[key] = nv;
  }
  const out: GrowthTerm = { v };
  if (t.b) out.b = true;
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
export const MAX_TERMS = 24;

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

function mulTerm(a: GrowthTerm, b: GrowthTerm): GrowthTerm {
  const v: Record<string, Vec> = {};
  for (const [k, vec] of Object.entries(a.v)) v[k] = [...vec];
  for (const [k, vec] of Object.entries(b.v)) {
    const cur = v[k] ?? zero();
    // ±o(1) and ±δ in the exponent: the stronger adjustment wins, opposite equals cancel
    const po = Math.abs(cur[PO]) > Math.abs(vec[PO]) ? cur[PO] : Math.abs(vec[PO]) > Math.abs(cur[PO]) ? vec[PO] : cur[PO] === vec[PO] ? cur[PO] : 0;
    v[k] = cur.map((x, i) => (i === PO ? po : x + vec[i]));
  }
  const out: GrowthTerm = { v };
  if (a.b || b.b) out.b = true;
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
function sigOrder(a: GrowthSig, b: GrowthSig): Relation {
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
  let below = false;
  let rest: GrowthSig = constantSig();
  for (const g of sigs) {
    if (g.t.length === 1 && !g.t[0].e) {
      const t = g.t[0];
      if (t.b) below = true;
      for (const [x, vec] of Object.entries(t.v)) {
        const cur = acc.get(x);
        if (!cur) { acc.set(x, [...vec]); continue; }
        const po = Math.abs(cur[PO]) > Math.abs(vec[PO]) ? cur[PO] : Math.abs(vec[PO]) > Math.abs(cur[PO]) ? vec[PO] : cur[PO] === vec[PO] ? cur[PO] : 0;
        for (let i = 0; i < VEC_LEN; i++) cur[i] = i === PO ? po : cur[i] + vec[i];
      }
    } else rest = sigMul(rest, g);
  }
  const merged: GrowthTerm = { v: Object.fromEntries(acc) };
  if (below) merged.b = true;
  return sigMul({ t: [normTerm(merged)] }, rest);
}

/** Numeric power with an exponent adjustment adj (±1: ±o(1), ±2: ±δ) on the polynomial slot. */
export function sigPowNum(a: GrowthSig, k: number, adj: number): GrowthSig {
  const terms = a.t.map((t) => {
    const v: Record<string, Vec> = {};
    for (const [x, vec] of Object.entries(t.v)) {
      const nv = vec.map((val, i) => (i === PO ? val * Math.sign(k) : val * k));
      if (adj !== 0 && (nv[P] !== 0 || nv[PO] !== 0)) nv[PO] = Math.abs(adj) >= Math.abs(nv[PO]) ? adj : nv[PO];
      v[x] = nv;
    }
    const out: GrowthTerm = { v };
    if (t.b) out.b = true;
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

export function markBelow(a: GrowthSig): GrowthSig { return { t: a.t.map((t) => ({ ...t, b: true as const })) }; }

// ---- AST → signature ---------------------------------------------------------------------------

/** Constant value of an exponent: v, adjustment (±1 o(1), ±2 small constant ε), star = unknown constant. */
interface ConstVal { v: number; adj: number; star: boolean }

export function evalConst(n: Node, depth = 0, inExp = true): ConstVal | null {
  if (depth > 60) return null;
  const d = depth + 1;
  switch (n.k) {
    case 'num': return { v: n.v, adj: 0, star: false };
    case 'omega': return { v: MATRIX_OMEGA, adj: 0, star: false };
    case 'var':
      if (n.name === 'omega') return { v: MATRIX_OMEGA, adj: 0, star: false };
      if (ACCURACY_VARS.has(n.name)) return inExp ? { v: 0, adj: 2, star: false } : null;
      return null;
    case 'neg': { const a = evalConst(n.a, d, inExp); return a && { v: -a.v, adj: -a.adj, star: a.star }; }
    case 'sum': {
      let v = 0, adj = 0, star = false;
      for (let i = 0; i < n.terms.length; i++) {
        const c = evalConst(n.terms[i], d, inExp);
        if (!c) return null;
        const s = n.minus[i] ? -1 : 1;
        v += s * c.v; star ||= c.star;
        const ca = s * c.adj;
        if (Math.abs(ca) > Math.abs(adj)) adj = ca;
      }
      return { v, adj, star };
    }
    case 'prod': {
      let v = 1, adj = 0, star = false;
      for (const f of n.fs) {
        const c = evalConst(f, d, inExp);
        if (!c) return null;
        star ||= c.star;
        if (c.v === 0 && c.adj !== 0) adj = c.adj; else v *= c.v;
      }
      if (adj !== 0 && v !== 1) { adj = Math.sign(v) * adj; v = 0; }
      return { v, adj, star };
    }
    case 'div': {
      const a = evalConst(n.a, d, inExp), b = evalConst(n.b, d, inExp);
      if (!a || !b) return null;
      if (b.v === 0) return b.adj !== 0 ? { v: 0, adj: 0, star: true } : null;
      return { v: a.v / b.v, adj: a.adj * Math.sign(b.v), star: a.star || b.star };
    }
    case 'pow': {
      const a = evalConst(n.b, d, inExp), b = evalConst(n.e, d, inExp);
      if (!a || !b) return null;
      return { v: Math.pow(a.v, b.v), adj: 0, star: a.star || b.star };
    }
    case 'fn': {
      if (n.args.length !== 1 && n.f !== 'min' && n.f !== 'max') return null;
      const vals = n.args.map((x) => evalConst(x, d, inExp));
      if (vals.some((x) => !x)) return null;
      const a = vals[0] as ConstVal;
      let v: number;
      switch (n.f) {
        case 'log': case 'ln': {
          const base = n.base ? evalConst(n.base, d, inExp) : null;
          v = n.f === 'ln' ? Math.log(a.v) : Math.log2(a.v);
          if (base && base.v > 0 && base.v !== 1) v = Math.log(a.v) / Math.log(base.v);
          break;
        }
        case 'sqrt': { const deg = n.deg ? evalConst(n.deg, d, inExp) : null; v = Math.pow(a.v, 1 / (deg?.v || 2)); break; }
        case 'exp': v = Math.exp(a.v); break;
        case 'min': v = Math.min(...vals.map((x) => (x as ConstVal).v)); break;
        case 'max': v = Math.max(...vals.map((x) => (x as ConstVal).v)); break;
        default: return null;
      }
      if (n.pow) { const p = evalConst(n.pow, d, inExp); if (!p) return null; v = Math.pow(v, p.v); }
      return Number.isFinite(v) ? { v, adj: 0, star: a.star } : null;
    }
    case 'asym': {
      const a = evalConst(n.a, d, inExp);
      if (!a) return null;
      if (n.sym === 'o') return { v: 0, adj: a.v > 0 || a.adj > 0 ? 1 : 0, star: false };
      return { v: 0, adj: 0, star: true };
    }
    case 'abs': case 'ceil': case 'floor': return evalConst(n.a, d, inExp);
    case 'fact': return null;
  }
}

function hasAsym(n: Node, depth = 0): boolean {
  if (depth > 60) return false;
  switch (n.k) {
    case 'asym': return n.sym !== 'o';
    case 'neg': case 'abs': case 'ceil': case 'floor': case 'fact': return hasAsym(n.a, depth + 1);
    case 'sum': return n.terms.some((t) => hasAsym(t, depth + 1));
    case 'prod': return n.fs.some((t) => hasAsym(t, depth + 1));
    case 'div': return hasAsym(n.a, depth + 1) || hasAsym(n.b, depth + 1);
    case 'pow': return hasAsym(n.b, depth + 1) || hasAsym(n.e, depth + 1);
    case 'fn': return n.args.some((t) => hasAsym(t, depth + 1));
    default: return false;
  }
}

/** Growth signature of an expression (the argument of a bound, or a symbol-less cost). */
export function growthOf(n: Node, depth = 0): GrowthSig {
  if (depth > 60) return constantSig();
  const d = depth + 1;
  switch (n.k) {
    case 'num': case 'omega': return constantSig();
    case 'var': {
      if (n.name === '*' || n.name === 'omega') return constantSig();
      if (ACCURACY_VARS.has(n.name)) { const v = zero(); v[P] = -1; return varSig(varKey(n.name), v); }
      const v = zero(); v[P] = 1;
      return varSig(varKey(n.name, n.sub), v);
    }
    case 'neg': case 'abs': case 'ceil': case 'floor': return growthOf(n.a, d);
    case 'sum': return sigAdd(...n.terms.map((t) => growthOf(t, d)));
    case 'prod': return sigMulMany(n.fs.map((f) => growthOf(f, d)));
    case 'div': return sigMul(growthOf(n.a, d), sigPowNum(growthOf(n.b, d), -1, 0));
    case 'pow': return powGrowth(n.b, n.e, d);
    case 'fact': { const a = growthOf(n.a, d); return sigExp(sigMul(a, sigLog(a)), 1); }
    case 'asym': {
      let a = growthOf(n.a, d);
      if (n.soft) a = softened(a);
      return n.sym === 'o' ? markBelow(a) : a;
    }
    case 'fn': return fnGrowth(n, d);
  }
}

function powGrowth(base: Node, exp: Node, d: number): GrowthSig {
  const k = evalConst(exp, d);
  const baseConst = evalConst(base, d, false);
  if (k) {
    if (baseConst) return constantSig();
    return sigPowNum(growthOf(base, d), k.star ? STAR : k.v, k.adj);
  }
  // non-constant exponent: b^g = exp(g ln b); an O(·) in the exponent leaves the constant unknown
  const g = growthOf(exp, d);
  const unknown = hasAsym(exp);
  if (baseConst || (base.k === 'var' && base.name === 'e')) {
    const b = baseConst ? baseConst.v : Math.E;
    if (b <= 1 && !baseConst?.star) return constantSig();
    return sigExp(g, unknown || baseConst?.star ? STAR : Math.log(b));
  }
  return sigExp(sigMul(g, sigLog(growthOf(base, d))), unknown ? STAR : 1);
}

function fnGrowth(n: Extract<Node, { k: 'fn' }>, d: number): GrowthSig {
  const args = n.args.map((a) => growthOf(a, d));
  const prod = sigMulMany(args);
  let g: GrowthSig;
  switch (n.f) {
    case 'log': case 'ln': g = sigLog(prod); break;
    case 'logstar': case 'alpha': {
      const slot = n.f === 'logstar' ? LS : LA;
      const vars = new Set(prod.t.flatMap((t) => Object.keys(t.v)));
      g = vars.size === 0 ? constantSig() : sigAdd(...[...vars].map((x) => { const v = zero(); v[slot] = 1; return varSig(x, v); }));
      break;
    }
    case 'exp': g = sigExp(prod, hasAsym(n.args[0]) ? STAR : 1); break;
    case 'sqrt': {
      const deg = n.deg ? evalConst(n.deg, d) : null;
      g = sigPowNum(prod, deg && deg.v > 0 ? 1 / deg.v : 0.5, 0);
      break;
    }
    case 'poly': g = sigPowNum(prod, STAR, 0); break;
    case 'polylog': g = sigPowNum(sigLog(prod), STAR, 0); break;
    case 'max': g = sigAdd(...args); break;
    case 'min': {
      // min(a, b) ≤ each: the smaller when comparable, else the first (an upper bound either way)
      g = args[0];
      for (const a of args.slice(1)) if (sigOrder(a, g) === 'less') g = a;
      break;
    }
  }
  if (n.pow) {
    const k = evalConst(n.pow, d);
    if (k) g = sigPowNum(g, k.star ? STAR : k.v, k.adj);
    else g = sigExp(sigMul(growthOf(n.pow, d), sigLog(g)), hasAsym(n.pow) ? STAR : 1);
  }
  return g;
}
