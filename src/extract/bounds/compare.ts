// The growth order: compare two signatures variable by variable, rank a list of them into a ladder.
import { LA, LL, LS, L, P, PO, SP, STAR, setTermOrder, type GrowthSig, type GrowthTerm, type Relation, type Vec } from './growth.ts';

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
    rels.push(lex(a.v[x] ?? ZERO, b.v[x] ?? ZERO));
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
  /** indices of the other bounds with equal growth */
  tiedWith: number[];
  /** indices of the bounds this one cannot be ordered against */
  incomparableWith: number[];
}

/**
 * Growth-ordered ladder: rank = length of the longest strictly-increasing chain below (so every
 * bound sits above all bounds it beats); equal bounds share a rank; incomparable bounds can share a
 * rank and are listed. Deterministic; O(k²) comparisons for k bounds.
 */
export function rankByGrowth(sigs: (GrowthSig | null)[]): LadderRank[] {
  const k = sigs.length;
  const rel: Relation[][] = Array.from({ length: k }, () => new Array<Relation>(k).fill('incomparable'));
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const a = sigs[i], b = sigs[j];
      if (!a || !b) continue;
      const r = i === j ? 'equal' : compareSigs(a, b);
      rel[i][j] = r;
      rel[j][i] = flip(r);
    }
  }
  const rank: (number | null)[] = sigs.map((s) => (s ? 0 : null));
  // longest path by relaxation; k rounds bound it even if approximations create a cycle
  for (let round = 0; round < k; round++) {
    let changed = false;
    for (let i = 0; i < k; i++) {
      if (rank[i] === null) continue;
      for (let j = 0; j < k; j++) {
        if (rank[j] === null) continue;
        const rj = rank[j] as number, ri = rank[i] as number;
        if (rel[j][i] === 'less' && ri < rj + 1) { rank[i] = rj + 1; changed = true; }
        if (rel[j][i] === 'equal' && i !== j && ri < rj) { rank[i] = rj; changed = true; }
      }
    }
    if (!changed) break;
  }
  // compress to 0..r-1 so ranks are dense
  const distinct = [...new Set(rank.filter((r): r is number => r !== null))].sort((a, b) => a - b);
  const dense = new Map(distinct.map((r, i) => [r, i]));
  return sigs.map((_, i) => ({
    rank: rank[i] === null ? null : (dense.get(rank[i] as number) as number),
    tiedWith: rel[i].flatMap((r, j) => (j !== i && r === 'equal' && sigs[i] && sigs[j] ? [j] : [])),
    incomparableWith: rel[i].flatMap((r, j) => (j !== i && r === 'incomparable' ? [j] : [])),
  }));
}

export { L, LA, LL, LS, P, PO, SP, STAR };
