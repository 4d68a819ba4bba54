// Public entry of the bound parser (pure): text of a bound → notation, expr, LaTeX and a comparable
// growth signature. TEMPORARY SKELETON: the bounds work replaces every body below; signatures are
// the contract the extractor, graph and explorer code against.

/** JSON-serialisable growth signature (shape owned by this module). */
export type GrowthSig = { kind: 'placeholder' };

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

export type Relation = 'less' | 'equal' | 'greater' | 'incomparable';

/** Parse a bound in any surface form (LaTeX with or without `$…$`, plain/Unicode, backslash-stripped LaTeX). Never throws; linear time. */
export function parseBound(text: string): ParsedBound | UnparsedBound {
  return { ok: false, input: text, reason: 'parser not implemented yet' };
}

/** A verbal class ("nearly linear", "sub-quadratic", "polylogarithmic", …) as a bound with notation 'verbal'; null if not a class word. */
export function parseVerbalClass(words: string): ParsedBound | null {
  void words;
  return null;
}

export function compareGrowth(a: GrowthSig, b: GrowthSig): Relation {
  void a; void b;
  return 'incomparable';
}

/** Canonical key: equal growth ⇒ equal key (used to group claims into bound-class nodes). */
export function growthKey(g: GrowthSig): string {
  void g;
  return '?';
}

/** Short readable label of a growth class: "n log n", "n^2", "ε^-2 d", "nearly linear". */
export function growthLabel(g: GrowthSig): string {
  void g;
  return '?';
}
