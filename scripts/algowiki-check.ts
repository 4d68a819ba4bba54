// Checks the bound parser against the Algorithm Wiki table: share of the curated worst-case time
// strings it parses, and how often its growth order agrees with the curators' `Time Complexity Class`
// on pairs of rows of the same family. Run: npx tsx scripts/algowiki-check.ts [algorithms.csv] [--list]
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { collapseVariables, compareGrowth, parseBound, type ParsedBound } from '../src/extract/bounds/index.ts';

export interface AlgowikiRow { line: number; family: string; raw: string; text: string; cls: number | null }

export interface AlgowikiReport {
  rows: number;
  parsed: number;
  unparsed: { line: number; raw: string; reason: string }[];
  /** pairs in one family whose curated classes differ */
  differing: { pairs: number; agree: number; reversed: number; saidEqual: number; incomparable: number };
  /** pairs in one family whose curated classes are equal */
  same: { pairs: number; saidEqual: number; ordered: number; incomparable: number };
  /** the same two figures with every variable identified with n (the curators' classes are in n) */
  collapsed: { differing: AlgowikiReport['differing']; same: AlgowikiReport['same'] };
}

/**
 * The curated strings carry notes the parser is not meant to read: "[query-time]" tags and a second
 * form after "~" ("$O(n^{(log7/log2)}) ~ O(n^{2.807})$"). Only those are removed; the bound itself is
 * passed as written.
 */
export function cleanCurated(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  // "[query-time]"-style tags (letters only, so sqrt[3]{…} is untouched)
  s = s.replace(/\s*\[[A-Za-z][A-Za-z -]*\]/g, '');
  // "k-d Tree construction: $O(n log n)$ NNS: …": the first math segment after a label
  const firstDollar = s.indexOf('$');
  if (firstDollar >= 0 && (s.match(/\$/g) ?? []).length >= 4 || (firstDollar > 0 && /[A-Za-z]\s*:\s*$/.test(s.slice(0, firstDollar)))) {
    const close = s.indexOf('$', firstDollar + 1);
    if (close > firstDollar) s = s.slice(firstDollar, close + 1);
  }
  // curator commentary after the bound, at bracket depth 0: "?", "; …", ", only for …", " where …", " (previously …)"
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const rest = s.slice(i);
    if (c === '?' || c === ';' || rest.startsWith(', ') || /^ (where|for|per|on|with|heuristically|total|but|time|using|\((previously|originally))\b/.test(rest)) {
      s = s.slice(0, i);
      break;
    }
  }
  const tilde = s.indexOf(' ~ ');
  if (tilde > 0) s = s.slice(0, tilde);
  s = s.trim();
  // a math segment cut open by the steps above gets its closing dollar back
  if ((s.match(/\$/g) ?? []).length % 2 === 1) s += '$';
  return s;
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
    rows.push({ line: k + 2, family: (r[iFamily] ?? '').trim(), raw, text: cleanCurated(raw), cls });
  });
  return rows;
}

type PairCounts = Pick<AlgowikiReport, 'differing' | 'same'>;

function countPairs(rows: AlgowikiRow[], results: ReturnType<typeof parseBound>[], collapse: boolean): PairCounts {
  const out: PairCounts = {
    differing: { pairs: 0, agree: 0, reversed: 0, saidEqual: 0, incomparable: 0 },
    same: { pairs: 0, saidEqual: 0, ordered: 0, incomparable: 0 },
  };
  const growth = results.map((r) => (r.ok ? (collapse ? collapseVariables(r.growth) : r.growth) : null));
  const byFamily = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.cls === null || !growth[i] || !r.family) return;
    const list = byFamily.get(r.family) ?? [];
    list.push(i);
    byFamily.set(r.family, list);
  });
  for (const members of byFamily.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x], j = members[y];
        const ci = rows[i].cls as number, cj = rows[j].cls as number;
        const rel = compareGrowth(growth[i] as ParsedBound['growth'], growth[j] as ParsedBound['growth']);
        if (ci === cj) {
          out.same.pairs++;
          if (rel === 'equal') out.same.saidEqual++;
          else if (rel === 'incomparable') out.same.incomparable++;
          else out.same.ordered++;
        } else {
          out.differing.pairs++;
          const want = ci < cj ? 'less' : 'greater';
          if (rel === want) out.differing.agree++;
          else if (rel === 'equal') out.differing.saidEqual++;
          else if (rel === 'incomparable') out.differing.incomparable++;
          else out.differing.reversed++;
        }
      }
    }
  }
  return out;
}

