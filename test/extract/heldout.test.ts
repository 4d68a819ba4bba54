// Held-out check: the gold-dev scorer on abstracts annotated by hand for this project, outside the dev set
// (56 papers of the bundled sample and 34 arxiv-atom-cs-ds abstracts; see test/fixtures/extract/README.md).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expectGoldScores } from './gold-score.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const scorer = path.resolve(repoRoot, '../shared/gold-dev/score.mjs');
const fixtures = path.resolve(repoRoot, 'test/fixtures/extract');

describe.skipIf(!existsSync(scorer))('held-out gold (skipped: ../shared/gold-dev/score.mjs is absent)', () => {
  it('scores above the floors with exact offsets', () => {
    const gold = JSON.parse(readFileSync(path.join(fixtures, 'heldout-gold.json'), 'utf8')) as { bounds: unknown[] }[];
    expect(gold.reduce((n, g) => n + g.bounds.length, 0)).toBeGreaterThan(200);
    expectGoldScores(scorer, path.join(fixtures, 'heldout-abstracts.json'), path.join(fixtures, 'heldout-gold.json'),
      'symbolic_recall=0.97,verbal_recall=0.82,explicit_recall=0.7,precision=0.95,notation_acc=0.96,resource_acc=0.93,role_acc=0.87,methods_recall=0.9,methods_precision=0.85,bad_offsets=0,papers_missing=0');
  });
});
