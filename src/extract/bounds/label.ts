// Readable names of growth classes: growthLabel (Unicode, for people) and growthKey (ASCII, stable,
// equal for equal signatures; it names the graph's bound-class nodes).
import { LA, LL, LS, L, P, PO, SP, STAR, type GrowthSig, type GrowthTerm, type Vec } from './growth.ts';
import { table } from './table.ts';

const SUP: Record<string, string> = table({ '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻' });
const ACCURACY = new Set(['ε', 'δ']);

/** 0.5 → "1/2", 0.333333 → "1/3" (exponents from roots read better as fractions). */
let exact = false;
function num(x: number): string {
  // labels round to 6 digits; keys keep the (already 1e-9-rounded) value so distinct growths keep distinct keys
  const r = exact ? x : Math.round(x * 1e6) / 1e6;
  if (!Number.isInteger(r)) {
    for (let d = 2; d <= 24; d++) {
      const k = Math.round(r * d);
      if (Math.abs(r * d - k) < (exact ? 1e-9 : 1e-5) && Math.abs(k) < 100) return `${k}/${d}`;
    }
  }
  return String(r);
}

function power(base: string, k: number, unicode: boolean): string {
  if (k === 1) return base;
  const s = num(k);
  if (unicode && /^-?\d$/.test(s)) return base + [...s].map((c) => SUP[c]).join('');
  return /^-?\d+(\.\d+)?$/.test(s) ? `${base}^${s}` : `${base}^(${s})`;
}

function adjText(po: number, unicode: boolean): string {
  return po === 1 ? '+o(1)' : po === -1 ? '-o(1)' : po === 2 ? (unicode ? '+δ' : '+d') : po === -2 ? (unicode ? '-δ' : '-d') : '';
}

function factor(x: string, v: Vec, unicode: boolean): string[] {
  const acc = ACCURACY.has(x);
  const name = unicode ? x : asciiName(x);
  const logArg = acc ? `(1/${name})` : ` ${name}`;
  const out: string[] = [];
  if (v[P] === STAR) out.push(acc ? `poly(1/${name})` : `poly(${name})`);
  else if (v[P] !== 0 || v[PO] !== 0) {
    const p = acc ? -v[P] : v[P];
    const adj = adjText(acc ? -v[PO] : v[PO], unicode);
    if (adj) out.push(`${name}^(${p === 0 ? '' : num(p)}${p === 0 ? adj.replace(/^\+/, '') : adj})`);
    else out.push(power(name, p, unicode));
  }
  if (v[SP] !== 0) out.push(`exp(log^${num(v[SP])}${logArg})`);
  if (v[L] === STAR) out.push(`polylog(${acc ? '1/' : ''}${name})`);
  else if (v[L] !== 0) out.push(power('log', v[L], unicode) + logArg);
  if (v[LL] === STAR) out.push(`poly(log log${logArg})`);
  else if (v[LL] !== 0) out.push(v[LL] === 1 ? `log log${logArg}` : power(`(log log${logArg})`, v[LL], unicode));
  if (v[LS] === STAR) out.push(`poly(log*${logArg})`);
  else if (v[LS] !== 0) out.push(v[LS] === 1 ? `log*${logArg}` : power(`(log*${logArg})`, v[LS], unicode));
  if (v[LA] !== 0) out.push(power(`${unicode ? 'α' : 'alpha'}(${name})`, v[LA], unicode));
  return out;
}

const ASCII: Record<string, string> = table({ 'ε': 'eps', 'δ': 'delta', 'Ω': 'Omega', 'σ': 'sigma', 'α': 'alpha', 'β': 'beta', 'γ': 'gamma', 'λ': 'lambda', 'μ': 'mu', 'ρ': 'rho', 'τ': 'tau', 'φ': 'phi', 'Δ': 'Delta', 'θ': 'theta', 'κ': 'kappa', 'ℓ': 'l', 'η': 'eta', 'π': 'pi', 'ψ': 'psi', 'χ': 'chi', 'ν': 'nu', 'ξ': 'xi', 'ζ': 'zeta', 'ω': 'omega', 'Σ': 'Sigma', 'Γ': 'Gamma', 'Λ': 'Lambda', 'Φ': 'Phi', 'Ψ': 'Psi', 'Θ': 'Theta', 'Π': 'Pi', 'Ξ': 'Xi', 'ι': 'iota', 'υ': 'upsilon', 'Υ': 'Upsilon' });
function asciiName(x: string): string { return [...x].map((c) => ASCII[c] ?? c).join(''); }

