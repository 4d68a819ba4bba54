// Draws the abstracts of an annotation set from a shared corpus, reproducibly (seeded), leaving out papers
// already in another gold set. Writes `{id, title, abstract, source}` records (the abstract exactly as the
// readers produce it, so gold spans locate in the extractor's text).
//
//   npx tsx scripts/draw-devset.ts --set ds-blind   (see SETS below; --list shows them)
//
// The sets are defined here once, so the committed fixtures can be redrawn and checked.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readPapers } from '../src/cli/inputs.ts';
import { seededRng } from '../src/graph/rng.ts';
import type { Paper } from '../src/ingest/types.ts';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SHARED = path.resolve(ROOT, '../shared');

/** Data-structure and string-algorithm abstracts: words of those fields in title or abstract. */
const DS_STRINGS = /\b(?:strings?|substrings?|subsequences?|suffix|suffixes|prefix|pattern matching|text index|indexes|indexing|indices|data structures?|succinct|compressed|compression|dictionar(?:y|ies)|tries?|trees?|hash(?:ing|es)?|bitvectors?|rank|select|queries|query|sketch(?:es|ing)?|filters?|heaps?|sorting|Lempel|LZ77|LZ78|Burrows|BWT|palindrom\w*|periodicit\w*|edit distance|alignment|k-mers?|de Bruijn|grammar)\b/i;
/** A bound-like candidate: an asymptotic symbol or a class word. */
const HAS_CANDIDATE = /\\(?:mathcal\{O\}|tilde|widetilde|Omega|Theta)|[OΩΘ]\s*\(|\b(?:linear|quadratic|cubic|logarithmic|polylog\w*|sublinear|sub-?quadratic|polynomial|exponential|constant)\b/i;
/** ML theory: learning-theory words a bound is stated in. */
const ML_THEORY = /\b(?:sample complexity|regret|query complexity|lower bound|upper bound|minimax|convergence rate|iteration complexity|oracle complexity|generalization bound|PAC|communication complexity|rounds?)\b/i;
const ML_CATEGORIES = new Set(['cs.LG', 'stat.ML', 'cs.DS', 'math.OC', 'cs.IT', 'math.ST', 'cs.GT']);

interface SetSpec {
  corpus: string;
  seed: number;
  size: number;
  maxChars: number;
  keep: (p: Paper) => boolean;
  source: string;
  note: string;
}

const SETS: Record<string, SetSpec> = {
  'ds-blind': {
    corpus: 'corpus/arxiv-atom-cs-ds/arxiv.xml', seed: 20261202, size: 90, maxChars: 1800, source: 'arxiv-atom-cs-ds',
    keep: (p) => DS_STRINGS.test(`${p.title} ${p.abstract}`) && HAS_CANDIDATE.test(p.abstract),
    note: 'data-structure and string-algorithm abstracts with a bound-like candidate; never tuned on',
  },
  'ds-tune': {
    corpus: 'corpus/arxiv-atom-cs-ds/arxiv.xml', seed: 1202, size: 40, maxChars: 1800, source: 'arxiv-atom-cs-ds',
    keep: (p) => HAS_CANDIDATE.test(p.abstract),
    note: 'any cs.DS abstract with a bound-like candidate; for tuning',
  },
  'ml-tune': {
    corpus: 'corpus/arxiv-ml-2025/abstracts.jsonl.gz', seed: 1203, size: 40, maxChars: 1800, source: 'arxiv-ml-2025',
    keep: (p) => (p.categories ?? []).some((c) => ML_CATEGORIES.has(c)) && ML_THEORY.test(p.abstract) && HAS_CANDIDATE.test(p.abstract),
    note: 'ML-theory abstracts (learning-theory words and a bound-like candidate); for tuning',
  },
  'ml-blind': {
    corpus: 'corpus/arxiv-ml-2025/abstracts.jsonl.gz', seed: 20261203, size: 40, maxChars: 1800, source: 'arxiv-ml-2025',
    keep: (p) => (p.categories ?? []).some((c) => ML_CATEGORIES.has(c)) && ML_THEORY.test(p.abstract) && HAS_CANDIDATE.test(p.abstract),
    note: 'ML-theory abstracts, as ml-tune; never tuned on',
  },
  'ml-tune2': {
    corpus: 'corpus/arxiv-ml-2025/abstracts.jsonl.gz', seed: 20261204, size: 60, maxChars: 1800, source: 'arxiv-ml-2025',
    keep: (p) => (p.categories ?? []).some((c) => ML_CATEGORIES.has(c)) && ML_THEORY.test(p.abstract) && HAS_CANDIDATE.test(p.abstract),
    note: 'ML-theory abstracts, as ml-tune; a second tuning set, drawn after the first rules were fitted',
  },
  'ds-tune2': {
    corpus: 'corpus/arxiv-atom-cs-ds/arxiv.xml', seed: 20261205, size: 40, maxChars: 1800, source: 'arxiv-atom-cs-ds',
    keep: (p) => DS_STRINGS.test(`${p.title} ${p.abstract}`) && HAS_CANDIDATE.test(p.abstract),
    note: 'data-structure and string abstracts, as ds-blind; a second tuning set',
  },
};

/** Titles already in a gold set: the shared dev set, the older held-out set, and the sets listed before this one in SETS. */
async function takenTitles(except: string): Promise<Set<string>> {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const out = new Set<string>();
  const files = [
    path.join(SHARED, 'gold-dev/dev-abstracts.json'),
    path.join(ROOT, 'test/fixtures/extract/heldout-abstracts.json'),
    ...Object.keys(SETS).slice(0, Object.keys(SETS).indexOf(except)).map((s) => path.join(ROOT, `test/fixtures/gold2/${s}-abstracts.json`)),
  ];
  for (const f of files) {
    try { for (const r of JSON.parse(await fs.readFile(f, 'utf8')) as { title: string }[]) out.add(norm(r.title)); } catch { /* not drawn yet */ }
  }
  return out;
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--list')) { for (const [k, s] of Object.entries(SETS)) console.log(`${k}: ${s.size} from ${s.corpus}, seed ${s.seed} — ${s.note}`); return; }
  const name = argv[argv.indexOf('--set') + 1];
  const spec = SETS[name];
  if (!spec) { console.error(`draw-devset: unknown set "${name}" (${Object.keys(SETS).join(', ')})`); process.exit(2); }
  const taken = await takenTitles(name);
  const read = await readPapers([path.join(SHARED, spec.corpus)]);
  const pool = read.papers
    .filter((p) => p.abstract.length <= spec.maxChars && p.abstract.length >= 200 && spec.keep(p) && !taken.has(p.title.replace(/\s+/g, ' ').trim().toLowerCase()))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Fisher–Yates with the set's seed over the id-sorted pool: the draw depends only on the corpus and the seed
  const rng = seededRng(spec.seed);
  for (let i = pool.length - 1; i > 0; i--) { const j = Math.floor(rng() * (i + 1)); [pool[i], pool[j]] = [pool[j], pool[i]]; }
  const drawn = pool.slice(0, spec.size).map((p) => ({ id: p.id, title: p.title, abstract: p.abstract, source: spec.source }));
  const out = path.join(ROOT, `test/fixtures/gold2/${name}-abstracts.json`);
  await fs.mkdir(path.dirname(out), { recursive: true });
  await fs.writeFile(out, JSON.stringify(drawn, null, 1) + '\n');
  console.log(`${name}: drew ${drawn.length} of ${pool.length} eligible (seed ${spec.seed}) → ${path.relative(ROOT, out)}`);
}

await main();
