// Detects a paper's stated improvements: a `result` claim and a `prior` claim on the same resource,
// in the same sentence or adjacent sentences (the extractor marks "from X to Y", "beating X",
// "improves upon X" as prior), where the growth order says the result is smaller.
import type { Claim, Resource, Setting } from '../extract/types.ts';
import type { GrowthOps } from './types.ts';

export interface Improvement {
  /** indices into the paper's claims */
  resultClaim: number;
  priorClaim: number;
  resource: Resource;
}

/** Characters allowed between one sentence's end and the next sentence's start to count as adjacent. */
const ADJACENT_GAP = 4;

function near(a: Claim, b: Claim): 'same' | 'adjacent' | null {
  const [as, ae] = a.sentence;
  const [bs, be] = b.sentence;
  if (as === bs && ae === be) return 'same';
  if ((bs >= ae && bs - ae <= ADJACENT_GAP) || (as >= be && as - be <= ADJACENT_GAP)) return 'adjacent';
  return null;
}

/** The resource both claims bound, or null. `other` matches a specific resource only in one sentence. */
function sharedResource(r: Claim, p: Claim, where: 'same' | 'adjacent'): Resource | null {
  if (r.resource === p.resource) return r.resource;
  if (where !== 'same') return null;
  if (p.resource === 'other') return r.resource;
  if (r.resource === 'other') return p.resource;
  return null;
}

/**
 * What must agree for two bounds to be compared: the model, what the cost counts, and the restrictions of the problem
 * (not the guarantee: an expected bound and a worst-case one of the same problem are on one ladder).
 */
export function settingKey(s: Setting | undefined): string {
  if (!s) return 'word-ram|total|';
  const vs = [...new Set(s.variants.map((v) => (v.startsWith('input:') || v.startsWith('restricted:') ? v : (v.includes(':') ? v.slice(0, v.indexOf(':')) : v))))].sort();
  return `${s.model}|${s.operation}|${vs.join(',')}`;
}

/** A bound usable in an improvement: an upper bound (an Ω is a lower bound whatever its role) with a growth. */
function upper(c: Claim): boolean {
  return c.growth != null && c.notation !== 'Omega' && c.notation !== 'omega';
}

/**
 * Within one paper, a prior bound is compared with the paper's result when they agree on the setting, or when the
 * prior states none of its own (the paper's title variant marks only the paper's own results).
 */
function comparableInPaper(r: Claim, p: Claim): boolean {
  if (settingKey(r.setting) === settingKey(p.setting)) return true;
  const rs = r.setting, ps = p.setting;
  if (!rs || !ps) return false;
  return ps.model === rs.model && ps.operation === rs.operation && ps.variants.every((v) => rs.variants.includes(v));
}

/**
 * All (result, prior) pairs of one paper's claims where the result beats the prior; in claim order. Priors are
 * bucketed by sentence, so a result meets only the priors of its own and the adjacent sentences; a later claim of
 * the same sentence, resource and growth as an earlier one can add nothing (its pairs repeat the earlier one's) and
 * is skipped. Near-linear in the claims (it was a pass over all priors for every result).
 */
