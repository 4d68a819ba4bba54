// Clauses of a sentence, as token ranges: the unit in which a cue ("quantum", "cannot … unless SETH", "query time")
// speaks of a bound. Split at semicolons and colons, at contrast words ("whereas", "although …,"), and at a comma followed by a
// coordinating or relative word (", and", ", but", ", while", ", which", ", where"). One pass over the sentence.
import type { Token } from './text.ts';

/** Words that open a new clause when a comma (or nothing, for the contrast words) precedes them. */
const AFTER_COMMA = new Set(['and', 'but', 'while', 'as', 'whereas', 'which', 'where', 'whose', 'yet', 'so', 'thus', 'hence', 'although', 'though', 'however', 'whilst', 'improving', 'matching', 'beating', 'improves', 'matches']);
const CONTRAST = new Set(['whereas', 'although', 'though', 'whilst']);
/** Words that open a fronted subordinate clause that the first comma closes ("Although X, Y"; "While X, Y"). */
const FRONTED = new Set(['although', 'though', 'while', 'whilst', 'whereas', 'if', 'when', 'unlike', 'despite', 'after', 'since', 'as']);

/** Token index where each clause starts; the first is `from`. Clauses end where the next starts (the last at `to`). */
export function clauseStarts(text: string, tokens: readonly Token[], from: number, to: number): number[] {
  const out = [from];
  const fronted = from < to && FRONTED.has(tokens[from].w);
  let frontedOpen = fronted;
  // parentheses outside math: nothing inside "(Smith, Jones; 2020)" splits a clause
  let depth = 0;
  let inMath = false;
  for (let q = from + 1; q < to; q++) {
    const gap = text.slice(tokens[q - 1].end, tokens[q].start);
    const w = tokens[q].w;
    // only the gap's text outside math counts ("$O(n)$, and": the comma after the closing `$`)
    let tail = '';
    const before = depth;
    for (let i = 0; i < gap.length; i++) {
      const ch = gap.charCodeAt(i);
      if (ch === 36 && (i === 0 || gap.charCodeAt(i - 1) !== 92)) { inMath = !inMath; tail = ''; continue; }
      if (inMath) continue;
      tail += gap[i];
      if (ch === 40) depth++; else if (ch === 41 && depth > 0) depth--;
    }
    if (before > 0 || depth > 0) continue;
    if (/[;:]/.test(tail)) { out.push(q); frontedOpen = false; continue; }
    if (frontedOpen && /,/.test(tail)) { out.push(q); frontedOpen = false; continue; }
    if (/,/.test(tail) && AFTER_COMMA.has(w)) { out.push(q); continue; }
    // "… runs in $X$ time and we prove that it cannot …": a new subject opens a clause even without a comma
    if ((w === 'and' || w === 'but') && /^(?:we|our|it|they|this|these)$/.test(tokens[q + 1]?.w ?? '')) { out.push(q); continue; }
    if (CONTRAST.has(w)) out.push(q);
  }
  return out;
}

/** The clause [start, end) of token `j`, given the starts from clauseStarts and the sentence end. */
export function clauseOfToken(starts: readonly number[], end: number, j: number): [number, number] {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= j) lo = mid; else hi = mid - 1; }
  return [starts[lo], starts[lo + 1] ?? end];
}
