// In Chromium, on a graph built from test/fixtures/app/citations (a Semantic Scholar paper with its references and
// citations, and a small Algorithm Wiki export): the paper view lists prior and derivative works and says why each
// related paper is related; the problem view shows the curated lane, saying where corpus and curators differ, and
// the problem's ladder ranks the corpus' own claims only.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { openExplorer, chrome, shots, type Explorer } from './page-helpers.ts';

const fixtures = inject('bgApp');
const skip = !fixtures || !existsSync(chrome);
const FIX = path.resolve(import.meta.dirname, '../fixtures/app/citations');

describe.skipIf(skip)('citations and the curated lane in Chromium', () => {
  let ex: Explorer;
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bg-cit-'));
    expect(await main(['build', FIX, '-o', tmp, '--no-cache'])).toBe(0);
    ex = await openExplorer(fixtures!.site, path.join(tmp, 'graph.json'));
  }, 120_000);
  afterAll(async () => { await ex?.close(); if (tmp) await fs.rm(tmp, { recursive: true, force: true }); });

  const open = async (id: string) => {
    await ex.page.goto(`${ex.server.url}?s=${encodeURIComponent(`n:${id}`)}`);
    await ex.page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 30_000 });
  };
  const details = () => ex.page.getByRole('region', { name: 'Details' });

  it('a paper lists what it cites and what cites it, and why its related papers are related', async () => {
    await open('paper:2101.00001');
    const prior = details().getByRole('region', { name: 'Prior works' });
    // each cited once in the corpus: newest first; a reference without an abstract says so
    await expect.poll(() => prior.getByRole('listitem').allTextContents()).toEqual([
      'A survey of string similarity measures · 2001(no abstract)', 'Four Russians for sequence comparison · 1980', 'A dynamic program for edit distance · 1974',
    ]);
    const derivative = details().getByRole('region', { name: 'Derivative works' });
    expect(await derivative.getByRole('listitem').allTextContents()).toEqual(['Edit distance in the streaming model · 2023', 'Approximate edit distance in near-linear time · 2022']);
    const related = details().getByRole('region', { name: 'Related papers' });
    await expect.poll(() => related.innerText()).toMatch(/cites this paper/);
    expect(await related.innerText()).toMatch(/cited by this paper/);
    // a prior work opens its paper
    await prior.getByRole('button', { name: /A dynamic program for edit distance/ }).click();
    await expect.poll(() => ex.page.evaluate(() => new URLSearchParams(location.search).get('s'))).toBe('n:paper:s2:r1');
    await details().getByRole('region', { name: 'Derivative works' }).getByRole('button', { name: /A faster algorithm for edit distance/ }).waitFor();
    await open('paper:2101.00001');
    await ex.page.screenshot({ path: path.join(shots, 'paper-citations.png') });
    expect(ex.errors).toEqual([]);
  });

  it('a problem shows the curated lane: where corpus and curators differ, every curated bound with its reference', async () => {
    await open('problem:edit distance');
    const lane = details().getByRole('region', { name: 'Curated bounds' });
    await expect.poll(() => lane.getByRole('listitem').count()).toBeGreaterThan(3);
    const verdicts = lane.getByRole('list', { name: 'Corpus and curators' });
    expect(await verdicts.locator('[data-verdict]').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(['corpus-ahead', 'curated-only', 'conflict', 'curated-only']);
    expect(await verdicts.innerText()).toMatch(/The corpus states a better upper bound on time/);
    const bounds = lane.getByRole('list', { name: 'Curated bounds' });
    expect(await bounds.innerText()).toMatch(/Algorithm Wiki: Masek; Patterson \(Masek & Paterson 1980\)/);
    expect(await bounds.getByRole('link').first().getAttribute('href')).toMatch(/^https:\/\//);
    // the ladder ranks the corpus' claims; the curated ones are in the lane
    const ladder = ex.page.getByRole('region', { name: 'Bounds comparison' });
    await expect.poll(() => ladder.locator('li[data-claim]').count()).toBe(3);
    expect(await ladder.innerText()).not.toMatch(/Masek/);
    await ex.page.screenshot({ path: path.join(shots, 'problem-curated-lane.png') });
    expect(ex.errors).toEqual([]);
  });
});
