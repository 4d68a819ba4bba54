// Scores a graph's problem ladders against hand-labelled ladders (test/fixtures/ladders/*.json): every bound of
// every abstract that mentions the problem is labelled general / variant / other, with role, resource and the
// expert's frontier. Prints, per problem and overall: general-node precision (rows of the general group that are
// bounds of the general problem), precision with variants (rows anywhere on the ladder that are bounds of the
// problem or a variant), recall (labelled general and variant bounds found anywhere on the ladder), lower bounds
// shown as upper bounds, and whether the general time frontier equals the expert's.
//   npx tsx scripts/ladder-eval.ts <graph.json> <labels.json> [more labels…] [--verbose]
import { readFileSync } from 'node:fs';
import { loadIndex, findProblem } from '../src/cli/commands/ladder.ts';
import { problemLadder, type LadderGroup } from '../src/state/problem-ladder.ts';
import type { LadderRow } from '../src/state/ladder.ts';
import { compareGrowth, growthKey, type GrowthSig } from '../src/extract/bounds/index.ts';
import { RESOURCES } from '../src/extract/types.ts';

interface LabelBound { text: string; occurrence: number; about: 'general' | 'variant' | 'other'; role: string; resource: string; variant?: string | null; note?: string }
interface LabelPaper { id: string; title: string; bounds: LabelBound[] }
interface LabelFile { problem: string; aliases?: string[]; papers: LabelPaper[]; frontier: { time?: { id: string; text: string; occurrence: number }[] } }

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const [graphFile, ...labelFiles] = args.filter((a) => !a.startsWith('--'));
const ops = { compare: (a: unknown, b: unknown) => compareGrowth(a as GrowthSig, b as GrowthSig), key: (g: unknown) => growthKey(g as GrowthSig) };

function startOf(abstract: string, text: string, occ: number): number {
  let i = -1;
  for (let k = 0; k < occ; k++) { i = abstract.indexOf(text, i + 1); if (i < 0) return -1; }
  return i;
}

const index = await loadIndex(graphFile);
const totals = { gen: 0, genOk: 0, all: 0, allOk: 0, want: 0, found: 0, lowerAsUpper: 0, frontiers: 0, frontierOk: 0 };
for (const file of labelFiles) {
  const L = JSON.parse(readFileSync(file, 'utf8')) as LabelFile;
  const node = [L.problem, ...(L.aliases ?? [])].map((n) => findProblem(index, n)).find((n) => n) ?? null;
  // labels by paper: [start, end) → label
  const labels = new Map<string, { s: number; e: number; b: LabelBound }[]>();
  for (const p of L.papers) {
    const paper = index.nodes.get(`paper:${p.id}`) ?? index.claimPapers?.get(`paper:${p.id}`);
    const abs = paper && paper.type === 'paper' ? paper.abstract : '';
    labels.set(p.id, p.bounds.map((b) => { const s = startOf(abs, b.text, b.occurrence); return { s, e: s + b.text.length, b }; }).filter((x) => x.s >= 0));
  }
  const labelOf = (r: LadderRow): LabelBound | null => {
    const id = r.paper.id.replace(/^paper:/, '');
    for (const l of labels.get(id) ?? []) if (l.s < r.claim.end && l.e > r.claim.start) return l.b;
    return null;
  };
  const rows: { r: LadderRow; general: boolean; upper: boolean }[] = [];
  const frontier: LadderRow[] = [];
  if (node) {
    for (const resource of RESOURCES) {
      const lad = problemLadder(index, node, ops, { resource });
      const add = (g: LadderGroup, general: boolean) => {
        for (const r of g.frontier) rows.push({ r, general, upper: true });
        for (const r of g.beaten) rows.push({ r, general, upper: true });
        for (const r of g.lower) rows.push({ r, general, upper: false });
        for (const r of g.other) rows.push({ r, general, upper: false });
      };
      add(lad.general, true);
      for (const s of lad.settings) add(s.group, false);
      if (resource === 'time') frontier.push(...lad.general.frontier);
    }
  }
  let gen = 0, genOk = 0, all = 0, allOk = 0, lowerAsUpper = 0;
  const seen = new Set<string>();
  const bad: string[] = [];
  for (const { r, general, upper } of rows) {
    const l = labelOf(r);
    const ok = !!l && l.about !== 'other';
    if (l) seen.add(`${r.paper.id.replace(/^paper:/, '')}|${l.text}|${l.occurrence}`);
    all++; if (ok) allOk++;
    if (!general && !ok) bad.push(`  setting row not a bound of the problem (${l ? `${l.about}` : 'not a labelled bound'}): ${r.claim.text} — ${r.paper.id} ${r.paper.title.slice(0, 60)}`);
    if (general) { gen++; if (l?.about === 'general') genOk++; else bad.push(`  general row not general (${l ? `${l.about}${l.variant ? `: ${l.variant}` : ''}` : 'not a labelled bound'}): ${r.claim.text} — ${r.paper.id} ${r.paper.title.slice(0, 60)}`); }
    if (upper && l?.role === 'lower') { lowerAsUpper++; bad.push(`  lower bound shown as upper: ${r.claim.text} — ${r.paper.id}`); }
  }
  let want = 0, found = 0;
  const missed: string[] = [];
  for (const p of L.papers) for (const b of p.bounds) {
    if (b.about === 'other') continue;
    want++;
    if (seen.has(`${p.id}|${b.text}|${b.occurrence}`)) found++; else missed.push(`  missed ${b.about}${b.variant ? ` (${b.variant})` : ''} ${b.role}/${b.resource}: ${b.text} — ${p.id} ${p.title.slice(0, 60)}`);
  }
  const expert = new Set((L.frontier.time ?? []).map((f) => `${f.id}|${f.text}|${f.occurrence}`));
  const ours = new Set(frontier.map((r) => { const l = labelOf(r); return `${r.paper.id.replace(/^paper:/, '')}|${l?.text ?? r.claim.text}|${l?.occurrence ?? '?'}`; }));
  // the frontier agrees when it holds only expert rows and at least one of them (all restatements are not required)
  const hasFrontier = expert.size > 0;
  const frontierOk = hasFrontier ? ours.size > 0 && [...ours].every((k) => expert.has(k)) : ours.size === 0;
  totals.gen += gen; totals.genOk += genOk; totals.all += all; totals.allOk += allOk; totals.want += want; totals.found += found; totals.lowerAsUpper += lowerAsUpper;
  if (hasFrontier) { totals.frontiers++; if (frontierOk) totals.frontierOk++; }
  const pc = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');
  console.log(`${L.problem}${node ? '' : ' (NO NODE)'}: general precision ${pc(genOk, gen)} (${genOk}/${gen}), with variants ${pc(allOk, all)} (${allOk}/${all}), recall ${pc(found, want)} (${found}/${want}), lower-as-upper ${lowerAsUpper}, time frontier ${hasFrontier ? (frontierOk ? 'equal' : 'DIFFERENT') : ours.size ? 'none expected, got one' : 'none (as expected)'}`);
  if (!frontierOk) console.log(`  frontier: ours [${[...ours].join('; ')}] expert [${[...expert].join('; ')}]`);
  if (verbose) { for (const b of bad) console.log(b); for (const m of missed) console.log(m); }
}
const pc = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
console.log(`TOTAL general precision ${pc(totals.genOk, totals.gen)}, with variants ${pc(totals.allOk, totals.all)}, recall ${pc(totals.found, totals.want)}, lower-as-upper ${totals.lowerAsUpper}, frontier equal ${totals.frontierOk}/${totals.frontiers}`);
