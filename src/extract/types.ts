// Types of the extract stage: complexity claims and paper-level entities.
import type { Paper } from '../ingest/types.ts';

export type Notation = 'O' | 'Omega' | 'Theta' | 'o' | 'omega' | 'none' | 'verbal';
export type Resource =
  | 'time' | 'space' | 'sample' | 'query' | 'iteration' | 'regret'
  | 'communication' | 'io' | 'update' | 'error' | 'other';
export type Role = 'result' | 'lower' | 'prior' | 'other';

export const NOTATIONS: readonly Notation[] = ['O', 'Omega', 'Theta', 'o', 'omega', 'none', 'verbal'];
export const RESOURCES: readonly Resource[] = ['time', 'space', 'sample', 'query', 'iteration', 'regret', 'communication', 'io', 'update', 'error', 'other'];
export const ROLES: readonly Role[] = ['result', 'lower', 'prior', 'other'];

/**
 * A growth signature as stored in the claims file (JSON-serialisable). Its exact shape is owned by
 * src/extract/bounds/ (see GrowthSig there); compare with compareGrowth(), group with growthKey().
 */
export type GrowthJson = unknown;

export interface Claim {
  start: number;
  end: number;
  text: string;
  notation: Notation;
  soft: boolean;
  expr: string;
  latex: string;
  growth: GrowthJson | null;
  resource: Resource;
  role: Role;
  /** what the bound is about, as written: the problem (else the method) */
  subject: string | null;
  /** canonical key of the problem it bounds (see entities/canonical.ts), or null */
  problem: string | null;
  /** the named method it is a bound of, when the sentence names one */
  method: string | null;
  sentence: [number, number];
}

export interface Span { name: string; start: number; end: number }
export type { ProblemSpan, MethodSpan } from './entities/types.ts';
import type { ProblemSpan, MethodSpan } from './entities/types.ts';
export interface Concept { name: string; weight: number }

export interface PaperClaims extends Paper {
  claims: Claim[];
  /** named methods the paper introduces */
  methods: MethodSpan[];
  /** named methods it builds on */
  uses: MethodSpan[];
  /** its main problems (1–4) */
  problems: ProblemSpan[];
  concepts: Concept[];
  assumptions: string[];
  /** acronyms the paper defines: lower-case acronym → expansion key ("lcs" → "longest common subsequence") */
  acronyms: Record<string, string>;
}

export interface ClaimsFileError { file: string; line: number | null; record: number | null; message: string }

export interface ClaimsFile {
  format: 'boundgraph.claims';
  version: 1;
  papers: PaperClaims[];
  errors: ClaimsFileError[];
}
