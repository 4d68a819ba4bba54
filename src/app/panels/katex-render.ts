// KaTeX with its CSS and fonts (bundled locally by vite), in its own chunk: loaded after first render.
import katex from 'katex';
import 'katex/dist/katex.min.css';

const MAX_LATEX = 400; // longer strings are shown as plain text: typesetting cost must stay bounded
const CACHE_SIZE = 2000; // the same bounds and titles come back (ladder rows, paper lists): render each once

const cache = new Map<string, string | null>();

/**
 * KaTeX HTML for a bound, or null when it should be shown as plain text. trust:false disables \href/\url and
 * \html* commands, maxExpand stops macro bombs, maxSize caps \rule and spacing sizes (in em) so one formula
 * cannot cover the page.
 */
export function renderTex(latex: string): string | null {
  if (!latex || latex.length > MAX_LATEX) return null;
  const hit = cache.get(latex);
  if (hit !== undefined) return hit;
  let html: string | null;
  try {
    html = katex.renderToString(latex, { trust: false, throwOnError: false, maxExpand: 1000, maxSize: 10, strict: 'ignore', output: 'htmlAndMathml' });
  } catch {
    html = null;
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(latex, html);
  return html;
}
