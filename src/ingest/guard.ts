// The last check every reader's papers pass before they leave the ingest stage: records holding NUL bytes are
// skipped, other control characters removed, unsafe urls dropped.
import type { Paper, ReadIssue, ReadSink } from './types.ts';
import { collapseWhitespace, controlCharIn, isStrongId, paperId, safeUrl, stripControl } from './normalize.ts';

const GUARDED = Symbol('guarded');

function codePoint(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function cleanList(list: string[]): string[] {
  const out: string[] = [];
  for (const s of list) {
    const c = stripControl(s).trim();
    if (c) out.push(c);
  }
  return out;
}

/**
 * Wrap a sink so that every paper is checked once, whichever reader made it:
 * - a title or abstract holding NUL (binary junk in a text file) skips the record;
 * - other control characters (ESC, BEL, U+0001…: terminal escapes, copy-paste debris) are removed from the title and
 *   abstract, with a warning, and silently from authors and categories;
 * - a url that is not a plain http(s) link (`javascript:`, `data:`, credentials, control characters) is dropped,
 *   with a warning, and the link the record's arXiv id or DOI gives is used instead when it has one;
 * - an id holding control characters or spaces falls back to the title slug.
 * Wrapping an already wrapped sink returns it unchanged.
 */
export function guardedSink(sink: ReadSink): ReadSink {
  if ((sink as { [GUARDED]?: true })[GUARDED]) return sink;
  const issue = (p: Paper, kind: ReadIssue['kind'], reason: string, message: string) =>
    sink.issue({ file: p.source.file, line: p.source.line, record: p.source.record, message, kind, reason });
  const guarded: ReadSink & { [GUARDED]: true } = {
    [GUARDED]: true,
    paper(p: Paper) {
      for (const field of ['title', 'abstract'] as const) {
        if (p[field].includes('\u0000')) {
          const label = field === 'title' ? '' : ` "${p.title.slice(0, 60)}"`;
          issue(p, 'skipped', 'nul-bytes', `record${label} has NUL bytes in its ${field} (binary data in a text file)`);
          return;
        }
      }
      let out = p;
      const stripped: string[] = [];
      for (const field of ['title', 'abstract'] as const) {
        const c = controlCharIn(p[field]);
        if (c === null) continue;
        stripped.push(`${codePoint(c)} in its ${field}`);
        out = { ...out, [field]: collapseWhitespace(stripControl(p[field])) };
      }
      // (a title-only record, kept for its citation links, has an empty abstract to begin with)
      if (!out.title || (!out.abstract && p.abstract)) {
        issue(p, 'skipped', 'control-chars', `record has only control characters in its ${out.title ? 'abstract' : 'title'}`);
        return;
      }
      if (stripped.length) issue(p, 'warning', 'control-chars', `control characters removed (${stripped.join(', ')})`);
      let url = safeUrl(p.url);
      if (p.url !== null && url === null) {
        // the link the record's own ids give, when it has one
        url = safeUrl(isStrongId(p.id) ? (p.id.startsWith('10.') ? `https://doi.org/${p.id}` : `https://arxiv.org/abs/${p.id}`)
          : p.doi ? `https://doi.org/${p.doi}` : null);
        issue(p, 'warning', 'unsafe-url', `url dropped (not a plain http/https link): ${p.url.slice(0, 80)}${url ? `; using ${url}` : ''}`);
      }
      if (url !== p.url) out = { ...out, url };
      const authors = cleanList(p.authors);
      if (authors.length !== p.authors.length || authors.some((a, i) => a !== p.authors[i])) out = { ...out, authors };
      if (p.categories) {
        const categories = cleanList(p.categories);
        if (categories.length !== p.categories.length || categories.some((a, i) => a !== p.categories![i])) {
          const { categories: _old, ...rest } = out;
          out = categories.length ? { ...rest, categories } : rest;
        }
      }
      if (controlCharIn(p.id) !== null || /\s/.test(p.id) || p.id.length > 300) out = { ...out, id: paperId({ title: out.title }) };
      sink.paper(out);
    },
    issue(i: ReadIssue) { sink.issue(i); },
  };
  return guarded;
}
