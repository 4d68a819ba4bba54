// bench:ui --lod DIR: load-time figures of the explorer on a level-of-detail graph (see scripts/bench-ui.mjs).
// Times are the page's own performance.now() (0 = navigation start), read after the next animation frame, so each is
// "on screen", not "in the DOM".

const QUERY = 'gaussian splatting';
const STAND_IN = '\u0001cluster:';

/** A fresh page per run (its own cache state, like a first visit after the previous run's warm-up). */
async function newPage(browser) {
  return browser.newPage({ viewport: { width: 1400, height: 900 } });
}

/** Navigation → suggestions of a query typed as soon as the search box exists. */
async function firstSearch(browser, url) {
  const page = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.waitFor({ timeout: 120_000 });
    const typedAt = await page.evaluate(() => performance.now());
    await box.fill(QUERY);
    await page.locator('[role="option"] .sugg-label').first().waitFor({ timeout: 120_000 });
    const at = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
    const rendered = Number(await page.evaluate(() => document.documentElement.dataset.graphRendered ?? NaN));
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('bg:') && !m.name.startsWith('bg:cluster-')).map((m) => `${m.name.slice(3)} ${Math.round(m.startTime)}`).join(', '));
    return { at, typedAt, rendered, marks };
  } finally {
    await page.close();
  }
}

/** Navigation → Details showing the cluster whose stand-in was clicked as soon as the graph was drawn. */
async function firstClick(browser, url, cluster, label) {
  const page = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 120_000 });
    const pos = await page.evaluate((key) => {
      const s = window.__bgSigma;
      const a = s.getGraph().getNodeAttributes(key);
      const p = s.graphToViewport({ x: a.x, y: a.y });
      const r = s.getContainer().getBoundingClientRect();
      return { x: r.x + p.x, y: r.y + p.y };
    }, `${STAND_IN}${cluster}`);
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction((l) => document.querySelector('[aria-label="Details"] h2')?.textContent === l, label, { timeout: 120_000 });
    const at = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
    // and until its papers are drawn
    await page.waitForFunction((c) => (document.querySelector('[data-testid="lod-status"]')?.getAttribute('data-loaded') ?? '').split(',').includes(String(c)), cluster, { timeout: 120_000 });
    const papersAt = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
    return { at, papersAt };
  } finally {
    await page.close();
  }
}

/** Bare sigma drawing the overview: navigation → first frame. */
async function baseFirst(browser, url) {
  const page = await newPage(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 120_000 });
    // the frame is on screen after the next animation frame (under software GL its commit takes long)
    const painted = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
    return { first: Number(await page.evaluate(() => document.documentElement.dataset.graphRendered)), painted };
  } finally {
    await page.close();
  }
}

/**
 * Answers on a level-of-detail graph, once it is loaded: search picks (a paper whose cluster is not loaded answers with
 * its claims record, or when its cluster has loaded), cluster clicks in the legend, paper clicks on a loaded cluster.
 */
async function lodAnswers(browser, url, env, log) {
  const A = await import('./answers.mjs');
  const page = await newPage(browser);
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 180_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="lod-status"]')?.getAttribute('data-claims') === 'ready', null, { timeout: 180_000 });
    const search = await A.searchPicks(page, ['gaussian splatting', 'diffusion', 'reinforcement learning', 'transformer', 'graph neural network', 'LLM'], log);
    const plain = (s) => s.replace(/\$([^$]*)\$/g, '$1').slice(0, 24);
    const clusters = [...env.clusters].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, 3).map((c) => ({ id: c.id, size: c.size, plain: plain(c.label) }));
    const cluster = await A.clusterClicks(page, clusters, false, log);
    // papers of the (now loaded) biggest cluster, clicked on the map
    await page.waitForFunction((c) => (document.querySelector('[data-testid="lod-status"]')?.getAttribute('data-loaded') ?? '').split(',').includes(String(c)), clusters[0].id, { timeout: 120_000 });
    await page.waitForTimeout(2500);
    const node = await A.nodeClicks(page, await A.clickablePapers(page, 4), false, log);
    return { search, cluster, node };
  } finally {
    await page.close();
  }
}

