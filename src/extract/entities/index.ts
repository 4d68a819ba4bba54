// Paper-level entities: the acronyms a paper defines, the methods it introduces and builds on, the problems it
// studies (title and abstract cues; canonical keys), concepts and assumptions.
import type { Token } from '../text.ts';
import type { Entities } from './types.ts';
import { extractMethods } from './methods.ts';
import { titleProblems, abstractProblems, chooseProblems, methodHeadProblems } from './problems.ts';
import { problemKey } from './canonical.ts';
import { extractConcepts } from './concepts.ts';
import { extractAssumptions } from './assumptions.ts';
import { findAcronymDefinitions, acronymTable } from './acronyms.ts';
import { extractUses } from './uses.ts';
import { phraseWords } from './nlp.ts';
import { PROBLEM_SYNONYMS } from '../rules/problems.ts';

export type { Entities, ProblemSpan, MethodSpan, ProblemCandidate } from './types.ts';

/** Problems the rules name by several names (the canonical side of the synonym table). */
const KNOWN_PROBLEMS: ReadonlySet<string> = new Set(PROBLEM_SYNONYMS.map((s) => s.canonical));

/** Candidate reasons that state a problem outright (a short name for one of these is the problem's acronym). */
const STRONG_PROBLEM_REASONS = new Set(['problem:x-problem', 'problem:x-problems', 'problem:problem-of', 'problem:problems-of', 'problem:we-study', 'problem:we-consider', 'problem:known-as']);

/**
 * Words before a problem mention that make it background or a connection, not what the paper studies ("we also
 * establish a connection … to the LCS problem", "in contrast to its dual problem edit distance", "such as X").
 */
const CONNECTION = /\b(?:connections?|relations?(?:hip)?|related|hardness|conditional|conditioned|assuming|unless|reduc(?:tion|tions|es|ing|e)|generali[sz](?:es|ation|ations|ing)|special case|contrast|dual|analog(?:ous|ue)|similar|such as|e\.g\.|for example|for instance|applications?|inspired|motivated|unlike|sister|counterpart|variants? of|versions? of)\b[^.;]{0,80}$/i;
const CONNECTION_WEIGHT = 0.3;

function demoteConnections<T extends { field: string; start: number; weight: number }>(text: string, cands: T[]): T[] {
  return cands.map((c) => (c.field === 'abstract' && CONNECTION.test(text.slice(Math.max(0, c.start - 90), c.start)) ? { ...c, weight: c.weight * CONNECTION_WEIGHT } : c));
}

export function extractEntities(title: string, text: string, tokens: Token[], sentences: [number, number][]): Entities {
  void tokens;
  const definitions = findAcronymDefinitions(text);
  const acronyms = acronymTable([...findAcronymDefinitions(title), ...definitions]);
  const found = extractMethods(title, text, sentences);
  // problems first, with no method filter: a short name whose full name the abstract states as a problem
  // ("jumbled pattern matching (JPM)", "online linear optimization (OLO)") is that problem, not a method
  const ctx0 = { acronyms, methodKeys: new Set<string>(), sentences, definitions };
  // the abstract's words, once: problem cues and the methods it builds on both read them
  const words = phraseWords(text);
  const raw = [...titleProblems(title, ctx0), ...demoteConnections(text, abstractProblems(text, ctx0, words))];
  const problemish = new Set(raw.filter((c) => STRONG_PROBLEM_REASONS.has(c.reason)).map((c) => c.key));
  // a name whose key is a problem the rules know by several names ("Lempel-Ziv (LZ77)") is that problem, not a method
  for (const c of raw) if (KNOWN_PROBLEMS.has(c.key)) problemish.add(c.key);
  const methods = found.filter((m) => ![m.name, ...(m.aliases ?? [])].some((n) => problemish.has(problemKey(n, acronyms)) || problemish.has(problemKey(acronyms.get(n.toLowerCase()) ?? '', acronyms)) || KNOWN_PROBLEMS.has(problemKey(n, acronyms))));
  const methodKeys = new Set(methods.flatMap((m) => [m.name, ...(m.aliases ?? [])]).map((n) => problemKey(n, acronyms)));
  const ctx = { acronyms, methodKeys, sentences, definitions };
  // method names (and the title's "Name:" prefix, and the full names they abbreviate) whose head names a problem
  const named: { name: string; start: number; field: 'title' | 'abstract' }[] = [];
  const prefix = /^([^:]{2,60}):/.exec(title);
  if (prefix) named.push({ name: prefix[1].trim(), start: title.indexOf(prefix[1].trim()), field: 'title' });
  for (const m of methods) {
    named.push({ name: m.name, start: m.start, field: 'abstract' });
    for (const a of m.aliases ?? []) { const at = text.indexOf(a); if (at >= 0) named.push({ name: a, start: at, field: 'abstract' }); }
  }
  const problemMentions = [...raw.filter((c) => !methodKeys.has(c.key)), ...methodHeadProblems(named, ctx)];
  const candidateKeys = new Set(problemMentions.map((c) => c.key));
  const problemAcronyms = new Set([...acronyms].filter(([, exp]) => candidateKeys.has(exp)).map(([a]) => a));
  const own = new Set(methods.flatMap((m) => [m.name, ...(m.aliases ?? [])]).map((n) => n.toLowerCase()));
  return {
    methods,
    uses: extractUses(title, text, { own, problemAcronyms }, words),
    problems: chooseProblems(problemMentions, title, sentences[1]?.[1] ?? sentences[0]?.[1] ?? 0),
    problemMentions,
    concepts: extractConcepts(title, text),
    assumptions: extractAssumptions(title, text),
    acronyms,
  };
}
