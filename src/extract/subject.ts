// Picks the subject of a claim: a method named in the same sentence, else "for (the) X problem" /
// "for X" right after the bound, else null. Cheap string work only.
import type { Span } from './types.ts';

export function decideSubject(text: string, sentence: [number, number], boundEnd: number, methods: Span[], problems: Span[]): string | null {
  let best: Span | null = null;
  for (const m of methods) {
    if (m.start >= sentence[0] && m.end <= sentence[1]) { best = m; break; }
  }
  if (best) return best.name;
  const tail = text.slice(boundEnd, Math.min(sentence[1], boundEnd + 120));
  const m = /^[^.;]{0,40}?\bfor (?:the |a |an )?((?:[A-Za-z][\w-]*\s){0,4}?(?:problem|problems))\b/.exec(tail);
  if (m) return m[1].trim();
  for (const p of problems) if (p.start >= sentence[0] && p.end <= sentence[1]) return p.name;
  return null;
}
