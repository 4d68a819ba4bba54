// Entity vocabulary of the graph: name normalisation, the user thesaurus (VOSviewer-style
// `label,replace by` CSV), generic-term removal, near-duplicate merging and document-frequency
// filtering of the concepts/methods/problems/assumptions the extractor found.
import { GENERIC, singular } from './text-terms.ts';
import { byString } from './rng.ts';

/** lowercased label → replacement as written ('' drops the term); keys are normalised with normalizeName(). */
export type Thesaurus = ReadonlyMap<string, string>;

export interface ThesaurusIssue { line: number; message: string }

/** Lowercase, trim, collapse whitespace; keeps inner punctuation ("k-means", "o(n log n)"). */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Key under which near-duplicates merge: "Sparse-Attention", "sparse attentions" and
 * "sparse  attention" all map to "sparseattention".
 */
export function mergeKey(name: string): string {
  // an acronym's plural ("DFAs", "LCPs") is the acronym
  const deplural = name.replace(/\b([A-Z][A-Z0-9]+)s\b/g, '$1');
  const words = normalizeName(deplural).split(/[\s\-_/]+/).filter(Boolean).map((w) => singular(w.replace(/[^\p{L}\p{N}]+/gu, '')));
  return words.join('');
}

/** True for names that carry no topic on their own ("model", "method", "the approach"). */
export function isGenericName(name: string): boolean {
  const words = normalizeName(name).split(/[\s\-]+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.join('').replace(/[^\p{L}\p{N}]/gu, '').length < 3) return true;
  return words.every((w) => GENERIC.has(w) || GENERIC.has(singular(w)) || STOP_LIKE.has(w));
}
const STOP_LIKE = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'our', 'this', 'that', 'these', 'its', 'their', 'new']);

/** Split one CSV line into fields (RFC 4180 quotes; the line has no raw newline). Linear. */
function csvFields(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        if (i >= line.length) return null; // unterminated quote
        if (line[i] === '"') {
          if (line[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += line[i++];
      }
      while (i < line.length && line[i] !== ',') i++; // junk after closing quote is ignored
    } else {
      const j = line.indexOf(',', i);
      field = j < 0 ? line.slice(i) : line.slice(i, j);
      i = j < 0 ? line.length : j;
    }
    out.push(field.trim());
    if (i >= line.length) return out;
    i++; // skip the comma
  }
}

/** Parse a thesaurus CSV (`label,replace by`, header optional, `#` comments). Never throws. */
export function parseThesaurus(text: string): { thesaurus: Map<string, string>; issues: ThesaurusIssue[] } {
  const thesaurus = new Map<string, string>();
  const issues: ThesaurusIssue[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, idx) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = csvFields(line);
    if (!fields || fields.length < 1 || !fields[0]) {
      issues.push({ line: idx + 1, message: 'expected `label,replace by` (a quoted field is not closed or the label is empty)' });
      return;
    }
    if (idx === 0 && normalizeName(fields[0]) === 'label') return; // header row
    if (fields.length > 2) issues.push({ line: idx + 1, message: `${fields.length} fields, expected 2; extra fields ignored` });
    thesaurus.set(normalizeName(fields[0]), tidyName(fields[1] ?? ''));
  });
  return { thesaurus, issues };
}

/** Whitespace collapsed, case kept: the surface form shown as a label ("SETH", "HiP"). */
export function tidyName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** Apply the thesaurus to one name (matched case-insensitively): replaced name, or null when it is dropped. */
export function applyThesaurus(name: string, thesaurus: Thesaurus | undefined): string | null {
  const tidy = tidyName(name);
  if (!thesaurus || thesaurus.size === 0) return tidy;
  const hit = thesaurus.get(tidy.toLowerCase());
  if (hit === undefined) return tidy;
  return hit === '' ? null : hit;
}

/**
 * Groups surface forms of entity names into canonical labels. Feed every occurrence with add(),
 * then call label(): the most frequent surface form of each merge key wins (ties: shortest, then
 * alphabetical), so the result does not depend on paper order.
 */
export class Vocabulary {
  // a key seen with one spelling keeps just that string; a Map of spellings → counts only once a second one comes
  // (most concepts of a large corpus occur once: this halves the vocabulary's memory)
  private forms = new Map<string, string | Map<string, number>>();
  private resolved: Map<string, string> | null = null;

  /** Record a (thesaurus-applied, normalised) name; returns its merge key or null if generic. */
  add(name: string): string | null {
    if (isGenericName(name)) return null;
    const key = mergeKey(name);
    if (!key) return null;
    this.count(key, name, 1);
    return key;
  }

  private count(key: string, name: string, n: number): void {
    const cur = this.forms.get(key);
    if (cur === undefined && n === 1) this.forms.set(key, name);
    else if (typeof cur === 'string' || cur === undefined) {
      const m = new Map<string, number>();
      if (cur !== undefined) m.set(cur, 1);
      m.set(name, (m.get(name) ?? 0) + n);
      this.forms.set(key, m);
    } else cur.set(name, (cur.get(name) ?? 0) + n);
    this.resolved = null;
  }

  /** Is this merge key a known name (of any frequency)? */
  has(key: string): boolean {
    return this.forms.has(key);
  }

  /** Record a key chosen elsewhere (problems: canonical keys) with the label to show for it. */
  addKey(key: string, label: string): void {
    this.count(key, label, Number.MAX_SAFE_INTEGER);
  }

  /** The most frequent spelling of a key (ties: shortest, then alphabetical), so the result does not depend on paper order. */
  label(key: string): string {
    if (!this.resolved) this.resolved = new Map();
    const hit = this.resolved.get(key);
    if (hit !== undefined) return hit;
    const forms = this.forms.get(key);
    if (forms === undefined) return key;
    const best = typeof forms === 'string' ? forms : [...forms].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || byString(a[0], b[0]))[0][0];
    this.resolved.set(key, best);
    return best;
  }
}
