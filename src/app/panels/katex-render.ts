// KaTeX with its CSS and fonts (bundled locally by vite), in its own chunk: loaded after first render.
import katex from 'katex';
import 'katex/dist/katex.min.css';

const MAX_LATEX = 400; // longer strings are shown as plain text: typesetting cost must stay bounded

/** KaTeX HTML for a bound, or null when it should be shown as plain text. trust:false disables \href/\url links. */
export function renderTex(latex: string): string | null {
  if (!latex || latex.length > MAX_LATEX) return null;
  try {
    return katex.renderToString(latex, { trust: false, throwOnError: false, maxExpand: 1000, strict: 'ignore', output: 'htmlAndMathml' });
  } catch {
    return null;
  }
}
