// Prints what a built graph says about its entities, for checking a build by eye and against the entity-layer
// criteria: problem nodes by papers, generic-looking problems, the LCS problem, paper → paper improves edges,
// method nodes, the most connected concepts.
//   npx tsx scripts/graph-report.ts public/data/graph.json [--top 25] [--problem "longest common subsequence"]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'public/data/graph.json';
const top = Number(args[args.indexOf('--top') + 1]) || 25;
const focus = args.includes('--problem') ? args[args.indexOf('--problem') + 1] : 'longest common subsequence';
const env = JSON.parse(readFileSync(file, 'utf8'));
type N = { key: string; attributes: Record<string, any> };
type E = { source: string; target: string; attributes: Record<string, any> };
const nodes: N[] = env.graph.nodes;
const edges: E[] = env.graph.edges;
const byKey = new Map(nodes.map((n) => [n.key, n]));
const degree = new Map<string, number>();
const papersOf = new Map<string, Set<string>>();
for (const e of edges) {
  degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
  degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  if (e.source.startsWith('paper:') && !e.target.startsWith('paper:')) {
    let s = papersOf.get(e.target);
    if (!s) papersOf.set(e.target, (s = new Set()));
    s.add(e.source);
  }
}
const ofType = (t: string) => nodes.filter((n) => n.attributes.type === t);
const linked = (k: string) => papersOf.get(k)?.size ?? 0;
const problems = ofType('problem').sort((a, b) => linked(b.key) - linked(a.key));
console.log(`${nodes.length} nodes, ${edges.length} edges; ${ofType('paper').length} papers, ${problems.length} problems, ${ofType('method').length} methods, ${ofType('concept').length} concepts`);
console.log(`problems with >= 5 papers: ${problems.filter((p) => linked(p.key) >= 5).length}`);
console.log(`\ntop ${top} problems (papers linked · label · aliases · general):`);
for (const p of problems.slice(0, top)) console.log(`  ${String(linked(p.key)).padStart(4)}  ${p.attributes.label}${p.attributes.aliases?.length ? `  [${p.attributes.aliases.slice(0, 4).join('; ')}]` : ''}${p.attributes.general ? `  → ${p.attributes.general}` : ''}`);
const GENERIC = /^(?:same|following|above|well-studied|classic|central|open|fundamental|general|this|that|these|such|long-standing|important|natural|main|algorithms?)\b/i;
console.log(`\ngeneric-looking problem labels: ${problems.filter((p) => GENERIC.test(p.attributes.label)).map((p) => p.attributes.label).join(', ') || 'none'}`);
const f = problems.find((p) => p.attributes.key === focus || p.attributes.label.toLowerCase() === focus);
if (f) {
  const variants = edges.filter((e) => e.attributes.type === 'specializes' && e.target === f.key).map((e) => byKey.get(e.source)!.attributes.label);
  const onlyAcronym = [...(papersOf.get(f.key) ?? [])].filter((k) => { const a = byKey.get(k)!.attributes; const t = `${a.title} ${a.abstract ?? ''}`.toLowerCase(); return !t.includes(focus); }).length;
  console.log(`\n"${focus}": ${linked(f.key)} papers (${onlyAcronym} never write it out), ${variants.length} variants: ${variants.slice(0, 12).join('; ')}`);
} else console.log(`\n"${focus}": no problem node`);
const imp = edges.filter((e) => e.attributes.type === 'improves');
const p2p = imp.filter((e) => e.target.startsWith('paper:'));
const backwards = p2p.filter((e) => (byKey.get(e.target)!.attributes.year ?? 0) > (byKey.get(e.source)!.attributes.year ?? 0));
console.log(`\nimproves edges: ${imp.length} (${p2p.length} paper → paper, ${backwards.length} pointing to a later paper)`);
for (const e of p2p.slice(0, 8)) console.log(`  ${byKey.get(e.source)!.attributes.year} ${byKey.get(e.source)!.attributes.label.slice(0, 50)}  →  ${byKey.get(e.target)!.attributes.year} ${byKey.get(e.target)!.attributes.label.slice(0, 50)}  (${e.attributes.fromLatex} ⇒ ${e.attributes.toLatex}; ${e.attributes.problem})`);
const methods = ofType('method').sort((a, b) => linked(b.key) - linked(a.key));
console.log(`\ntop methods: ${methods.slice(0, top).map((m) => `${m.attributes.label} (${linked(m.key)})`).join(', ')}`);
const concepts = ofType('concept').sort((a, b) => (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0));
console.log(`\n50 most connected concepts: ${concepts.slice(0, 50).map((c) => c.attributes.label).join(', ')}`);
console.log(`single-word among them: ${concepts.slice(0, 50).filter((c) => !/\s/.test(c.attributes.label)).map((c) => c.attributes.label).join(', ') || 'none'}`);
