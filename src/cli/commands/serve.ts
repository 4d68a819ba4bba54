// `boundgraph serve [graph.json]`: serves the explorer (the static site in dist/, built when missing or
// stale) on 127.0.0.1 with a tiny node:http server that maps the page's data/ folder to the given graph.
import http from 'node:http';
import { promises as fs, createReadStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError, escapeForTerminal } from '../errors.ts';
import { intOption, parseCommandArgs } from '../args.ts';

export const summary = 'serve the explorer for a built graph on http://127.0.0.1:5173';

export const help = `usage: boundgraph serve [graph.json] [--port N] [--host H] [--site DIR] [--no-build]

Serves the explorer for GRAPH (default public/data/graph.json, written by \`boundgraph build\`) and
prints its URL. The page loads data/graph.json relative to itself; the server maps that (and the
abstract shards in data/papers/) to the given file's folder. The static site is built into dist/
first when it is missing or older than the app sources. Works offline. Stop with Ctrl-C.

options:
  --port N     port (default 5173; the next free port is used when it is taken)
  --host H     interface to bind (default 127.0.0.1); requests must name localhost, 127.0.0.1, [::1]
               or H in their Host header (others are refused with 421, against DNS rebinding)
  --site DIR   serve this built site instead of dist/
  --no-build   never (re)build the site`;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

export interface ServeOptions {
  /** built site folder (index.html + assets) */
  site: string;
  /** graph.json to serve as data/graph.json */
  graph: string;
  port: number;
  host?: string;
  /** try the next ports when taken (default true) */
  fallbackPorts?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The host name in a Host header (lower-cased, port and a trailing dot dropped), or null when it is malformed. */
export function hostName(header: string): string | null {
  const h = header.trim().toLowerCase();
  let name: string;
  let rest: string;
  if (h.startsWith('[')) {
    const close = h.indexOf(']');
    if (close < 0) return null;
    name = h.slice(0, close + 1);
    rest = h.slice(close + 1);
  } else {
    const colon = h.indexOf(':');
    name = colon < 0 ? h : h.slice(0, colon);
    rest = colon < 0 ? '' : h.slice(colon);
  }
  if (rest && !/^:\d{1,5}$/.test(rest)) return null;
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (!name || !/^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(name)) return null;
  return name;
}

const LOOPBACK_NAMES = new Set(['localhost', '[::1]', '[0:0:0:0:0:0:0:1]']);
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);

/**
 * Does this Host header name this server? Loopback names (localhost, *.localhost, 127.x.x.x, [::1]) and the host
 * it was asked to bind always do; when it binds every interface, IP literals do too (they cannot be rebound).
 * Any other name is what a DNS-rebinding page sends, so it is refused, and so is a missing or malformed Host.
 */
export function hostAllowed(header: string | undefined, bindHost: string): boolean {
  if (!header) return false;
  const name = hostName(header);
  if (!name) return false;
  if (LOOPBACK_NAMES.has(name) || name.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(name)) return true;
  const bind = bindHost.trim().toLowerCase().replace(/\.$/, '');
  const bound = bind.includes(':') && !bind.startsWith('[') ? `[${bind}]` : bind;
  if (name === bound) return true;
  return WILDCARD.has(bind) && (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(name) || name.startsWith('['));
}

/** Resolve a URL path inside a root folder; null when it would escape it. */
function inside(root: string, rel: string): string | null {
  const file = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const site = path.resolve(opts.site);
  const graph = path.resolve(opts.graph);
  const dataDir = path.dirname(graph);
  const host = opts.host ?? '127.0.0.1';
  const server = http.createServer(async (req, res) => {
    try {
      if (!hostAllowed(req.headers.host, host)) {
        // DNS rebinding: a page on another name pointed at 127.0.0.1 must not read the graph
        res.writeHead(req.headers.host ? 421 : 400, { 'content-type': 'text/plain; charset=utf-8' })
          .end(`boundgraph serve answers only to localhost, 127.0.0.1, [::1] or ${host}\n`);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return; }
      let pathname: string;
      try { pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname); } catch { res.writeHead(400).end(); return; }
      let file: string | null;
      if (pathname === '/data/graph.json') file = graph;
      else if (pathname.startsWith('/data/')) file = inside(dataDir, pathname.slice('/data/'.length));
      else file = inside(site, pathname === '/' ? 'index.html' : pathname.slice(1));
      let stat = file ? await fs.stat(file).catch(() => null) : null;
      if (file && stat?.isDirectory()) { file = path.join(file, 'index.html'); stat = await fs.stat(file).catch(() => null); }
      if (!file || !stat?.isFile()) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n'); return; }
      const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'content-type': type,
        'content-length': stat.size,
        'cache-control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
        'cross-origin-resource-policy': 'same-origin',
      });
      if (req.method === 'HEAD') { res.end(); return; }
      createReadStream(file).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  let port = opts.port;
  for (let attempt = 0; ; attempt++) {
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      server.once('error', resolve);
      server.listen(port, host, () => { server.off('error', resolve); resolve(null); });
    });
    if (!err) break;
    if (err.code === 'EADDRINUSE' && opts.fallbackPorts !== false && port !== 0 && attempt < 20) { port++; continue; }
    throw new InputError(`cannot listen on ${host}:${port}: ${err.message}`);
  }
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  return {
    url: `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${actual}/`,
    port: actual,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function newestMtime(p: string): Promise<number> {
  const st = await fs.stat(p).catch(() => null);
  if (!st) return 0;
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of await fs.readdir(p)) if (e !== 'data' && e !== 'schema') max = Math.max(max, await newestMtime(path.join(p, e)));
  return max;
}