/** Accuracy parameters print last (n ε⁻² reads better as "ε⁻² n"? convention: variables first). */
function varOrder(a: string, b: string): number {
  const aa = ACCURACY.has(a) ? 1 : 0, bb = ACCURACY.has(b) ? 1 : 0;
  if (aa !== bb) return aa - bb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** exp(y · log x) with nothing else is x^y: "d^k". */
function powerForm(e: NonNullable<GrowthTerm['e']>, unicode: boolean): string | null {
  if (e.c !== 1 || e.g.length !== 1 || e.g[0].e || e.g[0].b) return null;
  const v = e.g[0].v;
  const base = Object.keys(v).find((x) => v[x].every((val, i) => (i === L ? val === 1 : val === 0)));
  if (!base) return null;
  const rest: GrowthTerm = { v: Object.fromEntries(Object.entries(v).filter(([x]) => x !== base)) };
  const restText = termText(rest, unicode);
  if (restText === '1') return null;
  const name = unicode ? base : asciiName(base);
  return /^[\w\u0370-\u03ff]+$/.test(restText) ? `${name}^${restText}` : `${name}^(${restText})`;
}

function termText(t: GrowthTerm, unicode: boolean): string {
  const parts: string[] = [];
  const keys = Object.keys(t.v);
  // Õ(m √n) instead of "m polylog(m) n^1/2 polylog(n)" when every variable carries a polylog
  if (!t.e && keys.length >= 2 && keys.every((x) => t.v[x][L] === STAR && t.v[x][P] !== STAR)) {
    const inner = termText({ v: Object.fromEntries(keys.map((x) => [x, t.v[x].map((val, i) => (i === L ? 0 : val))])) }, unicode);
    const body = `${unicode ? 'Õ' : '~O'}(${inner})`;
    return t.b ? `o(${body})` : t.a ? `${unicode ? 'ω' : 'omega'}(${body})` : body;
  }
  const pf = t.e ? powerForm(t.e, unicode) : null;
  if (pf) parts.push(pf);
  else if (t.e) {
    const inner = sigText({ t: t.e.g }, unicode);
    const wrapped = /^[\w\u0370-\u03ff]+$/.test(inner) ? inner : `(${inner})`;
    if (t.e.c === STAR) parts.push(`2^O(${inner})`);
    else {
      // c = ln(base): print the base when it is a short decimal (2^n, 1.5^n, 1.7504^n)
      const base = Math.exp(t.e.c);
      const b = Math.round(base * 1e4) / 1e4;
      if (b > 1 && Math.abs(base - b) < 1e-6) parts.push(`${b}^${wrapped}`);
      else parts.push(`exp(${t.e.c === 1 ? '' : num(t.e.c) + ' '}${inner})`);
    }
  }
  for (const x of Object.keys(t.v).sort(varOrder)) parts.push(...factor(x, t.v[x], unicode));
  const body = parts.length === 0 ? '1' : parts.join(' ');
  return t.b ? `o(${body})` : t.a ? `${unicode ? 'ω' : 'omega'}(${body})` : body;
}

function sigText(g: GrowthSig, unicode: boolean): string {
  return g.t.map((t) => termText(t, unicode)).join(' + ');
}

/** Short readable label: "n log n", "n²", "ε⁻² d", "2^O(k) n", "o(n²)". */
export function growthLabel(g: GrowthSig): string { exact = false; return sigText(g, true); }

/** Stable ASCII key (equal signatures ⇒ equal keys): "n log n", "n^2", "eps^-2 d". */
export function growthKey(g: GrowthSig): string {
  exact = true;
  try { return sigText(g, false); } finally { exact = false; }
}
