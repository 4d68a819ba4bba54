// Algorithm Wiki data (the curators' Problems.json and Algorithms*.json) → Paper records whose bounds are curated:
// each algorithm is a record with its worst-case time and auxiliary space, each problem with a best known bound a
// record with its upper and lower bound. The abstract is written here so every bound is quoted in it (claim spans
// stay real text); the extractor turns `curated` into claims as they are. Reductions and hypotheses are not read.
import type { CuratedBound, Paper, PaperSource, ReadSink } from './types.ts';
import { collapseWhitespace, fnv1a, str, yearFrom } from './normalize.ts';
import { isRecord, type JsonRecord } from './json-value.ts';
import { guardedSink } from './guard.ts';
import { trimEndMatching } from './trim.ts';

export type AlgowikiKind = 'algorithms' | 'problems' | 'reductions' | 'hypotheses';

const HEAD_SIGNATURE = /"(?:Family Name|Reduction ID|Hypothesis ID)"\s*:/;

/** Is this (the start of) an Algorithm Wiki export: a JSON array of the curators' spreadsheet rows? */
export function isAlgowikiHead(head: string): boolean {
  const t = head.trimStart();
  return t.startsWith('[') && HEAD_SIGNATURE.test(t.slice(0, 8192));
}

/** Which Algorithm Wiki table a row belongs to, by its column names. */
export function algowikiKind(row: JsonRecord): AlgowikiKind | null {
  if ('Reduction ID' in row) return 'reductions';
  if ('Hypothesis ID' in row) return 'hypotheses';
  if ('Algorithm Name' in row || 'Algo ID' in row) return 'algorithms';
  if ('Best Known Upper Bound' in row || ('Family Name' in row && 'Variation' in row)) return 'problems';
  return null;
}

/** A cell as trimmed text ('' for empty cells, numbers, or anything else). */
function cell(row: JsonRecord, key: string): string {
  const v = str(row[key]);
  return v === null ? '' : collapseWhitespace(v);
}

/** A 0/1 flag cell; "1 (i think?)" counts as set, "0?" as not. */
function flag(row: JsonRecord, key: string): boolean {
  const v = row[key];
  return v === 1 || (typeof v === 'string' && /^\s*1\b/.test(v));
}

// cells that hold no bound: placeholders and notes the curators left
const NO_BOUND = /^(?:-+|\?+|n\/?a|none|unknown.*|not mentioned|not given|tbd|\.+)$/i;

/** A bound cell worth quoting: has a letter or digit and is not a placeholder; capped so one cell stays one phrase. */
function boundCell(row: JsonRecord, key: string): string | null {
  const v = cell(row, key);
  if (!v || v.length > 300 || NO_BOUND.test(v) || !/[A-Za-z0-9]/.test(v)) return null;
  return v;
}

/** Names in a Python-style list cell ("['A. B', 'C. D']"); also a plain "A; B" list. Broken quoting keeps what it can. */
export function listCell(value: string): string[] {
  const out: string[] = [];
  if (value.trimStart().startsWith('[')) {
    for (const m of value.matchAll(/'([^']{0,300})'|"([^"]{0,300})"/g)) {
      const name = trimEndMatching(collapseWhitespace(m[1] ?? m[2] ?? ''), /[,;]/).trim();
      if (name) out.push(name);
    }
    return out;
  }
  for (const part of value.split(';').map((x) => x.trim())) {
    const name = collapseWhitespace(part);
    if (name) out.push(name);
  }
  return out;
}

