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
  /** what makes the bound comparable with others: operation, model, variant, guarantee, condition */
  setting: Setting;
  /** the sentence names no problem: `problem` is the paper's main one (the graph may find a better one) */
  subjectFromPaper?: true;
  /** the sentence pairs several bounds with problems it does not name ("… respectively"): no problem, and none to guess */
  subjectUnknown?: true;
  /** set when curators recorded the bound (it was not read from the text): who, and where it comes from */
  curated?: CuratedSource;
}

/** Where a curated claim comes from: the curated source and the reference it gives. */
export interface CuratedSource {
  source: 'algowiki';
  /** "Algorithm Wiki: Masek; Patterson (Masek & Paterson 1980)" */
  reference: string;
  url?: string;
}

/** What a bound counts: the whole computation, building a structure, one query, or one update. */
export type Operation = 'total' | 'preprocessing' | 'query' | 'update';
export const OPERATIONS: readonly Operation[] = ['total', 'preprocessing', 'query', 'update'];
/** The model of computation a bound is stated in; `word-ram` is the default. */
export type Model =
  | 'word-ram' | 'pointer-machine' | 'external-memory' | 'cell-probe' | 'comparison' | 'streaming'
  | 'parallel' | 'distributed' | 'quantum' | 'communication' | 'other';
export const MODELS: readonly Model[] = ['word-ram', 'pointer-machine', 'external-memory', 'cell-probe', 'comparison', 'streaming', 'parallel', 'distributed', 'quantum', 'communication', 'other'];
export type Guarantee = 'worst' | 'expected' | 'amortized' | 'whp';
export const GUARANTEES: readonly Guarantee[] = ['worst', 'expected', 'amortized', 'whp'];

/**
 * The setting of a claim. Two bounds compete on one frontier only when problem, resource and setting agree
 * (guarantee aside). `variants` are short tags of restrictions, e.g. `approximate`, `approximate:1+ε`,
 * `input:permutations`, `input:bounded-alphabet`, `dynamic`, `online`, `parameterized:k`, `with-preprocessing`;
 * empty for the general problem. `condition` is set for lower bounds: `unconditional` or the hypothesis
 * (`SETH`, `OV`, `3SUM`, `APSP`, `BMM`, `ETH`, `P≠NP`, …).
 */
export interface Setting {
  operation: Operation;
  model: Model;
  variants: string[];
  guarantee: Guarantee;
  condition: string | null;
}

export const DEFAULT_SETTING: Readonly<Setting> = { operation: 'total', model: 'word-ram', variants: [], guarantee: 'worst', condition: null };

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