/** Sources the static site is built from (public/data is served separately, so it does not count). */
const SITE_INPUTS = ['index.html', 'src/app', 'src/state', 'src/extract', 'src/graph/types.ts', 'public', 'vite.config.ts', 'package.json'];

/** Keep serving until Ctrl-C (SIGINT) or SIGTERM, then close the server. */
export async function serveUntilStopped(server: RunningServer): Promise<void> {
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
}

export async function siteIsStale(outDir: string): Promise<boolean> {
  const built = await fs.stat(path.join(outDir, 'index.html')).catch(() => null);
  if (!built) return true;
  let newest = 0;
  for (const p of SITE_INPUTS) newest = Math.max(newest, await newestMtime(path.join(repoRoot, p)));
  return newest > built.mtimeMs;
}

/** Build the static site with vite into outDir (relative base, so it works from any folder). */
export async function buildSite(outDir: string, log: (s: string) => void = () => {}): Promise<void> {
  const { build } = await import('vite');
  const t0 = Date.now();
  // vite follows NODE_ENV: under vitest it is "test", which would ship React's slow development build
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: repoRoot, configFile: path.join(repoRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: path.resolve(outDir), emptyOutDir: true } });
  } finally {
    if (env === undefined) delete process.env.NODE_ENV; else process.env.NODE_ENV = env;
  }
  log(`built the explorer into ${path.relative(process.cwd(), path.resolve(outDir)) || '.'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

export async function ensureSite(outDir: string, log: (s: string) => void): Promise<void> {
  if (await siteIsStale(outDir)) await buildSite(outDir, log);
}

interface ServeArgs { graph: string; port: number; host: string; site: string | null; build: boolean }

function parseArgs(argv: string[]): ServeArgs {
  const { values, positionals } = parseCommandArgs('serve', argv, {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    site: { type: 'string' },
    'no-build': { type: 'boolean' },
  });
  if (positionals.length > 1) throw new UsageError('serve takes one graph.json');
  const port = intOption('--port', values.port, 0, 65535) ?? 5173;
  return {
    graph: positionals[0] ?? 'public/data/graph.json',
    port,
    host: values.host ?? '127.0.0.1',
    site: values.site ?? null,
    build: !values['no-build'],
  };
}

/** Above this size the browser cannot load graph.json whole (it is parsed as one string): build with --lod instead. */
const MAX_GRAPH_BYTES = 256 * 1024 * 1024;

/** The first bytes of graph.json (only those are read), or a one-line error saying what is wrong with the file. */
async function graphHead(file: string, shown: string): Promise<string> {
  let st;
  try { st = await fs.stat(file); } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${shown}: no such file; build one with \`npx boundgraph build\``);
    throw new InputError(`${shown}: cannot read (${code ?? String(err)})`);
  }
  if (st.isDirectory()) throw new InputError(`${shown}: a folder, not a graph.json (give the file, e.g. ${path.join(shown, 'graph.json')})`);
  if (st.size > MAX_GRAPH_BYTES) {
    const mb = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('en-US')} MB`;
    throw new InputError(`${shown}: too large for the explorer (${mb(st.size)}; a browser loads graph.json whole, up to ${mb(MAX_GRAPH_BYTES)}); build it with \`npx boundgraph build <inputs> -o <dir> --lod 0\`, which writes a small overview graph.json and loads clusters on demand`);
  }
  try {
    const h = await fs.open(file, 'r');
    try {
      const buf = Buffer.alloc(200);
      const { bytesRead } = await h.read(buf, 0, 200, 0);
      return buf.subarray(0, bytesRead).toString('utf8');
    } finally { await h.close(); }
  } catch (err) {
    throw new InputError(`${shown}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

export async function run(argv: string[]): Promise<number> {
  const a = parseArgs(argv);
  const log = (s: string) => process.stderr.write(`boundgraph serve: ${s}\n`);
  const graphFile = path.resolve(a.graph);
  const head = await graphHead(graphFile, a.graph);
  if (!head.includes('"boundgraph.graph"')) throw new InputError(`${a.graph}: not a boundgraph graph.json (expected "format": "boundgraph.graph")`);
  const site = a.site ? path.resolve(a.site) : path.join(repoRoot, 'dist');
  if (!a.site && a.build) await ensureSite(site, log);
  if (!(await fs.stat(path.join(site, 'index.html')).catch(() => null))) throw new InputError(`${site}: no built site (index.html missing); run \`npm run build\``);
  const server = await startServer({ site, graph: graphFile, port: a.port, host: a.host });
  process.stdout.write(`boundgraph explorer: ${server.url}\n`);
  log(escapeForTerminal(`serving ${path.relative(process.cwd(), graphFile) || graphFile}; press Ctrl-C to stop`));
  await serveUntilStopped(server);
  return 0;
}
