// Types of the entity layer: problems, methods, concepts and assumptions of a paper, with where each was found.
import type { Concept, Span } from '../types.ts';

export type EntityField = 'title' | 'abstract';

/** A problem phrase as the paper writes it, with its canonical key (see canonical.ts). */
export interface ProblemSpan extends Span {
  /** canonical key: acronyms expanded, singular, "the … problem" and process words dropped */
  key: string;
  /** where start/end point: the title or the abstract */
  field: EntityField;
}

/** A named method: introduced by the paper (its own contribution) or one it builds on. */
export interface MethodSpan extends Span {
  /** the full name the paper gives for a short one ("HiP" → "Hierarchically Pruned Attention") */
  aliases?: string[];
}

/** Every problem phrase found, before the main ones are chosen (claims pick their subject from these). */
export interface ProblemCandidate {
  name: string;
  key: string;
  field: EntityField;
  start: number;
  end: number;
  weight: number;
  reason: string;
}

export interface Entities {
  methods: MethodSpan[];
  /** named methods the paper builds on (not its own) */
  uses: MethodSpan[];
  problems: ProblemSpan[];
  /** all problem phrases of the abstract and title, main or not */
  problemMentions: ProblemCandidate[];
  concepts: Concept[];
  assumptions: string[];
  /** acronyms the paper defines: lower-case acronym → expansion key */
  acronyms: Map<string, string>;
}
