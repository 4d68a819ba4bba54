// Paper-level entities: methods, problems, concepts and assumptions.
import type { Concept, Span } from '../types.ts';
import type { Token } from '../text.ts';
import { extractMethods } from './methods.ts';
import { extractProblems } from './problems.ts';
import { extractConcepts } from './concepts.ts';
import { extractAssumptions } from './assumptions.ts';

export interface Entities { methods: Span[]; problems: Span[]; concepts: Concept[]; assumptions: string[] }

export function extractEntities(title: string, text: string, tokens: Token[], sentences: [number, number][]): Entities {
  void tokens;
  return {
    methods: extractMethods(title, text, sentences),
    problems: extractProblems(text),
    concepts: extractConcepts(title, text),
    assumptions: extractAssumptions(title, text),
  };
}
