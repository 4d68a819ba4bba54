// The pure parts of fetch: request URLs, the Atom page scan (on the recorded arXiv answers), verdicts on pages, the
// HTTP policy (statuses, Retry-After, back-off, base URLs, cache keys), id lists and output documents.
import { describe, expect, it } from 'vitest';
import {
  arxivEndpoint, arxivFeed, arxivRequest, arxivVerdict, backoffMs, cacheKey, classifyStatus, entryId, openAlexRequest, openAlexVerdict, parseArxivPage, parseIdList,
  refusalText, resolveBase, retryAfterMs, s2BatchRequest, s2BatchVerdict, s2LinksRequest, s2LinksVerdict, s2PaperRequest, s2SearchRequest, s2SearchVerdict,
} from '../../src/fetch/index.ts';
import { readAtom, type Paper } from '../../src/ingest/index.ts';
import { HAS_RECORDINGS, arxivRecordings } from './replay-server.ts';
import { readFileSync } from 'node:fs';

const ARCH = (files: string[]) => readFileSync(new URL('../../src/fetch/' + files[0], import.meta.url), 'utf8');

describe('arXiv', () => {
  it('requests: the parameters arXiv clients send, in their order; sort; id lists', () => {
    const r = arxivRequest('http://h/api', { query: 'cat:cs.DS AND abs:"edit distance"', sort: 'submitted' }, 200, 100);
    expect(r.url).toBe('http://h/api/query?search_query=cat%3Acs.DS+AND+abs%3A%22edit+distance%22&id_list=&sortBy=submittedDate&sortOrder=descending&start=200&max_results=100');
    expect(arxivRequest('http://h/api/query', { query: '', ids: ['0808.05394', '1707.08567'], sort: 'relevance' }, 0, 100).url)
      .toBe('http://h/api/query?search_query=&id_list=0808.05394%2C1707.08567&sortBy=relevance&sortOrder=descending&start=0&max_results=100');
    expect(arxivEndpoint('https://export.arxiv.org/api/')).toBe('https://export.arxiv.org/api/query');
  });

  it.skipIf(!HAS_RECORDINGS)('scans every recorded answer: totals, start, entries, error entries; and they read as Atom', () => {
    for (const rec of arxivRecordings()) {
      const page = parseArxivPage(rec.answer);
      expect(page.complete, rec.params.toString()).toBe(true);
      if (rec.status === 400) { expect(page.apiError).toBe('incorrect id format for abc'); continue; }
      expect(page.start).toBe(Number(rec.params.get('start')));
      const papers: Paper[] = [];
      readAtom(rec.answer, 'r.xml', { paper: (p) => papers.push(p), issue: () => {} });
      expect(page.entries.map((e) => e.id)).toEqual(papers.map((p) => p.id));
      if (rec.params.get('search_query') === 'testing') expect(page.total).toBe(214881);
    }
  });

  it('a page cut mid-entry is not whole; an id is read without its version', () => {
    const feed = '<feed><opensearch:totalResults>5</opensearch:totalResults><opensearch:startIndex>0</opensearch:startIndex><entry><id>http://arxiv.org/abs/2202.12139v1</id><title>A</title></entry><entry><id>http://arxiv.org/abs/math/0601001v2</id><tit';
    const p = parseArxivPage(feed);
    expect(p).toMatchObject({ total: 5, start: 0, complete: false, apiError: null });
    expect(p.entries.map((e) => e.id)).toEqual(['2202.12139']);
    expect(parseArxivPage(`${feed}le>B</title></entry></feed>`).entries.map((e) => e.id)).toEqual(['2202.12139', 'math/0601001']);
    expect(entryId('  http://arxiv.org/abs/cs/0503050v1 ')).toBe('cs/0503050');
    expect(parseArxivPage('').complete).toBe(false);
    expect(() => parseArxivPage('<entry'.repeat(50_000))).not.toThrow();
  });

  it('verdicts: whole page ok; cut off, empty before the end, repeated, misplaced → retry; API error → stop', () => {
    const whole = (start: number, ids: string[], total = 100) => parseArxivPage(`<feed><opensearch:totalResults>${total}</opensearch:totalResults><opensearch:startIndex>${start}</opensearch:startIndex>${ids.map((i) => `<entry><id>http://arxiv.org/abs/2001.0000${i}v1</id></entry>`).join('')}</feed>`);
    expect(arxivVerdict(whole(0, ['1']), 0, new Set()).kind).toBe('ok');
    expect(arxivVerdict(whole(10, []), 10, new Set())).toMatchObject({ kind: 'retry', soft: { warning: expect.stringMatching(/no entries at start=10/) } });
    expect(arxivVerdict(whole(100, [], 100), 100, new Set()).kind).toBe('ok'); // the end
    expect(arxivVerdict(whole(10, ['1', '2']), 10, new Set(['2001.00001', '2001.00002']))).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/repeats/) });
    expect(arxivVerdict(whole(0, ['3']), 10, new Set())).toMatchObject({ kind: 'retry', reason: 'the page starts at 0, not 10' });
    expect(arxivVerdict(parseArxivPage('<feed><entry><id>1</id>'), 0, new Set())).toEqual({ kind: 'retry', reason: 'the answer was cut off' });
    expect(arxivVerdict(parseArxivPage('<feed><entry><id>http://arxiv.org/api/errors#x</id><summary>bad &amp; wrong</summary></entry></feed>'), 0, new Set())).toEqual({ kind: 'fatal', message: 'arXiv API error: bad & wrong' });
  });

  it('the feed fetch writes reads back as the same papers, in order', () => {
    const entries = [
      { id: '2202.12139', xml: '<entry><id>http://arxiv.org/abs/2202.12139v1</id><title>T &amp; U</title><summary>Runs in O(n) time.</summary><arxiv:primary_category term="cs.DS"/></entry>' },
      { id: '2405.13786', xml: '<entry><id>http://arxiv.org/abs/2405.13786v1</id><title>V</title><summary>Quadratic.</summary></entry>' },
    ];
    const xml = arxivFeed(entries, { query: 'a & <b>', total: 9 });
    expect(xml).toContain('<title>boundgraph fetch arxiv: a &amp; &lt;b&gt;</title>');
    const papers: Paper[] = [];
    readAtom(xml, 'f.xml', { paper: (p) => papers.push(p), issue: () => {} });
    expect(papers.map((p) => [p.id, p.title, p.categories?.[0]])).toEqual([['2202.12139', 'T & U', 'cs.DS'], ['2405.13786', 'V', undefined]]);
  });

  it('id lists: lines, spaces, commas, comments, URLs and prefixes; repeats once; junk reported', () => {
    expect(parseIdList('# mine\n1910.06169, arXiv:2001.00001v2\nhttps://arxiv.org/abs/math/0601001 1910.06169\n')).toEqual({ ids: ['1910.06169', '2001.00001v2', 'math/0601001'], bad: [] });
    expect(parseIdList(`x\n${'9'.repeat(80)}`).bad).toEqual([{ line: 2, text: '9'.repeat(60) }]);
  });
});

