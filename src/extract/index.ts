// Public entry of the extract stage (pure): Paper → PaperClaims. TEMPORARY SKELETON: the extractor
// work replaces the body; the signature is the contract the graph stage codes against.
import type { Paper } from '../ingest/types.ts';
import type { PaperClaims } from './types.ts';

/** Bumped whenever extraction output can change; part of the build cache key. */
export const EXTRACTOR_VERSION = '0.0.0-skeleton';

export function extractPaper(paper: Paper): PaperClaims {
  return { ...paper, claims: [], methods: [], problems: [], concepts: [], assumptions: [] };
}
