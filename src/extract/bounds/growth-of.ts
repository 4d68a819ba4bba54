// AST → growth signature: evaluates constant exponents (n^{log 7/log 2}, n^{1+o(1)}, ω ≈ 2.3716) and
// maps logs, roots, poly/polylog, exponentials, factorials, min/max and asymptotic symbols onto the
// signature algebra of growth.ts.
import { ACCURACY_VARS, type Node } from './ast.ts';
import { printNode } from './print.ts';
import {
  L, LA, LS, P, STAR, constantSig, markAbove, markBelow, sigAdd, sigExp, sigLog, sigMul, sigMulMany, sigOrder,
  sigPowNum, softened, varKey, varSig, zero, type GrowthSig, type GrowthTerm,
} from './growth.ts';

/** The matrix-multiplication exponent ω as of 2024 (used when n^{\omega} is compared). */
const MATRIX_OMEGA = 2.3716;

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
      // "log^c n", "n^c", "c^k": c names some constant
      if (n.name === 'c' && !n.sub) return { v: 1, adj: 0, star: true };
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
      if (n.star) a = polyFactors(a);
      return n.sym === 'o' ? markBelow(a) : n.sym === 'omega' ? markAbove(a) : a;
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
  // x^{-g} = (1/x)^g: ε^{-s} grows like exp(s log(1/ε))
  if (exp.k === 'neg') return powGrowthSig(sigPowNum(growthOf(base, d), -1, 0), exp.a, d);
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

/** O*(f) = f · poly(every variable of f); an exponential part still dominates its variables. */
function polyFactors(a: GrowthSig): GrowthSig {
  const vars = new Set<string>();
  const collect = (t: GrowthTerm): void => { for (const x of Object.keys(t.v)) vars.add(x); if (t.e) t.e.g.forEach(collect); };
  a.t.forEach(collect);
  const factors = [...vars].map((x) => { const v = zero(); v[P] = STAR; return varSig(x, v); });
  return sigMulMany([a, ...factors]);
}

function powGrowthSig(base: GrowthSig, exp: Node, d: number): GrowthSig {
  return sigExp(sigMul(growthOf(exp, d), sigLog(base)), hasAsym(exp) ? STAR : 1);
}

/** log(1 + x) with x → 0 (an accuracy parameter) behaves like x: log(1+ε) ≈ ε. */
function logOfOnePlusSmall(arg: Node, d: number): GrowthSig | null {
  if (arg.k !== 'sum' || !arg.terms.some((t) => t.k === 'num')) return null;
  const rest = arg.terms.filter((t) => t.k !== 'num');
  if (rest.length === 0) return null;
  const g = sigAdd(...rest.map((t) => growthOf(t, d)));
  const shrinking = g.t.every((t) => !t.e && Object.keys(t.v).length > 0 && Object.values(t.v).every((v) => v[P] < 0));
  return shrinking ? g : null;
}

function fnGrowth(n: Extract<Node, { k: 'fn' }>, d: number): GrowthSig {
  const args = n.args.map((a) => growthOf(a, d));
  const prod = sigMulMany(args);
  let g: GrowthSig;
  switch (n.f) {
    case 'log': case 'ln': g = (n.args.length === 1 ? logOfOnePlusSmall(n.args[0], d) : null) ?? sigLog(prod); break;
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
    // n-bit multiplication costs n log n (Harvey and van der Hoeven, 2021)
    case 'mult': g = sigMul(prod, sigLog(prod)); break;
    // an unknown function of several arguments: one opaque growing quantity, named by the call as written
    case 'call': { const v = zero(); v[P] = 1; g = varSig(printNode({ ...n, pow: undefined }, 'plain'), v); break; }
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
