// Builds data/problem-thesaurus.json from Algorithm Wiki's curated problem list (457 problem variations in 169
// families, with aliases and parents): the canonical key of every name and alias, and the parent keys of each
// variation, so that problem identity and `specializes` edges follow the curators where they know a problem.
//   npx tsx scripts/algowiki-thesaurus.ts [../shared/corpus/algowiki/api/Problems.json] [-o data/problem-thesaurus.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { problemKey } from '../src/extract/entities/canonical.ts';
import { isGenericKey } from '../src/extract/entities/canonical.ts';

const args = process.argv.slice(2);
const out = args.includes('-o') ? args[args.indexOf('-o') + 1] : 'data/problem-thesaurus.json';
const input = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-o') ?? '../shared/corpus/algowiki/api/Problems.json';
const rows = JSON.parse(readFileSync(input, 'utf8')) as Record<string, string>[];

const split = (s: string | undefined) => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
/** A curated name as a key: TeX stripped, "(APSP)" asides dropped; null when generic or a bare short acronym. */
function keyOf(name: string): string | null {
  const plain = name.replace(/\$[^$]*\$/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!plain) return null;
  const k = problemKey(plain);
  const words = k.split(' ');
  if (!k || isGenericKey(words) || k.replace(/[^a-z0-9]/g, '').length < 3) return null;
  return k;
}

interface Entry { key: string; label: string; aliases: Set<string>; parents: Set<string> }
const entries = new Map<string, Entry>();
const entry = (key: string, label: string): Entry => {
  let e = entries.get(key);
  if (!e) entries.set(key, (e = { key, label, aliases: new Set(), parents: new Set() }));
  return e;
};
for (const r of rows) {
  const family = keyOf(r['Family Name'] ?? '');
  const variation = keyOf(r['Variation'] ?? '');
  if (!variation) continue;
  const famWords = new Set((family ?? '').split(' '));
  // a variation named by a fragment ("Nonnegative Integer Weights" under shortest paths) is no problem name alone
  const complete = variation === family || !family || variation.split(' ').some((w) => famWords.has(w)) || split(r['Alias']).length > 0;
  if (!complete) continue;
  const e = entry(variation, (r['Variation'] ?? '').trim());
  // a bare acronym alias ("MLCS") is left to the papers, which define their own acronyms
  for (const a of split(r['Alias'])) { const k = /^[A-Z0-9-]+s?$/.test(a) ? null : keyOf(a); if (k && k !== variation) e.aliases.add(k); }
  for (const p of split(r['Parents'])) { const k = keyOf(p); if (k && k !== variation) e.parents.add(k); }
  if (family && family !== variation) e.parents.add(family);
}
// an alias that names two curated problems is ambiguous: dropped from both
const aliasCount = new Map<string, number>();
for (const e of entries.values()) for (const a of e.aliases) aliasCount.set(a, (aliasCount.get(a) ?? 0) + 1);
const list = [...entries.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((e) => ({
  key: e.key, label: e.label,
  aliases: [...e.aliases].filter((a) => aliasCount.get(a) === 1 && !entries.has(a)).sort(),
  // curated parents that name each other (3SUM ⇄ Real 3SUM) are no hierarchy: both links dropped
  parents: [...e.parents].filter((p) => p !== e.key && !entries.get(p)?.parents.has(e.key)).sort(),
}));
writeFileSync(out, JSON.stringify({
  format: 'boundgraph.problem-thesaurus', version: 1,
  source: 'Algorithm Wiki (MIT-FutureTech/Algorithm-Wiki-API data/Problems.json at cbd75228, ISC): variations, aliases and parents as problem keys',
  problems: list,
}, null, 1) + '\n');
console.log(`${list.length} problems, ${list.reduce((n, e) => n + e.aliases.length, 0)} aliases, ${list.reduce((n, e) => n + e.parents.length, 0)} parent links → ${out}`);