// words that qualify a problem without naming one ("Arbitrary edge weights, Dense graph", "2-dimensional")
const QUALIFIER_WORDS = new Set([
  'general', 'weighted', 'unweighted', 'directed', 'undirected', 'dense', 'sparse', 'graph', 'graphs', 'planar', 'bipartite',
  'arbitrary', 'edge', 'edges', 'weight', 'weights', 'integer', 'integers', 'positive', 'nonnegative', 'non', 'negative',
  'bounded', 'dimensional', 'dimension', 'dimensions', 'space', 'metric', 'euclidean', 'norm', 'online', 'offline',
  'dynamic', 'static', 'streaming', 'or', 'and', 'with', 'of', 'the', 'a', 'k', 'd', 'n', 'm', 'l', 'infty', 'infinity',
  'constant', 'size', 'alphabet', 'real', 'reals', 'exact', 'approximate', 'case', 'input', 'inputs', 'small', 'large',
  'deterministic', 'randomized', 'multiple', 'single', 'all', 'any',
]);

/** Is a variation name only qualifiers of its family's problem (no problem name of its own)? */
function onlyQualifiers(phrase: string): boolean {
  const words = phrase.toLowerCase().replace(/\\[a-z]+/g, ' ').split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => QUALIFIER_WORDS.has(w) || /^\d+$/.test(w));
}

// qualifiers with a tag the extractor's settings already use (see Setting.variants in src/extract/types.ts)
const VARIANT_TAGS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:constant|bounded|fixed)[- ]size alphabet$|^(?:constant|bounded) alphabet$/, 'input:bounded-alphabet'],
  [/^approximat(?:e|ion)$/, 'approximate'],
  [/^online$/, 'online'],
  [/^(?:fully )?dynamic$/, 'dynamic'],
  [/^streaming$/, 'streaming'],
];

function variantTag(qualifier: string): string | null {
  const q = qualifier.toLowerCase().replace(/\$/g, '').replace(/\s+/g, ' ').trim();
  if (!q || q === 'general') return null;
  for (const [re, tag] of VARIANT_TAGS) if (re.test(q)) return tag;
  return q.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || null;
}

/**
 * The problem an Algorithm Wiki row is about and the restrictions its variation adds. "Edit Distance, constant-size
 * alphabet" → Edit Distance with `input:bounded-alphabet`; a variation made only of qualifiers ("Arbitrary edge
 * weights, Dense graph") is a restriction of its family's problem; a variation listing alternatives ("A; B") is read
 * as its first one.
 */
export function algowikiProblemName(family: string, variation: string): { name: string; variants: string[] } {
  const first = trimEndMatching(variation.split(';').map((s) => s.trim()).find(Boolean) ?? '', /\?/).trim();
  const parts = first.split(',').map((s) => s.trim()).filter(Boolean);
  const head = parts[0] ?? '';
  const useFamily = !head || onlyQualifiers(head);
  const name = useFamily ? family || head : head;
  const qualifiers = useFamily ? parts : parts.slice(1);
  const variants: string[] = [];
  for (const q of qualifiers) {
    const tag = variantTag(q);
    if (tag && !variants.includes(tag)) variants.push(tag);
  }
  return { name, variants };
}

// hypotheses a lower bound's reference names, most specific first
const HYPOTHESES: ReadonlyArray<[RegExp, string]> = [
  [/\bSETH\b|strong exponential time/i, 'SETH'],
  [/\bUOVH?\b/, 'OV'], [/\bOVH?\b|orthogonal vectors/i, 'OV'],
  [/\b3-?SUM\b/i, '3SUM'], [/\bAPSP\b/, 'APSP'], [/\bBMM\b/, 'BMM'], [/\bETH\b|exponential time hypothesis/i, 'ETH'],
  [/strong triangle|triangle hypothesis/i, 'triangle'], [/NP-?(?:hard|complete)/i, 'P≠NP'],
];

/** The hypothesis a curated lower bound rests on, from its reference text: a name, `unconditional`, or null when unknown. */
export function lowerBoundCondition(reference: string): string | null {
  for (const [re, name] of HYPOTHESES) if (re.test(reference)) return name;
  if (/easily derived|trivial|information[- ]theoretic|element uniqueness|adversary|counting argument/i.test(reference)) return 'unconditional';
  return null;
}