/**
 * Agreement on pairs of parsed rows of one family that both have a curated class: for differing
 * classes, does compareGrowth give the curators' direction (or reverse it, call them equal, or find
 * them incomparable); for equal classes, how often it says equal.
 */
export function checkAlgowiki(rows: AlgowikiRow[]): AlgowikiReport {
  const results = rows.map((r) => parseBound(r.text));
  const unparsed: AlgowikiReport['unparsed'] = [];
  results.forEach((res, i) => { if (!res.ok) unparsed.push({ line: rows[i].line, raw: rows[i].raw, reason: res.reason }); });
  return {
    rows: rows.length,
    parsed: rows.length - unparsed.length,
    unparsed,
    ...countPairs(rows, results, false),
    collapsed: countPairs(rows, results, true),
  };
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

function formatPairs(c: PairCounts): string[] {
  const d = c.differing, s = c.same;
  const comparable = d.agree + d.reversed + d.saidEqual;
  return [
    `  classes differ: ${d.pairs} pairs; same direction ${d.agree} (${pct(d.agree, d.pairs)} of all, ${pct(d.agree, comparable)} of those not incomparable),`,
    `    reversed ${d.reversed} (${pct(d.reversed, d.pairs)}), said equal ${d.saidEqual} (${pct(d.saidEqual, d.pairs)}), incomparable ${d.incomparable} (${pct(d.incomparable, d.pairs)})`,
    `  classes equal: ${s.pairs} pairs; said equal ${s.saidEqual} (${pct(s.saidEqual, s.pairs)}), ordered ${s.ordered} (${pct(s.ordered, s.pairs)}), incomparable ${s.incomparable} (${pct(s.incomparable, s.pairs)})`,
  ];
}

export function formatReport(r: AlgowikiReport): string {
  return [
    `algowiki: ${r.parsed}/${r.rows} worst-case time strings parsed (${pct(r.parsed, r.rows)})`,
    'pairs of rows in one family (both parsed, both classed), variables compared one by one:',
    ...formatPairs(r),
    'the same pairs with every variable identified with n (n = m = V = E; ε, δ kept):',
    ...formatPairs(r.collapsed),
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
  const report = checkAlgowiki(readAlgowikiRows(readFileSync(file, 'utf8')));
  process.stdout.write(formatReport(report) + '\n');
  if (process.argv.includes('--pairs')) {
    const rows = readAlgowikiRows(readFileSync(file, 'utf8'));
    const res = rows.map((r) => parseBound(r.text));
    for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) {
      const a = res[i], b = res[j];
      if (!a.ok || !b.ok || rows[i].family !== rows[j].family || rows[i].cls === null || rows[j].cls === null) continue;
      const rel = compareGrowth(a.growth, b.growth);
      const want = rows[i].cls === rows[j].cls ? 'equal' : (rows[i].cls as number) < (rows[j].cls as number) ? 'less' : 'greater';
      if (rel !== want && rel !== 'incomparable') process.stdout.write(`  ${rows[i].cls} ${rows[i].text}  vs  ${rows[j].cls} ${rows[j].text}: ${rel}\n`);
    }
  }
  if (process.argv.includes('--list')) for (const u of report.unparsed) process.stdout.write(`  ${file}:${u.line}: ${JSON.stringify(u.raw)}: ${u.reason}\n`);
}
