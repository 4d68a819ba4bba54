// Problems a paper studies: "the X problem", "the problem of X", "we study X", "for X" in the first sentences.
import type { Span } from '../types.ts';

const TRIM = /^(?:the|a|an|this|our|its|their)\s+/i;

export function extractProblems(text: string): Span[] {
  const out: Span[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number) => {
    name = name.replace(/\s+/g, ' ').trim();
    const t = TRIM.exec(name);
    if (t) { start += t[0].length; name = name.slice(t[0].length); }
    const key = name.toLowerCase();
    if (name.length < 3 || name.length > 80 || seen.has(key) || /\$/.test(name)) return;
    seen.add(key);
    out.push({ name, start, end: start + name.length });
  };
  for (const m of text.matchAll(/\b(?:the|a)\s+((?:[A-Za-z][\w-]{0,30}\s){1,5}?problems?)\b/g)) {
    add(m[1], m.index! + m[0].length - m[1].length);
    if (out.length >= 6) break;
  }
  for (const m of text.matchAll(/\bthe problem of\s+([A-Za-z][\w-]{0,30}(?:\s[A-Za-z][\w-]{0,30}){0,5}?)(?=[,.;:(]| in | for | with | on | under | that | which | using | by |$)/g)) {
    add(m[1], m.index! + m[0].length - m[1].length);
  }
  for (const m of text.matchAll(/\b[Ww]e (?:study|consider|investigate|revisit|address)\s+(?:the\s+)?([A-Za-z][\w-]{0,30}(?:\s[A-Za-z][\w-]{0,30}){0,5}?)(?=[,.;:(]| in | for | with | on | under | that | which | where | and |$)/g)) {
    add(m[1], m.index! + m[0].length - m[1].length);
  }
  return out.slice(0, 8);
}