describe('Semantic Scholar', () => {
  it('requests: bulk search with token, a paper by DOI or prefixed id, a batch, references with offset', () => {
    expect(s2SearchRequest('http://h/graph/v1', 'edit distance', null, 1).url).toMatch(/^http:\/\/h\/graph\/v1\/paper\/search\/bulk\?query=edit\+distance&fields=paperId%2C/);
    expect(s2SearchRequest('http://h/graph/v1', 'q', 'T0K', 2).url).toMatch(/&token=T0K$/);
    expect(s2PaperRequest('http://h', '10.1093/mind/lix.236.433').url).toMatch(/^http:\/\/h\/paper\/10\.1093\/mind\/lix\.236\.433\?fields=/);
    expect(s2PaperRequest('http://h', 'CorpusID:14514057').url).toMatch(/^http:\/\/h\/paper\/CorpusID:14514057\?/);
    expect(s2PaperRequest('http://h', 'a b?c').url).toMatch(/^http:\/\/h\/paper\/a%20b%3Fc\?/);
    expect(s2BatchRequest('http://h', ['x', 'y'])).toMatchObject({ method: 'POST', body: '{"ids":["x","y"]}' });
    expect(s2LinksRequest('http://h', 'abc', 'citations', 100).url).toMatch(/^http:\/\/h\/paper\/abc\/citations\?fields=.*&offset=100&limit=100$/);
  });

  it('verdicts: search pages, links pages (unwrapped, next offset), batches, refusals', () => {
    expect(s2SearchVerdict('{"total": 3, "token": "t", "data": [{"paperId": "a"}]}', new Set())).toEqual({ kind: 'ok', page: { total: 3, token: 't', data: [{ paperId: 'a' }] } });
    expect(s2SearchVerdict('{"total": 3, "token": "t", "data": [{"paperId": "a"}', new Set()).kind).toBe('retry');
    expect(s2SearchVerdict('{"total": 3, "token": "t", "data": []}', new Set())).toMatchObject({ kind: 'retry', soft: { page: { token: null } } });
    expect(s2SearchVerdict('{"total": 3, "data": [{"paperId": "a"}]}', new Set(['a']))).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/repeats/) });
    expect(s2LinksVerdict('{"offset": 0, "next": 2, "data": [{"citedPaper": {"paperId": "p"}}, {"citedPaper": null}]}', 'references', 0, new Set()))
      .toEqual({ kind: 'ok', page: { next: 2, papers: [{ paperId: 'p' }] } });
    expect(s2LinksVerdict('{"offset": 5, "next": 5, "data": [{"citingPaper": {"paperId": "q"}}]}', 'citations', 5, new Set())).toMatchObject({ kind: 'ok', page: { next: null } });
    expect(s2BatchVerdict('[{"paperId": "a"}, null]', 2)).toEqual({ kind: 'ok', page: [{ paperId: 'a' }, null] });
    expect(s2BatchVerdict('[{"paperId": "a"}]', 2).kind).toBe('retry');
    expect(refusalText('{"error":"Paper with id 0 not found"}\n')).toBe('Paper with id 0 not found');
    expect(refusalText('<html><body>Bad Gateway</body></html>')).toBe('Bad Gateway');
  });
});

