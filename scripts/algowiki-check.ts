// Checks the bound parser against the Algorithm Wiki table (`Time Complexity (Worst Only)` and
// `Time Complexity Class` of ../shared/corpus/algowiki/algorithms.csv), reading each cell as a user pastes
// it into `boundgraph compare`: parseBoundWithNote, so "O(n^2)?", "O(m log n) per iteration" and
// "R-Tree construction: $O(n log n)$" are the bound with a note. The three judged figures:
//   parsed   — share of the distinct cells (of rows with a curated class) that parse;
//   decided  — over PAIRS whose curated classes differ, the share compareGrowth orders (<, > or =, not incomparable);
//   agree    — of the decided pairs, the share ordered the curators' way (= counts as a disagreement).
// A PAIR is two rows of the same `Family Name`, both with a cell and a numeric class (a cell that does not parse
// leaves its pairs undecided). Curated classes are
// written in each family's own input size, so only rows of one family are comparable; cells are compared
// as written, variable by variable, exactly as `compare` does. The same figures over pairs of distinct
// cells of one family, and with every variable identified with n, are printed for reference.
// Run: npx tsx scripts/algowiki-check.ts [algorithms.csv] [--list] [--pairs]
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { collapseVariables, compareGrowth, parseBoundWithNote, type NotedBound, type UnparsedBound } from '../src/extract/bounds/index.ts';

export interface AlgowikiRow { line: number; family: string; raw: string; cls: number | null }

export interface PairFigures {
  /** pairs whose curated classes differ */
  pairs: number;
  agree: number;
  reversed: number;
  saidEqual: number;
  incomparable: number;
  /** pairs (of the same kind) whose curated classes are equal, and how often compare says equal */
  samePairs: number;
  sameSaidEqual: number;
}

export interface AlgowikiReport {
  rows: number;
  /** distinct cells among rows with a curated class, and how many of them parse */
  distinct: number;
  distinctParsed: number;
  /** every distinct cell, classed or not */
  allDistinct: number;
  allDistinctParsed: number;
  unparsed: { line: number; raw: string; reason: string }[];
  /** cells that parsed only as a leading bound with a note */
  noted: number;
  /** the judged pairs: rows of one family */
  rowPairs: PairFigures;
  /** pairs of distinct cells of one family */
  cellPairs: PairFigures;
  /** row pairs with every variable identified with n */
  collapsed: PairFigures;
}

export function readAlgowikiRows(csv: string): AlgowikiRow[] {
  const records: string[][] = parse(csv, { relax_column_count: true, skip_empty_lines: false });
  const header = records[0] ?? [];
  const iFamily = header.indexOf('Family Name');
  const iWorst = header.indexOf('Time Complexity (Worst Only)');
  const iClass = header.indexOf('Time Complexity Class');
  if (iFamily < 0 || iWorst < 0 || iClass < 0) throw new Error('algowiki-check: missing Family Name / Time Complexity (Worst Only) / Time Complexity Class columns');
  const rows: AlgowikiRow[] = [];
  records.slice(1).forEach((r, k) => {
    const raw = (r[iWorst] ?? '').trim();
    if (!raw) return;
    const c = (r[iClass] ?? '').trim();
    const cls = c !== '' && Number.isFinite(Number(c)) ? Number(c) : null;
    rows.push({ line: k + 2, family: (r[iFamily] ?? '').trim(), raw, cls });
  });
  return rows;
}

interface Item { cell: string; cls: number; family: string }

function figures(pairs: [Item, Item][], parsed: Map<string, NotedBound | UnparsedBound>, collapse: boolean): PairFigures {
  const out: PairFigures = { pairs: 0, agree: 0, reversed: 0, saidEqual: 0, incomparable: 0, samePairs: 0, sameSaidEqual: 0 };
  for (const [a, b] of pairs) {
    const pa = parsed.get(a.cell), pb = parsed.get(b.cell);
    // a pair with an unparsed cell is still a pair: compare leaves it undecided (incomparable)
    const rel = pa?.ok && pb?.ok
      ? compareGrowth(collapse ? collapseVariables(pa.growth) : pa.growth, collapse ? collapseVariables(pb.growth) : pb.growth)
      : 'incomparable';
    if (a.cls === b.cls) {
      out.samePairs++;
      if (rel === 'equal') out.sameSaidEqual++;
      continue;
    }
    out.pairs++;
    const want = a.cls < b.cls ? 'less' : 'greater';
    if (rel === want) out.agree++;
    else if (rel === 'equal') out.saidEqual++;
    else if (rel === 'incomparable') out.incomparable++;
    else out.reversed++;
  }
  return out;
}

function familyPairs(items: Item[]): [Item, Item][] {
  const byFamily = new Map<string, Item[]>();
  for (const it of items) {
    if (!it.family) continue;
    const list = byFamily.get(it.family) ?? [];
    list.push(it);
    byFamily.set(it.family, list);
  }
  const out: [Item, Item][] = [];
  for (const members of byFamily.values()) for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) out.push([members[x], members[y]]);
  return out;
}

