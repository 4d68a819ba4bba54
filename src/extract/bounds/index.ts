// Public entry of the bound parser (pure): text of a bound → notation, expr, LaTeX and a comparable
// growth signature. Three surface forms: LaTeX, plain/Unicode, LaTeX whose backslashes were lost.
import type { Node } from './ast.ts';
import { compareSigs, isGrowthSig, rankByGrowth, type LadderRank } from './compare.ts';
import { identifyVariables, type GrowthSig, type Relation } from './growth.ts';
import { growthOf } from './growth-of.ts';
import { growthKey as keyOf, growthLabel as labelOf } from './label.ts';
import { parseExpression } from './parser.ts';
import { exprText, latexText, unicodeText } from './print.ts';
import { lookupVerbalClass } from './verbal.ts';
import { parseCell, type NotedBound } from './cell.ts';

export type { GrowthSig, GrowthTerm } from './growth.ts';
export type { Relation } from './growth.ts';
export type { LadderRank } from './compare.ts';
export type { NotedBound } from './cell.ts';
export { rankByGrowth, isGrowthSig };
export { ARGUMENT_COMMANDS } from './cursor.ts';

/** Canonical key: equal growth ⇒ equal key (names the graph's bound-class nodes: "n log n", "eps^-2 d"). */
export function growthKey(g: GrowthSig): string {
  try { return isGrowthSig(g) ? keyOf(g) : '?'; } catch { return '?'; }
}

/** Short readable label of a growth class using Unicode: "n log n", "n²", "ε⁻² d", "2^O(k) n", "o(n²)". */
export function growthLabel(g: GrowthSig): string {
  try { return isGrowthSig(g) ? labelOf(g) : '?'; } catch { return '?'; }
}

export type BoundNotation = 'O' | 'Omega' | 'Theta' | 'o' | 'omega' | 'none' | 'verbal';

export interface ParsedBound {
  ok: true;
  input: string;
  notation: BoundNotation;
  soft: boolean;
  /** the argument in plain math (see gold-dev README §4): "n log n", "n^(1-o(1))", "eps^-2 d" */
  expr: string;
  /** canonical plain text with the symbol: "Õ(|Ω| k)" */
  canonical: string;
  /** LaTeX for KaTeX */
  latex: string;
  growth: GrowthSig;
}

export interface UnparsedBound {
  ok: false;
  input: string;
  reason: string;
}

/** Longer inputs are not bounds; refusing them keeps the worst case trivially bounded. */
export const MAX_BOUND_LENGTH = 2000;

/** Strip what surrounds a bound but is not part of it: $…$, \(…\), \[…\], outer whitespace. */
function unwrap(text: string): string {
  let s = text.trim();
  for (let guard = 0; guard < 3; guard++) {
    if (s.startsWith('\\(') && s.endsWith('\\)')) s = s.slice(2, -2).trim();
    else if (s.startsWith('\\[') && s.endsWith('\\]')) s = s.slice(2, -2).trim();
    else break;
  }
  return s;
}

