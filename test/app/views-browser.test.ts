// The explorer's views in Chromium on the bundled sample (what `npm start` serves): the README's searches answer with
// ladders, the claims table sorts, filters and follows the selection and the URL, colour modes recolour the map with a
// legend, the density view paints, a cluster's comparison is one ladder per problem, and the PNG, SVG and CSV exports
// hold what they promise. Controls are found by their accessible names, as a screen reader finds them.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { hasChrome, openExplorer, shots, type Explorer } from './page-helpers.ts';
import { yearColour, yearScale } from '../../src/state/colour-modes.ts';
import { buildIndex } from '../../src/state/graph-index.ts';

const fixtures = inject('bgApp');
const skip = !fixtures?.bundledGraph || !hasChrome;
if (skip) console.warn(`views browser tests skipped: ${!fixtures ? 'site not built' : !fixtures.bundledGraph ? 'bundled sample not built' : 'no Chromium'}`);

interface Env { graph: { nodes: { key: string; attributes: Record<string, unknown> }[] }; clusters: { id: number; label: string; size: number }[] }

describe.skipIf(skip)('explorer views on the bundled sample', () => {
  let ex: Explorer;
  let page: Page;
  let env: Env;
  const details = () => page.getByRole('region', { name: 'Details' });
  const comparison = () => page.getByRole('region', { name: 'Bounds comparison' });
  const table = () => page.getByRole('table', { name: 'Claims' });
  const param = (k: string) => new URLSearchParams(new URL(page.url()).search).get(k);

  beforeAll(async () => {
    env = JSON.parse(await fs.readFile(fixtures!.bundledGraph!, 'utf8'));
    ex = await openExplorer(fixtures!.site, fixtures!.bundledGraph!);
    page = ex.page;
  });
  afterAll(async () => { await ex?.close(); });

  async function open(query = '') {
    await page.goto(`${ex.server.url}${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 30_000 });
  }

  async function download(action: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), action()]) as [Download, unknown];
    const file = await d.path();
    return { name: d.suggestedFilename(), bytes: await fs.readFile(file!) };
  }

  it('answers the README\'s searches with ladders: "LCS", "edit distance", "3SUM"', async () => {
    await open();
    const box = page.getByRole('combobox', { name: 'Search' });
    await page.waitForFunction(() => !document.querySelector('input[role="combobox"]')?.getAttribute('placeholder')?.includes('indexing'), null, { timeout: 30_000 });
    for (const [q, heading] of [['LCS', /longest common subsequence/i], ['edit distance', /^edit distance$/i], ['3SUM', /3SUM/i]] as const) {
      await box.fill(q);
      const option = page.getByRole('option').first();
      await option.waitFor({ timeout: 15_000 });
      await expect.poll(() => option.locator('.sugg-label').textContent()).toMatch(heading);
      await box.press('ArrowDown');
      await box.press('Enter');
      await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toMatch(heading);
      // the problem's ladder: a region per resource, the general problem's rows first, every other setting apart
      await expect.poll(() => comparison().getByRole('region', { name: 'time ladder' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const ladder = comparison().locator('section.problem-ladder[data-resource="time"]');
      expect(await ladder.locator('.compares').textContent()).toMatch(/general problem, word RAM/);
      expect(await comparison().locator('li[data-claim]').count()).toBeGreaterThan(2);
      // what the general ladder compares carries no other model or variant: those sit in their own groups
      const general = ladder.locator(':scope > .ladder-section li[data-claim]');
      for (const tag of await general.locator('.setting-tag').allTextContents()) expect(tag).not.toMatch(/quantum|approximate|preprocessing|per query|streaming|compressed/);
      if (q !== 'LCS') expect(await ladder.locator('details.setting-group').count()).toBeGreaterThan(0);
    }
    await page.screenshot({ path: path.join(shots, 'views-3sum.png') });
  });

  it('sorts and filters the claims table, keeps it in the URL and follows the selection', async () => {
    await open();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect.poll(() => table().getByRole('row').count()).toBeGreaterThan(10);
    const headers = await table().getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.replace(/[▴▾\s]/g, ''))).toEqual(['Bound', 'Resource', 'Role', 'Setting', 'Problem', 'Paper', 'Year']);
    expect(param('tb')).toBe('c');
    const total = Number((await page.getByTestId('table-count').textContent())!.match(/of ([\d,]+)/)![1].replace(/,/g, ''));
    expect(total).toBe(env.graph.nodes.reduce((n, x) => n + ((x.attributes.claims as unknown[] | undefined)?.length ?? 0), 0));
    // year: newest first on the first click
    await table().getByRole('columnheader', { name: /Year/ }).getByRole('button').click();
    await expect.poll(() => table().getByRole('columnheader', { name: /Year/ }).getAttribute('aria-sort')).toBe('descending');
    expect(param('ts')).toBe('-year');
    const years = (await table().locator('tbody tr:not(.spacer) td.col-year').allTextContents()).map(Number).filter(Boolean);
    expect(years.length).toBeGreaterThan(5);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    // a second click reverses
    await table().getByRole('columnheader', { name: /Year/ }).getByRole('button').click();
    await expect.poll(() => param('ts')).toBe('year');
    // filter by a column
    const filter = page.getByRole('searchbox', { name: 'Filter rows' });
    await filter.fill('resource:space');
    await expect.poll(() => param('tf'), { timeout: 5000 }).toBe('resource:space');
    await expect.poll(async () => new Set(await table().locator('tbody tr:not(.spacer) td.col-resource').allTextContents())).toEqual(new Set(['space']));
    await filter.fill('');
    // the table follows the selection: a problem's claims only
    await open(`?s=${encodeURIComponent('n:problem:longest common subsequence')}&tb=c&ts=bound`);
    await expect.poll(() => table().locator('tbody tr:not(.spacer)').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const problems = new Set(await table().locator('tbody tr:not(.spacer) td.col-problem').allTextContents());
    expect([...problems].every((p) => /longest common subsequence/i.test(p))).toBe(true);
    await expect.poll(() => table().getByRole('columnheader', { name: /Bound/ }).getAttribute('aria-sort')).toBe('ascending');
    // a row selects its paper
    const first = table().locator('tbody tr:not(.spacer)').first();
    const title = (await first.locator('td.col-paper').textContent())!.trim();
    await first.locator('td.col-year').click();
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toBe(title);
    await expect.poll(() => table().locator('tr[aria-selected="true"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, 'views-table.png') });
  });

  it('colours the map by year with a legend, and the papers by their year on the scale', async () => {
    await open();
    await page.getByRole('combobox', { name: 'Colour nodes by' }).selectOption('year');
    await expect.poll(() => param('c')).toBe('year');
    const legend = page.getByRole('region', { name: 'Map legend' });
    await expect.poll(() => legend.textContent()).toMatch(/publication year/);
    const paper = env.graph.nodes.find((n) => n.attributes.type === 'paper' && typeof n.attributes.year === 'number')!;
    const want = yearColour(paper.attributes.year as number, yearScale(buildIndex(env)));
    await expect.poll(() => page.evaluate((k) => (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma.getNodeDisplayData(k)?.color, paper.key), { timeout: 10_000 }).toBe(want);
    await page.getByRole('combobox', { name: 'Colour nodes by' }).selectOption('role');
    await expect.poll(() => legend.textContent()).toMatch(/its own result/);
    await page.screenshot({ path: path.join(shots, 'views-role.png') });
  });

  it('paints the density view under the nodes', async () => {
    await open('?m=d');
    await expect.poll(() => page.locator('canvas.density-layer').count()).toBe(1);
    const inked = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas.density-layer')!;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4) if (d[i] > 40) n++;
      return n / (d.length / 4);
    });
    expect(inked).toBeGreaterThan(0.05);
    await expect.poll(() => page.getByRole('region', { name: 'Map legend' }).textContent()).toMatch(/Density/);
    await page.getByRole('radio', { name: 'Network' }).click();
    await expect.poll(() => page.locator('canvas.density-layer').count()).toBe(0);
  });

  it('gives a cluster one ladder per problem, never one frontier across them', async () => {
    const big = [...env.clusters].sort((a, b) => b.size - a.size)[0];
    await open();
    await page.getByRole('region', { name: 'Clusters' }).getByRole('button', { name: new RegExp(big.label.slice(0, 12).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    await expect.poll(() => details().getAttribute('data-shows')).toBe(`c:${big.id}`);
    const groups = comparison().locator('section.problem-group');
    await expect.poll(() => groups.count(), { timeout: 15_000 }).toBeGreaterThan(1);
    for (const g of await groups.all()) {
      const problem = await g.getAttribute('data-problem');
      if (!problem) continue;
      const rows = g.locator('li[data-claim]');
      for (const claim of await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim')!))) {
        const [paper, i] = claim.split('#');
        const node = env.graph.nodes.find((n) => n.key === paper)!;
        expect((node.attributes.claims as { problem: string }[])[Number(i)].problem).toBe(problem.replace(/^problem:/, ''));
      }
    }
  });

  it('exports a PNG at the chosen resolution, an SVG with labels and legend, and the claims table as CSV', async () => {
    await open('?c=year');
    const dims = await page.evaluate(() => (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma.getDimensions());
    await page.getByText('Export', { exact: true }).click();
    const png = await download(() => page.getByRole('button', { name: /PNG image of the view, 2×/ }).click());
    expect(png.name).toBe('boundgraph-2x.png');
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([Math.round((dims.width + 270) * 2), Math.round((dims.height + 52) * 2)]);
    await fs.writeFile(path.join(shots, 'views-export.png'), png.bytes);
    await page.getByText('Export', { exact: true }).click();
    const svg = await download(() => page.getByRole('button', { name: /SVG of the view/ }).click());
    const text = svg.bytes.toString('utf8');
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('publication year');
    expect((text.match(/<text /g) ?? []).length).toBeGreaterThan(15);
    expect(text).not.toMatch(/<script/i);
    await page.getByText('Export', { exact: true }).click();
    const csv = await download(() => page.getByRole('button', { name: 'CSV of the claims table' }).click());
    const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('bound,latex,resource,role,setting,problem,paper_id,title,year,url,claim_text');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.some((l) => /^[=+\-@]/.test(l.split(',')[7] ?? ''))).toBe(false);
  });

  it('names every control for assistive technology', async () => {
    await open('?tb=c');
    await expect(page.getByRole('combobox', { name: 'Search' }).count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Colour nodes by' }).count()).resolves.toBe(1);
    await expect(page.getByRole('radiogroup', { name: 'Map view' }).count()).resolves.toBe(1);
    await expect(page.getByRole('region', { name: 'Clusters' }).count()).resolves.toBe(1);
    await expect(page.getByRole('table', { name: 'Claims' }).count()).resolves.toBe(1);
    await expect(page.getByRole('tablist', { name: 'Table' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: /side panel/ }).count()).resolves.toBe(1);
    expect(ex.errors).toEqual([]);
  });
});