export async function benchLod({ browser, ours, base, env, runs, withBase, median, log }) {
  if (!env.meta?.lod) { log('--lod: graph.json has no meta.lod (build with `boundgraph build --lod N`)'); process.exitCode = 2; return; }
  const biggest = [...env.clusters].sort((a, b) => b.size - a.size || a.id - b.id)[0];
  // warm-up: the browser's GPU process, the HTTP server, the file cache
  await firstSearch(browser, ours.url);
  if (withBase) await baseFirst(browser, base.url);
  const r = { search: [], typed: [], rendered: [], click: [], clickPapers: [], base: [], basePainted: [] };
  for (let i = 0; i < runs; i++) {
    const s = await firstSearch(browser, ours.url);
    r.search.push(s.at); r.typed.push(s.typedAt); r.rendered.push(s.rendered);
    log(`run ${i + 1} ours: search answered ${Math.round(s.at)} ms (typed at ${Math.round(s.typedAt)}, first frame ${s.rendered}); marks: ${s.marks}`);
    const c = await firstClick(browser, ours.url, biggest.id, biggest.label);
    r.click.push(c.at); r.clickPapers.push(c.papersAt);
    log(`run ${i + 1} ours: click answered ${Math.round(c.at)} ms, its ${biggest.size} papers drawn ${Math.round(c.papersAt)} ms`);
    if (withBase) {
      const b = await baseFirst(browser, base.url);
      r.base.push(b.first); r.basePainted.push(b.painted);
      log(`run ${i + 1} base: first frame ${b.first} ms (painted ${Math.round(b.painted)} ms)`);
    }
  }
  const ans = { search: [], cluster: [], node: [] };
  for (let i = 0; i < runs; i++) {
    const a = await lodAnswers(browser, ours.url, env, log);
    for (const k of Object.keys(ans)) ans[k].push(...a[k]);
  }
  const m = (k) => median(r[k]);
  const papers = env.meta.lod.papers;
  console.log(`UI benchmark, level-of-detail graph: ${papers.toLocaleString('en')} papers in ${env.clusters.length} clusters; overview ${env.graph.nodes.length} nodes, ${env.graph.edges.length} edges; medians of ${runs} runs`);
  const ok = (v) => (v <= 3000 ? '  ok (≤ 3 s)' : '  OVER 3 s');
  console.log(`navigation → search answered   ${m('search').toFixed(0).padStart(6)} ms${ok(m('search'))}   (typed at ${m('typed').toFixed(0)} ms; first frame ${m('rendered').toFixed(0)} ms)`);
  console.log(`navigation → click answered    ${m('click').toFixed(0).padStart(6)} ms${ok(m('click'))}   (cluster's papers drawn ${m('clickPapers').toFixed(0)} ms)`);
  for (const [k, name] of [['search', 'search pick → Details'], ['node', 'paper click → Details'], ['cluster', 'cluster click → Details']]) {
    const v = median(ans[k]);
    console.log(`${name.padEnd(31)}${v.toFixed(0).padStart(6)} ms (max ${Math.max(...ans[k]).toFixed(0)}, n=${ans[k].length})${v <= 2000 ? '  ok (≤ 2 s)' : '  OVER 2 s'}`);
  }
  if (withBase) {
    console.log(`bare sigma, overview           ${m('base').toFixed(0).padStart(6)} ms first frame, ${m('basePainted').toFixed(0)} ms painted`);
    console.log(`ratio search answered / bare sigma painted: ${(m('search') / m('basePainted')).toFixed(2)}; our first frame / bare sigma first frame: ${(m('rendered') / m('base')).toFixed(2)}`);
  }
}
