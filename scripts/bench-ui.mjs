#!/usr/bin/env node
// `npm run bench:ui`: drives Chromium against the explorer and a bare-sigma baseline page drawing the same
// graph.json, and prints medians and their ratios to bare sigma.
//   node scripts/bench-ui.mjs [--graph FILE] [--pan-graph FILE] [--runs N]
//     answers (the default): search pick → Details, paper click on the map → Details, cluster click → Details, each
//     against bare sigma answering the same input (highlighting the node's neighbourhood or the cluster); and the
//     frame gaps (intervals between animation frames, p95 and max) while dragging the map of --pan-graph. The graph
//     defaults to the cs.DS corpus (../shared/corpus/arxiv-atom-cs-ds), built once into test-output/bench-ui/ds.
//   node scripts/bench-ui.mjs --frames-only [--graph FILE] [--rebuild] [--runs N] [--frames N] [--only first-render] [--no-base]
//     the older figures: first render, per-frame cost while panning and zooming (with a pixel read-back after each
//     render: the only honest timing under software WebGL), search-suggestion and selection latency.
//   node scripts/bench-ui.mjs --lod DIR [--runs N] [--no-base]
// --only first-render skips pan/zoom, search and selection (fast iteration on load time); --no-base skips
// the baseline page (its figure from an earlier run stays comparable on a quiet machine).
// --lod DIR measures a level-of-detail graph (`boundgraph build --lod N`: DIR/graph.json is the overview, with
// clusters/, claims.json and search.json next to it): navigation → first answered search (a query typed as soon as the
// search box exists, until its suggestions show) and navigation → first answered click (the biggest cluster's
// stand-in clicked as soon as the graph is drawn, until Details shows the cluster), against navigation → first frame
// of the bare-sigma page drawing the same overview; medians of --runs.
import { register } from 'tsx/esm/api';
import { execFileSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

register();
const { startServer, ensureSite, repoRoot } = await import('../src/cli/commands/serve.ts');
const { build } = await import('vite');
const { chromium } = await import('playwright-core');

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const runs = Number(opt('--runs', '3'));
const frames = Number(opt('--frames', '12'));
const only = opt('--only', null);
if (only !== null && only !== 'first-render') { process.stderr.write('bench:ui: --only takes "first-render"\n'); process.exit(2); }
const firstOnly = only === 'first-render';
const withBase = !args.includes('--no-base');
const lodDir = opt('--lod', null);
const framesOnly = args.includes('--frames-only');
if (args.includes('--help')) {
  console.log('node scripts/bench-ui.mjs [--graph FILE] [--pan-graph FILE] [--runs N]\nnode scripts/bench-ui.mjs --frames-only [--graph FILE] [--rebuild] [--runs N] [--frames N] [--only first-render] [--no-base]\nnode scripts/bench-ui.mjs --lod DIR [--runs N] [--no-base]');
  process.exit(0);
}
const out = path.join(repoRoot, 'test-output', 'bench-ui');
const corpus = path.resolve(repoRoot, framesOnly ? '../shared/corpus/arxiv-ml-2025' : '../shared/corpus/arxiv-atom-cs-ds/arxiv.xml');
let graph = lodDir ? path.join(path.resolve(lodDir), 'graph.json') : opt('--graph', null);
const log = (s) => process.stderr.write(`bench:ui: ${s}\n`);

if (!graph) {
  graph = path.join(out, framesOnly ? 'ml' : 'ds', 'graph.json');
  if (!existsSync(graph) || args.includes('--rebuild')) {
    if (!existsSync(corpus)) { log(`no graph given and ${corpus} is missing`); process.exit(2); }
    log(`building the graph of ${corpus} (takes a few minutes)…`);
    execFileSync(process.execPath, [path.join(repoRoot, 'scripts/boundgraph.mjs'), 'build', corpus, '-o', path.dirname(graph)], { stdio: 'inherit', cwd: repoRoot });
  }
}
const env = JSON.parse(await fs.readFile(graph, 'utf8'));
const nodeCount = env.graph.nodes.length;
const edgeCount = env.graph.edges.length;
log(`graph: ${path.relative(process.cwd(), graph)} (${nodeCount} nodes, ${edgeCount} edges, ${((await fs.stat(graph)).size / 1e6).toFixed(1)} MB)`);

// the explorer and the baseline, both production builds
const site = path.join(out, 'site');
await ensureSite(site, log);
const baseDir = path.join(out, 'baseline');
const prevEnv = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
await build({
  root: repoRoot, configFile: path.join(repoRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn', publicDir: false,
  build: { outDir: baseDir, emptyOutDir: true, rollupOptions: { input: path.join(repoRoot, 'scripts/bench-ui/baseline.html') } },
});
process.env.NODE_ENV = prevEnv;
const html = await fs.readFile(path.join(baseDir, 'scripts/bench-ui/baseline.html'), 'utf8');
await fs.writeFile(path.join(baseDir, 'index.html'), html.replaceAll('../../assets/', './assets/'));

const ours = await startServer({ site, graph, port: 0 });
const base = await startServer({ site: baseDir, graph, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--disable-quic'] });

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };

async function openPage(url) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 180_000 });
  return page;
}

