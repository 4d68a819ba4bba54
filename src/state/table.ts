// The claims table and the papers table (pure): rows from the graph index, columns that say how each is shown, sorted
// and filtered, and the CSV. Algorithm Wiki's core view — every bound with its problem, paper and year — sortable by
// growth, year or any column, filtered by text ("edit distance", "resource:time", "year:2021").
import { claimKept, paperById, type ClaimView, type GraphIndex, type PaperNode } from './graph-index.ts';
import { compareRank, growthRank } from './growth-rank.ts';
import { settingLabel } from './setting-label.ts';
import { csvCell } from './csv.ts';
import type { Filters, TableTab } from './types.ts';
import { RESOURCES } from '../extract/types.ts';

export interface ClaimRow {
  id: string;
  claim: ClaimView;
  paper: PaperNode;
  /** the bound as plain text (filters and CSV; the page typesets `claim.latex`) */
  bound: string;
  setting: string;
  /** the problem's label, else the claim's subject as written */
  problem: string;
  problemId: string | null;
  rank: number[] | null;
}

export interface PaperRow {
  id: string;
  paper: PaperNode;
  cluster: string;
  claims: number;
  /** the paper's best own result (lowest growth), as plain text, and its LaTeX */
  best: string;
  bestLatex: string;
  bestRank: number[] | null;
  authors: string;
}

export type Row = ClaimRow | PaperRow;

export interface Column<R> {
  key: string;
  title: string;
  /** shown, filtered and exported as this text */
  text(r: R): string;
  /** sorts by this (text when absent); null sorts last */
  value?(r: R): number | number[] | null;
  /** the first click sorts descending (years, counts: newest and most first) */
  descendingFirst?: boolean;
}

const yearOf = (p: PaperNode) => p.year;
const plain = (s: string) => s.replace(/\s+/g, ' ').trim();

export const CLAIM_COLUMNS: readonly Column<ClaimRow>[] = [
  // by resource, then growth: time bounds together from the slowest-growing up, then space, …
  { key: 'bound', title: 'Bound', text: (r) => r.bound, value: (r) => (r.rank ? [RESOURCES.indexOf(r.claim.resource), ...r.rank] : null) },
  { key: 'resource', title: 'Resource', text: (r) => r.claim.resource },
  { key: 'role', title: 'Role', text: (r) => r.claim.role },
  { key: 'setting', title: 'Setting', text: (r) => r.setting },
  { key: 'problem', title: 'Problem', text: (r) => r.problem },
  { key: 'paper', title: 'Paper', text: (r) => plain(r.paper.title) },
  { key: 'year', title: 'Year', text: (r) => (r.paper.year === null ? '' : String(r.paper.year)), value: (r) => yearOf(r.paper), descendingFirst: true },
];

export const PAPER_COLUMNS: readonly Column<PaperRow>[] = [
  { key: 'paper', title: 'Title', text: (r) => plain(r.paper.title) },
  { key: 'year', title: 'Year', text: (r) => (r.paper.year === null ? '' : String(r.paper.year)), value: (r) => yearOf(r.paper), descendingFirst: true },
  { key: 'authors', title: 'Authors', text: (r) => r.authors },
  { key: 'cluster', title: 'Cluster', text: (r) => r.cluster },
  { key: 'claims', title: 'Claims', text: (r) => String(r.claims), value: (r) => r.claims, descendingFirst: true },
  { key: 'best', title: 'Best result', text: (r) => r.best, value: (r) => r.bestRank },
];

export function columnsOf(tab: TableTab): readonly Column<Row>[] {
  return (tab === 'claims' ? CLAIM_COLUMNS : PAPER_COLUMNS) as readonly Column<Row>[];
}

export function claimRow(index: GraphIndex, c: ClaimView, paper: PaperNode, boundText: (latex: string, text: string) => string): ClaimRow {
  const node = c.problem ? index.nodes.get(c.problem) : undefined;
  return {
    id: c.id, claim: c, paper,
    bound: boundText(c.latex, c.text),
    setting: settingLabel(c.setting),
    problem: node ? node.label : c.subject ?? '',
    problemId: node ? node.id : null,
    rank: growthRank(c.growth),
  };
}

const RESULT_ROLES = new Set(['result']);

export function paperRow(index: GraphIndex, p: PaperNode, boundText: (latex: string, text: string) => string): PaperRow {
  let best: ClaimView | null = null;
  let bestRank: number[] | null = null;
  for (const c of p.claims) {
    if (!RESULT_ROLES.has(c.role)) continue;
    const r = growthRank(c.growth);
    if (!best || (r && (!bestRank || compareRank(r, bestRank) < 0))) { best = c; bestRank = r; }
  }
  const cluster = p.cluster === null ? null : index.clusterById.get(p.cluster) ?? null;
  return {
    id: p.id, paper: p, cluster: cluster?.label ?? '', claims: p.claims.length,
    best: best ? boundText(best.latex, best.text) : '', bestLatex: best?.latex ?? '', bestRank,
    authors: p.authors.slice(0, 6).join(', ') + (p.authors.length > 6 ? ' et al.' : ''),
  };
}

function yearKept(p: PaperNode, f: Filters): boolean {
  return (f.yearMin === null || (p.year !== null && p.year >= f.yearMin)) && (f.yearMax === null || (p.year !== null && p.year <= f.yearMax));
}

/** Every paper of the graph (a level-of-detail graph's claims index included), in index order. */
export function allPapers(index: GraphIndex): PaperNode[] {
  const out: PaperNode[] = [];
  const seen = new Set<string>();
  for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper') { out.push(n); seen.add(id); } }
  for (const p of index.claimPapers?.values() ?? []) if (!seen.has(p.id)) out.push(p);
  return out;
}