/** The first http(s) link in a reference cell, or undefined. */
function linkIn(text: string): string | undefined {
  const m = /https?:\/\/[^\s<>"'\]]{1,500}/.exec(text);
  return m ? trimEndMatching(m[0], /[.,;)]/) : undefined;
}

/** Computational model cell + flags → a model of src/extract/types.ts (RAM models, word or real, are the default word RAM). */
function modelOf(row: JsonRecord): string {
  if (flag(row, 'Quantum?')) return 'quantum';
  if (flag(row, 'Parallel?')) return 'parallel';
  const m = cell(row, 'Computational Model').toLowerCase();
  if (/quantum/.test(m)) return 'quantum';
  if (/pram|parallel/.test(m)) return 'parallel';
  if (/pointer machine/.test(m)) return 'pointer-machine';
  if (/cell[- ]probe/.test(m)) return 'cell-probe';
  if (/external|i\/o/.test(m)) return 'external-memory';
  return 'word-ram';
}

/** Writes an abstract phrase by phrase, recording where each quoted bound lands. */
class AbstractWriter {
  text = '';
  private sentenceStart = 0;
  private pending: Array<{ start: number; end: number; make: (s: [number, number]) => CuratedBound }> = [];
  readonly bounds: CuratedBound[] = [];
  add(s: string): void { this.text += s; }
  quote(bound: string, make: (span: { start: number; end: number }, sentence: [number, number]) => CuratedBound): void {
    const start = this.text.length;
    this.text += bound;
    const span = { start, end: this.text.length };
    this.pending.push({ ...span, make: (sentence) => make(span, sentence) });
  }
  endSentence(): void {
    const sentence: [number, number] = [this.sentenceStart, this.text.length];
    for (const p of this.pending) this.bounds.push(p.make(sentence));
    this.pending = [];
    this.text += ' ';
    this.sentenceStart = this.text.length;
  }
  get abstract(): string { return this.text.trimEnd(); }
}

type Outcome = { kind: 'paper'; paper: Paper } | { kind: 'skip'; reason: string; message: string } | null;

function shortAuthors(authors: string[]): string {
  const last = (a: string) => a.split(/\s+/).at(-1) ?? a;
  if (authors.length === 0) return '';
  if (authors.length === 1) return last(authors[0]);
  if (authors.length === 2) return `${last(authors[0])} & ${last(authors[1])}`;
  return `${last(authors[0])} et al.`;
}

