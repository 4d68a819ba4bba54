// The problem view in Chromium, on the hand-made problem graph (test/app/fixtures/problem-graph.ts): "LCS" and
// "longest common subsequence" find the problem; its comparison shows the frontier first and a timeline with
// labelled axes; the view switch and the variants toggle live in the URL and a deep link restores them; math in
// abstracts and ladder titles is typeset; the improvement chain is drawn as arrows; panels never overlap.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../src/cli/commands/serve.ts';
import { hasChrome, openExplorer, shots, type Explorer } from './page-helpers.ts';

const fixtures = inject('bgApp');
const skip = !fixtures || !hasChrome;

const LCS = 'problem:longest common subsequence';

describe.skipIf(skip)('problem view in Chromium', () => {
  let explorer: Explorer;
  let page: Page;
  let server: RunningServer;
  let errors: string[] = [];

  beforeAll(async () => {
    explorer = await openExplorer(fixtures!.site, fixtures!.problemGraph);
    ({ page, server, errors } = explorer);
  });

  afterAll(async () => {
    await explorer?.close();
  });

  const details = () => page.getByRole('region', { name: 'Details' });
  const comparison = () => page.getByRole('region', { name: 'Bounds comparison' });
  const heading = () => details().getByRole('heading', { level: 2 }).textContent();
  const param = (k: string) => page.evaluate((key) => new URLSearchParams(location.search).get(key), k);

  async function open(query = '') {
    await page.goto(`${server.url}${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 30_000 });
  }

  async function searchFor(q: string) {
    const box = page.getByRole('combobox', { name: 'Search' });
    await page.waitForFunction(() => !document.querySelector('input[role="combobox"]')?.getAttribute('placeholder')?.includes('indexing'), null, { timeout: 30_000 });
    await box.fill('');
    await box.fill(q);
    await page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    return box;
  }

  it('search "LCS" and "longest common subsequence" both find the problem first', async () => {
    await open();
    for (const q of ['LCS', 'longest common subsequence']) {
      await searchFor(q);
      const first = page.locator('[role="option"]').first();
      await expect.poll(() => first.locator('.sugg-type').textContent()).toBe('problem');
      expect(await first.locator('.sugg-label').textContent()).toBe('Longest Common Subsequence');
    }
    // the alias the query named is shown next to the label
    await searchFor('LCS');
    expect(await page.locator('[role="option"]').first().locator('.sugg-alias').textContent()).toBe('LCS');
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(heading).toBe('Longest Common Subsequence');
    expect(await param('s')).toBe(`n:${LCS}`);
  });

  it('shows the problem: aliases, variants, counts, papers; frontier first and a timeline with labelled axes', async () => {
    await expect.poll(() => details().locator('.alias').allTextContents()).toContain('LCS');
    await expect.poll(() => details().getByRole('list', { name: 'Variants' }).getByRole('button').allTextContents()).toEqual([expect.stringMatching(/^Approximate LCS\s*1$/)]);
    expect(await details().getByRole('list', { name: 'Papers' }).getByRole('button').count()).toBe(5);
    const time = comparison().getByRole('region', { name: 'time bounds' });
    const groups = await time.locator('[role="group"] > h4').allTextContents();
    expect(groups.map((g) => g.replace(/ · \d+$/, ''))).toEqual(['Best known (frontier)', 'Beaten upper bounds', 'Lower bounds', 'Questions and conjectures']);
    const frontier = time.getByRole('group', { name: 'Best known (frontier)' });
    await expect.poll(async () => (await frontier.locator('li[data-claim] .bound annotation').allTextContents()).map((t) => t.replace(/\s+/g, '')))
      .toEqual([expect.stringMatching(/^O\\left\(\\frac\{n\^\{2\}\}\{\\log\^\{2\}n\}\\right\)$/)]);
    // the frontier result says what it improves on, and from which earlier paper
    expect(await frontier.locator('.improves').textContent()).toMatch(/improves on .* from A simple quadratic algorithm/);
    const svg = time.locator('.timeline svg');
    const texts = await svg.locator('text').allTextContents();
    expect(texts).toContain('year');
    expect(texts).toContain('growth (lower is faster)');
    expect(texts).toEqual(expect.arrayContaining(['2010', '2015', '2020']));
    // the best known bound is named at its tier
    expect(texts.some((t) => /^O\(n²\/log² n\)/.test(t) || /^O\(\(n²\)\/\(log² n\)\)/.test(t) || t.startsWith('O(n²'))).toBe(true);
    expect(await svg.locator('path.best-line').count()).toBe(1);
    await page.screenshot({ path: path.join(shots, 'problem-lcs.png') });
  });

  it('shows the sentence of a bound on demand, claim highlighted and math typeset', async () => {
    const row = comparison().getByRole('group', { name: 'Beaten upper bounds' }).locator('li[data-claim]').filter({ hasText: 'Word-packed' }).first();
    await row.getByRole('button', { name: 'sentence' }).click();
    const q = row.locator('.claim-sentence');
    await expect.poll(() => q.textContent()).toMatch(/machine words/);
    expect(await q.locator('mark .katex').count()).toBe(1);
    // the ladder's paper title is typeset too: "$O(n^2/\log n)$" is KaTeX, not dollars
    expect(await row.locator('.paper-link .katex').count()).toBe(1);
    expect(await row.locator('.paper-link').textContent()).not.toContain('$');
  });

  it('switches to exact variables and includes variants, in the URL, and a deep link restores both', async () => {
    await comparison().getByRole('radio', { name: 'exact variables' }).click();
    await expect.poll(() => param('x')).toBe('1');
    const time = comparison().getByRole('region', { name: 'time bounds' });
    // bounds over m and n are incomparable with bounds in n alone: they join the frontier
    await expect.poll(() => time.getByRole('group', { name: 'Best known (frontier)' }).locator('li[data-claim]').count()).toBe(2);
    await comparison().getByRole('checkbox', { name: /include variants \(1\)/ }).check();
    await expect.poll(() => param('i')).toBe('1');
    await expect.poll(() => comparison().locator('.variant-tag').allTextContents()).toContain('Approximate LCS');
    const url = page.url();
    await open(new URL(url).search);
    await expect.poll(heading).toBe('Longest Common Subsequence');
    expect(await comparison().getByRole('radio', { name: 'exact variables' }).getAttribute('aria-checked')).toBe('true');
    expect(await comparison().getByRole('checkbox', { name: /include variants/ }).isChecked()).toBe(true);
    await expect.poll(() => comparison().locator('.variant-tag').count()).toBeGreaterThan(0);
    // back to the defaults: the keys leave the URL
    await comparison().getByRole('radio', { name: 'worst case in n' }).click();
    await comparison().getByRole('checkbox', { name: /include variants/ }).uncheck();
    await expect.poll(() => page.evaluate(() => [...new URLSearchParams(location.search).keys()].filter((k) => k === 'x' || k === 'i'))).toEqual([]);
    expect(await param('s')).toBe(`n:${LCS}`);
  });

  it('draws the improvement chain among the problem’s papers as an arrow', async () => {
    await open(`?s=${encodeURIComponent(`n:${LCS}`)}`);
    await expect.poll(() => page.evaluate(() => {
      const s = (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma;
      const g = s.getGraph();
      return g.edges().filter((e) => s.getEdgeDisplayData(e)?.type === 'chain').map((e) => `${g.source(e)}>${g.target(e)}`);
    }), { timeout: 10_000 }).toEqual(['paper:lcs-2015>paper:lcs-2009']);
    // chosen after load (the arrow program is registered on first use): a paper shows its improvement edges too
    await open();
    const box = await searchFor('Four Russians');
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(heading).toBe('Four Russians for the longest common subsequence');
    await expect.poll(() => page.evaluate(() => {
      const s = (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma;
      return s.getGraph().edges().filter((e) => s.getEdgeDisplayData(e)?.type === 'chain').length;
    }), { timeout: 10_000 }).toBe(1);
  });

  it('typesets math in an abstract and a title, and strips it from canvas labels', async () => {
    await open(`?s=${encodeURIComponent('n:paper:lcs-2023')}`);
    await expect.poll(() => details().locator('h2 .katex').count()).toBe(2);
    expect(await details().locator('h2').textContent()).not.toContain('$');
    await expect.poll(() => details().locator('.abstract .katex').count()).toBeGreaterThan(1);
    // the claim inside $\mathcal{O}(…)$ is marked as a whole formula
    expect(await details().locator('.abstract mark .katex').count()).toBe(1);
    const label = await page.evaluate(() => (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma.getGraph().getNodeAttribute('paper:lcs-2023', 'label'));
    expect(label).toBe('On the k-Hamming and k-Edit Distances');
  });

  it('never overlaps panels at 1024×768, with panes collapsed or not', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await open(`?s=${encodeURIComponent(`n:${LCS}`)}`);
    await expect.poll(heading).toBe('Longest Common Subsequence');
    const boxes = async () => {
      const sel = { topbar: '.topbar', legend: '.legend', graph: '.graph-box', splitter: '.splitter', details: '.pane.details', comparison: '.pane.comparison' };
      const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
      for (const [k, css] of Object.entries(sel)) out[k] = (await page.locator(css).boundingBox())!;
      return out;
    };
    const check = async (name: string) => {
      const b = await boxes();
      const keys = Object.keys(b);
      for (const k of keys) {
        expect(b[k].x, `${name}: ${k} starts inside the window`).toBeGreaterThanOrEqual(0);
        expect(b[k].x + b[k].width, `${name}: ${k} ends inside the window`).toBeLessThanOrEqual(1024.5);
        expect(b[k].y + b[k].height, `${name}: ${k} ends above the bottom`).toBeLessThanOrEqual(768.5);
      }
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const a = b[keys[i]], c = b[keys[j]];
          const w = Math.min(a.x + a.width, c.x + c.width) - Math.max(a.x, c.x);
          const h = Math.min(a.y + a.height, c.y + c.height) - Math.max(a.y, c.y);
          expect(w > 0.5 && h > 0.5, `${name}: ${keys[i]} overlaps ${keys[j]}`).toBe(false);
        }
      }
      // each open pane keeps a readable height
      if (await page.locator('.pane.details:not(.closed)').count()) expect(b.details.height, `${name}: details height`).toBeGreaterThan(200);
      if (await page.locator('.pane.comparison:not(.closed)').count()) expect(b.comparison.height, `${name}: comparison height`).toBeGreaterThan(200);
      return b;
    };
    const first = await check('both open');
    await page.screenshot({ path: path.join(shots, 'problem-lcs-1024.png') });
    // the legend opens as a column: the graph narrows instead of being covered
    await page.getByRole('button', { name: /Clusters/ }).click();
    const opened = await check('legend open');
    expect(opened.graph.width).toBeLessThan(first.graph.width - 100);
    await page.getByRole('button', { name: 'Details', expanded: true }).click();
    const collapsed = await check('details collapsed');
    expect(collapsed.comparison.height).toBeGreaterThan(first.comparison.height + 150);
    // the canvas follows the new size (sigma resizes with its container)
    await expect.poll(() => page.evaluate(() => (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma.getDimensions().width))
      .toBeCloseTo(opened.graph.width, -1);
    await page.getByRole('button', { name: 'Details', expanded: false }).click();
    await page.setViewportSize({ width: 1400, height: 900 });
    expect(errors).toEqual([]);
  });
});
