// Paper-level entities: the acronyms a paper defines, the methods it introduces and builds on, the problems it
// studies (title and abstract cues; canonical keys), concepts and assumptions.
import type { Token } from '../text.ts';
import type { Entities } from './types.ts';
import { extractMethods } from './methods.ts';
import { titleProblems, abstractProblems, chooseProblems } from './problems.ts';
import { problemKey } from './canonical.ts';
import { extractConcepts } from './concepts.ts';
import { extractAssumptions } from './assumptions.ts';
import { findAcronymDefinitions, acronymTable } from './acronyms.ts';

export type { Entities, ProblemSpan, MethodSpan, ProblemCandidate } from './types.ts';

export function extractEntities(title: string, text: string, tokens: Token[], sentences: [number, number][]): Entities {
  void tokens;
  const definitions = findAcronymDefinitions(text);
  const acronyms = acronymTable([...findAcronymDefinitions(title), ...definitions]);
  const methods = extractMethods(title, text, sentences);
  const methodKeys = new Set(methods.flatMap((m) => [m.name, ...(m.aliases ?? [])]).map((n) => problemKey(n, acronyms)));
  const ctx = { acronyms, methodKeys, sentences, definitions };
  const problemMentions = [...titleProblems(title, ctx), ...abstractProblems(text, ctx)];
  return {
    methods,
    uses: [],
    problems: chooseProblems(problemMentions, title, sentences[1]?.[1] ?? sentences[0]?.[1] ?? 0),
    problemMentions,
    concepts: extractConcepts(title, text),
    assumptions: extractAssumptions(title, text),
    acronyms,
  };
}