/** One algorithm row → a record with its curated time and space bounds; null when the row is empty. */
export function algorithmToPaper(row: JsonRecord, source: PaperSource): Outcome {
  const family = cell(row, 'Family Name');
  const variation = cell(row, 'Variation');
  const name = cell(row, 'Algorithm Name') || cell(row, 'Citation').replace(/^\[|\]$/g, '');
  if (!family && !variation && !name) return null;
  const label = `${name || 'algorithm'} (${variation || family || '?'})`.slice(0, 120);
  const time = boundCell(row, 'Time Complexity (Worst Only)');
  const space = boundCell(row, 'Space Complexity (Auxiliary)');
  if (!time && !space) return { kind: 'skip', reason: 'no-bound', message: `Algorithm Wiki algorithm ${label} has no worst-case time or space` };
  const problem = algowikiProblemName(family, variation);
  const authors = listCell(cell(row, 'Authors'));
  const year = yearFrom(row.Year);
  const doi = cell(row, 'DOI');
  const link = cell(row, 'Paper/Reference Link');
  const url = linkIn(link) ?? (/^10\.\d{4,9}\//.test(doi) ? `https://doi.org/${doi}` : undefined);
  const variants = [...problem.variants];
  if (flag(row, 'Approximate?') && !variants.includes('approximate')) variants.unshift('approximate');
  const who = [shortAuthors(authors), year].filter(Boolean).join(' ');
  const reference = `Algorithm Wiki: ${name || 'algorithm'}${who ? ` (${who})` : ''}`;
  const setting = {
    model: modelOf(row), variants, guarantee: flag(row, 'Randomized?') ? 'expected' as const : 'worst' as const,
  };
  const w = new AbstractWriter();
  const methodName = name || undefined;
  const bound = (resource: 'time' | 'space') => (span: { start: number; end: number }, sentence: [number, number]): CuratedBound => ({
    ...span, sentence, resource, role: 'result', problem: problem.name, ...(methodName ? { method: methodName } : {}),
    ...setting, condition: null, source: 'algowiki', reference, ...(url ? { url } : {}),
  });
  w.add(`Algorithm Wiki records ${name || 'an algorithm'}${who ? ` (${who})` : ''} for ${variation || family}${variation && family && !variation.toLowerCase().includes(family.toLowerCase()) ? ` (${family})` : ''} with worst-case time `);
  if (time) w.quote(time, bound('time')); else w.add('not recorded');
  if (space) { w.add(' and auxiliary space '); w.quote(space, bound('space')); }
  w.add('.');
  w.endSentence();
  const notes: string[] = [];
  if (setting.model !== 'word-ram') notes.push(`in the ${setting.model.replace('-', ' ')} model`);
  if (flag(row, 'Randomized?')) notes.push('randomized');
  if (flag(row, 'Approximate?')) notes.push(`approximate${cell(row, 'Approximation Factor (if approximate algorithm)') ? ` (factor ${cell(row, 'Approximation Factor (if approximate algorithm)').slice(0, 120)})` : ''}`);
  if (notes.length) { w.add(`It is ${notes.join(', ')}.`); w.endSentence(); }
  const id = str(row['Algo ID']);
  const key = id && /^\d{1,9}$/.test(id) ? id : fnv1a(`${family}|${variation}|${name}|${year ?? ''}|${time ?? ''}`);
  return {
    kind: 'paper',
    paper: {
      id: `algowiki:algorithm-${key}`,
      // the bound is part of the title: two algorithms of one author for one problem stay two records
      title: `${name || 'Algorithm'} — ${variation || family}${time ? `, ${time}` : ''} (Algorithm Wiki)`,
      abstract: w.abstract,
      authors,
      year,
      url: url ?? null,
      source,
      categories: ['algowiki'],
      curated: w.bounds,
    },
  };
}

/** One problem row → a record with its best known upper and lower bound; null when it records neither. */
export function problemToPaper(row: JsonRecord, source: PaperSource): Outcome {
  const family = cell(row, 'Family Name');
  const variation = cell(row, 'Variation') || family;
  const upper = boundCell(row, 'Best Known Upper Bound');
  const lower = boundCell(row, 'Best Known Lower Bound');
  if (!variation || (!upper && !lower)) return null;
  const problem = algowikiProblemName(family, variation);
  const upperRef = cell(row, 'Upper Bound Reference');
  const lowerRef = cell(row, 'Lower Bound Reference');
  const w = new AbstractWriter();
  const make = (role: 'result' | 'lower', ref: string) => (span: { start: number; end: number }, sentence: [number, number]): CuratedBound => {
    const url = linkIn(ref);
    return {
      ...span, sentence, resource: 'time', role, problem: problem.name, model: 'word-ram', variants: problem.variants, guarantee: 'worst',
      condition: role === 'lower' ? lowerBoundCondition(ref) : null, source: 'algowiki',
      reference: `Algorithm Wiki: best known ${role === 'lower' ? 'lower' : 'upper'} bound for ${variation}${ref && !/^https?:/.test(ref) ? ` (${ref.replace(/https?:\/\/\S+/g, '').trim().slice(0, 120)})` : ''}`,
      ...(url ? { url } : {}),
    };
  };
  w.add(`Algorithm Wiki records for ${variation}${family && family !== variation ? ` (${family})` : ''} `);
  if (upper) { w.add('the best known upper bound '); w.quote(upper, make('result', upperRef)); }
  if (upper && lower) w.add(' and ');
  if (lower) { w.add('the best known lower bound '); w.quote(lower, make('lower', lowerRef)); }
  w.add('.');
  w.endSentence();
  // the references as the curators wrote them, links aside (the record links the first)
  const noLinks = (t: string) => trimEndMatching(t.replace(/https?:\/\/\S+/g, '').replace(/\s+/g, ' '), /[\s(,;:]/).trim().slice(0, 200);
  const refs = [noLinks(upperRef) && `Upper bound: ${noLinks(upperRef)}.`, noLinks(lowerRef) && `Lower bound: ${noLinks(lowerRef)}.`].filter(Boolean);
  if (refs.length) w.add(refs.join(' '));
  return {
    kind: 'paper',
    paper: {
      id: `algowiki:problem-${fnv1a(`${family}|${variation}`)}`,
      title: `Best known bounds for ${variation} (Algorithm Wiki)`,
      abstract: w.abstract,
      authors: [],
      year: null,
      url: linkIn(upperRef) ?? linkIn(lowerRef) ?? null,
      source,
      categories: ['algowiki'],
      curated: w.bounds,
    },
  };
}

export interface AlgowikiStats { kind: AlgowikiKind | null; rows: number }

/**
 * Read an Algorithm Wiki JSON export: algorithms and problems become records; reductions and hypotheses are
 * reported once as not read. Returns null when the text is not one JSON array of rows.
 */
export function readAlgowiki(text: string, file: string, sink: ReadSink): AlgowikiStats | null {
  let doc: unknown;
  try { doc = JSON.parse(text); } catch { return null; }
  if (!Array.isArray(doc)) return null;
  const out = guardedSink(sink);
  const first = doc.find(isRecord);
  const kind = first ? algowikiKind(first) : null;
  if (kind === 'reductions' || kind === 'hypotheses') {
    out.issue({ file, line: null, record: null, kind: 'skipped', reason: 'algowiki-not-read', message: `Algorithm Wiki ${kind} are not read (bounds come from its Problems and Algorithms files)` });
    return { kind, rows: doc.length };
  }
  doc.forEach((row, record) => {
    if (!isRecord(row)) { out.issue({ file, line: null, record, kind: 'skipped', reason: 'not-an-object', message: 'row is not a JSON object' }); return; }
    const k = algowikiKind(row) ?? kind;
    const source = { file, line: null, record };
    const o = k === 'algorithms' ? algorithmToPaper(row, source) : k === 'problems' ? problemToPaper(row, source) : null;
    if (!o) return;
    if (o.kind === 'paper') out.paper(o.paper);
    else out.issue({ file, line: null, record, kind: 'skipped', reason: o.reason, message: o.message });
  });
  return { kind, rows: doc.length };
}

export interface AlgowikiProblem {
  /** the variation's name as the curators write it */
  name: string;
  family: string;
  aliases: string[];
  /** names of the problems it is a variation of */
  parents: string[];
}

/**
 * The problem names of Algorithm Wiki's Problems.json (parsed JSON): name, family, aliases and parents, in file
 * order — for a thesaurus that makes the curators' names and the corpus' names meet on one problem node.
 */
export function algowikiProblems(json: unknown): AlgowikiProblem[] {
  if (!Array.isArray(json)) return [];
  const out: AlgowikiProblem[] = [];
  for (const row of json) {
    if (!isRecord(row) || algowikiKind(row) !== 'problems') continue;
    const family = cell(row, 'Family Name');
    const name = cell(row, 'Variation') || family;
    if (!name) continue;
    out.push({ name, family, aliases: listCell(cell(row, 'Alias')), parents: listCell(cell(row, 'Parents')) });
  }
  return out;
}
