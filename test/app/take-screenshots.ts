// Screenshots of the explorer for a human look (not a test): the overview, a problem's ladder and timeline, a paper
// with math in its title, a concept's long paper list with the comparison open, at 1400×900 and 1024×768. A
// level-of-detail graph (meta.lod) adds its own states: the overview of cluster stand-ins, one cluster expanded, zoomed
// into it, a paper selected, a search, and the problem with the most claims (ladder and details).
//   npx tsx test/app/take-screenshots.ts GRAPH.json|GRAPH_DIR [OUT_DIR] [--only NAME]
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { ensureSite, startServer, repoRoot } from '../../src/cli/commands/serve.ts';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
const given = path.resolve(positional[0] ?? path.join(repoRoot, 'public/data/graph.json'));
const graph = (await fs.stat(given)).isDirectory() ? path.join(given, 'graph.json') : given;
const out = path.resolve(positional[1] ?? path.join(repoRoot, 'test-output/screenshots'));

const site = path.join(repoRoot, 'test-output', 'app', 'site');
await ensureSite(site, (s) => process.stderr.write(`screenshots: ${s}\n`));
const server = await startServer({ site, graph, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--disable-quic'] });
await fs.mkdir(out, { recursive: true });

const env = JSON.parse(await fs.readFile(graph, 'utf8')) as {
  meta: { lod?: { claims?: string } }; clusters: { id: number; size: number }[]; graph: { nodes: { key: string; attributes: Record<string, unknown> }[] };
};
const byLabel = (re: RegExp, type?: string) => env.graph.nodes.find((n) => (!type || n.attributes.type === type) && re.test(String(n.attributes.title ?? n.attributes.label ?? '')));
// the concept with the most papers
const concept = env.graph.nodes.filter((n) => n.attributes.type === 'concept').sort((a, b) => Number(b.attributes.papers ?? 0) - Number(a.attributes.papers ?? 0))[0];

async function open(page: Page, query: string) {
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 60_000 });
  await page.waitForTimeout(1500); // camera flight, KaTeX
}

/** Waits until the level-of-detail status lists `cluster` as loaded. */
const loadedCluster = (p: Page, cluster: number) => p.waitForFunction((c) => (document.querySelector('[data-testid="lod-status"]')?.getAttribute('data-loaded') ?? '').split(',').includes(String(c)), cluster, { timeout: 60_000 });