export function findImprovements(claims: readonly Claim[], growth: GrowthOps): Improvement[] {
  const out: Improvement[] = [];
  const seen = new Set<string>();
  const bySentence = new Map<string, number[]>();
  const byStart = new Map<number, number[]>();
  const byEnd = new Map<number, number[]>();
  const add = <K,>(m: Map<K, number[]>, k: K, i: number) => { const l = m.get(k); if (l) l.push(i); else m.set(k, [i]); };
  const kinds = new Set<string>();
  const firstOfKind = (c: Claim) => {
    const kind = `${c.role}|${c.sentence[0]}:${c.sentence[1]}|${c.resource}|${settingKey(c.setting)}|${growth.key(c.growth)}`;
    if (kinds.has(kind)) return false;
    kinds.add(kind);
    return true;
  };
  claims.forEach((p, pi) => {
    if (p.role !== 'prior' || !upper(p) || !firstOfKind(p)) return;
    add(bySentence, `${p.sentence[0]}:${p.sentence[1]}`, pi);
    add(byStart, p.sentence[0], pi);
    add(byEnd, p.sentence[1], pi);
  });
  claims.forEach((r, ri) => {
    if (r.role !== 'result' || !upper(r) || !firstOfKind(r)) return;
    const [as, ae] = r.sentence;
    // the priors near() can accept: same sentence, one starting ≤ ADJACENT_GAP after it, one ending ≤ ADJACENT_GAP before
    const cands = new Set<number>(bySentence.get(`${as}:${ae}`) ?? []);
    for (let g = 0; g <= ADJACENT_GAP; g++) {
      for (const pi of byStart.get(ae + g) ?? []) cands.add(pi);
      for (const pi of byEnd.get(as - g) ?? []) cands.add(pi);
    }
    for (const pi of [...cands].sort((x, y) => x - y)) {
      const p = claims[pi];
      if (pi === ri || !comparableInPaper(r, p)) continue;
      const where = near(r, p);
      if (!where) continue;
      const resource = sharedResource(r, p, where);
      if (!resource) continue;
      if (growth.compare(r.growth, p.growth) !== 'less') continue;
      // one edge per (result class, prior class, resource): repeated mentions add nothing
      const key = `${resource}|${growth.key(r.growth)}|${growth.key(p.growth)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ resultClaim: ri, priorClaim: pi, resource });
    }
  });
  return out;
}

/** A paper's prior bound that is an earlier paper's result: the later paper improves on the earlier one. */
export interface PaperLink {
  /** the improving paper and its (result, prior) claims */
  paper: number;
  resultClaim: number;
  priorClaim: number;
  /** the earlier paper and its result claim that the prior restates */
  earlier: number;
  earlierClaim: number;
  resource: Resource;
  problem: string;
}

interface Dated { id: string; year: number | null; published?: string }

const ARXIV_NEW = /^(\d{4})\.(\d{4,5})$/;

/** Is paper a strictly earlier than b? Publication date, else year, else (same year) arXiv id order. */
export function earlierThan(a: Dated, b: Dated): boolean {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published;
  if (a.year != null && b.year != null && a.year !== b.year) return a.year < b.year;
  if (a.year == null || b.year == null) return false;
  const x = ARXIV_NEW.exec(a.id), y = ARXIV_NEW.exec(b.id);
  if (x && y) return x[1] !== y[1] ? x[1] < y[1] : Number(x[2]) < Number(y[2]);
  return false;
}

/**
 * Paper-to-paper improvements: for each (result, prior) pair a paper states, the earliest earlier paper whose own
 * result has the prior's growth on the same problem and resource. `claimProblem[p][c]` is the claim's resolved
 * problem key; a claim without one takes the paper's first main problem.
 */
export function linkImprovements(
  papers: readonly (Dated & { claims: readonly Claim[] })[],
  claimProblem: readonly (readonly (string | null)[])[],
  mainProblems: readonly (readonly string[])[],
  growth: GrowthOps,
): PaperLink[] {
  const problemOf = (p: number, c: number) => claimProblem[p]?.[c] ?? mainProblems[p]?.[0] ?? null;
  const results = new Map<string, Array<[number, number]>>();
  papers.forEach((q, qi) => q.claims.forEach((c, ci) => {
    // a class word ("linear", "polynomial") is too common to say which earlier result a paper restates
    if (c.role !== 'result' || !upper(c) || c.notation === 'verbal') return;
    const k = problemOf(qi, ci);
    if (!k) return;
    const key = `${k}|${c.resource}|${settingKey(c.setting)}|${growth.key(c.growth)}`;
    const l = results.get(key);
    if (l) l.push([qi, ci]); else results.set(key, [[qi, ci]]);
  }));
  const out: PaperLink[] = [];
  papers.forEach((p, pi) => {
    for (const imp of findImprovements(p.claims, growth)) {
      const prior = p.claims[imp.priorClaim];
      if (prior.notation === 'verbal') continue;
      const k = claimProblem[pi]?.[imp.priorClaim] ?? problemOf(pi, imp.resultClaim);
      if (!k) continue;
      // the earlier paper's result must be the bound this paper states as prior: same problem, resource, setting, growth
      const cands = results.get(`${k}|${imp.resource}|${settingKey(prior.setting)}|${growth.key(prior.growth)}`) ?? [];
      let best: [number, number] | null = null;
      for (const [qi, ci] of cands) {
        if (qi === pi || !earlierThan(papers[qi], p)) continue;
        if (!best || earlierThan(papers[qi], papers[best[0]]) || (!earlierThan(papers[best[0]], papers[qi]) && papers[qi].id < papers[best[0]].id)) best = [qi, ci];
      }
      if (best) out.push({ paper: pi, resultClaim: imp.resultClaim, priorClaim: imp.priorClaim, earlier: best[0], earlierClaim: best[1], resource: imp.resource, problem: k });
    }
  });
  return out;
}