/** Parse a bound in any surface form (LaTeX with or without `$…$`, plain/Unicode, backslash-stripped LaTeX). Never throws; linear time. */
export function parseBound(text: string, options: { maxLength?: number } = {}): ParsedBound | UnparsedBound {
  try {
    if (typeof text !== 'string') return { ok: false, input: String(text), reason: 'not a string' };
    const max = options.maxLength ?? MAX_BOUND_LENGTH;
    if (text.length > max) return { ok: false, input: text, reason: `longer than ${max} characters` };
    const body = unwrap(text);
    if (body === '' || body.replace(/\$/g, '').trim() === '') return { ok: false, input: text, reason: 'empty' };
    // class words first ("linear" is not l·i·n·e·a·r), but "n log n" written out is an explicit cost
    const verbal = /^n\s*log\s*n$/i.test(body) ? null : lookupVerbalClass(body);
    if (verbal) return fromVerbal(text, verbal);
    const res = parseExpression(body);
    if (!res.ok) return { ok: false, input: text, reason: res.error };
    return fromNode(text, res.node);
  } catch (err) {
    return { ok: false, input: text, reason: `internal error: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * A bound as pasted from a curated table: the whole text if it parses, else its leading bound with the rest
 * kept as `note` ("O(n^2)?", "O(m log n) per iteration", "R-Tree construction: $O(n log n)$", "A ~ B").
 */
export function parseBoundWithNote(text: string): NotedBound | UnparsedBound {
  return parseCell(text, (t) => parseBound(t));
}

function fromNode(input: string, node: Node): ParsedBound | UnparsedBound {
  if (!containsVariableOrSymbol(node)) return { ok: false, input, reason: 'no variable or asymptotic symbol' };
  const growth = growthOf(node);
  if (node.k === 'asym') {
    return {
      ok: true, input, notation: node.sym, soft: node.soft,
      expr: exprText(node.a), canonical: unicodeText(node), latex: latexText(node), growth,
    };
  }
  return { ok: true, input, notation: 'none', soft: false, expr: exprText(node), canonical: unicodeText(node), latex: latexText(node), growth };
}

function containsVariableOrSymbol(n: Node, depth = 0): boolean {
  if (depth > 60) return true;
  switch (n.k) {
    case 'var': return n.name !== '*';
    case 'asym': return true;
    case 'num': case 'omega': return false;
    case 'neg': case 'abs': case 'ceil': case 'floor': case 'fact': return containsVariableOrSymbol(n.a, depth + 1);
    case 'sum': return n.terms.some((t) => containsVariableOrSymbol(t, depth + 1));
    case 'prod': return n.fs.some((t) => containsVariableOrSymbol(t, depth + 1));
    case 'div': return containsVariableOrSymbol(n.a, depth + 1) || containsVariableOrSymbol(n.b, depth + 1);
    case 'pow': return containsVariableOrSymbol(n.b, depth + 1) || containsVariableOrSymbol(n.e, depth + 1);
    case 'fn': return n.args.some((t) => containsVariableOrSymbol(t, depth + 1));
  }
}

function fromVerbal(input: string, v: NonNullable<ReturnType<typeof lookupVerbalClass>>): ParsedBound {
  return { ok: true, input, notation: 'verbal', soft: false, expr: v.expr, canonical: v.name, latex: v.latex, growth: v.growth() };
}

/** A verbal class ("nearly linear", "sub-quadratic", "polylogarithmic", …) as a bound with notation 'verbal'; null if not a class word. */
export function parseVerbalClass(words: string): ParsedBound | null {
  try {
    const v = typeof words === 'string' ? lookupVerbalClass(words) : null;
    return v ? fromVerbal(words, v) : null;
  } catch {
    return null;
  }
}

/**
 * Order of growth. Variables are compared one by one (n vs m is incomparable); ε, δ → 0 so ε⁻¹
 * grows; Õ(f) = f·polylog, which contains every f·log^k (so Õ(n) > O(n log n)); o(f) sits just below f.
 * Malformed signatures (e.g. read from an old file) compare as incomparable.
 */
export function compareGrowth(a: GrowthSig, b: GrowthSig): Relation {
  try {
    if (!isGrowthSig(a) || !isGrowthSig(b)) return 'incomparable';
    return compareSigs(a, b);
  } catch {
    return 'incomparable';
  }
}

/** Single-parameter view of a signature: every variable but ε/δ renamed to `target` (n = m = V = E). */
export function collapseVariables(g: GrowthSig, target = 'n'): GrowthSig {
  try { return isGrowthSig(g) ? identifyVariables(g, target) : g; } catch { return g; }
}

/** Ladder over parsed bounds (null = unparsed): see rankByGrowth. */
export function rankBounds(bounds: (ParsedBound | UnparsedBound)[]): LadderRank[] {
  return rankByGrowth(bounds.map((b) => (b.ok ? b.growth : null)));
}