const lodShots: typeof shots = [];
if (env.meta.lod) {
  const claimsIndex = JSON.parse(await fs.readFile(path.join(path.dirname(graph), env.meta.lod.claims ?? 'claims.json'), 'utf8')) as { papers: { id: string; cluster: number; claims: { problem: string | null }[] }[] };
  const biggest = [...env.clusters].sort((a, b) => b.size - a.size || a.id - b.id)[0];
  const perProblem = new Map<string, number>();
  for (const p of claimsIndex.papers) for (const c of p.claims) if (c.problem) perProblem.set(c.problem, (perProblem.get(c.problem) ?? 0) + 1);
  const present = new Set(env.graph.nodes.map((n) => n.key));
  const problem = [...perProblem].filter(([k]) => present.has(`problem:${k}`)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const paper = [...claimsIndex.papers].sort((a, b) => b.claims.length - a.claims.length || (a.id < b.id ? -1 : 1))[0];
  const ladderOnly = async (p: Page) => {
    await p.locator('li[data-claim]').first().waitFor({ timeout: 60_000 });
    await p.getByRole('button', { name: 'Details', expanded: true }).click();
    await p.waitForTimeout(400);
  };
  lodShots.push(
    { name: 'lod-overview', query: '' },
    { name: 'lod-cluster', query: `?s=c:${biggest.id}`, action: async (p) => { await loadedCluster(p, biggest.id); await p.waitForTimeout(1500); } },
    {
      name: 'lod-cluster-zoom', query: `?s=c:${biggest.id}`, action: async (p) => {
        await loadedCluster(p, biggest.id);
        await p.waitForTimeout(800);
        const box = (await p.locator('.graph-canvas').boundingBox())!;
        await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        for (let i = 0; i < 3; i++) { await p.mouse.wheel(0, -300); await p.waitForTimeout(500); }
        await p.waitForTimeout(1500);
      },
    },
    ...(paper ? [{ name: 'lod-paper', query: `?s=${encodeURIComponent(`n:${paper.id}`)}`, action: async (p: Page) => { await loadedCluster(p, paper.cluster); await p.waitForTimeout(1500); } }] : []),
    {
      name: 'lod-search', query: '', action: async (p) => {
        await p.getByRole('combobox', { name: 'Search' }).fill('diffusion');
        await p.locator('[role="option"]').first().waitFor({ timeout: 60_000 });
        await p.waitForTimeout(300);
      },
    },
    ...(problem ? [
      { name: 'lod-problem', query: `?s=${encodeURIComponent(`n:problem:${problem}`)}`, action: async (p: Page) => { await p.locator('li[data-claim]').first().waitFor({ timeout: 60_000 }); await p.waitForTimeout(800); } },
      { name: 'lod-problem-ladder', query: `?s=${encodeURIComponent(`n:problem:${problem}`)}`, action: ladderOnly },
    ] : []),
  );
}

const errors: string[] = [];
// the paper with the most claims and the biggest cluster, for the new views
const richest = env.graph.nodes.filter((n) => n.attributes.type === 'paper').sort((a, b) => (b.attributes.claims as unknown[]).length - (a.attributes.claims as unknown[]).length || (a.key < b.key ? -1 : 1))[0];
const bigCluster = [...env.clusters].sort((a, b) => b.size - a.size || a.id - b.id)[0];
const lcs = env.graph.nodes.some((n) => n.key === 'problem:longest common subsequence') ? 'problem:longest common subsequence' : null;
const shots: { name: string; query: string; action?: (p: Page) => Promise<void> }[] = [
  { name: 'overview', query: '' },
  ...(richest ? [{ name: 'paper', query: `?s=${encodeURIComponent(`n:${richest.key}`)}` }] : []),
  ...(bigCluster ? [{ name: 'cluster', query: `?s=c:${bigCluster.id}` }] : []),
  { name: 'table', query: '?tb=c&ts=-year' },
  ...(lcs ? [
    { name: 'lcs-table', query: `?s=${encodeURIComponent(`n:${lcs}`)}&tb=c&ts=bound` },
    { name: 'lcs-ladder', query: `?s=${encodeURIComponent(`n:${lcs}`)}`, action: async (p: Page) => { await p.getByRole('button', { name: 'Details', expanded: true }).click(); await p.waitForTimeout(400); } },
  ] : []),
  { name: 'papers-table', query: '?tb=p&ts=-claims' },
  { name: 'year', query: '?c=year' },
  { name: 'role', query: '?c=role' },
  { name: 'claims-colour', query: '?c=claims' },
  { name: 'density', query: '?m=d' },
  ...(bigCluster ? [{ name: 'cluster-ladders', query: `?s=c:${bigCluster.id}`, action: async (p: Page) => { await p.getByRole('button', { name: 'Details', expanded: true }).click(); await p.waitForTimeout(400); } }] : []),
  {
    name: 'lcs-search', query: '', action: async (p) => {
      const box = p.getByRole('combobox', { name: 'Search' });
      await p.waitForFunction(() => !document.querySelector('input[role="combobox"]')?.getAttribute('placeholder')?.includes('indexing'), null, { timeout: 60_000 });
      await box.fill('LCS');
      await p.locator('[role="option"]').first().waitFor();
      await p.waitForTimeout(400);
    },
  },
  { name: 'lcs', query: `?s=${encodeURIComponent('n:problem:longest common subsequence')}` },
  { name: 'lcs-variants-exact', query: `?s=${encodeURIComponent('n:problem:longest common subsequence')}&i=1&x=1` },
  { name: 'edit-distance', query: `?s=${encodeURIComponent('n:problem:edit distance')}` },
  {
    name: 'edit-distance-ladder', query: `?s=${encodeURIComponent('n:problem:edit distance')}`, action: async (p) => {
      await p.getByRole('button', { name: 'Details', expanded: true }).click();
      await p.waitForTimeout(400);
    },
  },
  {
    name: 'lcs-rows', query: `?s=${encodeURIComponent('n:problem:longest common subsequence')}&i=1`, action: async (p) => {
      await p.getByRole('button', { name: 'Details', expanded: true }).click();
      await p.locator('.bucket-frontier .sentence-toggle').first().click();
      await p.waitForTimeout(300);
      await p.locator('.bucket-frontier h4').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await p.waitForTimeout(300);
    },
  },
  {
    name: 'lcs-beaten', query: `?s=${encodeURIComponent('n:problem:longest common subsequence')}`, action: async (p) => {
      await p.getByRole('button', { name: 'Details', expanded: true }).click();
      await p.locator('.bucket-upper h4').first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await p.waitForTimeout(300);
    },
  },
  { name: 'chain-paper', query: `?s=${encodeURIComponent('n:paper:2112.08454')}` },
  { name: 'hamming', query: `?s=${encodeURIComponent('n:problem:hamming distance')}` },
  ...(byLabel(/\$k\$-Hamming/, 'paper') ? [{ name: 'k-hamming', query: `?s=${encodeURIComponent(`n:${byLabel(/\$k\$-Hamming/, 'paper')!.key}`)}` }] : []),
  ...(concept ? [{ name: 'concept', query: `?s=${encodeURIComponent(`n:${concept.key}`)}` }] : []),
];

for (const [w, h] of [[1400, 900], [1024, 768]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  page.on('pageerror', (e) => errors.push(`${w}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${w} console: ${m.text()}`); });
  for (const s of [...lodShots, ...shots]) {
    if (only && !only.split(',').includes(s.name)) continue;
    await open(page, s.query);
    await s.action?.(page);
    const file = path.join(out, `${s.name}-${w}.png`);
    await page.screenshot({ path: file });
    process.stderr.write(`screenshots: ${path.relative(repoRoot, file)}\n`);
  }
  await page.close();
}
await browser.close();
await server.close();
if (errors.length) { console.error(errors.join('\n')); process.exitCode = 1; }
