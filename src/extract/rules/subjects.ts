// Rule data: how a claim's subject (the problem, and the method when one is named, that a bound is about) is
// decided from its sentence. Tried in this order; each has a reason that `explain` prints.

export interface SubjectRule { rule: 'reduction-target' | 'for-after' | 'mention-before' | 'mention-after' | 'main-named' | 'paper-main'; reason: string; note: string }

export const SUBJECT_RULES: readonly SubjectRule[] = [
  { rule: 'reduction-target', reason: 'subject:reduction-target', note: '"we reduce X to Y, which can be solved in T": the bound is Y\'s (null when Y is no problem name)' },
  { rule: 'for-after', reason: 'subject:for-after-bound', note: '"O(n) time for the X problem": the phrase after "for" right behind the bound' },
  { rule: 'mention-before', reason: 'subject:problem-before-bound', note: 'a problem the sentence names before the bound (any phrase or acronym the paper uses for one; the most specific)' },
  { rule: 'main-named', reason: 'subject:main-problem-named', note: 'a main problem of the paper named (or abbreviated) in the sentence' },
  { rule: 'mention-after', reason: 'subject:problem-after-bound', note: 'a problem the sentence names after the bound' },
  { rule: 'paper-main', reason: 'subject:paper-main-problem', note: 'no problem in the sentence: the paper\'s first main problem' },
];

export const METHOD_SUBJECT_REASON = 'subject:method-in-sentence';
export const NO_SUBJECT_REASON = 'subject:none';
