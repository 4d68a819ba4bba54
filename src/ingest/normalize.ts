// Normalisation shared by every reader: whitespace collapse, arXiv ids / DOIs, years, title keys and Paper ids.
import { trimEndMatching } from './trim.ts';

/** Collapse every whitespace run (hard wraps included) to one space and trim; nothing else changes, so LaTeX stays verbatim. */
export function collapseWhitespace(text: string): string {
  // Only runs of 2+ and lone non-space whitespace need replacing; leaving single spaces alone avoids rebuilding
  // every abstract (this was the hottest line reading the 74,728-record corpus).
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** A string field of an untrusted record, or null when absent or not a string. */
export function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

// Bounded, anchored patterns: ids are short, so no unbounded backtracking is possible.
const NEW_ARXIV = /^(\d{4}\.\d{4,5})(?:v\d{1,4})?$/;
const OLD_ARXIV = /^([a-z][a-z-]{0,20}(?:\.[A-Za-z]{2})?\/\d{7})(?:v\d{1,4})?$/;

/**
 * The arXiv id (without version) in an id, URL or `arXiv:` reference, or null.
 * Accepts `1910.06169v2`, `http://arxiv.org/abs/1910.06169v1`, `https://arxiv.org/pdf/2401.00001`, `math/0601001v1`.
 */
export function arxivIdFrom(value: unknown): string | null {
  const raw = str(value);
  if (!raw || raw.length > 200) return null;
  let s = raw.trim();
  const lower = s.toLowerCase();
  for (const marker of ['arxiv.org/abs/', 'arxiv.org/pdf/', 'arxiv.org/html/']) {
    const at = lower.indexOf(marker);
    if (at >= 0) { s = s.slice(at + marker.length); break; }
  }
  if (s.toLowerCase().startsWith('arxiv:')) s = s.slice(6);
  if (s.toLowerCase().endsWith('.pdf')) s = s.slice(0, -4);
  s = trimEndMatching(s, /[/?#]/);
  const m = NEW_ARXIV.exec(s) ?? OLD_ARXIV.exec(s);
  return m ? m[1] : null;
}

/** The lower-cased DOI (`10.xxxx/...`) in a DOI, `doi:` reference or doi.org URL, or null. */
export function doiFrom(value: unknown): string | null {
  const raw = str(value);
  if (!raw || raw.length > 500) return null;
  let s = raw.trim();
  const lower = s.toLowerCase();
  const at = lower.indexOf('doi.org/');
  if (at >= 0) s = s.slice(at + 8);
  else if (lower.startsWith('doi:')) s = s.slice(4).trim();
  if (!/^10\.\d{4,9}\/[^\s\u0000-\u001f\u007f-\u009f]+$/.test(s)) return null;
  return s.toLowerCase();
}

// Characters no title, abstract or name may hold: C0 controls other than the whitespace collapseWhitespace turns
// into spaces, DEL and C1 controls. A record holding one is skipped (the issue: such bytes mark binary junk).
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** The first control character in a string (see CONTROL), or null. */
export function controlCharIn(text: string): string | null {
  const m = CONTROL.exec(text);
  return m ? m[0] : null;
}

/** The string with every control character removed (for secondary fields such as author names). */
export function stripControl(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL_ALL, '') : text;
}

// A URL a page may link to: http(s) with a host, no credentials (`https://arxiv.org@evil.example` misleads), no
// control characters (tab and newline included: browsers drop them, so `java\tscript:` is `javascript:`), no
// backslash (URL parsers read it as `/`, so `https://evil.example\@arxiv.org` goes to evil.example), no `"` or backtick.
const URL_MAX = 2048;
const URL_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f"\\`]/;
const HTTP_START = /^https?:\/\//i;

/**
 * The URL when it is a safe http(s) link, else null: `javascript:`, `data:`, `vbscript:`, `file:`, `ftp:`, relative
 * and protocol-relative URLs, URLs with control characters or backslashes and URLs with user:password are dropped.
 * Spaces are a list of links ("http://a.org/x; http://b.org/y": the first is kept) or spaces in a path (percent-
 * encoded). An accepted URL is otherwise returned unchanged (only trimmed), so outputs stay byte-identical.
 */
export function safeUrl(value: unknown): string | null {
  const raw = str(value);
  if (!raw) return null;
  let s = raw.trim();
  if (!s || s.length > URL_MAX || URL_FORBIDDEN.test(s) || !HTTP_START.test(s)) return null;
  if (s.includes(' ')) {
    const tokens = s.split(/ +/).map((t) => trimEndMatching(t, /[;,]/));
    s = tokens.every((t) => HTTP_START.test(t)) ? tokens[0] : s.replace(/ +/g, (m) => '%20'.repeat(m.length));
  }
  let url: URL;
  try { url = new URL(s); } catch { return null; }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) return null;
  return s;
}

/** Is this id an arXiv id or a DOI (a "strong" id that identifies one paper)? */
export function isStrongId(id: string): boolean {
  return id.startsWith('10.') || NEW_ARXIV.test(id) || OLD_ARXIV.test(id);
}

const MIN_YEAR = 1000;
const MAX_YEAR = 2200;

/** A plausible year from a number or the first 4-digit run of a date string, else null. */
export function yearFrom(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_YEAR ? value : null;
  const s = str(value);
  if (!s) return null;
  const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(s.slice(0, 100));
  if (!m) return null;
  const y = Number(m[1]);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** The submission year encoded in an arXiv id: new style `1910.06169` → 2019, old style `math/0601001` → 2006. */
export function yearFromArxivId(id: string | null): number | null {
  if (!id) return null;
  const m = /^(\d{2})\d{2}\./.exec(id) ?? /\/(\d{2})\d{5}$/.exec(id);
  if (!m) return null;
  const yy = Number(m[1]);
  return yy >= 91 ? 1900 + yy : 2000 + yy;
}

/** The key two titles are compared by: Unicode-folded, accents dropped, lower case, punctuation removed. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 32-bit FNV-1a hash as 8 hex digits; used to keep truncated slugs distinct. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const SLUG_MAX = 80;

/** `title:<slug>` id for records with no other identifier; long titles keep a hash so they stay distinct. */
export function titleSlugId(title: string): string {
  const key = titleKey(title);
  const slug = key.replace(/ /g, '-');
  if (slug.length <= SLUG_MAX) return `title:${slug || fnv1a(title)}`;
  return `title:${trimEndMatching(slug.slice(0, SLUG_MAX), /-/)}-${fnv1a(key)}`;
}

export interface IdParts {
  arxiv?: string | null;
  doi?: string | null;
  /** a source-specific id already prefixed, e.g. `s2:…` or `openalex:W…` */
  other?: string | null;
  title: string;
}

/** The Paper id: arXiv id, else DOI, else the source's own id, else a title slug. */
export function paperId(parts: IdParts): string {
  return parts.arxiv || parts.doi || parts.other || titleSlugId(parts.title);
}

/** Clean a list of author names: collapse whitespace, drop empties. */
export function cleanAuthors(names: Iterable<unknown>): string[] {
  const out: string[] = [];
  for (const n of names) {
    const s = str(n);
    if (s) {
      const c = collapseWhitespace(s);
      if (c) out.push(c);
    }
  }
  return out;
}

/** Split an "A, B and C" author string (arXiv OAI style) into names. */
export function splitAuthorString(authors: string): string[] {
  return cleanAuthors(authors.split(/,| and /));
}