/** In-page probe: after every sigma render, read one pixel back (forces the GPU work to finish) and time it from the input event. */
async function installProbe(page) {
  await page.evaluate(() => {
    const sigma = window.__bgSigma ?? window.__sigma;
    const canvases = Object.values(sigma.getCanvases());
    const gls = canvases.map((c) => c.getContext('webgl2') || c.getContext('webgl')).filter(Boolean);
    const px = new Uint8Array(4);
    const probe = { start: null, frames: [] };
    window.__probe = probe;
    const container = sigma.getContainer();
    const mark = () => { if (probe.start === null) probe.start = performance.now(); };
    container.addEventListener('mousemove', mark, true);
    container.addEventListener('wheel', mark, true);
    sigma.on('afterRender', () => {
      for (const gl of gls) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      if (probe.start !== null) { probe.frames.push(performance.now() - probe.start); probe.start = null; }
    });
  });
}

async function waitFrame(page, n) {
  await page.waitForFunction((k) => window.__probe.frames.length >= k, n, { timeout: 60_000 });
}

async function panZoom(page) {
  await installProbe(page);
  const box = await page.evaluate(() => { const r = (window.__bgSigma ?? window.__sigma).getContainer().getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => { window.__probe.frames = []; window.__probe.start = null; });
  await page.mouse.down();
  for (let i = 1; i <= frames; i++) {
    await page.mouse.move(cx + i * 12, cy + i * 6);
    await waitFrame(page, i);
  }
  await page.mouse.up();
  const pan = await page.evaluate(() => window.__probe.frames.slice());
  await page.waitForTimeout(600);
  await page.evaluate(() => { window.__probe.frames = []; window.__probe.start = null; });
  for (let i = 1; i <= Math.ceil(frames / 2); i++) {
    await page.mouse.wheel(0, i % 2 ? -240 : 240);
    await waitFrame(page, i);
    await page.waitForTimeout(400); // let the zoom animation settle so each wheel step is one sample
    await page.evaluate((k) => { window.__probe.frames.length = k; window.__probe.start = null; }, i);
  }
  const zoom = await page.evaluate(() => window.__probe.frames.slice());
  return { pan: median(pan), zoom: median(zoom) };
}

/** Keystroke → suggestions on screen (after the next frame), per keystroke of a few queries. */
async function searchLatency(page) {
  await page.waitForFunction(() => !document.querySelector('input[role="combobox"]')?.placeholder.includes('indexing'), null, { timeout: 180_000 });
  const words = ['attention', 'gradient', 'reinforcement', 'diffusion', 'graph neural'];
  const times = [];
  const input = page.getByRole('combobox', { name: 'Search' });
  await input.click();
  for (const w of words) {
    await input.fill('');
    for (let i = 3; i <= Math.min(w.length, 8); i++) {
      const t = await page.evaluate((q) => new Promise((resolve) => {
        const el = document.querySelector('input[role="combobox"]');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const t0 = performance.now();
        const done = () => requestAnimationFrame(() => resolve(performance.now() - t0));
        const list = () => document.querySelector('[role="listbox"]');
        const obs = new MutationObserver(() => {
          const first = list()?.querySelector('[role="option"] .sugg-label');
          if (first) { obs.disconnect(); done(); }
          else if (list()?.querySelector('.empty')) { obs.disconnect(); done(); }
        });
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        setter.call(el, q);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => { obs.disconnect(); resolve(NaN); }, 5000);
      }), w.slice(0, i));
      if (Number.isFinite(t)) times.push(t);
    }
  }
  return { median: median(times), max: Math.max(...times), n: times.length };
}

/** Picking a suggestion → Details shows the node (after the next frame). */
async function selectionLatency(page) {
  const times = [];
  // machine-learning and algorithms queries: either corpus finds some of them (a query without suggestions is skipped)
  for (const q of ['sparse attention', 'regret bound', 'diffusion model', 'edit distance', 'shortest path', 'pruning', 'convex optimization']) {
    // wait until the page is idle again (the previous pick re-renders the graph and flies the camera)
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))), null, { timeout: 300_000 });
    await page.waitForTimeout(1500);
    await page.getByRole('combobox', { name: 'Search' }).fill(q, { timeout: 300_000 });
    try {
      await page.locator('[role="option"]').first().waitFor({ timeout: 30_000 });
    } catch {
      await page.screenshot({ path: path.join(out, 'select-fail.png') });
      log(`no suggestion for "${q}"`);
      continue;
    }
    const t = await page.evaluate(() => new Promise((resolve) => {
      const opt = document.querySelector('[role="option"]');
      const label = opt?.querySelector('.sugg-label')?.textContent;
      if (!opt || !label) { resolve(NaN); return; } // the suggestions changed under us (a late answer)
      const heading = () => document.querySelector('[aria-label="Details"] h2')?.textContent ?? '';
      const t0 = performance.now();
      const obs = new MutationObserver(() => {
        if (heading() === label) { obs.disconnect(); requestAnimationFrame(() => resolve(performance.now() - t0)); }
      });
      obs.observe(document.querySelector('[aria-label="Details"]'), { subtree: true, childList: true, characterData: true });
      opt.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      setTimeout(() => { obs.disconnect(); resolve(NaN); }, 5000);
    }));
    if (Number.isFinite(t)) times.push(t);
  }
  return { median: median(times), max: Math.max(...times), n: times.length };
}