/**
 * The claims table's rows: `claims` (a selection's, already filtered) or, when null, every claim of the graph that
 * passes the resource, role and year filters.
 */
export function claimRows(index: GraphIndex, claims: readonly ClaimView[] | null, f: Filters, boundText: (latex: string, text: string) => string): ClaimRow[] {
  const out: ClaimRow[] = [];
  if (claims) {
    for (const c of claims) { const p = paperById(index, c.paper); if (p) out.push(claimRow(index, c, p, boundText)); }
    return out;
  }
  for (const p of allPapers(index)) {
    if (!yearKept(p, f)) continue;
    for (const c of p.claims) if (claimKept(c, f)) out.push(claimRow(index, c, p, boundText));
  }
  return out;
}

/** The papers table's rows: `papers` (a selection's) or, when null, every paper in the year range. */
export function paperRows(index: GraphIndex, papers: readonly PaperNode[] | null, f: Filters, boundText: (latex: string, text: string) => string): PaperRow[] {
  const list = papers ?? allPapers(index).filter((p) => yearKept(p, f));
  return list.map((p) => paperRow(index, p, boundText));
}

function compareValues(a: number | number[] | string | null, b: number | number[] | string | null): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (Array.isArray(a) && Array.isArray(b)) return compareRank(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a).toLowerCase(), sb = String(b).toLowerCase();
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Rows sorted by `sort` ("year", "-year"; null: the table's default — claims by problem then growth, papers by most
 * claims), ties by the default order then id, so the order is total and the same every time. Empty values sort last
 * either way. Returns a new array.
 */
export function sortRows<R extends Row>(rows: readonly R[], columns: readonly Column<R>[], sort: string | null): R[] {
  const desc = sort?.startsWith('-') ?? false;
  const col = sort ? columns.find((c) => c.key === (desc ? sort.slice(1) : sort)) ?? null : null;
  const get = (c: Column<R>, r: R) => (c.value ? c.value(r) : c.text(r));
  const byKey = (k: string) => columns.find((c) => c.key === k);
  const fallback = ['problem', 'resource', 'bound', 'claims', 'year', 'paper'].map(byKey).filter((c): c is Column<R> => !!c);
  const keyed = rows.map((r) => ({ r, v: col ? get(col, r) : null }));
  keyed.sort((x, y) => {
    if (col) {
      const empty = (v: unknown) => v === null || v === '';
      if (empty(x.v) !== empty(y.v)) return empty(x.v) ? 1 : -1;
      const d = compareValues(x.v, y.v);
      if (d) return desc ? -d : d;
    }
    for (const c of fallback) {
      const d = compareValues(get(c, x.r), get(c, y.r));
      if (d) return c.descendingFirst ? -d : d;
    }
    return x.r.id < y.r.id ? -1 : x.r.id > y.r.id ? 1 : 0;
  });
  return keyed.map((k) => k.r);
}

/**
 * Rows whose text contains every word of `filter` (case-insensitive); "key:value" (a column key or title, e.g.
 * "resource:time", "year:2021") looks in that column only, quotes keep words together ("\"edit distance\"").
 */
export function filterRows<R extends Row>(rows: readonly R[], columns: readonly Column<R>[], filter: string): R[] {
  const terms = parseFilter(filter, columns);
  if (!terms.length) return rows.slice();
  return rows.filter((r) => {
    const texts = columns.map((c) => c.text(r).toLowerCase());
    return terms.every((t) => (t.column ? texts[columns.indexOf(t.column)].includes(t.word) : texts.some((x) => x.includes(t.word))));
  });
}

function parseFilter<R>(filter: string, columns: readonly Column<R>[]): Array<{ word: string; column: Column<R> | null }> {
  const out: Array<{ word: string; column: Column<R> | null }> = [];
  const re = /(?:([A-Za-z]+):)?(?:"([^"]*)"|(\S+))/g;
  for (let m = re.exec(filter.slice(0, 500)); m; m = re.exec(filter.slice(0, 500))) {
    const word = (m[2] ?? m[3] ?? '').toLowerCase();
    const name = m[1]?.toLowerCase();
    const column = name ? columns.find((c) => c.key === name || c.title.toLowerCase() === name) ?? null : null;
    // an unknown "key:" is part of the word ("O(n:m)")
    const w = name && !column ? `${name}:${word}` : word;
    if (w) out.push({ word: w, column });
  }
  return out;
}

/** CSV of the rows as shown (RFC 4180, formula-defused cells): the columns, then LaTeX, ids and links. */
export function tableToCsv(tab: TableTab, rows: readonly Row[]): string {
  if (tab === 'claims') {
    const head = ['bound', 'latex', 'resource', 'role', 'setting', 'problem', 'paper_id', 'title', 'year', 'url', 'claim_text'];
    const lines = (rows as readonly ClaimRow[]).map((r) => [
      r.bound, r.claim.latex, r.claim.resource, r.claim.role, r.setting, r.problem, r.paper.id, plain(r.paper.title), r.paper.year, r.paper.url, r.claim.text,
    ].map(csvCell).join(','));
    return [head.join(','), ...lines].join('\r\n') + '\r\n';
  }
  const head = ['paper_id', 'title', 'year', 'authors', 'cluster', 'claims', 'best_result', 'best_result_latex', 'url'];
  const lines = (rows as readonly PaperRow[]).map((r) => [
    r.paper.id, plain(r.paper.title), r.paper.year, r.paper.authors.join('; '), r.cluster, r.claims, r.best, r.bestLatex, r.paper.url,
  ].map(csvCell).join(','));
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}
