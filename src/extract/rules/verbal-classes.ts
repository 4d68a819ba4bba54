// Rule data: cost-class words ("linear", "sub-quadratic", …) with the expr the gold guide assigns.

export interface VerbalClassRule { match: string; cls: string; expr: string; reason: string }

/** Keyed by the merged lower-case word (hyphenated prefixes joined: "sub-quadratic" → "subquadratic"). */
export const VERBAL_CLASS_RULES: readonly VerbalClassRule[] = [
  { match: 'constant', cls: 'constant', expr: '1', reason: 'class:constant' },
  { match: 'logarithmic', cls: 'logarithmic', expr: 'log n', reason: 'class:logarithmic' },
  { match: 'logarithmically', cls: 'logarithmic', expr: 'log n', reason: 'class:logarithmically' },
  { match: 'polylogarithmic', cls: 'polylogarithmic', expr: 'polylog(n)', reason: 'class:polylogarithmic' },
  { match: 'sublogarithmic', cls: 'sub-logarithmic', expr: 'o(log n)', reason: 'class:sub-logarithmic' },
  { match: 'sublinear', cls: 'sublinear', expr: 'o(n)', reason: 'class:sublinear' },
  { match: 'sublinearly', cls: 'sublinear', expr: 'o(n)', reason: 'class:sublinearly' },
  { match: 'linear', cls: 'linear', expr: 'n', reason: 'class:linear' },
  { match: 'linearly', cls: 'linear', expr: 'n', reason: 'class:linearly' },
  { match: 'nearlinear', cls: 'nearly linear', expr: 'n polylog(n)', reason: 'class:near-linear' },
  { match: 'quasilinear', cls: 'quasi-linear', expr: 'n polylog(n)', reason: 'class:quasi-linear' },
  { match: 'superlinear', cls: 'superlinear', expr: 'omega(n)', reason: 'class:superlinear' },
  { match: 'subquadratic', cls: 'sub-quadratic', expr: 'o(n^2)', reason: 'class:sub-quadratic' },
  { match: 'subquadratically', cls: 'sub-quadratic', expr: 'o(n^2)', reason: 'class:sub-quadratically' },
  { match: 'linearithmic', cls: 'n log n', expr: 'n log n', reason: 'class:linearithmic' },
  { match: 'quadratic', cls: 'quadratic', expr: 'n^2', reason: 'class:quadratic' },
  { match: 'quadratically', cls: 'quadratic', expr: 'n^2', reason: 'class:quadratically' },
  { match: 'subcubic', cls: 'sub-cubic', expr: 'o(n^3)', reason: 'class:sub-cubic' },
  { match: 'subcubically', cls: 'sub-cubic', expr: 'o(n^3)', reason: 'class:sub-cubically' },
  { match: 'cubic', cls: 'cubic', expr: 'n^3', reason: 'class:cubic' },
  { match: 'cubically', cls: 'cubic', expr: 'n^3', reason: 'class:cubically' },
  { match: 'polynomial', cls: 'polynomial', expr: 'poly(n)', reason: 'class:polynomial' },
  { match: 'polynomially', cls: 'polynomial', expr: 'poly(n)', reason: 'class:polynomially' },
  { match: 'superpolynomial', cls: 'superpolynomial', expr: 'n^omega(1)', reason: 'class:super-polynomial' },
  { match: 'superpolynomially', cls: 'superpolynomial', expr: 'n^omega(1)', reason: 'class:super-polynomially' },
  { match: 'quasipolynomial', cls: 'quasi-polynomial', expr: 'n^polylog(n)', reason: 'class:quasi-polynomial' },
  { match: 'subexponential', cls: 'subexponential', expr: '2^o(n)', reason: 'class:subexponential' },
  { match: 'exponential', cls: 'exponential', expr: '2^poly(n)', reason: 'class:exponential' },
  { match: 'exponentially', cls: 'exponential', expr: '2^poly(n)', reason: 'class:exponentially' },
];

/** Hyphen-joined prefixes merged into the class word ("sub-quadratic", "near-linear"). */
export const CLASS_PREFIXES: readonly string[] = ['sub', 'super', 'quasi', 'near', 'nearly', 'almost', 'poly'];

export interface QualifierRule { match: string; effect: 'near' | 'truly' | 'almost' | 'doubly'; reason: string }

/** Separate words in front of a class word that belong to the span ("nearly linear", "truly sub-cubic"). */
export const QUALIFIER_RULES: readonly QualifierRule[] = [
  { match: 'nearly', effect: 'near', reason: 'qualifier:nearly' },
  { match: 'near', effect: 'near', reason: 'qualifier:near' },
  { match: 'almost', effect: 'almost', reason: 'qualifier:almost' },
  { match: 'quasi', effect: 'near', reason: 'qualifier:quasi' },
  { match: 'truly', effect: 'truly', reason: 'qualifier:truly' },
  { match: 'true', effect: 'truly', reason: 'qualifier:true' },
  { match: 'strongly', effect: 'truly', reason: 'qualifier:strongly' },
  { match: 'doubly', effect: 'doubly', reason: 'qualifier:doubly' },
];
