// How a claim's setting reads (pure): "query · cell probe · approximate (1+ε) · amortized", and a lower bound's
// condition ("unless SETH"). Shared by the explorer, the claims table, the CSV and `boundgraph ladder`.
import type { Setting } from '../extract/types.ts';

const MODEL_NAMES: Record<string, string> = {
  'word-ram': 'word RAM', 'pointer-machine': 'pointer machine', 'external-memory': 'external memory', 'cell-probe': 'cell probe',
  comparison: 'comparison model', streaming: 'streaming', parallel: 'parallel', distributed: 'distributed', quantum: 'quantum',
  communication: 'communication', other: 'other model',
};
const OPERATION_NAMES: Record<string, string> = { total: 'whole computation', preprocessing: 'preprocessing', query: 'per query', update: 'per update' };
const GUARANTEE_NAMES: Record<string, string> = { worst: 'worst case', expected: 'expected', amortized: 'amortized', whp: 'w.h.p.' };

export function modelName(m: string): string { return MODEL_NAMES[m] ?? m; }
export function operationName(o: string): string { return OPERATION_NAMES[o] ?? o; }

/**
 * A variant tag as read: "input:permutations" → "permutations", "approximate:(1+ε)" → "approximate (1+ε)". With
 * `tex` (a page that renders `$…$` as math) an approximation factor written in TeX ("n^{o(1)}", "1/2+\epsilon") is
 * wrapped in dollars, so it reads as math instead of as source.
 */
export function variantName(v: string, tex = false): string {
  const i = v.indexOf(':');
  if (i < 0) return v.replace(/-/g, ' ');
  const head = v.slice(0, i), rest = v.slice(i + 1);
  if (head === 'input') return rest.replace(/-/g, ' ');
  const math = tex && head !== 'restricted' && /[\\^_{}]/.test(rest) && !rest.includes('$');
  return `${head.replace(/-/g, ' ')} ${math ? `$${rest}$` : rest}`;
}

/** `v` up to its first colon (a string walk: /:.*$/ is retried from every colon). */
export function beforeColon(v: string): string {
  const i = v.indexOf(':');
  return i < 0 ? v : v.slice(0, i);
}

/** The tag without its detail ("approximate:(1+ε)" → "approximate"): what groups claims on a ladder. */
export function variantBase(v: string): string {
  return v.startsWith('input:') ? v : beforeColon(v);
}

/** The condition of a lower bound as read: "unless SETH", "unconditional". */
export function conditionLabel(c: string | null): string | null {
  if (!c) return null;
  if (c === 'unconditional') return 'unconditional';
  if (c === 'conditional') return 'conditional';
  if (c === 'conjectured') return 'conjectured';
  return `unless ${c}`;
}

/** Non-default parts of a setting, compactly; empty for the general problem on the word RAM, whole computation. */
export function settingLabel(s: Setting, opts: { condition?: boolean; tex?: boolean } = {}): string {
  const parts: string[] = [];
  if (s.operation !== 'total') parts.push(operationName(s.operation));
  if (s.model !== 'word-ram') parts.push(modelName(s.model));
  for (const v of s.variants) if (v !== 'with-preprocessing' || s.operation === 'total') parts.push(variantName(v, opts.tex));
  if (s.guarantee !== 'worst') parts.push(GUARANTEE_NAMES[s.guarantee] ?? s.guarantee);
  if (opts.condition !== false) { const c = conditionLabel(s.condition); if (c) parts.push(c); }
  return parts.join(' · ');
}

/**
 * How a lower bound reads beside its bound: one written as an upper bound ("no $O(n^{2-ε})$-time algorithm",
 * "truly subcubic") is what the result rules out; an Ω or Θ bound, or a class such as "quadratic", is the bound
 * itself. Null for other roles.
 */
export function lowerBoundPrefix(c: { role: string; notation: string; text: string }): string | null {
  if (c.role !== 'lower') return null;
  if (c.notation === 'O' || c.notation === 'o') return 'rules out';
  if (c.notation === 'verbal' && /\b(?:sub|truly|strongly)/i.test(c.text)) return 'rules out';
  return null;
}
