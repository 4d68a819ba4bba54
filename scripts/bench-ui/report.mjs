// bench:ui answers mode (see scripts/bench-ui.mjs): runs the answer timings of answers.mjs on the explorer and on bare
// sigma, `runs` times each (alternating pages), and prints medians with their ratios; then the frame gaps while
// dragging the map of the pan graph (the same graph unless --pan-graph), on both pages.
import { bareSelects, clickablePapers, clusterClicks, nodeClicks, panGaps, searchPicks } from './answers.mjs';

/** Search queries: the README's examples first (they must answer on the bundled sample and on cs.DS), then others. */
const QUERIES = ['LCS', 'edit distance', '3SUM', 'suffix array', 'pattern matching', 'Navarro'];

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN);

export async function benchAnswers({ browser, ours, base, env, runs, median, log, openPage, panGraph, startServer, site, baseDir }) {
  const texPlain = (s) => s.replace(/\$([^$]*)\$/g, '$1');
  const clusters = [...env.clusters].sort((a, b) => b.size - a.size || a.id - b.id).slice(0, 3).map((c) => ({ id: c.id, size: c.size, plain: texPlain(c.label).slice(0, 24) }));
  const r = { search: [], node: [], cluster: [], bSearch: [], bNode: [], bCluster: [], mSearch: [], mNode: [], mCluster: [] };
  const take = (key, times) => { r[key].push(...times); r[`m${key[0].toUpperCase()}${key.slice(1)}`].push(...(times.mapAt ?? []).filter(Number.isFinite)); };
  for (let run = 0; run < runs; run++) {
    log(`run ${run + 1}: explorer`);
    const page = await openPage(ours.url);
    take('search', await searchPicks(page, QUERIES, log));
    // back to the overview, so papers are where a first visit sees them
    await page.goto(ours.url);
    await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 180_000 });
    const papers = await clickablePapers(page, 4);
    take('node', await nodeClicks(page, papers, false, log));
    take('cluster', await clusterClicks(page, clusters, false, log));
    await page.close();

    log(`run ${run + 1}: bare sigma`);
    const bare = await openPage(base.url);
    r.bSearch.push(...await bareSelects(bare, papers.slice(0, 3), log));
    r.bNode.push(...await nodeClicks(bare, await clickablePapers(bare, 4), true, log));
    r.bCluster.push(...await clusterClicks(bare, clusters, true, log));
    await bare.close();
  }
  const m = (k) => median(r[k]);
  const line = (name, k, bk, limit) => {
    const v = m(k), b = m(bk);
    const mk = `m${k[0].toUpperCase()}${k.slice(1)}`;
    return `${name.padEnd(26)} ours ${v.toFixed(0).padStart(5)} ms (max ${Math.max(...r[k]).toFixed(0)}, n=${r[k].length}; map follows ${m(mk).toFixed(0)} ms)   bare sigma ${b.toFixed(0).padStart(5)} ms   ratio ${(v / b).toFixed(2)}   ${v <= limit ? `ok (≤ ${limit / 1000} s)` : `OVER ${limit / 1000} s`}`;
  };
  console.log(`UI answers: ${env.graph.nodes.length} nodes, ${env.graph.edges.length} edges, ${env.clusters.length} clusters; medians over ${runs} run(s)`);
  console.log(line('search pick → Details', 'search', 'bSearch', 1000));
  console.log(line('paper click → Details', 'node', 'bNode', 1000));
  console.log(line('cluster click → Details', 'cluster', 'bCluster', 1000));

  // frame gaps while panning (a bigger graph when given)
  let oursPan = ours, basePan = base, extra = [];
  if (panGraph) {
    oursPan = await startServer({ site, graph: panGraph, port: 0 });
    basePan = await startServer({ site: baseDir, graph: panGraph, port: 0 });
    extra = [oursPan, basePan];
  }
  const gaps = { ours: [], base: [] };
  for (let run = 0; run < runs; run++) {
    for (const [name, srv] of [['base', basePan], ['ours', oursPan]]) {
      const page = await openPage(srv.url);
      if (name === 'ours') await page.waitForFunction(() => !document.querySelector('input[role="combobox"]')?.placeholder.includes('indexing'), null, { timeout: 300_000 });
      const g = await panGaps(page);
      gaps[name].push({ p95: pct(g, 0.95), max: g.at(-1) ?? NaN, median: pct(g, 0.5), frames: g.length });
      log(`pan run ${run + 1} ${name}: ${g.length} frames, median ${pct(g, 0.5).toFixed(0)} ms, p95 ${pct(g, 0.95).toFixed(0)} ms, max ${(g.at(-1) ?? NaN).toFixed(0)} ms`);
      await page.close();
    }
  }
  for (const s of extra) await s.close();
  const gm = (who, k) => median(gaps[who].map((x) => x[k]));
  const nodes = panGraph ? '(pan graph)' : '';
  console.log(`frame gaps while panning ${nodes}  ours p95 ${gm('ours', 'p95').toFixed(0)} ms, max ${gm('ours', 'max').toFixed(0)} ms   bare sigma p95 ${gm('base', 'p95').toFixed(0)} ms, max ${gm('base', 'max').toFixed(0)} ms   ratio p95 ${(gm('ours', 'p95') / gm('base', 'p95')).toFixed(2)}   ${gm('ours', 'max') <= 100 ? 'ok (≤ 100 ms)' : 'OVER 100 ms'}`);
}
