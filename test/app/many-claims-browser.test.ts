// A paper with 10,000 claims opens at once in Chromium: the claim list and the highlighted abstract draw their first
// rows and offer the rest on demand (drawing all of them hung the page for minutes), and the bounds comparison of
// the selection is computed without comparing every pair of its 10,000 growth classes.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { hasChrome, openExplorer, shots, type Explorer } from './page-helpers.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { buildGraphFiles } from '../../src/graph/index.ts';
import type { PaperClaims } from '../../src/extract/types.ts';

const fixtures = inject('bgApp');
const skip = !fixtures || !hasChrome;
const OUT = path.resolve(import.meta.dirname, '../../test-output/app/many-claims');
const CLAIMS = 10_000;

describe.skipIf(skip)('a paper with 10,000 claims in Chromium', () => {
  let explorer: Explorer;
  let graph: string;

  beforeAll(async () => {
    const abstract = Array.from({ length: CLAIMS }, (_, k) => `We give an $O(n^{${(k + 1) / 40}})$ time bound.`).join(' ');
    const source = { file: 'many', line: null, record: 0 };
    const big = extractPaper({ id: '2401.00001', title: 'Very Many Bounds', abstract, authors: ['A. Author'], year: 2024, url: null, source });
    expect(big.claims.length).toBe(CLAIMS);
    const other = extractPaper({ id: '2401.00002', title: 'A Few Bounds', abstract: 'We give an $O(n \\log n)$ time algorithm for sorting.', authors: ['B. Author'], year: 2023, url: null, source });
    const { files } = buildGraphFiles([big, other] as PaperClaims[], { seed: 1 });
    await fs.mkdir(OUT, { recursive: true });
    graph = path.join(OUT, 'graph.json');
    await fs.writeFile(graph, [...files[0].chunks()].join(''));
    explorer = await openExplorer(fixtures!.site, graph);
  }, 300_000);

  afterAll(async () => { await explorer?.close(); });

  it('shows the first claims at once and the rest on demand', async () => {
    const { page, server, errors } = explorer;
    const t0 = Date.now();
    await page.goto(`${server.url}?s=${encodeURIComponent('n:paper:2401.00001')}`);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('heading', { level: 2, name: 'Very Many Bounds' }).waitFor({ timeout: 60_000 });
    const list = details.getByRole('list', { name: 'Complexity claims' });
    await list.locator('li').first().waitFor({ timeout: 60_000 });
    const opened = Date.now() - t0;
    expect(await list.locator('li').count()).toBe(100);
    expect(await details.locator('.abstract mark').count()).toBeLessThan(200);
    await page.screenshot({ path: path.join(shots, 'many-claims.png') });
    await details.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => list.locator('li').count()).toBe(500);
    await details.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => list.locator('li').count(), { timeout: 120_000 }).toBe(CLAIMS);
    expect(errors).toEqual([]);
    // on a shared 2-core machine with software WebGL: far below the minutes the full list took
    expect(opened).toBeLessThan(45_000);
  }, 300_000);
});