export function checkAlgowiki(rows: AlgowikiRow[]): AlgowikiReport {
  const parsed = new Map<string, NotedBound | UnparsedBound>();
  for (const r of rows) if (!parsed.has(r.raw)) parsed.set(r.raw, parseBoundWithNote(r.raw));
  const classed = rows.filter((r): r is AlgowikiRow & { cls: number } => r.cls !== null);
  const distinct = new Set(classed.map((r) => r.raw));
  const listed = new Set<string>();
  const unparsed: AlgowikiReport['unparsed'] = [];
  for (const r of rows) {
    const p = parsed.get(r.raw)!;
    if (p.ok || listed.has(r.raw)) continue;
    listed.add(r.raw);
    unparsed.push({ line: r.line, raw: r.raw, reason: p.reason });
  }
  const items: Item[] = classed.map((r) => ({ cell: r.raw, cls: r.cls, family: r.family }));
  // one item per (family, cell, class): repeated rows of a family count once
  const seen = new Set<string>();
  const cellItems = items.filter((it) => { const k = `${it.family}\u0000${it.cell}\u0000${it.cls}`; if (seen.has(k)) return false; seen.add(k); return true; });
  const cellPairs = familyPairs(cellItems).filter(([a, b]) => a.cell !== b.cell);
  const rowPairs = familyPairs(items);
  return {
    rows: rows.length,
    distinct: distinct.size,
    distinctParsed: [...distinct].filter((c) => parsed.get(c)!.ok).length,
    allDistinct: parsed.size,
    allDistinctParsed: [...parsed.values()].filter((p) => p.ok).length,
    unparsed,
    noted: [...parsed.values()].filter((p) => p.ok && (p as NotedBound).note !== undefined).length,
    rowPairs: figures(rowPairs, parsed, false),
    cellPairs: figures(cellPairs, parsed, false),
    collapsed: figures(rowPairs, parsed, true),
  };
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

function formatPairs(label: string, f: PairFigures): string[] {
  const decided = f.agree + f.reversed + f.saidEqual;
  return [
    `${label}: ${f.pairs} pairs with different classes; decided ${decided} (${pct(decided, f.pairs)}), agreeing ${f.agree} (${pct(f.agree, decided)} of decided)`,
    `    reversed ${f.reversed}, said equal ${f.saidEqual}, incomparable ${f.incomparable}; equal-class pairs ${f.samePairs}, said equal ${f.sameSaidEqual} (${pct(f.sameSaidEqual, f.samePairs)})`,
  ];
}

export function formatReport(r: AlgowikiReport): string {
  const d = r.rowPairs;
  const decided = d.agree + d.reversed + d.saidEqual;
  return [
    `algowiki: parsed ${pct(r.distinctParsed, r.distinct)} of ${r.distinct} distinct classed cells; decided ${pct(decided, d.pairs)} of ${d.pairs} differing-class pairs; agreeing ${pct(d.agree, decided)} of ${decided} decided`,
    `  all ${r.allDistinct} distinct cells: ${r.allDistinctParsed} parsed (${pct(r.allDistinctParsed, r.allDistinct)}), ${r.noted} of them as a bound with a note; ${r.rows} rows`,
    ...formatPairs('  rows of one family (judged)', r.rowPairs),
    ...formatPairs('  distinct cells of one family', r.cellPairs),
    ...formatPairs('  rows of one family, every variable identified with n', r.collapsed),
  ].join('\n');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.resolve(here, '../../shared/corpus/algowiki/algorithms.csv');
  if (!existsSync(file)) {
    process.stderr.write(`algowiki-check: ${file} not found (pass the path to algorithms.csv)\n`);
    process.exit(2);
  }
  const rows = readAlgowikiRows(readFileSync(file, 'utf8'));
  const report = checkAlgowiki(rows);
  process.stdout.write(formatReport(report) + '\n');
  if (process.argv.includes('--pairs')) {
    // the differing-class row pairs that compare orders against the curators
    const res = new Map(rows.map((r) => [r.raw, parseBoundWithNote(r.raw)]));
    for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) {
      const a = res.get(rows[i].raw)!, b = res.get(rows[j].raw)!;
      if (!a.ok || !b.ok || rows[i].family !== rows[j].family || rows[i].cls === null || rows[j].cls === null || rows[i].cls === rows[j].cls) continue;
      const rel = compareGrowth(a.growth, b.growth);
      const want = (rows[i].cls as number) < (rows[j].cls as number) ? 'less' : 'greater';
      if (rel !== want && rel !== 'incomparable') process.stdout.write(`  ${rows[i].cls} ${JSON.stringify(rows[i].raw)}  vs  ${rows[j].cls} ${JSON.stringify(rows[j].raw)}: ${rel}\n`);
    }
  }
  if (process.argv.includes('--list')) for (const u of report.unparsed) process.stdout.write(`  ${file}:${u.line}: ${JSON.stringify(u.raw)}: ${u.reason}\n`);
}
