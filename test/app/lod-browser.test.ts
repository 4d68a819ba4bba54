// The explorer on a level-of-detail graph (the bundled sample built with `--lod 0`: an overview graph.json, one file
// per cluster, claims.json and search.json) in Chromium: the overview's cluster stand-ins, search loading a paper's
// cluster, a problem's ladder from claims.json with the cluster files held back, deep links, a stand-in expanding in
// place with the links to another cluster joining when that one loads, and the exports' note.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import type { RunningServer } from '../../src/cli/commands/serve.ts';
import { cameraOn, chrome, hasChrome, openExplorer, shots, type Explorer } from './page-helpers.ts';

const fixtures = inject('bgApp');
const skip = !fixtures?.lodGraph || !hasChrome;
if (skip) console.warn(`level-of-detail browser tests skipped: ${!fixtures ? 'site not built' : !fixtures.lodGraph ? 'no level-of-detail sample' : `no Chromium at ${chrome}`}`);

interface Claim { problem: string | null }
interface ClaimsIndex { papers: { id: string; title: string; cluster: number; claims: Claim[] }[] }
interface SearchIndex { papers: [string, string, number, number | null][] }
interface ClusterFile { nodes: { key: string; attributes: { title: string; cluster: number } }[]; edges: { source: string; target: string }[] }
interface Overview { clusters: { id: number; label: string; size: number; x: number; y: number }[]; graph: { nodes: { key: string }[] } }

const STAND_IN = '\u0001cluster:';

