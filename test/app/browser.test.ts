// The explorer in a real browser (playwright-core + Debian's Chromium) against the built site served on
// 127.0.0.1: drawing, search → details with typeset claims, entity pages, the bounds ladder, filters,
// cluster focus, deep links and history, and the hostile corpus rendered as inert text.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/cli/commands/serve.ts';
import { cameraOn } from './page-helpers.ts';
import { compareGrowth, type GrowthSig } from '../../src/extract/bounds/index.ts';
import { worstCaseGrowth } from '../../src/state/worst-case.ts';

const fixtures = inject('bgApp');
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
const shots = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const skip = !fixtures || !existsSync(chrome);
if (skip) console.warn(`browser tests skipped: ${!fixtures ? 'site not built (global setup skipped)' : `no Chromium at ${chrome} (set CHROME_PATH)`}`);

interface PaperAttrs { type: string; title?: string; label: string; claims?: { latex: string; growth: unknown; text: string }[] }
interface Env { graph: { nodes: { key: string; attributes: PaperAttrs }[] } }

describe.skipIf(skip)('explorer in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let sample: RunningServer;
  let env: Env;
  const errors: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    sample = await startServer({ site: fixtures!.site, graph: fixtures!.sampleGraph, port: 0 });
    env = JSON.parse(await fs.readFile(fixtures!.sampleGraph, 'utf8'));
    browser = await chromium.launch({ executablePath: chrome, args: ['--disable-quic'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await fs.mkdir(shots, { recursive: true });
    for (const n of fixtures!.notes) console.warn(n);
  });

  afterAll(async () => {
    await browser?.close();
    await sample?.close();
  });

  const details = () => page.getByRole('region', { name: 'Details' });
  const comparison = () => page.getByRole('region', { name: 'Bounds comparison' });
  const visibleCount = async () => Number((await page.getByTestId('visible-count').textContent())!.match(/Showing ([\d,]+)/)![1].replace(/,/g, ''));
  const cameraParam = () => page.evaluate(() => new URLSearchParams(location.search).get('v'));
  const hip = () => env.graph.nodes.find((n) => n.attributes.type === 'paper' && /HiP Attention/.test(n.attributes.title ?? ''))!;

  async function open(query = '') {
    await page.goto(`${sample.url}${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 30_000 });
  }

  it('loads the sample graph and draws it', async () => {
    const t0 = Date.now();
    await open();
    const navToRender = await page.evaluate(() => Number(document.documentElement.dataset.graphRendered));
    console.log(`sample first render: ${navToRender} ms after navigation start (${Date.now() - t0} ms wall)`);
    await page.waitForTimeout(300);
    const box = (await page.locator('.graph-area').boundingBox())!;
    const png = await page.screenshot({ path: path.join(shots, 'overview.png'), clip: box });
    // count pixels that differ from the background inside the graph area (legend excluded)
    const inked = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(300, 0, img.width - 300, img.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 251) + Math.abs(data[i + 1] - 251) + Math.abs(data[i + 2] - 252) > 30) n++;
      return n / (data.length / 4);
    }, png.toString('base64'));
    expect(inked).toBeGreaterThan(0.01);
    expect(await visibleCount()).toBe(env.graph.nodes.length);
    await expect.poll(() => page.getByRole('region', { name: 'Clusters' }).getByRole('listitem').count()).toBeGreaterThan(1);
  });

  it('search "HiP" → select → Details shows the paper and O(T log T) in Complexity claims', async () => {
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.click();
    await box.fill('HiP');
    const option = page.getByRole('option', { name: /HiP Attention/ });
    await option.first().waitFor({ timeout: 15_000 });
    const t0 = Date.now();
    await box.press('ArrowDown');
    const active = await page.locator('[role="option"][aria-selected="true"]').textContent();
    expect(active).toMatch(/HiP Attention/);
    await box.press('Enter');
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toMatch(/HiP Attention/);
    console.log(`search pick → details: ${Date.now() - t0} ms`);
    // the camera flies to the chosen paper: it ends up in the middle of the canvas
    const id = hip().key;
    await expect.poll(() => cameraOn(page, id), { timeout: 10_000 }).toBe(true);
    const claims = details().getByRole('list', { name: 'Complexity claims' });
    // typeset: KaTeX keeps the source in a MathML annotation
    await expect.poll(async () => (await claims.locator('annotation').allTextContents()).map((t) => t.replace(/\s+/g, '')))
      .toContainEqual(expect.stringMatching(/^O\\left\(T\\logT\\right\)$|^O\(T\\logT\)$/));
    expect(await claims.locator('.katex').count()).toBeGreaterThan(1);
    // clicking a claim flashes its sentence in the abstract
    await claims.getByRole('button').first().click();
    await expect.poll(() => details().locator('.sentence.flash').count()).toBe(1);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(shots, 'hip-details.png') });
    expect(new URLSearchParams(new URL(page.url()).search).get('s')).toBe(`n:${hip().key}`);
  });

  it('clicking an entity of that paper lists the papers attached to it', async () => {
    let group = null;
    for (const name of ['Concepts', 'Problems', 'Methods', 'Bound classes']) {
      const l = details().getByRole('list', { name });
      if (await l.count()) { group = l; break; }
    }
    expect(group, 'HiP has no concept/problem/method/bound buttons').not.toBeNull();
    const chip = group!.getByRole('button').first();
    const label = (await chip.textContent())!;
    await chip.click();
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toBe(label);
    const papers = details().getByRole('list', { name: 'Papers' });
    await expect.poll(() => papers.getByRole('button').allTextContents()).toContainEqual(expect.stringMatching(/HiP Attention/));
    await page.screenshot({ path: path.join(shots, 'entity.png') });
  });

  it('the Bounds comparison of a cluster lists its claims by bucket, in growth order within each', async () => {
    const before = await cameraParam();
    const legend = page.getByRole('region', { name: 'Clusters' });
    const first = legend.locator('.legend-item').first();
    await first.click();
    // a cluster click moves the camera (the URL keeps the camera, written after the move settles)
    await expect.poll(cameraParam, { timeout: 10_000 }).not.toBe(before);
    const rows = comparison().locator('li[data-claim]');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    const growthOf = new Map<string, unknown>();
    for (const n of env.graph.nodes) (n.attributes.claims ?? []).forEach((c, i) => growthOf.set(`${n.key}#${i}`, c.growth));
    // the default view orders bounds with every input size set to n (a cluster is no graph problem: m ≤ n)
    const inN = (g: unknown) => worstCaseGrowth(g, false) as GrowthSig;
    let checked = 0;
    for (const bucket of await comparison().locator('section.ladder-section [data-bucket]:not(li)').all()) {
      const ids = await bucket.locator('li[data-claim]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-claim')!));
      for (let i = 1; i < ids.length; i++) {
        const a = growthOf.get(ids[i - 1]), b = growthOf.get(ids[i]);
        if (a == null || b == null) continue;
        expect(compareGrowth(inN(b), inN(a)), `${ids[i]} listed after ${ids[i - 1]}`).not.toBe('less');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(shots, 'cluster-comparison.png') });
  });

  it('a filter changes the number of visible nodes', async () => {
    const all = await visibleCount();
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Bound classes' }).uncheck();
    await expect.poll(visibleCount).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('t')).toBe('bound');
    await page.getByRole('checkbox', { name: 'Only papers with bounds' }).check();
    const withBounds = await visibleCount();
    expect(withBounds).toBeLessThan(all);
    await page.screenshot({ path: path.join(shots, 'filtered.png') });
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(visibleCount).toBe(all);
    await page.getByText('Filters', { exact: true }).click();
  });

  it('exports the view as SVG and the visible graph as GEXF', async () => {
    const exportAs = async (name: RegExp) => {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return fs.readFile((await download.path())!, 'utf8');
    };
    const svg = await exportAs(/SVG of the view/);
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThan(5);
    expect((svg.match(/<line /g) ?? []).length).toBeGreaterThan(5);
    expect(svg).not.toContain('<script');
    // nodes are spread over the view, not piled on one point
    const xs = [...svg.matchAll(/<circle cx="([-\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(200);
    const gexf = await exportAs(/GEXF of the visible graph/);
    expect(gexf).toContain('<gexf');
    expect((gexf.match(/<node /g) ?? []).length).toBe(await visibleCount());
  });

  it('a deep link restores the selection and back returns to the previous one', async () => {
    const id = hip().key;
    await open(`?s=${encodeURIComponent(`n:${id}`)}`);
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toMatch(/HiP Attention/);
    const next = details().locator('.node-buttons button').first();
    const label = (await next.textContent())!.replace(/ · \d{4}$/, '');
    await next.click();
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).not.toMatch(/HiP Attention/);
    expect(label.length).toBeGreaterThan(0);
    await page.goBack();
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toMatch(/HiP Attention/);
    await page.goForward();
    await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).not.toMatch(/HiP Attention/);
    expect(errors).toEqual([]);
  });

  it('renders the hostile corpus as inert text', async (ctx) => {
    if (!fixtures!.hostileGraph) ctx.skip();
    const hostile = await startServer({ site: fixtures!.site, graph: fixtures!.hostileGraph!, port: 0 });
    try {
      const henv: Env = JSON.parse(await fs.readFile(fixtures!.hostileGraph!, 'utf8'));
      const papers = henv.graph.nodes.filter((n) => n.attributes.type === 'paper');
      const evil = papers.find((n) => n.attributes.title!.includes('<script>'))!;
      await page.goto(`${hostile.url}?s=${encodeURIComponent(`n:${evil.key}`)}`);
      await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 30_000 });
      await expect.poll(() => details().getByRole('heading', { level: 2 }).textContent()).toContain('<script>');
      await expect.poll(() => details().locator('.katex').count()).toBeGreaterThan(0);
      for (const p of papers) {
        await page.getByRole('combobox', { name: 'Search' }).fill('');
        await page.evaluate((key) => { history.pushState(null, '', `?s=${encodeURIComponent(`n:${key}`)}`); dispatchEvent(new PopStateEvent('popstate')); }, p.key);
        await expect.poll(() => details().locator('h2').count()).toBe(1);
        // hover every typeset claim and the links area: onerror/onmouseover payloads would fire now
        for (const b of await details().locator('button.claim').all()) await b.hover();
      }
      await page.goto(`${hostile.url}?s=${encodeURIComponent(`n:${evil.key}`)}`);
      await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 30_000 });
      await page.getByRole('region', { name: 'Clusters' }).locator('.legend-item').first().click();
      await expect.poll(() => comparison().locator('li[data-claim]').count()).toBeGreaterThan(3);
      await page.goto(`${hostile.url}?s=${encodeURIComponent(`n:${evil.key}`)}`);
      await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 30_000 });
      await expect.poll(() => details().locator('.katex').count()).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shots, 'hostile.png') });
      // \rule{100000em}{…} in a title or abstract is capped (KaTeX maxSize): no formula is wider than the panel
      const widest = await details().locator('.katex').evaluateAll((els) => Math.max(0, ...els.map((e) => e.getBoundingClientRect().width)));
      expect(widest).toBeLessThan(600);
      const report = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        imgs: document.querySelectorAll('img').length,
        badLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !/^(https?:|#)/.test(h)),
        handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
        text: document.querySelector('[aria-label="Details"]')!.textContent!,
      }));
      expect(report.pwned).toBeNull();
      expect(report.inlineScripts).toBe(0);
      expect(report.imgs).toBe(0);
      expect(report.badLinks).toEqual([]);
      expect(report.handlers).toBe(0);
      expect(report.text).toContain('<img src=x onerror=');
      expect(report.text).toContain('Mallory');
    } finally {
      await hostile.close();
    }
  });
});
