// arXiv API Atom XML → Paper, streamed through saxes so a truncated or partly broken file still yields its complete entries.
// Element names are matched by local name: arxiv-atom-cs-ds wraps entries in a foreign root and declares the Atom
// namespace on its first entry only, so namespace-aware matching would lose the rest.
import { SaxesParser } from 'saxes';
import type { Paper, ReadSink } from './types.ts';
import { arxivIdFrom, collapseWhitespace, doiFrom, paperId, yearFrom, yearFromArxivId } from './normalize.ts';
import { guardedSink } from './guard.ts';

interface EntryDraft {
  line: number;
  id: string;
  title: string;
  summary: string | null;
  published: string;
  updated: string;
  doi: string;
  authors: string[];
  categories: string[];
  primaryCategory: string | null;
  absUrl: string | null;
  errors: string[];
}

export interface AtomStats {
  entries: number;
  /** XML errors outside any entry (a cut-off root, stray text): the first one explains a file with no entries */
  errors: string[];
  /** the file ended inside an entry or before its root element closed (reported once, as an error) */
  cut: boolean;
}

// Text-carrying children of <entry> we keep; anything else is ignored.
const FIELDS = new Set(['id', 'title', 'summary', 'published', 'updated', 'doi']);
const MAX_ERRORS = 20;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** An Atom reader fed text chunks; close() flushes and reports an entry cut off by the end of the file. */
export function createAtomReader(file: string, sink: ReadSink) {
  sink = guardedSink(sink);
  const parser = new SaxesParser({ position: true });
  const stats: AtomStats = { entries: 0, errors: [], cut: false };
  let record = 0;
  let entry: EntryDraft | null = null;
  let depth = 0; // element depth below <entry>
  let field: string | null = null; // which FIELDS child we are inside
  let inAuthor = false;
  let inName = false;
  let nameText = '';

  const finish = (e: EntryDraft): void => {
    const rec = record++;
    stats.entries++;
    const skip = (reason: string, message: string) =>
      sink.issue({ file, line: e.line, record: rec, message, kind: 'skipped', reason });
    if (e.errors.length) return skip('bad-xml', `malformed entry: ${e.errors[0]}`);
    const title = collapseWhitespace(e.title);
    if (e.id.includes('arxiv.org/api/errors')) return skip('api-error', `arXiv API error entry: ${collapseWhitespace(e.summary ?? title)}`);
    if (!title) return skip('no-title', 'entry has no <title>');
    const abstract = collapseWhitespace(e.summary ?? '');
    if (!abstract) return skip('no-abstract', `entry "${title.slice(0, 60)}" has no <summary>`);
    const arxiv = arxivIdFrom(collapseWhitespace(e.id)) ?? arxivIdFrom(e.absUrl);
    const doi = doiFrom(collapseWhitespace(e.doi));
    const published = collapseWhitespace(e.published) || collapseWhitespace(e.updated);
    const categories = e.primaryCategory && !e.categories.includes(e.primaryCategory) ? [e.primaryCategory, ...e.categories] : e.categories;
    const paper: Paper = {
      id: paperId({ arxiv, doi, other: null, title }),
      title,
      abstract,
      authors: e.authors,
      year: yearFrom(published) ?? yearFromArxivId(arxiv),
      url: e.absUrl ?? (arxiv ? `http://arxiv.org/abs/${arxiv}` : collapseWhitespace(e.id) || null),
      source: { file, line: e.line, record: rec },
      ...(categories.length ? { categories } : {}),
      ...(/^\d{4}-\d{2}-\d{2}/.test(published) ? { published: published.slice(0, 10) } : {}),
      ...(doi ? { doi } : {}),
    };
    sink.paper(paper);
  };

  let closing = false;
  let unclosedAtEnd = false;
  parser.on('error', (err) => {
    // a file of a million unclosed tags gets a million errors at close: keep the first few, cheaply
    if (closing) {
      unclosedAtEnd = true;
      if (stats.errors.length >= MAX_ERRORS) return;
    } else if (entry ? entry.errors.length >= MAX_ERRORS : stats.errors.length >= MAX_ERRORS) return;
    const msg = err.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '');
    if (entry) entry.errors.push(`line ${parser.line}: ${msg}`);
    else stats.errors.push(`line ${parser.line}: ${msg}`);
  });

  let openElements = 0; // elements open anywhere in the document
  parser.on('opentag', (tag) => {
    openElements++;
    const name = localName(tag.name);
    if (!entry) {
      if (name === 'entry') {
        entry = { line: parser.line, id: '', title: '', summary: null, published: '', updated: '', doi: '', authors: [], categories: [], primaryCategory: null, absUrl: null, errors: [] };
        depth = 0;
      }
      return;
    }
    depth++;
    const attr = (k: string): string | null => {
      const v = tag.attributes[k];
      return typeof v === 'string' ? v : null;
    };
    if (depth === 1) {
      if (FIELDS.has(name)) {
        field = name;
        if (name === 'summary' && entry.summary === null) entry.summary = '';
      } else if (name === 'author') inAuthor = true;
      else if (name === 'category') {
        const term = attr('term');
        if (term && !entry.categories.includes(term)) entry.categories.push(term);
      } else if (name === 'primary_category') entry.primaryCategory = attr('term');
      else if (name === 'link') {
        const href = attr('href');
        if (href && attr('rel') === 'alternate' && !entry.absUrl) entry.absUrl = href.replace(/v\d+$/, '');
      }
    } else if (depth === 2 && inAuthor && name === 'name') {
      inName = true;
      nameText = '';
    }
  });

  const onText = (text: string): void => {
    if (!entry) return;
    if (inName) { nameText += text; return; }
    switch (field) {
      case 'id': entry.id += text; break;
      case 'title': entry.title += text; break;
      case 'summary': entry.summary += text; break;
      case 'published': entry.published += text; break;
      case 'updated': entry.updated += text; break;
      case 'doi': entry.doi += text; break;
      default: break;
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', (tag) => {
    openElements--;
    if (!entry) return;
    if (depth === 0) {
      // closing </entry>
      const done = entry;
      entry = null;
      field = null;
      inAuthor = false;
      finish(done);
      return;
    }
    const name = localName(tag.name);
    if (depth === 2 && inName && name === 'name') {
      inName = false;
      const n = collapseWhitespace(nameText);
      if (n) entry.authors.push(n);
    } else if (depth === 1) {
      field = null;
      if (name === 'author') inAuthor = false;
    }
    depth--;
  });

  return {
    write(chunk: string): void {
      parser.write(chunk);
    },
    /**
     * Flush the parser. An entry still open here was cut off by the end of the file, and so was a root element left
     * open: either is reported once, as an error (`cut` says why the data ended early when the shell knows).
     */
    close(cut: string | null = null): AtomStats {
      const open = entry as EntryDraft | null;
      entry = null; // errors saxes reports for unclosed tags at close belong to the file, not an entry
      closing = true;
      const endLine = parser.line;
      // saxes reports each element left open, building an Error for each: for a cut-off file of deeply nested junk
      // that is millions of them. Everything complete has been seen by now, so such a parser is just left.
      if (openElements > MAX_ERRORS) {
        unclosedAtEnd = true;
        if (stats.errors.length < MAX_ERRORS) stats.errors.push(`line ${endLine}: ${openElements.toLocaleString('en-US')} elements left unclosed`);
      } else parser.close();
      const why = cut ? ` (${cut})` : '';
      if (open) {
        stats.cut = true;
        sink.issue({ file, line: open.line, record: null, message: `entry cut off by the end of the file${why}`, kind: 'error', reason: 'truncated' });
      } else if (cut || (stats.entries > 0 && unclosedAtEnd)) {
        stats.cut = true;
        sink.issue({ file, line: endLine, record: null, message: `the file ends before its root element is closed${why}; every complete entry was read`, kind: 'error', reason: 'truncated' });
      }
      return stats;
    },
    get stats(): AtomStats { return stats; },
  };
}

/** Read a whole Atom document held in memory. */
export function readAtom(text: string, file: string, sink: ReadSink, cut: string | null = null): AtomStats {
  const reader = createAtomReader(file, sink);
  reader.write(text);
  return reader.close(cut);
}
