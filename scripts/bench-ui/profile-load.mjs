// Developer aid for bench:ui: CPU profile of the explorer's load (self time by function) until the first frame.
//   node scripts/bench-ui/profile-load.mjs <built site dir> [graph.json]
import { register } from 'tsx/esm/api';
register();
const { startServer } = await import('../../src/cli/commands/serve.ts');
const { chromium } = await import('playwright-core');
const site = process.argv[2], graph = process.argv[3] ?? 'test-output/bench-ui/ml/graph.json';
const srv = await startServer({ site, graph, port: 0 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-quic'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
await cdp.send('Profiler.start');
await page.goto(srv.url);
await page.waitForFunction(() => document.documentElement.dataset.graphRendered, null, { timeout: 180000 });
const { profile } = await cdp.send('Profiler.stop');
console.log('first', await page.evaluate(() => document.documentElement.dataset.graphRendered));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; 
for (let i = 0; i < profile.samples.length; i++) { const n = byId.get(profile.samples[i]); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); }
const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log((v / 1000).toFixed(0).padStart(7), k);
await browser.close(); await srv.close();
