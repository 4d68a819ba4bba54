// bench:ui answers: how long the explorer takes to answer a pick — a search suggestion picked, a paper clicked on the
// map, a cluster clicked in the legend — until Details shows it on screen, against bare sigma answering the same kind
// of input (highlighting the node's neighbourhood or the cluster's papers) on the same graph in the same run.
// Every time is the page's own clock, measured in the page (no round trip to the benchmark in between): from the input
// event (a capturing listener notes it) to the task after the first animation frame that follows the answer entering
// the DOM (that frame's paint is committed by then). Frame gaps: the intervals between animation frames while the map
// is dragged.

const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

/**
 * Notes the time of the next input event of `type` (capturing, so before the page's own handlers) and, when `shows` is
 * given, the time the explorer's Details first shows it (data-shows) and that frame has been painted.
 */
const armInput = (page, type, shows = null) => page.evaluate(([t, s]) => {
  window.__inputAt = null;
  window.__answerAt = null;
  window.addEventListener(t, () => { if (window.__inputAt === null) window.__inputAt = performance.now(); }, { capture: true, once: true });
  const painted = () => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { window.__answerAt = performance.now(); }; ch.port2.postMessage(0); });
  if (s !== null) {
    const el = document.querySelector('[aria-label="Details"]');
    const obs = new MutationObserver(() => { if (el.getAttribute('data-shows') === s) { obs.disconnect(); painted(); } });
    obs.observe(el, { attributes: true, attributeFilter: ['data-shows'] });
  } else {
    // bare sigma: its answer is marked in data-answered after its render
    const root = document.documentElement;
    const obs = new MutationObserver(() => { if (root.dataset.answered) { obs.disconnect(); painted(); } });
    obs.observe(root, { attributes: true, attributeFilter: ['data-answered'] });
  }
}, [type, shows]);

/** Waits for the answer armed by `armInput`; returns ms from the input event to the answer painted. */
async function answered(page, timeout = 60_000) {
  await page.waitForFunction(() => window.__answerAt !== null && window.__inputAt !== null, null, { timeout, polling: 100 });
  return page.evaluate(() => window.__answerAt - window.__inputAt);
}

/** The explorer's map follows a selection after Details (highlight, flight): ms from the input to that map frame. */
export const mapFollowed = (page) => page.evaluate(() => {
  const at = Number(document.documentElement.dataset.mapFollowed);
  return at > window.__inputAt ? at - window.__inputAt : NaN;
});

async function idle(page, ms = 1200) {
  await settle(page);
  await page.waitForTimeout(ms);
}

/** Search → pick the first suggestion (mouse down on it, as a user does), for each query. */
export async function searchPicks(page, queries, log) {
  const times = [];
  const box = page.getByRole('combobox', { name: 'Search' });
  await page.waitForFunction(() => !document.querySelector('input[role="combobox"]')?.placeholder.includes('indexing'), null, { timeout: 300_000 });
  for (const q of queries) {
    await idle(page);
    await box.fill(q);
    const option = page.locator('[role="option"]').first();
    try { await option.waitFor({ timeout: 30_000 }); } catch { log(`no suggestion for "${q}"`); continue; }
    await page.waitForTimeout(300); // the suggestions settle (a later answer may replace the list)
    const id = await option.getAttribute('data-id');
    if (!id) { log(`suggestion without data-id for "${q}"`); continue; }
    await armInput(page, 'mousedown', `n:${id}`);
    await option.dispatchEvent('mousedown');
    const t = await answered(page);
    times.push(t);
    await idle(page, 1500);
    const m = await mapFollowed(page);
    (times.mapAt ??= []).push(m);
    log(`  search "${q}" → ${id}: ${Math.round(t)} ms (map follows at ${Math.round(m)} ms)`);
  }
  return times;
}

/** Viewport position of a drawn node (page coordinates), or null when it is off screen. */
const nodePosition = (page, id) => page.evaluate((key) => {
  const s = window.__bgSigma ?? window.__sigma;
  if (!s.getGraph().hasNode(key)) return null;
  const a = s.getGraph().getNodeAttributes(key);
  const p = s.graphToViewport({ x: a.x, y: a.y });
  const r = s.getContainer().getBoundingClientRect();
  const { width, height } = s.getDimensions();
  if (p.x < 10 || p.y < 10 || p.x > width - 10 || p.y > height - 10) return null;
  return { x: r.x + p.x, y: r.y + p.y };
}, id);