describe.skipIf(skip)('level-of-detail explorer in Chromium', () => {
  let explorer: Explorer;
  let page: Page;
  let server: RunningServer;
  let overview: Overview;
  let claims: ClaimsIndex;
  let search: SearchIndex;
  const files = new Map<number, ClusterFile>();
  let errors: string[] = [];

  beforeAll(async () => {
    const dir = path.dirname(fixtures!.lodGraph!);
    explorer = await openExplorer(fixtures!.site, fixtures!.lodGraph!);
    ({ page, server, errors } = explorer);
    overview = JSON.parse(await fs.readFile(fixtures!.lodGraph!, 'utf8'));
    claims = JSON.parse(await fs.readFile(path.join(dir, 'claims.json'), 'utf8'));
    search = JSON.parse(await fs.readFile(path.join(dir, 'search.json'), 'utf8'));
    for (const c of overview.clusters) files.set(c.id, JSON.parse(await fs.readFile(path.join(dir, 'clusters', `${c.id}.json`), 'utf8')));
  });

  afterAll(async () => {
    await explorer?.close();
  });

  const details = () => page.getByRole('region', { name: 'Details' });
  const comparison = () => page.getByRole('region', { name: 'Bounds comparison' });
  const heading = () => details().getByRole('heading', { level: 2 }).textContent();
  const loaded = async () => {
    const v = await page.getByTestId('lod-status').getAttribute('data-loaded');
    return v ? v.split(',').map(Number) : [];
  };
  /** the drawn graph: node keys by kind */
  const drawn = () => page.evaluate(() => {
    const g = (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma.getGraph();
    const by: Record<string, string[]> = {};
    g.forEachNode((k, a) => { (by[a.kind as string] ??= []).push(k); });
    return by;
  });
  const hasEdge = (a: string, b: string) => page.evaluate(([s, t]) => {
    const g = (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma.getGraph();
    return g.hasNode(s) && g.hasNode(t) && g.edge(s, t) !== undefined;
  }, [a, b] as const);
  const clusterOfPaper = (id: string) => search.papers.find((r) => r[0] === id)![2];

  async function open(query = '') {
    await page.goto(`${server.url}${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 30_000 });
  }

  it('draws the overview: one stand-in per cluster and the entities, no papers, and says what is loaded', async () => {
    await open();
    const by = await drawn();
    expect((by.cluster ?? []).sort()).toEqual(overview.clusters.map((c) => `${STAND_IN}${c.id}`).sort());
    expect(by.paper ?? []).toEqual([]);
    expect(Object.values(by).flat().length).toBe(overview.clusters.length + overview.graph.nodes.length);
    const papers = overview.clusters.reduce((n, c) => n + c.size, 0);
    await expect.poll(() => page.getByTestId('lod-status').textContent()).toContain(`0 of ${overview.clusters.length} clusters loaded, 0 of ${papers} papers`);
    // the biggest cluster's stand-in is the biggest disc
    const sizes = await page.evaluate((p) => {
      const g = (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma.getGraph();
      return g.filterNodes((_k, a) => a.kind === 'cluster').map((k) => [Number(k.slice(p.length)), g.getNodeAttribute(k, 'size') as number]);
    }, STAND_IN);
    const biggest = [...overview.clusters].sort((a, b) => b.size - a.size || a.id - b.id)[0].id;
    expect(sizes.sort((a, b) => b[1] - a[1])[0][0]).toBe(biggest);
    // the legend counts every paper of a cluster, loaded or not
    const counts = await page.getByRole('region', { name: 'Clusters' }).locator('.legend-count').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(papers);
    await page.screenshot({ path: path.join(shots, 'lod-overview.png') });
  });

  it('searching a paper title loads its cluster and opens the paper', async () => {
    const [id, title] = search.papers.find((r) => /HiP Attention/.test(r[1]))!;
    const cluster = clusterOfPaper(id);
    expect(await loaded()).not.toContain(cluster);
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.fill('HiP Attention');
    await page.getByRole('option', { name: /HiP Attention/ }).first().waitFor({ timeout: 15_000 });
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(heading, { timeout: 10_000 }).toBe(title);
    await expect.poll(loaded).toContain(cluster);
    const by = await drawn();
    expect(by.paper).toContain(id);
    expect(by.cluster).not.toContain(`${STAND_IN}${cluster}`);
    // the whole paper (abstract, authors) once its cluster is merged, and the camera on it
    await expect.poll(async () => ((await details().locator('.abstract').textContent()) ?? '').length).toBeGreaterThan(100);
    await expect.poll(() => cameraOn(page, id), { timeout: 10_000 }).toBe(true);
    expect(new URL(page.url()).searchParams.get('s')).toBe(`n:${id}`);
    await page.screenshot({ path: path.join(shots, 'lod-search-paper.png') });
  });

  it('the attention problem\'s ladder lists its claims from claims.json while no cluster file can load, and a row opens its paper', async () => {
    const expected = claims.papers.flatMap((p) => p.claims.map((c, i) => (c.problem === 'attention' ? `${p.id}#${i}` : null))).filter((x): x is string => x !== null);
    expect(expected.length).toBeGreaterThan(2);
    const held: Route[] = [];
    const hold = (r: Route) => { held.push(r); };
    await page.route('**/data/clusters/**', hold);
    try {
      await open(`?s=${encodeURIComponent('n:problem:attention')}`);
      await expect.poll(() => comparison().locator('li[data-claim]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-claim')!).sort()), { timeout: 15_000 })
        .toEqual([...expected].sort());
      expect(await loaded()).toEqual([]);
      expect(await page.getByTestId('lod-status').getAttribute('data-claims')).toBe('ready');
      await page.screenshot({ path: path.join(shots, 'lod-problem-ladder.png') });
      // a row's sentence needs its paper's abstract: asking for it loads the paper's cluster (held back here)
      await comparison().locator('li[data-claim]').first().getByRole('button', { name: 'sentence' }).click();
      await expect.poll(() => comparison().locator('.claim-sentence').first().textContent()).toContain('Loading the abstract');
      await expect.poll(() => held.length).toBeGreaterThan(0);
    } finally {
      await page.unroute('**/data/clusters/**', hold);
      for (const r of held) await r.continue().catch(() => {});
    }
    // once the cluster is in, the sentence is quoted from the abstract with the bound marked
    await expect.poll(() => comparison().locator('blockquote.claim-sentence mark').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const link = comparison().locator('li[data-claim] .paper-link').first();
    const rowTitle = (await link.textContent())!;
    const rowPaper = (await comparison().locator('li[data-claim]').first().getAttribute('data-claim'))!.replace(/#\d+$/, '');
    await link.click();
    await expect.poll(heading, { timeout: 10_000 }).toBe(rowTitle);
    await expect.poll(loaded).toContain(clusterOfPaper(rowPaper));
    expect((await drawn()).paper).toContain(rowPaper);
  });

  it('a deep link to a paper without claims finds its cluster through search.json and opens it', async () => {
    const withClaims = new Set(claims.papers.map((p) => p.id));
    const [id, title, cluster] = search.papers.find((r) => !withClaims.has(r[0]) && r[1].length > 20)!;
    await open(`?s=${encodeURIComponent(`n:${id}`)}`);
    await expect.poll(heading, { timeout: 15_000 }).toBe(title);
    expect(await loaded()).toContain(cluster);
    await expect.poll(async () => ((await details().locator('.abstract').textContent()) ?? '').length).toBeGreaterThan(100);
    // back to the overview and forward again: the paper is still there
    await page.goBack();
    await page.goForward();
    await expect.poll(heading).toBe(title);
  });

  it('a deep link to a paper no file has says so', async () => {
    await open(`?s=${encodeURIComponent('n:paper:no-such-paper')}`);
    await expect.poll(() => details().textContent(), { timeout: 15_000 }).toContain('No paper “paper:no-such-paper” in this graph');
  });

  it('clicking a stand-in expands its cluster in place; links to another cluster join when that cluster loads', async () => {
    // two clusters linked by paper–paper edges; the second one's file is held back until asked for
    const crossing = (a: number, b: number) => [...files.get(a)!.edges, ...files.get(b)!.edges].filter((e) => {
      const ca = clusterOfPaperOrNull(e.source), cb = clusterOfPaperOrNull(e.target);
      return (ca === a && cb === b) || (ca === b && cb === a);
    });
    const clusterOfPaperOrNull = (k: string) => search.papers.find((r) => r[0] === k)?.[2] ?? null;
    let pair: [number, number] | null = null;
    for (const a of overview.clusters) for (const b of overview.clusters) if (!pair && a.id !== b.id && crossing(a.id, b.id).length) pair = [a.id, b.id];
    expect(pair, 'no two clusters of the sample are linked').not.toBeNull();
    const [a, b] = pair!;
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const holdB = async (r: Route) => { await gate; await r.continue(); };
    await page.route(`**/data/clusters/${b}.json`, holdB);
    try {
      await open();
      const pos = await page.evaluate((key) => {
        const s = (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma;
        const at = s.getGraph().getNodeAttributes(key) as { x: number; y: number };
        const p = s.graphToViewport({ x: at.x, y: at.y });
        const r = s.getContainer().getBoundingClientRect();
        return { x: r.x + p.x, y: r.y + p.y };
      }, `${STAND_IN}${a}`);
      await page.mouse.click(pos.x, pos.y);
      await expect.poll(loaded, { timeout: 10_000 }).toContain(a);
      await expect.poll(heading).toMatch(/\S/);
      expect(await details().locator('.kind').textContent()).toContain('Cluster');
      const by = await drawn();
      const mine = files.get(a)!.nodes.map((n) => n.key);
      expect(by.paper).toEqual(expect.arrayContaining(mine));
      expect(by.cluster).not.toContain(`${STAND_IN}${a}`);
      expect(by.cluster).toContain(`${STAND_IN}${b}`);
      const links = crossing(a, b);
      for (const e of links) expect(await hasEdge(e.source, e.target), `${e.source}–${e.target} before ${b} loads`).toBe(false);
      await page.screenshot({ path: path.join(shots, 'lod-cluster-open.png') });
      release();
      // open cluster b from the legend (its label, as the legend shows it)
      const label = overview.clusters.find((c) => c.id === b)!.label;
      await page.getByRole('region', { name: 'Clusters' }).locator('.legend-item').filter({ has: page.locator(`.legend-label[title=${JSON.stringify(label)}]`) }).click();
      await expect.poll(loaded, { timeout: 10_000 }).toContain(b);
      for (const e of links) await expect.poll(() => hasEdge(e.source, e.target), { message: `${e.source}–${e.target} after ${b} loads` }).toBe(true);
    } finally {
      release();
      await page.unroute(`**/data/clusters/${b}.json`, holdB);
    }
  });

  it('says the exports cover what is loaded; the GEXF has every visible node and r/g/b colours', async () => {
    await page.getByText('Export', { exact: true }).click();
    await expect.poll(() => page.getByTestId('export-note').textContent()).toMatch(/cover what is loaded \(\d+ of \d+ clusters\)/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /GEXF of the visible graph \(loaded clusters\)/ }).click()]);
    const gexf = await fs.readFile((await download.path())!, 'utf8');
    const shown = Number((await page.getByTestId('visible-count').textContent())!.match(/Showing ([\d,]+)/)![1].replace(/,/g, ''));
    expect((gexf.match(/<node /g) ?? []).length).toBe(shown);
    expect(gexf).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"/);
    expect(gexf).not.toContain('hex=');
    expect(errors).toEqual([]);
  });
});