describe('OpenAlex', () => {
  it('requests with a cursor and mailto; verdicts on pages', () => {
    expect(openAlexRequest('http://h/', { filter: 'concepts.id:C1', mailto: 'a@b.c' }, '*', 1).url).toBe('http://h/works?filter=concepts.id%3AC1&per-page=200&cursor=*&mailto=a%40b.c');
    expect(openAlexVerdict('{"meta": {"count": 2, "next_cursor": "n"}, "results": [{"id": "W1"}]}', new Set())).toEqual({ kind: 'ok', page: { count: 2, nextCursor: 'n', results: [{ id: 'W1' }] } });
    expect(openAlexVerdict('{"meta": {"count": 2, "next_cursor": "n"}, "results": []}', new Set())).toMatchObject({ kind: 'retry', soft: { page: { nextCursor: null } } });
    expect(openAlexVerdict('{"meta": {}, "results": [{"id": "W1"}]}', new Set(['W1']))).toMatchObject({ kind: 'retry', reason: expect.stringMatching(/repeats/) });
    expect(openAlexVerdict('{"meta": {', new Set()).kind).toBe('retry');
  });
});

describe('HTTP policy', () => {
  it('statuses: 2xx ok; 408/425/429/5xx retried; other 4xx refused', () => {
    expect([200, 204, 408, 425, 429, 500, 503, 400, 401, 403, 404, 422, 301].map(classifyStatus))
      .toEqual(['ok', 'ok', 'retry', 'retry', 'retry', 'retry', 'retry', 'refused', 'refused', 'refused', 'refused', 'refused', 'refused']);
  });
  it('Retry-After in seconds or as a date; back-off doubles from the base, capped; patience', () => {
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs('0.5', 0)).toBe(500);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(retryAfterMs('soon', 0)).toBeNull();
    expect(retryAfterMs(undefined, 0)).toBeNull();
    const p = { baseMs: 3000, maxMs: 20_000, patienceMs: 60_000 };
    expect([2, 3, 4, 5].map((a) => backoffMs(a, p, null))).toEqual([3000, 6000, 12_000, 20_000]);
    expect(backoffMs(2, p, 1000)).toBe(1000);
    expect(backoffMs(2, p, 120_000)).toBeNull();
  });
  it('base URLs: an origin keeps the service path; a path is used as is; nonsense is refused', () => {
    expect(resolveBase('https://api.semanticscholar.org/graph/v1', 'http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/graph/v1');
    expect(resolveBase('https://api.semanticscholar.org/graph/v1', 'http://127.0.0.1:8080/s2/')).toBe('http://127.0.0.1:8080/s2');
    expect(resolveBase('https://export.arxiv.org/api', null)).toBe('https://export.arxiv.org/api');
    expect(() => resolveBase('https://x', 'file:///etc/passwd')).toThrow(/not an http/);
    expect(() => resolveBase('https://x', 'not a url')).toThrow(/not a URL/);
  });
  it('cache keys: method, URL and body make the key; equal requests share it', () => {
    const a = cacheKey({ method: 'GET', url: 'http://h/x?a=1' });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(cacheKey({ method: 'GET', url: 'http://h/x?a=1' })).toBe(a);
    expect(new Set([a, cacheKey({ method: 'GET', url: 'http://h/x?a=2' }), cacheKey({ method: 'POST', url: 'http://h/x?a=1' }), cacheKey({ method: 'POST', url: 'http://h/x?a=1', body: '{}' })]).size).toBe(4);
  });
  it('the pure fetch modules import nothing of node:*', () => {
    for (const f of ['arxiv.ts', 's2.ts', 'openalex.ts', 'http-policy.ts', 'types.ts', 'index.ts']) expect(ARCH([f]), f).not.toMatch(/from ['"]node:/);
  });
});
