// The "worst case in n" view of a ladder: every input-size variable of a bound is set to n (or to n² for the
// edges of a graph), a machine word to log n, so that bounds stated in different variables can be ordered.
// The exact bound is still what the ladder shows; this only decides the order. The rules are data, and the
// ladder's legend prints them.
import { substituteVariables, type Substitution } from '../extract/bounds/substitute.ts';
import type { GrowthSig } from '../extract/bounds/index.ts';

export type LadderView = 'exact' | 'n';

export interface VariableRule {
  /** variable names as they appear in growth signatures */
  vars: readonly string[];
  to: Substitution | null;
  /** as the legend states it */
  legend: string;
}

/** Accuracy parameters and external-memory block/cache sizes are not input sizes: they stay. */
const KEEP = new Set(['ε', 'δ', 'epsilon', 'delta', 'eps', 'B']);

export const WORST_CASE_RULES: readonly VariableRule[] = [
  { vars: ['w'], to: 'log', legend: 'w = log n (word size)' },
  { vars: ['m', 'M', 'E', '|E|'], to: { pow: 1 }, legend: 'm ≤ n' },
  { vars: ['R'], to: { pow: 2 }, legend: 'R ≤ n² (matching pairs)' },
  { vars: ['k', 'd', 'z', 'r', 't', 's', 'σ', 'Σ', 'occ', 'h', 'ℓ', 'l', 'g', 'u', 'D', 'K', 'L', 'T', 'H', 'N', 'V', '|V|', 'W', 'Z', 'S', 'P', 'Q', 'F', 'G', 'U', 'I', 'O', 'X', 'Y', 'τ'], to: { pow: 1 }, legend: 'k, d, t, s, z, r, σ, … ≤ n (a bound that shrinks as one grows takes it at 1)' },
  { vars: ['c', 'p', 'q', 'a', 'b', 'α', 'β', 'γ', 'λ', 'μ', 'ρ', 'θ', 'i', 'j'], to: { pow: 0 }, legend: 'constants c, p, q, … = 1' },
];

/** In a graph problem m counts edges: m ≤ n². */
export const GRAPH_EDGE_RULE: VariableRule = { vars: ['m', 'M', 'E', '|E|'], to: { pow: 2 }, legend: 'm ≤ n² (edges)' };

const GRAPH_WORDS = /\b(?:graphs?|edges?|vertices|vertex|paths?|flows?|cuts?|matchings?|spanning|connectivity|shortest|apsp|sssp|diameter|cycles?|trees? decomposition)\b/;

/** Is this a graph problem (its key or label names graph objects), so that m is a number of edges? */
export function isGraphProblem(name: string): boolean {
  return GRAPH_WORDS.test(name.toLowerCase());
}

/** The substitution for one variable, or null to keep it (ε, δ, B, and names no rule knows). */
export function substitutionFor(variable: string, graph: boolean): Substitution | null {
  const sub = variable.indexOf('_');
  const base = sub < 0 ? variable : variable.slice(0, sub);
  if (KEEP.has(variable) || KEEP.has(base)) return null;
  if (graph && GRAPH_EDGE_RULE.vars.includes(base)) return GRAPH_EDGE_RULE.to;
  for (const r of WORST_CASE_RULES) if (r.vars.includes(variable) || r.vars.includes(base)) return r.to;
  // a subscripted size ("n_1", "m_2") is a size; other single letters may be constants
  return /_/.test(variable) && /^[nmNM]/.test(variable) ? { pow: 1 } : null;
}

/** The signature in the worst-case-in-n view. */
export function worstCaseGrowth(g: unknown, graph: boolean): unknown {
  if (!g || typeof g !== 'object' || !Array.isArray((g as GrowthSig).t)) return g;
  return substituteVariables(g as GrowthSig, (x) => substitutionFor(x, graph), 'n', { worstCase: true });
}

/** The legend lines of the view, in rule order. */
export function worstCaseLegend(graph: boolean): string[] {
  const rule = (v: string) => WORST_CASE_RULES.find((r) => r.vars.includes(v))!.legend;
  return [graph ? GRAPH_EDGE_RULE.legend : rule('m'), rule('k'), rule('R'), rule('w'), rule('c'), 'ε, δ and the block size B stay'];
}
