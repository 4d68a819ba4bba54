// `boundgraph fetch` end to end against a local replay server (no network): the recorded arXiv and Semantic Scholar
// answers, plus hostile ones (429 with Retry-After, 503, a body cut mid-entry, an empty page, a repeated page, 400,
// 404); complete paging without duplicates, back-off, one line on a refusal, resume after a kill without asking
// again for finished pages, and output that `read` and `build` take, with cites edges.
import { describe, it, expect, vi, beforeAll, afterAll, beforeEach } from 'vitest';
import { promises as fs } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { readPapers } from '../../src/cli/inputs.ts';
import { HAS_RECORDINGS, arxivHandler, arxivRecordings, s2Handler, startReplay, type Handler, type ReplayServer } from '../fetch/replay-server.ts';

const repo = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let cache: string;
const servers: ReplayServer[] = [];
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bg-fetch-'));
  process.env.BOUNDGRAPH_FETCH_DELAY_MS = '20';
});
afterAll(async () => {
  delete process.env.BOUNDGRAPH_FETCH_DELAY_MS;
  for (const s of servers) await s.close();
  await fs.rm(tmp, { recursive: true, force: true });
});
// a fresh cache per test: no test sees another's pages
beforeEach(async () => { cache = await fs.mkdtemp(path.join(tmp, 'cache-')); });

async function serve(handler: Handler): Promise<ReplayServer> {
  const s = await startReplay(handler);
  servers.push(s);
  return s;
}

async function run(argv: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += String(chunk); return true; });
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, cb?: () => void) => { stdout += String(chunk); cb?.(); return true; }) as typeof process.stdout.write);
  try { return { code: await main(['fetch', ...argv, '--cache', cache]), stderr, stdout }; } finally { e.mockRestore(); o.mockRestore(); }
}

const ids = (xml: string) => [...xml.matchAll(/<id>http:\/\/arxiv\.org\/abs\/([^<]+)<\/id>/g)].map((m) => m[1]);
const startOf = (r: { params: URLSearchParams }) => r.params.get('start');