/** The biggest papers of the drawn graph on screen (easiest to hit), not under a cluster label. */
export async function clickablePapers(page, n) {
  return page.evaluate((k) => {
    const s = window.__bgSigma ?? window.__sigma;
    const g = s.getGraph();
    const labels = [...document.querySelectorAll('.cluster-label')].filter((e) => e.style.visibility !== 'hidden').map((e) => e.getBoundingClientRect());
    const box = s.getContainer().getBoundingClientRect();
    const { width, height } = s.getDimensions();
    const out = [];
    g.forEachNode((id, a) => {
      if ((a.kind ?? 'paper') !== 'paper' || (a.type && a.type !== 'paper')) return;
      const p = s.graphToViewport({ x: a.x, y: a.y });
      if (p.x < 20 || p.y < 20 || p.x > width - 20 || p.y > height - 20) return;
      const x = box.x + p.x, y = box.y + p.y;
      if (labels.some((l) => x > l.left - 8 && x < l.right + 8 && y > l.top - 8 && y < l.bottom + 8)) return;
      out.push([id, a.size]);
    });
    return out.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map((x) => x[0]);
  }, n);
}

/** Clicks on papers on the map → Details shows the paper (ours) or the highlight is drawn (bare sigma). */
export async function nodeClicks(page, ids, bare, log) {
  const times = [];
  for (const id of ids) {
    await idle(page);
    const pos = await nodePosition(page, id);
    if (!pos) { log(`  node ${id} is off screen`); continue; }
    if (bare) await page.evaluate(() => { delete document.documentElement.dataset.answered; });
    await armInput(page, 'mousedown', bare ? null : `n:${id}`);
    await page.mouse.click(pos.x, pos.y);
    let t;
    try {
      t = await answered(page, 20_000);
    } catch { log(`  click on ${id} not answered (another node under the pointer?)`); continue; }
    times.push(t);
    let m = NaN;
    if (!bare) { await idle(page, 1500); m = await mapFollowed(page); (times.mapAt ??= []).push(m); }
    log(`  click ${id}: ${Math.round(t)} ms${bare ? '' : ` (map follows at ${Math.round(m)} ms)`}`);
  }
  return times;
}

/** Clicks on clusters in the legend (ours) or in the bare page's button list → answered. */
export async function clusterClicks(page, clusters, bare, log) {
  const times = [];
  for (const c of clusters) {
    await idle(page);
    if (bare) await page.evaluate(() => { delete document.documentElement.dataset.answered; });
    await armInput(page, 'mousedown', bare ? null : `c:${c.id}`);
    if (bare) await page.locator(`button[data-cluster="${c.id}"]`).click();
    else await page.getByRole('region', { name: 'Clusters' }).locator('button.legend-item').filter({ hasText: c.plain }).first().click();
    const t = await answered(page);
    times.push(t);
    let m = NaN;
    if (!bare) { await idle(page, 1500); m = await mapFollowed(page); (times.mapAt ??= []).push(m); }
    log(`  cluster ${c.id} (${c.size} papers): ${Math.round(t)} ms${bare ? '' : ` (map follows at ${Math.round(m)} ms)`}`);
  }
  return times;
}

/** Bare sigma "search pick": a button selects the node the explorer's search picked (no search box to type in). */
export async function bareSelects(page, ids, log) {
  const times = [];
  for (const id of ids) {
    await idle(page);
    await page.evaluate((n) => { delete document.documentElement.dataset.answered; document.getElementById('select-node').dataset.node = n; }, id);
    await armInput(page, 'mousedown');
    await page.locator('#select-node').click();
    const t = await answered(page);
    times.push(t);
    log(`  select ${id}: ${Math.round(t)} ms`);
  }
  return times;
}

/** Intervals between animation frames while the map is dragged across (ms, sorted). */
export async function panGaps(page, steps = 24) {
  await idle(page, 800);
  const box = await page.evaluate(() => { const r = (window.__bgSigma ?? window.__sigma).getContainer().getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
  await page.mouse.move(cx, cy);
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); if (window.__recording) requestAnimationFrame(tick); };
    window.__recording = true;
    requestAnimationFrame(tick);
  });
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(cx + Math.sin(i / 3) * box.w * 0.2, cy + Math.cos(i / 3) * box.h * 0.15);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => { window.__recording = false; return window.__frames; });
  const gaps = [];
  for (let i = 1; i < frames.length; i++) gaps.push(frames[i] - frames[i - 1]);
  return gaps.sort((a, b) => a - b);
}