if (lodDir) {
  const { benchLod } = await import('./bench-ui/lod.mjs');
  await benchLod({ browser, ours, base, env, runs, withBase, median, log, graphDir: path.dirname(graph) });
  await browser.close();
  await ours.close();
  await base.close();
  process.exit(0);
}

if (!framesOnly) {
  const { benchAnswers } = await import('./bench-ui/report.mjs');
  const panGraph = opt('--pan-graph', null);
  await benchAnswers({ browser, ours, base, env, runs, median, log, openPage, panGraph: panGraph ? path.resolve(panGraph) : null, startServer, site, baseDir });
  await browser.close();
  await ours.close();
  await base.close();
  process.exit(0);
}

const results = { ours: { first: [], pan: [], zoom: [] }, base: { first: [], pan: [], zoom: [] } };
for (let r = 0; r < runs; r++) {
  for (const [name, srv] of withBase ? [['base', base], ['ours', ours]] : [['ours', ours]]) {
    const page = await openPage(srv.url);
    results[name].first.push(await page.evaluate(() => Number(document.documentElement.dataset.graphRendered)));
    {
      // where the explorer's load time goes (marks set by src/app/main.tsx and GraphView)
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('bg:')).map((m) => `${m.name.slice(3)} ${Math.round(m.startTime)}`));
      log(`run ${r + 1} ${name} marks: ${marks.join(', ')}`);
      const canvases = await page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => `${c.className}:${c.width}x${c.height}`).join(' '));
      log(`run ${r + 1} ${name} canvases: ${canvases}`);
    }
    if (firstOnly) {
      log(`run ${r + 1} ${name}: first render ${results[name].first.at(-1)} ms`);
      if (name === 'ours' && r === runs - 1) await page.screenshot({ path: path.join(out, 'ours-large-first.png') });
      await page.close();
      continue;
    }
    // steady state before timing frames: the explorer builds its search index in a worker after first render
    if (name === 'ours') await page.waitForFunction(() => !document.querySelector('input[role="combobox"]')?.placeholder.includes('indexing'), null, { timeout: 300_000 });
    const pz = await panZoom(page);
    results[name].pan.push(pz.pan);
    results[name].zoom.push(pz.zoom);
    log(`run ${r + 1} ${name}: first render ${results[name].first.at(-1)} ms, pan ${pz.pan.toFixed(0)} ms/frame, zoom ${pz.zoom.toFixed(0)} ms/frame`);
    if (name === 'ours' && r === runs - 1) {
      results.search = await searchLatency(page);
      results.select = await selectionLatency(page);
      await page.screenshot({ path: path.join(out, 'ours-large.png') });
    }
    await page.close();
  }
}
await browser.close();
await ours.close();
await base.close();

const row = (label, o, b, unit = 'ms') => {
  const ratio = o / b;
  return `${label.padEnd(28)} ours ${o.toFixed(0).padStart(6)} ${unit}   baseline ${b.toFixed(0).padStart(6)} ${unit}   ratio ${ratio.toFixed(2)}${ratio <= 1.3 ? '  ok (≤ 1.3)' : '  OVER 1.3'}`;
};
const m = (k, n) => median(results[n][k]);
if (firstOnly) {
  console.log(`UI benchmark (first render only): ${nodeCount} nodes, ${edgeCount} edges; medians of ${runs} runs`);
  if (withBase) console.log(row('first render', m('first', 'ours'), m('first', 'base')));
  else console.log(`first render                 ours ${m('first', 'ours').toFixed(0).padStart(6)} ms   (baseline skipped)`);
  process.exit(0);
}
console.log(`UI benchmark: ${nodeCount} nodes, ${edgeCount} edges; medians of ${runs} runs (${frames} pan frames, ${Math.ceil(frames / 2)} zoom steps each)`);
console.log(row('first render', m('first', 'ours'), m('first', 'base')));
console.log(row('pan, per frame', m('pan', 'ours'), m('pan', 'base')));
console.log(row('zoom, per frame', m('zoom', 'ours'), m('zoom', 'base')));
console.log(`search suggestions           median ${results.search.median.toFixed(1)} ms, max ${results.search.max.toFixed(1)} ms over ${results.search.n} keystrokes${results.search.median < 50 ? '  ok (< 50)' : '  OVER 50'}`);
console.log(`selection → details          median ${results.select.median.toFixed(1)} ms, max ${results.select.max.toFixed(1)} ms over ${results.select.n} picks${results.select.median < 100 ? '  ok (< 100)' : '  OVER 100'}`);