describe.skipIf(!HAS_RECORDINGS)('fetch arxiv against the recorded answers', () => {
  const recorded = HAS_RECORDINGS ? arxivRecordings() : [];
  const big = recorded.find((r) => r.params.get('search_query') === 'testing' && r.params.get('max_results') === '100')!;

  it('pages through start/max_results completely: 60 entries in 6 pages, in order, none twice, and the feed reads back', async () => {
    const s = await serve(arxivHandler());
    const out = path.join(tmp, 'testing.xml');
    const r = await run(['arxiv', 'testing', '--max', '60', '--page-size', '10', '--api-base', s.url, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const xml = await fs.readFile(out, 'utf8');
    expect(ids(xml)).toEqual(ids(big.answer).slice(0, 60));
    expect(s.requests.map(startOf)).toEqual(['0', '10', '20', '30', '40', '50']);
    expect(s.requests.every((q) => q.path === '/api/query' && q.params.get('max_results') === '10' && q.params.get('sortBy') === 'relevance')).toBe(true);
    expect(r.stderr).toMatch(/^fetch arxiv: 60 papers of 214,881 reported in 6 pages \(0 from the cache, 6 requests\) → .*testing\.xml\n$/);
    const read = await readPapers([out]);
    expect(read.stats).toMatchObject({ papers: 60, errors: 0, skipped: {} });
  });

  it('the default page is 100: --max 60 takes the first 60 of one page; a second run is served by the cache alone', async () => {
    const s = await serve(arxivHandler());
    const a = await run(['arxiv', 'testing', '--max', '60', '--api-base', s.url]);
    expect(a.code, a.stderr).toBe(0);
    expect(ids(a.stdout)).toEqual(ids(big.answer).slice(0, 60));
    const b = await run(['arxiv', 'testing', '--max', '60', '--api-base', s.url]);
    expect(b.stdout).toBe(a.stdout);
    expect(s.requests).toHaveLength(1);
    expect(b.stderr).toMatch(/in 1 page \(1 from the cache, 0 requests\)/);
  });

  it('survives 503, 429 with Retry-After, a body cut mid-entry, an empty page and a repeated page: complete, no duplicate', async () => {
    const replay = arxivHandler();
    const pages = new Map<string, string>();
    for (const st of ['0', '10', '20', '30', '40', '50']) pages.set(st, recorded.find((r) => r.params.get('search_query') === 'testing' && r.params.get('start') === st && r.params.get('max_results') === '10')!.answer);
    const emptyFeed = pages.get('0')!.replace(/<entry>[\s\S]*<\/entry>/, '');
    const s = await serve((req, nth) => {
      const st = startOf(req)!;
      if (nth === 0 && st === '10') return { status: 503, body: 'Service Unavailable' };
      if (nth === 0 && st === '20') return { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' };
      if (nth === 0 && st === '30') { const b = pages.get('30')!; return { status: 200, body: b.slice(0, b.indexOf('</entry>', b.indexOf('</entry>') + 1) - 40) }; }
      if (nth === 0 && st === '40') return { status: 200, body: emptyFeed.replace('<opensearch:startIndex>0<', '<opensearch:startIndex>40<') };
      if (nth === 0 && st === '50') return { status: 200, body: pages.get('40')!.replace('<opensearch:startIndex>40<', '<opensearch:startIndex>50<') };
      return replay(req, nth);
    });
    const t0 = Date.now();
    const r = await run(['arxiv', 'testing', '--max', '60', '--page-size', '10', '--api-base', s.url]);
    expect(r.code, r.stderr).toBe(0);
    expect(ids(r.stdout)).toEqual(ids(big.answer).slice(0, 60));
    expect(s.requests.map(startOf)).toEqual(['0', '10', '10', '20', '20', '30', '30', '40', '40', '50', '50']);
    // the 429 asked for 1 s, and got it
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1).map((l) => l.replace(/; trying again.*/, ''))).toEqual([
      'arXiv page (start=10): HTTP 503', 'arXiv page (start=20): HTTP 429 (rate limited)', 'arXiv page (start=30): the answer was cut off',
      'arXiv page (start=40): an empty page at start=40 of 214881', 'arXiv page (start=50): the page at start=50 repeats entries already received',
    ]);
    expect(lines.at(-1)).toMatch(/60 papers of 214,881 reported in 6 pages \(0 from the cache, 11 requests, 5 retried\)$/);
  });

  it('a page that stays repeated is used as it is, with a warning; retries give up with one line when nothing usable comes', async () => {
    const replay = arxivHandler();
    const first = recorded.find((r) => r.params.get('start') === '0' && r.params.get('max_results') === '10' && r.params.get('search_query') === 'testing')!.answer;
    const s = await serve((req, nth) => (startOf(req) === '10' ? { status: 200, body: first.replace('<opensearch:startIndex>0<', '<opensearch:startIndex>10<') } : replay(req, nth)));
    const r = await run(['arxiv', 'testing', '--max', '30', '--page-size', '10', '--tries', '2', '--api-base', s.url]);
    expect(r.code, r.stderr).toBe(0);
    expect(new Set(ids(r.stdout)).size).toBe(ids(r.stdout).length);
    expect(r.stderr).toMatch(/warning: arXiv repeated earlier entries at start=10/);
    const down = await serve(() => ({ status: 503, body: 'down' }));
    const d = await run(['arxiv', 'testing', '--tries', '2', '--api-base', down.url, '-o', path.join(tmp, 'never.xml')]);
    expect(d.code).toBe(2);
    expect(d.stderr.trimEnd().split('\n').at(-1)).toMatch(/^boundgraph fetch: arXiv page \(start=0\): no usable answer after 2 tries \(HTTP 503\); the pages before it are cached — run the same command again to resume/);
    await expect(fs.stat(path.join(tmp, 'never.xml'))).rejects.toThrow();
  });

  it('an id list: the recorded answers, an unknown id reported; a malformed id stops with one line (HTTP 400)', async () => {
    const s = await serve(arxivHandler());
    const list = path.join(tmp, 'ids.txt');
    await fs.writeFile(list, '# two ids\n0808.05394\nhttps://arxiv.org/abs/1707.08567\n');
    const r = await run(['arxiv', '--ids', list, '--api-base', s.url]);
    expect(r.code, r.stderr).toBe(0);
    expect(ids(r.stdout)).toEqual(['1707.08567v1']);
    expect(s.requests[0].params.get('id_list')).toBe('0808.05394,1707.08567');
    expect(r.stderr).toMatch(/warning: 1 of 2 ids are not on arXiv/);
    await fs.writeFile(list, 'abc\n');
    const bad = await run(['arxiv', '--ids', list, '--api-base', s.url, '-o', path.join(tmp, 'bad.xml')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^boundgraph fetch: arXiv refused the id list abc \(HTTP 400\): incorrect id format for abc — http:\/\/127\.0\.0\.1:\d+\/api\/query\?/);
  });

  it('resumes after a kill: the finished pages are not asked for again, the page in flight is', async () => {
    const replay = arxivHandler();
    let child: ReturnType<typeof spawn> | null = null;
    const s = await serve((req, nth) => {
      // the third page is in flight when the process is killed
      if (startOf(req) === '20' && s.count((q) => startOf(q) === '20') === 1 && child) { child.kill('SIGKILL'); return new Promise(() => {}); }
      return replay(req, nth);
    });
    const out = path.join(tmp, 'resumed.xml');
    const args = ['scripts/boundgraph.mjs', 'fetch', 'arxiv', 'testing', '--max', '60', '--page-size', '10', '--api-base', s.url, '--cache', cache, '-o', out];
    const env = { ...process.env, BOUNDGRAPH_FETCH_DELAY_MS: '50' };
    const first = await new Promise<number | null>((resolve) => {
      child = spawn(process.execPath, args, { cwd: repo, env, stdio: ['ignore', 'ignore', 'pipe'] });
      child.on('exit', (code, signal) => resolve(signal ? null : code));
    });
    expect(first).toBeNull(); // killed
    await expect(fs.stat(out)).rejects.toThrow(); // no half-written output
    expect(s.requests.map(startOf)).toEqual(['0', '10', '20']);
    child = null;
    const second = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const c = spawn(process.execPath, args, { cwd: repo, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      c.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
      c.on('exit', (code) => resolve({ code, stderr: err }));
    });
    expect(second.code, second.stderr).toBe(0);
    expect(s.requests.map(startOf)).toEqual(['0', '10', '20', '20', '30', '40', '50']);
    expect(second.stderr).toMatch(/60 papers of 214,881 reported in 6 pages \(2 from the cache, 4 requests\)/);
    expect(ids(await fs.readFile(out, 'utf8'))).toEqual(ids(big.answer).slice(0, 60));
  }, 60_000);
});

describe.skipIf(!HAS_RECORDINGS)('fetch s2 against the recorded answers', () => {
  it('bulk search pages by token: 2,000 papers in two recorded pages, none twice', async () => {
    const s = await serve(s2Handler());
    const r = await run(['s2', '--query', 'kubernetes', '--max', '2000', '--api-base', s.url]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout) as { data: Array<{ paperId: string }> };
    expect(doc.data).toHaveLength(2000);
    expect(new Set(doc.data.map((p) => p.paperId)).size).toBe(2000);
    expect(s.requests.map((q) => [q.path, q.params.get('token')?.slice(0, 8) ?? null])).toEqual([['/graph/v1/paper/search/bulk', null], ['/graph/v1/paper/search/bulk', 'PCOKWVSK']]);
    expect(r.stderr).toMatch(/fetch s2: 2000 papers of 2,674 reported in 2 pages/);
  });

  it('a paper with its references and citations (offset paging by `next`, 429 with Retry-After on the way) builds into a graph with cites edges', async () => {
    const replay = s2Handler();
    const seed = { paperId: 'seed0000', externalIds: { DOI: '10.2139/ssrn.2250500' }, title: 'The miracle of microfinance? Evidence from a randomized evaluation', abstract: 'We report results from the randomized evaluation of a group-lending microcredit program in Hyderabad.', year: 2013 };
    const s = await serve((req, nth) => {
      if (req.path === '/graph/v1/paper/10.2139/ssrn.2250500') return { status: 200, body: JSON.stringify(seed) };
      // links are asked for by the id given, as recorded
      if (req.path === '/graph/v1/paper/10.2139/ssrn.2250500/references') {
        if (nth === 0 && req.params.get('offset') === '50') return { status: 429, headers: { 'retry-after': '1' }, body: '{"message":"Too Many Requests"}' };
        return replay(req, nth);
      }
      if (req.path === '/graph/v1/paper/10.2139/ssrn.2250500/citations') return { status: 200, body: JSON.stringify({ offset: 0, data: [{ citingPaper: { paperId: 'c1', title: 'A later paper citing the miracle of microfinance', abstract: null, year: 2020 } }] }) };
      return null;
    });
    const out = path.join(tmp, 's2.json');
    const r = await run(['s2', '--paper', '10.2139/ssrn.2250500', '--references', '--citations', '--api-base', `${s.url}/graph/v1`, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(s.requests.map((q) => `${q.path.replace('/graph/v1/paper/', '')}@${q.params.get('offset') ?? '-'}`)).toEqual([
      '10.2139/ssrn.2250500@-', '10.2139/ssrn.2250500/references@0', '10.2139/ssrn.2250500/references@50', '10.2139/ssrn.2250500/references@50', '10.2139/ssrn.2250500/citations@0',
    ]);
    const doc = JSON.parse(await fs.readFile(out, 'utf8')) as { data: Array<{ references: Array<{ paperId: string | null; title: string }>; citations: unknown[] }> };
    const refs = doc.data[0].references;
    // 67 references recorded, of which 13 without a paperId; those with one are kept once
    expect(refs.filter((x) => x.paperId).length).toBe(new Set(refs.filter((x) => x.paperId).map((x) => x.paperId)).size);
    expect(refs.length).toBeGreaterThanOrEqual(55);
    expect(doc.data[0].citations).toHaveLength(1);
    const dir = path.join(tmp, 's2graph');
    const b = await main(['build', out, '-o', dir, '--no-cache']);
    expect(b).toBe(0);
    const graph = JSON.parse(await fs.readFile(path.join(dir, 'graph.json'), 'utf8')) as { meta: { edgeTypes: Record<string, number> }; graph: { edges: Array<{ source: string; target: string; attributes: { type: string } }> } };
    expect(graph.meta.edgeTypes.cites).toBeGreaterThanOrEqual(50);
    const cites = graph.graph.edges.filter((e) => e.attributes.type === 'cites');
    expect(cites.filter((e) => e.source === 'paper:10.2139/ssrn.2250500')).toHaveLength(cites.length - 1);
    expect(cites.filter((e) => e.target === 'paper:10.2139/ssrn.2250500')).toEqual([expect.objectContaining({ source: 'paper:s2:c1' })]);
  }, 60_000);

  it('citations page through all 19 recorded pages by `next`: every citing paper once, none missing', async () => {
    const replay = s2Handler();
    const recorded = new Set<string>();
    let withoutId = 0;
    for (const rec of (await import('../fetch/replay-server.ts')).s2Recordings()) {
      if (!rec.path.endsWith('/CorpusID:14514057/citations')) continue;
      for (const d of (JSON.parse(rec.answer) as { data: Array<{ citingPaper: { paperId: string | null } }> }).data) {
        if (d.citingPaper.paperId) recorded.add(d.citingPaper.paperId); else withoutId++;
      }
    }
    const s = await serve((req, nth) => (req.path === '/graph/v1/paper/CorpusID:14514057'
      ? { status: 200, body: JSON.stringify({ paperId: 'x', title: 'Poor Economics', abstract: 'A book.', year: 2011 }) } : replay(req, nth)));
    const r = await run(['s2', '--paper', 'CorpusID:14514057', '--citations', '--links', '5000', '--api-base', s.url]);
    expect(r.code, r.stderr).toBe(0);
    const citing = (JSON.parse(r.stdout) as { data: Array<{ citations: Array<{ paperId: string | null }> }> }).data[0].citations;
    expect(new Set(citing.filter((c) => c.paperId).map((c) => c.paperId))).toEqual(recorded);
    expect(citing.length).toBe(recorded.size + withoutId);
    expect(s.requests).toHaveLength(20);
    expect(r.stderr).toMatch(new RegExp(`fetch s2: 1 paper \\+ ${citing.length} linked papers in 20 pages`));
  });

  it('a refusal stops with one line: 404 for an unknown paper, 400 for a bad request', async () => {
    const replay = s2Handler();
    const s = await serve((req, nth) => (req.path.endsWith('/paper/mind') ? replay({ ...req, path: '/graph/v1/paper/10.1093/mind/lix.236.433', params: new URLSearchParams('fields=unknown') }, nth) : replay(req, nth)));
    const nf = await run(['s2', '--paper', '0', '--api-base', s.url]);
    expect(nf.code).toBe(2);
    expect(nf.stderr).toMatch(/^boundgraph fetch: Semantic Scholar refused paper 0 \(HTTP 404\): Paper with id 0 not found — http:\/\/127\.0\.0\.1:\d+\/graph\/v1\/paper\/0\?fields=[^\n]*\n$/);
    const s400 = await serve(() => ({ status: 400, body: '{"error":"Unrecognized or unsupported fields: [unknown]"}' }));
    const bad = await run(['s2', '--query', 'x', '--api-base', s400.url]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/\(HTTP 400\): Unrecognized or unsupported fields: \[unknown\]/);
  });
});

describe('fetch openalex (own answers shaped as the documented API)', () => {
  const work = (n: number, refs: number[] = []) => ({
    id: `https://openalex.org/W${n}`, doi: null, title: `Work number ${n} on sorting networks`, publication_year: 2000 + n,
    abstract_inverted_index: { We: [0], sort: [1], in: [2], [`O(n log n)`]: [3], time: [4] }, referenced_works: refs.map((r) => `https://openalex.org/W${r}`),
    authorships: [{ author: { display_name: `Author ${n}` } }],
  });
  it('pages by cursor until the end, survives a cut-off page, keeps each work once; read rebuilds abstracts; build links referenced_works', async () => {
    const pages: Record<string, { next: string | null; works: unknown[] }> = {
      '*': { next: 'c2', works: [work(1), work(2, [1])] },
      c2: { next: 'c3', works: [work(3, [1, 2]), work(2, [1])] },
      c3: { next: null, works: [work(4, [3, 99])] },
    };
    const s = await serve((req, nth) => {
      const c = req.params.get('cursor') ?? '';
      const p = pages[c];
      if (!p) return null;
      const body = JSON.stringify({ meta: { count: 4, per_page: 200, next_cursor: p.next }, results: p.works });
      return c === 'c2' && nth === 0 ? { status: 200, body: body.slice(0, 120) } : { status: 200, body };
    });
    const out = path.join(tmp, 'oa.json');
    const r = await run(['openalex', '--search', 'sorting networks', '--mailto', 'me@example.org', '--api-base', s.url, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(s.requests.map((q) => q.params.get('cursor'))).toEqual(['*', 'c2', 'c2', 'c3']);
    expect(s.requests[0].path).toBe('/works');
    expect(s.requests[0].params.get('mailto')).toBe('me@example.org');
    expect(s.requests[0].params.get('search')).toBe('sorting networks');
    const read = await readPapers([out]);
    expect(read.papers.map((p) => p.id)).toEqual(['openalex:W1', 'openalex:W2', 'openalex:W3', 'openalex:W4']);
    expect(read.papers[0].abstract).toBe('We sort in O(n log n) time');
    const dir = path.join(tmp, 'oagraph');
    expect(await main(['build', out, '-o', dir, '--no-cache'])).toBe(0);
    const g = JSON.parse(await fs.readFile(path.join(dir, 'graph.json'), 'utf8')) as { graph: { edges: Array<{ source: string; target: string; attributes: { type: string } }> } };
    expect(g.graph.edges.filter((e) => e.attributes.type === 'cites').map((e) => `${e.source.slice(15)}>${e.target.slice(15)}`).sort()).toEqual(['W2>W1', 'W3>W1', 'W3>W2', 'W4>W3']);
  });
});

describe('fetch arguments', () => {
  it('a bad source, a missing query, a bad base: one line, exit 2; the public base is never used by tests', async () => {
    for (const [argv, msg] of [
      [['nowhere'], /unknown source "nowhere"/],
      [['arxiv'], /needs a search query/],
      [['s2'], /needs --query/],
      [['openalex'], /needs --search/],
      [['arxiv', 'x', '--api-base', 'ftp://example.org'], /--api-base: not an http\(s\) URL/],
      [['arxiv', 'x', '--sort', 'random', '--api-base', 'http://127.0.0.1:9'], /--sort is relevance, submitted or updated/],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
  it('environment variables override the base URL', async () => {
    const s = await serve(() => ({ status: 200, body: '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:totalResults></feed>' }));
    process.env.BOUNDGRAPH_ARXIV_API = s.url;
    try {
      const r = await run(['arxiv', 'nothing at all']);
      expect(r.code, r.stderr).toBe(0);
      expect(s.requests).toHaveLength(1);
      expect(r.stderr).toMatch(/fetch arxiv: 0 papers in 1 page/);
    } finally { delete process.env.BOUNDGRAPH_ARXIV_API; }
  });
});
