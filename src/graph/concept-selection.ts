// Which concepts become nodes: terms that are distinctive, as VOSviewer keeps terms by how unevenly they spread
// over clusters. Document frequency alone keeps "string" and "fast"; here a term's distinctiveness is the
// Kullback–Leibler divergence of its papers' cluster distribution from the corpus's, and the generic-word list
// is derived from the corpus: single words that spread evenly, or that are building blocks of many distinct
// phrases ("string" in "input string", "binary string", "string matching"), or that titles seldom name, are generic.
import { byString } from './rng.ts';

export interface ConceptSelection {
  /** merge keys of the concepts that become nodes */
  keep: Set<string>;
  /** distinctiveness per kept key (nats) */
  distinctiveness: Map<string, number>;
  /** the corpus-derived generic terms, most frequent first (recorded in graph.json meta) */
  generic: string[];
}

export interface SelectionInput {
  /** per paper: the concept merge keys it has */
  paperConcepts: readonly Iterable<string>[];
  /** concept merge key → its label (words separated by spaces) */
  label: (key: string) => string;
  /** per paper: its title (topical terms are named in titles; generic words rarely are) */
  titles: readonly string[];
  /** per paper: its cluster */
  assignment: ArrayLike<number>;
  clusterCount: number;
  minDf: number;
}

/** Below this many papers the cluster distribution says too little: only the df threshold applies. */
const MIN_PAPERS = 200;
/** A multi-word term needs this much distinctiveness (nats); a single word far more. */
const MIN_D_PHRASE = 0.35;
const MIN_D_WORD = 1.2;
/** Minimum log-likelihood-ratio statistic of the spread (chi-square-like), for words and for phrases. */
const MIN_G_WORD = 40;
const MIN_G_PHRASE = 8;
/** Share of a term's papers whose title names it: generic words ("item", "occur") are almost never in titles. */
const MIN_TITLE_WORD = 0.3;
const MIN_TITLE_PHRASE = 0.03;
/** A single word needs at least this share of the papers (more evidence than a phrase). */
const MIN_WORD_SHARE = 0.01;
/** A word is a fragment when this share of its papers also name a phrase containing it. */
const MAX_FRAGMENT = 0.4;
/** A single word that is a part of this many distinct multi-word concepts is a building block, not a concept. */
const MAX_PRODUCTIVITY = 1;
/** A single word in more than this share of the papers is generic whatever its spread. */
const MAX_WORD_SHARE = 0.04;

export function selectConcepts(input: SelectionInput): ConceptSelection {
  const n = input.paperConcepts.length;
  const df = new Map<string, number>();
  const byCluster = new Map<string, Map<number, number>>();
  input.paperConcepts.forEach((keys, i) => {
    const c = input.assignment[i];
    for (const k of keys) {
      df.set(k, (df.get(k) ?? 0) + 1);
      let m = byCluster.get(k);
      if (!m) byCluster.set(k, (m = new Map()));
      m.set(c, (m.get(c) ?? 0) + 1);
    }
  });
  const candidates = [...df].filter(([, d]) => d >= input.minDf).map(([k]) => k).sort(byString);
  // papers whose title names the concept (its words, as a prefix of a title word: "palindrome" in "Palindromes")
  const titleHits = new Map<string, number>();
  const lowerTitles = input.titles.map((t) => ` ${t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
  input.paperConcepts.forEach((keys, i) => {
    for (const k of keys) {
      if ((df.get(k) ?? 0) < input.minDf) continue;
      const words = input.label(k).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (words && lowerTitles[i].includes(` ${words}`)) titleHits.set(k, (titleHits.get(k) ?? 0) + 1);
    }
  });
  const keep = new Set<string>();
  const distinctiveness = new Map<string, number>();
  if (n < MIN_PAPERS) {
    for (const k of candidates) keep.add(k);
    return { keep, distinctiveness, generic: [] };
  }
  const clusterSize = new Array<number>(input.clusterCount).fill(0);
  for (let i = 0; i < input.assignment.length; i++) clusterSize[input.assignment[i]]++;
  // how many distinct multi-word concepts each word is part of
  const productivity = new Map<string, number>();
  for (const k of candidates) {
    const words = input.label(k).toLowerCase().split(/[\s-]+/).filter(Boolean);
    if (words.length < 2) continue;
    for (const w of new Set(words)) productivity.set(w, (productivity.get(w) ?? 0) + 1);
  }
  // a word whose papers mostly also have a phrase containing it ("series" beside "time series") is a fragment
  const partOf = new Map<string, number>();
  const labelOf = new Map(candidates.map((k) => [k, input.label(k).toLowerCase()]));
  input.paperConcepts.forEach((keys) => {
    const ks = [...keys].filter((k) => labelOf.has(k));
    const inPhrase = new Set<string>();
    for (const k of ks) { const l = labelOf.get(k)!; if (/[\s-]/.test(l)) for (const w of l.split(/[\s-]+/)) inPhrase.add(w); }
    for (const k of ks) { const l = labelOf.get(k)!; if (!/[\s-]/.test(l) && inPhrase.has(l)) partOf.set(k, (partOf.get(k) ?? 0) + 1); }
  });
  const generic: Array<[string, number]> = [];
  for (const k of candidates) {
    const d = df.get(k)!;
    let kl = 0;
    for (const [c, cnt] of byCluster.get(k)!) {
      const p = cnt / d;
      const q = clusterSize[c] / n;
      kl += p * Math.log(p / q);
    }
    const label = input.label(k).toLowerCase();
    const single = !/[\s-]/.test(label.trim());
    // G = 2·df·KL is the log-likelihood-ratio statistic of the spread: a rare term's KL alone is noisy
    const g = 2 * d * kl;
    const titleShare = (titleHits.get(k) ?? 0) / d;
    const ok = single
      ? d >= MIN_WORD_SHARE * n && kl >= MIN_D_WORD && g >= MIN_G_WORD && (partOf.get(k) ?? 0) / d < MAX_FRAGMENT && (productivity.get(label) ?? 0) <= MAX_PRODUCTIVITY && d / n <= MAX_WORD_SHARE && titleShare >= MIN_TITLE_WORD
      : kl >= MIN_D_PHRASE && g >= MIN_G_PHRASE && titleShare >= MIN_TITLE_PHRASE;
    if (ok) { keep.add(k); distinctiveness.set(k, Math.round(kl * 1000) / 1000); } else generic.push([label, d]);
  }
  generic.sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
  return { keep, distinctiveness, generic: generic.map(([l]) => l) };
}
