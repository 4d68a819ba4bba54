// Word-level helpers shared by the entity finders and the canonical names: singular forms.
import { INVARIANT_NOUNS } from '../rules/generic-words.ts';

/** Singular of a lower-case English noun ("trees" → "tree", "queries" → "query", "indices" → "index"); other words unchanged. */
export function singular(w: string): string {
  if (w.length <= 3 || INVARIANT_NOUNS.has(w) || /(?:ss|us|is|ics|sis|ous)$/.test(w)) return w;
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:matr|ind|vert|simpl)ices$/.test(w)) return w.slice(0, -4) + (w.startsWith('vert') ? 'ex' : w.startsWith('ind') ? 'ex' : 'ix');
  if (/(?:ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}
