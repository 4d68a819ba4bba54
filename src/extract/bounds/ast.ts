// AST of a parsed bound: a small algebra of variables, numbers, sums, products, powers, functions
// and asymptotic symbols. Built by parser.ts, printed by print.ts, measured by growth.ts.

export type AsymSymbol = 'O' | 'Omega' | 'Theta' | 'o' | 'omega';
export type FnKind = 'log' | 'ln' | 'logstar' | 'exp' | 'poly' | 'polylog' | 'sqrt' | 'min' | 'max' | 'alpha' | 'mult' | 'call';

export type Node =
  /** a numeric literal, `s` as written */
  | { k: 'num'; v: number; s: string }
  /** a variable: Latin letter, Greek name (LaTeX spelling), or a kept word; `sub` is its subscript text */
  | { k: 'var'; name: string; sub?: string }
  /** ω as an exponent: the matrix-multiplication constant */
  | { k: 'omega' }
  | { k: 'neg'; a: Node }
  | { k: 'sum'; terms: Node[]; minus: boolean[] }
  | { k: 'prod'; fs: Node[] }
  | { k: 'div'; a: Node; b: Node }
  | { k: 'pow'; b: Node; e: Node }
  /**
   * log/exp/…; `pow` is a power written on the function (log^2 n), `base` a log base, `deg` a root degree.
   * `mult` is the cost of n-bit multiplication; `call` a function the parser does not know, applied to several
   * arguments (`C(n+d, d)`, `f_{bin}(σ-1, n, d)`), named by `name`.
   */
  | { k: 'fn'; f: FnKind; args: Node[]; pow?: Node; base?: Node; deg?: Node; name?: string }
  /** soft: a tilde (Õ, hides polylog factors); star: O*(·) of exact algorithms (hides polynomial factors) */
  | { k: 'asym'; sym: AsymSymbol; soft: boolean; star?: boolean; a: Node }
  | { k: 'abs'; a: Node }
  | { k: 'ceil'; a: Node }
  | { k: 'floor'; a: Node }
  | { k: 'fact'; a: Node };

/** Accuracy parameters: they go to 0, so their negative powers grow. */
export const ACCURACY_VARS = new Set(['epsilon', 'delta']);
