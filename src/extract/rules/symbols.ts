// Rule data: the asymptotic symbols the scanner recognises, in every surface form seen in abstracts
// (LaTeX, Unicode, and LaTeX whose backslashes were stripped when scraped from HTML).
import type { Notation } from '../types.ts';

export interface SymbolRule {
  match: string;
  notation: Exclude<Notation, 'none' | 'verbal'>;
  soft: boolean;
  /** the argument may be a brace group (`\bigO{n}`), as for macros */
  braced?: boolean;
  reason: string;
}

/** Longest forms first within each leading character (the scanner tries them in this order). */
export const SYMBOL_RULES: readonly SymbolRule[] = [
  { match: '\\widetilde{\\mathcal{O}}', notation: 'O', soft: true, reason: 'symbol:widetilde-mathcal-O' },
  { match: '\\widetilde{O}', notation: 'O', soft: true, reason: 'symbol:widetilde-O-braced' },
  { match: '\\widetilde O', notation: 'O', soft: true, reason: 'symbol:widetilde-O' },
  { match: '\\widetilde{\\Omega}', notation: 'Omega', soft: true, reason: 'symbol:widetilde-Omega' },
  { match: '\\widetilde{\\Theta}', notation: 'Theta', soft: true, reason: 'symbol:widetilde-Theta' },
  { match: '\\tilde{\\mathcal{O}}', notation: 'O', soft: true, reason: 'symbol:tilde-mathcal-O' },
  { match: '\\tilde{O}', notation: 'O', soft: true, reason: 'symbol:tilde-O-braced' },
  { match: '\\tilde O', notation: 'O', soft: true, reason: 'symbol:tilde-O' },
  { match: '\\tilde{\\Omega}', notation: 'Omega', soft: true, reason: 'symbol:tilde-Omega' },
  { match: '\\tilde\\Omega', notation: 'Omega', soft: true, reason: 'symbol:tilde-Omega-unbraced' },
  { match: '\\tilde{\\Theta}', notation: 'Theta', soft: true, reason: 'symbol:tilde-Theta' },
  { match: '\\Tilde{O}', notation: 'O', soft: true, reason: 'symbol:Tilde-O' },
  { match: '\\mathcal{\\tilde{O}}', notation: 'O', soft: true, reason: 'symbol:mathcal-tilde-O' },
  { match: '\\mathcal{\\widetilde{O}}', notation: 'O', soft: true, reason: 'symbol:mathcal-widetilde-O' },
  { match: '\\mathcal{O}', notation: 'O', soft: false, reason: 'symbol:mathcal-O' },
  { match: '\\mathcal O', notation: 'O', soft: false, reason: 'symbol:mathcal-O-unbraced' },
  { match: '\\mathrm{O}', notation: 'O', soft: false, reason: 'symbol:mathrm-O' },
  { match: '\\mathrm{o}', notation: 'o', soft: false, reason: 'symbol:mathrm-little-o' },
  { match: '\\operatorname{O}', notation: 'O', soft: false, reason: 'symbol:operatorname-O' },
  // authors' own macros, whose argument is usually braced: `\bigO{n \log n}`, `\tO{m}`
  { match: '\\bigOmega', notation: 'Omega', soft: false, braced: true, reason: 'symbol:macro-bigOmega' },
  { match: '\\BigOmega', notation: 'Omega', soft: false, braced: true, reason: 'symbol:macro-BigOmega' },
  { match: '\\bigTheta', notation: 'Theta', soft: false, braced: true, reason: 'symbol:macro-bigTheta' },
  { match: '\\BigTheta', notation: 'Theta', soft: false, braced: true, reason: 'symbol:macro-BigTheta' },
  { match: '\\bigO', notation: 'O', soft: false, braced: true, reason: 'symbol:macro-bigO' },
  { match: '\\BigO', notation: 'O', soft: false, braced: true, reason: 'symbol:macro-BigO' },
  { match: '\\Otilde', notation: 'O', soft: true, braced: true, reason: 'symbol:macro-Otilde' },
  { match: '\\tOh', notation: 'O', soft: true, braced: true, reason: 'symbol:macro-tOh' },
  { match: '\\tO', notation: 'O', soft: true, braced: true, reason: 'symbol:macro-tO' },
  { match: '\\Oh', notation: 'O', soft: false, braced: true, reason: 'symbol:macro-Oh' },
  { match: '\\Omega', notation: 'Omega', soft: false, reason: 'symbol:latex-Omega' },
  { match: '\\Theta', notation: 'Theta', soft: false, reason: 'symbol:latex-Theta' },
  { match: '\\omega', notation: 'omega', soft: false, reason: 'symbol:latex-omega' },
  { match: 'widetilde{O}', notation: 'O', soft: true, reason: 'symbol:stripped-widetilde-O-braced' },
  { match: 'widetilde O', notation: 'O', soft: true, reason: 'symbol:stripped-widetilde-O' },
  { match: 'widetilde Omega', notation: 'Omega', soft: true, reason: 'symbol:stripped-widetilde-Omega' },
  { match: 'widetilde Theta', notation: 'Theta', soft: true, reason: 'symbol:stripped-widetilde-Theta' },
  { match: 'tilde Omega', notation: 'Omega', soft: true, reason: 'symbol:stripped-tilde-Omega' },
  { match: 'tilde Theta', notation: 'Theta', soft: true, reason: 'symbol:stripped-tilde-Theta' },
  { match: 'mathcal O', notation: 'O', soft: false, reason: 'symbol:stripped-mathcal-O-unbraced' },
  { match: 'tilde{O}', notation: 'O', soft: true, reason: 'symbol:stripped-tilde-O-braced' },
  { match: 'tilde O', notation: 'O', soft: true, reason: 'symbol:stripped-tilde-O' },
  { match: 'mathcal{O}', notation: 'O', soft: false, reason: 'symbol:stripped-mathcal-O' },
  // glued when the scraper dropped both the backslash and the space: `widetildeTheta(d^4)`
  { match: 'widetildeO', notation: 'O', soft: true, reason: 'symbol:stripped-widetilde-O-glued' },
  { match: 'widetildeOmega', notation: 'Omega', soft: true, reason: 'symbol:stripped-widetilde-Omega-glued' },
  { match: 'widetildeTheta', notation: 'Theta', soft: true, reason: 'symbol:stripped-widetilde-Theta-glued' },
  { match: 'tildeO', notation: 'O', soft: true, reason: 'symbol:stripped-tilde-O-glued' },
  // the symbol in its own brace group: `${\Theta}(n^3)$`, `${\widetilde O}(T^{-1/2})$`; and the plain-TeX `\cal O`
  { match: '{\\widetilde{\\mathcal{O}}}', notation: 'O', soft: true, reason: 'symbol:braced-widetilde-mathcal-O' },
  { match: '{\\widetilde{O}}', notation: 'O', soft: true, reason: 'symbol:braced-widetilde-O-braced' },
  { match: '{\\widetilde O}', notation: 'O', soft: true, reason: 'symbol:braced-widetilde-O' },
  { match: '{\\tilde{O}}', notation: 'O', soft: true, reason: 'symbol:braced-tilde-O-braced' },
  { match: '{\\tilde O}', notation: 'O', soft: true, reason: 'symbol:braced-tilde-O' },
  { match: '{\\mathcal{O}}', notation: 'O', soft: false, reason: 'symbol:braced-mathcal-O' },
  { match: '{\\mathcal O}', notation: 'O', soft: false, reason: 'symbol:braced-mathcal-O-unbraced' },
  { match: '{\\cal O}', notation: 'O', soft: false, reason: 'symbol:braced-cal-O' },
  { match: '{\\Theta}', notation: 'Theta', soft: false, reason: 'symbol:braced-Theta' },
  { match: '{\\Omega}', notation: 'Omega', soft: false, reason: 'symbol:braced-Omega' },
  { match: '\\cal O', notation: 'O', soft: false, reason: 'symbol:cal-O' },
  { match: '\\widetilde{\\mathcal O}', notation: 'O', soft: true, reason: 'symbol:widetilde-mathcal-O-unbraced' },
  { match: '\\tilde{\\mathcal O}', notation: 'O', soft: true, reason: 'symbol:tilde-mathcal-O-unbraced' },
  { match: '\\tilde \\Omega', notation: 'Omega', soft: true, reason: 'symbol:tilde-space-Omega' },
  { match: '\\tilde \\Theta', notation: 'Theta', soft: true, reason: 'symbol:tilde-space-Theta' },
  { match: '\\widetilde \\Omega', notation: 'Omega', soft: true, reason: 'symbol:widetilde-space-Omega' },
  { match: '\\widetilde \\Theta', notation: 'Theta', soft: true, reason: 'symbol:widetilde-space-Theta' },
  { match: '\\tildeΘ', notation: 'Theta', soft: true, reason: 'symbol:tilde-unicode-Theta' },
  { match: '\\tildeΩ', notation: 'Omega', soft: true, reason: 'symbol:tilde-unicode-Omega' },
  { match: '\\tilde{Θ}', notation: 'Theta', soft: true, reason: 'symbol:tilde-braced-unicode-Theta' },
  { match: '\\tilde{Ω}', notation: 'Omega', soft: true, reason: 'symbol:tilde-braced-unicode-Omega' },
  { match: '\\widetilde{Θ}', notation: 'Theta', soft: true, reason: 'symbol:widetilde-braced-unicode-Theta' },
  { match: '\\widetilde{Ω}', notation: 'Omega', soft: true, reason: 'symbol:widetilde-braced-unicode-Omega' },
  // `\mathcal{O}(K)` scraped to `{O}(K)`
  { match: '{O}', notation: 'O', soft: false, reason: 'symbol:stripped-braced-O' },
  { match: 'Omega', notation: 'Omega', soft: false, reason: 'symbol:word-Omega' },
  { match: 'Theta', notation: 'Theta', soft: false, reason: 'symbol:word-Theta' },
  { match: 'O\u0303', notation: 'O', soft: true, reason: 'symbol:O-combining-tilde' },
  { match: '\u00d5', notation: 'O', soft: true, reason: 'symbol:unicode-O-tilde' },
  { match: '\u03a9', notation: 'Omega', soft: false, reason: 'symbol:unicode-Omega' },
  { match: '\u2126', notation: 'Omega', soft: false, reason: 'symbol:unicode-ohm-Omega' },
  { match: '\u0398', notation: 'Theta', soft: false, reason: 'symbol:unicode-Theta' },
  { match: '\u03c9', notation: 'omega', soft: false, reason: 'symbol:unicode-omega' },
  { match: '~O', notation: 'O', soft: true, reason: 'symbol:tilde-prefix-O' },
  { match: 'O', notation: 'O', soft: false, reason: 'symbol:O' },
  { match: 'o', notation: 'o', soft: false, reason: 'symbol:little-o' },
];

/** Size modifiers allowed between a symbol and its opening bracket (with or without backslash). */
export const SIZERS: readonly string[] = ['\\left', '\\bigl', '\\Bigl', '\\biggl', '\\bigg', '\\Bigg', '\\big', '\\Big', 'left', 'bigl', 'Bigl', 'big', 'Big'];
