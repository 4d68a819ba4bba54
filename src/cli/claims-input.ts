// Claims records as build input: the JSON Lines that `extract --jsonl` writes (one paper's claims per line, from
// any number of shards, gzip'd or not). Each line is checked for the fields the graph stage reads; a bad line is
// reported as `file:line: reason` and skipped, the rest is kept.
import { forEachLine } from './inputs.ts';
import { safeUrl } from '../ingest/index.ts';
import { escapeForTerminal } from './errors.ts';
import type { PaperClaims, Claim } from '../extract/types.ts';
import { NOTATIONS, RESOURCES, ROLES } from '../extract/types.ts';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] | null => (Array.isArray(v) ? v : v === undefined ? [] : null);

/** Does this line look like a claims record (rather than a paper record a reader would take)? */
export function looksLikeClaimsRecord(line: string): boolean {
  const t = line.trim();
  if (!t.startsWith('{')) return false;
  try {
    const o = JSON.parse(t) as unknown;
    return isObj(o) && typeof o.id === 'string' && Array.isArray(o.claims) && Array.isArray(o.concepts) && 'abstract' in o;
  } catch {
    return false;
  }
}

/**
 * Is the file claims JSON Lines? Only its first non-empty line is read. Any name but another format's extension
 * qualifies: Spark and Hadoop write `part-00000` files.
 */
export async function isClaimsJsonl(file: string): Promise<boolean> {
  // standard input is read once, by the paper readers (peeking here would consume it)
  if (file === '-' || /\.(xml|atom|bib|bibtex|csv|tsv|tab|txt|html?)(\.gz)?$/i.test(file)) return false;
  let verdict = false;
  try {
    await forEachLine(file, (line) => {
      if (line === null) return false;
      if (!line.trim()) return undefined;
      verdict = looksLikeClaimsRecord(line);
      return false;
    });
  } catch {
    return false;
  }
  return verdict;
}

function checkClaim(c: unknown): string | null {
  if (!isObj(c)) return 'a claim is not an object';
  if (typeof c.start !== 'number' || typeof c.end !== 'number') return 'a claim has no start/end offsets';
  if (typeof c.latex !== 'string' || typeof c.text !== 'string') return 'a claim has no text/latex';
  if (!RESOURCES.includes(c.resource as never)) return `a claim has an unknown resource ${JSON.stringify(c.resource)}`;
  if (!ROLES.includes(c.role as never)) return `a claim has an unknown role ${JSON.stringify(c.role)}`;
  if (!NOTATIONS.includes(c.notation as never)) return `a claim has an unknown notation ${JSON.stringify(c.notation)}`;
  if (!Array.isArray(c.sentence) || c.sentence.length !== 2) return 'a claim has no sentence span';
  return null;
}

/** A claims record from parsed JSON, or the reason it is not one. */
export function toPaperClaims(o: unknown): PaperClaims | string {
  if (!isObj(o)) return 'not a JSON object';
  if (typeof o.id !== 'string' || !o.id) return 'no "id"';
  if (typeof o.title !== 'string') return 'no "title"';
  if (typeof o.abstract !== 'string') return 'no "abstract"';
  const claims = arr(o.claims);
  if (!claims) return '"claims" is not a list';
  for (const c of claims) { const bad = checkClaim(c); if (bad) return bad; }
  const lists: Record<string, unknown[]> = {};
  for (const k of ['methods', 'uses', 'problems', 'concepts', 'assumptions', 'authors'] as const) {
    const v = arr(o[k]);
    if (!v) return `"${k}" is not a list`;
    lists[k] = v;
  }
  if (!lists.concepts.every((c) => isObj(c) && typeof c.name === 'string' && typeof c.weight === 'number')) return 'a concept has no name/weight';
  for (const k of ['methods', 'uses', 'problems'] as const) if (!lists[k].every((m) => isObj(m) && typeof m.name === 'string')) return `an entry of "${k}" has no name`;
  if (!lists.assumptions.every((a) => typeof a === 'string') || !lists.authors.every((a) => typeof a === 'string')) return 'assumptions and authors must be strings';
  const year = typeof o.year === 'number' && Number.isInteger(o.year) ? o.year : null;
  const acronyms = isObj(o.acronyms) ? Object.fromEntries(Object.entries(o.acronyms).filter((e): e is [string, string] => typeof e[1] === 'string')) : {};
  const source = isObj(o.source) ? o.source : { file: '', line: null, record: null };
  return {
    ...(o as unknown as PaperClaims),
    year,
    // untrusted like any input: only http(s) links survive, as at ingest
    url: safeUrl(o.url),
    authors: lists.authors as string[],
    claims: claims as Claim[],
    methods: lists.methods as PaperClaims['methods'],
    uses: lists.uses as PaperClaims['uses'],
    problems: lists.problems as PaperClaims['problems'],
    concepts: lists.concepts as PaperClaims['concepts'],
    assumptions: lists.assumptions as string[],
    acronyms,
    source: source as unknown as PaperClaims['source'],
  };
}

export interface ClaimsReadResult { papers: PaperClaims[]; issues: number }

/** Every good record of one claims JSON Lines file; each bad line is one stderr line, and the cut of a gzip file one more. */
export async function readClaimsJsonl(file: string, report: (line: string) => void, onRecord?: () => void): Promise<ClaimsReadResult> {
  const papers: PaperClaims[] = [];
  let issues = 0;
  const bad = (lineNo: number | null, why: string) => { issues++; if (issues <= 20) report(escapeForTerminal(`${file}${lineNo === null ? '' : `:${lineNo}`}: ${why}`)); };
  const { cut } = await forEachLine(file, (line, lineNo) => {
    if (line === null) { bad(lineNo, 'line too long: skipped'); return; }
    if (!line.trim()) return;
    let parsed: unknown;
    try { parsed = JSON.parse(line); } catch { bad(lineNo, 'not valid JSON: skipped'); return; }
    const p = toPaperClaims(parsed);
    if (typeof p === 'string') bad(lineNo, `not a claims record (${p}): skipped`);
    else { papers.push(p); onRecord?.(); }
  });
  if (cut) bad(null, `${cut}; the ${papers.length.toLocaleString('en-US')} complete records before it are kept`);
  if (issues > 20) report(`${file}: … ${issues - 20} more bad lines`);
  return { papers, issues };
}
