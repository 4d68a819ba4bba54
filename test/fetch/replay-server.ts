// A local HTTP server (127.0.0.1, a free port) that replays the recorded answers of the paper APIs in
// ../shared/corpus/api-recordings and answers what a test scripts on top (429, 503, cut-off bodies, repeats…).
// It counts every request, so a test can tell which pages were asked for, and how often.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

export const RECORDINGS = path.resolve(import.meta.dirname, '../../../shared/corpus/api-recordings');
export const HAS_RECORDINGS = existsSync(RECORDINGS);

export interface ReplayRequest { method: string; path: string; params: URLSearchParams; body: string }
export interface ReplayAnswer { status: number; headers?: Record<string, string>; body: string }
export type Handler = (req: ReplayRequest, nth: number) => ReplayAnswer | null | Promise<ReplayAnswer | null>;

export interface ReplayServer {
  /** origin, e.g. http://127.0.0.1:41234 */
  url: string;
  requests: ReplayRequest[];
  /** requests matching a predicate */
  count(pred: (r: ReplayRequest) => boolean): number;
  close(): Promise<void>;
}

/** Serve `handler`'s answers (404 when it has none); `nth` is how many requests of the same path+query came before. */
export async function startReplay(handler: Handler): Promise<ReplayServer> {
  const requests: ReplayRequest[] = [];
  const seen = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://localhost');
      const r: ReplayRequest = { method: req.method ?? 'GET', path: u.pathname, params: u.searchParams, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(r);
      const key = `${r.method} ${u.pathname}?${u.search} ${r.body}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      Promise.resolve(handler(r, nth)).then((a) => {
        if (res.destroyed) return;
        const answer = a ?? { status: 404, body: '{"error":"not recorded"}' };
        res.writeHead(answer.status, { 'content-type': 'application/octet-stream', ...answer.headers });
        res.end(answer.body);
      }, (err) => { res.writeHead(500); res.end(String(err)); });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (pred) => requests.filter(pred).length,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export interface Recording { method: string; path: string; params: URLSearchParams; body: string; status: number; headers: Record<string, string>; answer: string }

/** The arXiv recordings: `{url, status_code, body}` files. */
export function arxivRecordings(): Recording[] {
  const dir = path.join(RECORDINGS, 'arxiv');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const r = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { url: string; status_code: number; body: string };
    const u = new URL(r.url);
    return { method: 'GET', path: u.pathname, params: u.searchParams, body: '', status: r.status_code, headers: {}, answer: r.body };
  });
}

interface Cassette { interactions: Array<{ request: { method: string; uri: string; body?: string }; response: { status?: { code: number }; status_code?: number; body?: { string: string }; content?: string; headers?: Record<string, string[]> } }> }

/** The Semantic Scholar recordings: VCR cassettes. */
export function s2Recordings(): Recording[] {
  const dir = path.join(RECORDINGS, 'semantic-scholar');
  const out: Recording[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml')).sort()) {
    const c = yaml.load(readFileSync(path.join(dir, f), 'utf8')) as Cassette;
    for (const it of c.interactions) {
      const u = new URL(it.request.uri);
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(it.response.headers ?? {})) headers[k.toLowerCase()] = v[0];
      out.push({
        method: it.request.method, path: u.pathname, params: u.searchParams, body: it.request.body ?? '',
        status: it.response.status?.code ?? it.response.status_code ?? 200, headers, answer: it.response.body?.string ?? it.response.content ?? '',
      });
    }
  }
  return out;
}

/** Replays arXiv recordings by search_query, id_list, start and max_results (the parameters that choose a page). */
export function arxivHandler(recs = arxivRecordings()): Handler {
  const key = (p: URLSearchParams) => ['search_query', 'id_list', 'start', 'max_results'].map((k) => p.get(k) ?? '').join('|');
  const byKey = new Map(recs.map((r) => [key(r.params), r]));
  return (req) => {
    const r = byKey.get(key(req.params));
    return r ? { status: r.status, headers: { 'content-type': 'application/atom+xml' }, body: r.answer } : null;
  };
}

/** Replays S2 recordings by path (the /graph/v1 prefix kept) and the paging parameters (query, token, offset); fields and limit aside. */
export function s2Handler(recs = s2Recordings()): Handler {
  const key = (method: string, p: string, params: URLSearchParams) => [method, p, params.get('query') ?? '', params.get('token') ?? '', params.get('offset') ?? '0'].join('|');
  const byKey = new Map<string, Recording>();
  for (const r of recs) if (!byKey.has(key(r.method, r.path, r.params))) byKey.set(key(r.method, r.path, r.params), r);
  return (req) => {
    // the bulk search cassette sends offset=0 on its token pages too: bulk search pages by token only
    const bulk = req.path.endsWith('/search/bulk');
    const r = byKey.get(key(req.method, req.path, req.params)) ?? (bulk ? [...byKey.values()].find((x) => x.path === req.path && (x.params.get('token') ?? '') === (req.params.get('token') ?? '') && x.params.get('query') === req.params.get('query')) : undefined);
    return r ? { status: r.status, headers: { 'content-type': 'application/json' }, body: r.answer } : null;
  };
}
