// Prints a problem's ladder from a built graph as the explorer computes it: per resource, the frontier (best known
// upper bounds), then counts of the rest, in both views ("n": worst case in n; "exact").
//   npx tsx scripts/ladder-report.ts public/data/graph.json "edit distance" [--view n|exact] [--no-variants] [--all]
import { readFileSync } from 'node:fs';
import { buildIndex } from '../src/state/graph-index.ts';
import { buildLadder, selectionClaims, selectionIsGraphProblem, bestByYear, type LadderOptions } from '../src/state/ladder.ts';
import { DEFAULT_FILTERS } from '../src/state/types.ts';
import { compareGrowth, growthKey, type GrowthSig } from '../src/extract/bounds/index.ts';

const args = process.argv.slice(2);
const [file, name] = args.filter((a) => !a.startsWith('--'));
const index = buildIndex(JSON.parse(readFileSync(file, 'utf8')));
const ops = { compare: (a: unknown, b: unknown) => compareGrowth(a as GrowthSig, b as GrowthSig), key: (g: unknown) => growthKey(g as GrowthSig) };
const node = [...index.nodes.values()].find((n) => n.type === 'problem' && (n.id === `problem:${name}` || n.label.toLowerCase() === name.toLowerCase()));
if (!node) { console.error(`no problem "${name}"`); process.exit(2); }
const views = args.includes('--view') ? [args[args.indexOf('--view') + 1] as 'n' | 'exact'] : (['n', 'exact'] as const);
for (const view of views) {
  const opts: LadderOptions = { view, variants: !args.includes('--no-variants') };
  const sel = { kind: 'node' as const, id: node.id };
  const claims = selectionClaims(index, sel, DEFAULT_FILTERS, ops, [], opts);
  const ladder = buildLadder(index, claims, ops, { view, graph: selectionIsGraphProblem(index, sel) });
  console.log(`\n== ${node.label} (${node.id}), view ${view}, variants ${opts.variants}: ${claims.length} claims`);
  for (const s of ladder) {
    const count = (b: string) => s.rows.filter((r) => r.bucket === b).length;
    console.log(`  ${s.resource}: frontier ${count('frontier')}, upper ${count('upper')}, lower ${count('lower')}, other ${count('other')}`);
    for (const r of s.rows.filter((x) => x.bucket === 'frontier' || args.includes('--all'))) console.log(`     [${r.bucket}] ${r.claim.text.padEnd(34)} ${r.claim.role.padEnd(6)} ${r.paper.year ?? ''} ${r.paper.title.slice(0, 60)}${r.claim.problem !== node.id ? `  (${r.claim.problem})` : ''}`);
    const tl = bestByYear(s, ops);
    if (tl.length > 1) console.log(`     timeline: ${tl.map((p) => `${p.year}:${p.best[0].claim.text}${p.improved ? '*' : ''}`).join('  ')}`);
  }
}
