// How a ladder section is shown (pure): rows grouped under their bucket headings, and a paper that states the
// same bound several times (title, abstract, restated) shown once with a count. The CSV keeps every claim.
import { BUCKETS, type LadderBucket, type LadderRow, type LadderSection } from '../../state/ladder.ts';

/** The ladder's buckets as shown (the state's buckets: src/state/ladder.ts). */
export type ShownBucket = LadderBucket;
export const SHOWN_BUCKETS: readonly ShownBucket[] = BUCKETS;

export const BUCKET_TITLES: Record<ShownBucket, string> = {
  frontier: 'Best known (frontier)',
  upper: 'Beaten upper bounds',
  'per-operation': 'Per query or operation (below linear time)',
  lower: 'Lower bounds',
  other: 'Questions and conjectures',
};

export const BUCKET_HINTS: Record<ShownBucket, string> = {
  frontier: 'upper bounds no other upper bound here beats',
  upper: 'upper bounds a frontier bound beats, fastest first',
  'per-operation': 'time bounds below linear: they bound one query, update or operation, so they are not compared with the whole problem',
  lower: 'lower bounds and hardness results',
  other: 'open questions, goals and conjectures',
};

export function shownBucket(row: LadderRow): ShownBucket {
  return row.bucket;
}

export interface ShownRow {
  row: LadderRow;
  /** the other claims of the same paper with the same bound and role (collapsed into this row) */
  repeats: LadderRow[];
}

export interface BucketGroup {
  bucket: ShownBucket;
  rows: ShownRow[];
  /** claims in the bucket (repeats included) */
  claims: number;
}

/** Rows of a section by bucket (ladder order within each), repeated claims of one paper collapsed. */
export function bucketGroups(section: LadderSection): BucketGroup[] {
  const groups = new Map<ShownBucket, BucketGroup>();
  const byKey = new Map<string, ShownRow>();
  for (const row of section.rows) {
    const bucket = shownBucket(row);
    let g = groups.get(bucket);
    if (!g) groups.set(bucket, (g = { bucket, rows: [], claims: 0 }));
    g.claims++;
    const key = `${bucket}\u0000${row.paper.id}\u0000${row.claim.latex || row.claim.text}\u0000${row.claim.role}\u0000${row.claim.problem ?? ''}\u0000${row.group}`;
    const seen = byKey.get(key);
    if (seen) { seen.repeats.push(row); continue; }
    const shown = { row, repeats: [] };
    byKey.set(key, shown);
    g.rows.push(shown);
  }
  return SHOWN_BUCKETS.map((b) => groups.get(b)).filter((g) => g !== undefined);
}
