// Developer aid for bench:ui: a Chrome timeline trace of the explorer's load; prints the main thread's
// longest top-level tasks and their biggest children up to the first frame.
//   node scripts/bench-ui/trace-load.mjs <built site dir> [graph.json]
import { register } from 'tsx/esm/api';
register();
const { startServer } = await import('../../src/cli/commands/serve.ts');
const { chromium } = await import('playwright-core');
const site = process.argv[2], graph = process.argv[3] ?? 'public/data/graph.json';
const srv = await startServer({ site, graph, port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--disable-quic'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(srv.url); // warm the browser (GPU process, caches) like the bench's later runs
await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 180000 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] });
await page.goto(srv.url + '?x=1');
await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 180000 });
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'bg:sigma-ready'));
const pid = main?.pid, tid = main?.tid;
const marks = events.filter((e) => e.pid === pid && e.name?.startsWith('bg:')).map((e) => [e.name, e.ts]);
const t0 = Math.min(...marks.map((m) => m[1]));
console.log('marks', marks.map(([n, t]) => `${n} ${((t - t0) / 1000).toFixed(0)}`).join(', '));
const x = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur > 20000).sort((a, b) => a.ts - b.ts);
for (const e of x) console.log(((e.ts - t0) / 1000).toFixed(0).padStart(6), (e.dur / 1000).toFixed(0).padStart(6), e.name, e.args?.data?.functionName ?? e.args?.data?.url?.split('/').pop() ?? '');
await browser.close(); await srv.close();
