// Each pure reader on the small fixtures in test/fixtures/ingest: fields, normalisation and per-record problems.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  createAtomReader, createJsonlReader, readAtom, readBibtex, readCsv, readDocument, readJsonDocument, readPage,
  rebuildInvertedAbstract,
} from '../../src/ingest/index.ts';
import { collect } from './helpers.ts';

const FIX = path.resolve(import.meta.dirname, '../fixtures/ingest');
const text = (name: string) => readFileSync(path.join(FIX, name), 'utf8');


describe('page reader', () => {
  it('skips the page chrome and pairs title/abstract blocks with their line numbers', () => {
    const { papers, issues, sink } = collect();
    readPage(text('listing-page.txt'), 'p.txt', sink);
    expect(issues).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(['Sparse Attention in Near-Linear Time', 'Sublinear Sketches']);
    expect(papers[0].abstract).toMatch(/^Standard attention costs O\(T\^2\) time and memory in the sequence length T\. We give a sparse attention/);
    expect(papers[0].abstract).not.toMatch(/\n|  /);
    expect(papers.map((p) => p.source.line)).toEqual([11, 17]);
    expect(papers[0].id).toBe('title:sparse-attention-in-near-linear-time');
  });
  it('reports a title with no abstract after the first paper, and never throws on garbage', () => {
    const { papers, issues, sink } = collect();
    const para = 'word '.repeat(80).trim();
    readPage(`Title one\n\n${para}\n\nOrphan title\n\nTitle three\n\n${para}\n`, 'p.txt', sink);
    expect(papers.map((p) => p.title)).toEqual(['Title one', 'Title three']);
    expect(issues.map((i) => [i.reason, i.line])).toEqual([['no-abstract', 5]]);
    expect(() => readPage('\u0000\u0001{{{[[[\n\n\n', 'g.txt', collect().sink)).not.toThrow();
  });
});

describe('Atom reader', () => {
  it('reads a normal <feed>: ids without version, authors, categories, dates, DOI, abs URL, CDATA', () => {
    const { papers, issues, sink } = collect();
    readAtom(text('atom-feed.xml'), 'feed.xml', sink);
    expect(papers).toHaveLength(2);
    const [a, b] = papers;
    expect(a).toMatchObject({
      id: '2101.00001', title: 'Faster Shortest Paths', authors: ['Ada Lovelace', 'Alan Turing'], year: 2021,
      url: 'http://arxiv.org/abs/2101.00001', categories: ['cs.DS', 'cs.CC'], published: '2021-01-02', doi: '10.1000/xyz.123',
    });
    expect(a.abstract).toBe('We give an $\\tilde{O}(m\\sqrt{n})$ algorithm & a matching lower bound.');
    expect(b).toMatchObject({ id: 'math/0601002', title: 'Sorting in O(n log n) <time>', year: 2006 });
    expect(issues).toEqual([expect.objectContaining({ reason: 'no-abstract', line: 22, record: 1, kind: 'skipped' })]);
  });
  it('survives a file cut mid-entry: complete entries kept, namespace declared only on the first entry', () => {
    const { papers, issues, sink } = collect();
    const stats = readAtom(text('atom-cut-mid-entry.xml'), 'cut.xml', sink);
    expect(stats.entries).toBe(2);
    expect(papers.map((p) => p.id)).toEqual(['1910.00001', '1910.00002']);
    expect(papers[1].abstract).toBe('A quadratic lower bound.');
    expect(papers[0].categories).toEqual(['cs.DS']);
    expect(issues).toEqual([expect.objectContaining({ kind: 'error', reason: 'truncated', line: 14 })]);
  });
  it('gives the same result fed in tiny chunks as in one piece', () => {
    const whole = collect();
    readAtom(text('atom-feed.xml'), 'feed.xml', whole.sink);
    const chunked = collect();
    const reader = createAtomReader('feed.xml', chunked.sink);
    const t = text('atom-feed.xml');
    for (let i = 0; i < t.length; i += 7) reader.write(t.slice(i, i + 7));
    reader.close();
    expect(chunked.papers).toEqual(whole.papers);
  });
  it('an unusable Atom file is fatal through readDocument (no entries / no complete entry)', () => {
    expect(readDocument(text('atom-truncated-root.xml'), 'atom', 'r.xml', collect().sink).fatal).toMatch(/truncated XML: no complete <entry>/);
    expect(readDocument('{"title": "json, not xml"}', 'atom', 'x.xml', collect().sink).fatal).toMatch(/Atom/);
  });
});

describe('JSON readers', () => {
  it('JSONL: a broken line is reported with its line number and the rest is read', () => {
    const { papers, issues, sink } = collect();
    const reader = createJsonlReader('b.jsonl', sink);
    text('broken-line.jsonl').split('\n').forEach((l, i) => reader.line(l, i + 1));
    expect(papers.map((p) => p.id)).toEqual(['2401.00001', '2401.00003']);
    expect(issues.map((i) => [i.reason, i.line])).toEqual([['bad-json', 2], ['no-abstract', 5]]);
    expect(reader.parsedLines).toBe(3);
  });
  it('daily-listing records: summary, abs URL, categories, year from the id', () => {
    const { papers, sink } = collect();
    const reader = createJsonlReader('d.jsonl', sink);
    gunzipSync(readFileSync(path.join(FIX, 'daily-listing.jsonl.gz'))).toString('utf8').split('\n').forEach((l, i) => reader.line(l, i + 1));
    expect(papers).toHaveLength(9);
    expect(papers[0]).toMatchObject({
      id: '2501.00001', abstract: 'We give an O(n log n) algorithm number 1.', year: 2025, url: 'https://arxiv.org/abs/2501.00001', categories: ['cs.DS'],
    });
  });
  it('a 1 MB one-word abstract is kept whole, in linear time', () => {
    const { papers, sink } = collect();
    const reader = createJsonlReader('big.jsonl', sink);
    const t0 = performance.now();
    gunzipSync(readFileSync(path.join(FIX, 'one-word-1mb-abstract.jsonl.gz'))).toString('utf8').split('\n').forEach((l, i) => reader.line(l, i + 1));
    expect(papers).toHaveLength(2);
    expect(papers[0].abstract.length).toBe(1 << 20);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
  it('arXiv OAI records: authors_parsed, first version date, DOI, update_date not used as year', () => {
    const { papers, sink } = collect();
    const rec = {
      id: '0704.0001', title: 'Calculation of prompt diphoton\n  production', abstract: '  A fully differential\ncalculation.\n',
      doi: '10.1103/PhysRevD.76.013009', categories: 'hep-ph math.CO', authors: 'C. Bal\\\'azs, E. L. Berger',
      versions: [{ version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' }], update_date: '2008-11-26',
      authors_parsed: [['Balázs', 'C.', ''], ['Berger', 'E. L.', '']],
    };
    readJsonDocument(JSON.stringify([rec]), 'oai.json', sink);
    expect(papers[0]).toMatchObject({
      id: '0704.0001', title: 'Calculation of prompt diphoton production', abstract: 'A fully differential calculation.',
      authors: ['C. Balázs', 'E. L. Berger'], year: 2007, published: '2007-04-02', categories: ['hep-ph', 'math.CO'], doi: '10.1103/physrevd.76.013009',
    });
  });
  it('Semantic Scholar {data:[...]} with nested citations/references and nulls', () => {
    const { papers, issues, sink } = collect();
    readJsonDocument(text('s2-data.json'), 's2.json', sink);
    // the cited paper has no abstract: kept, title only, as a node of the citation graph
    expect(papers.map((p) => p.id)).toEqual(['2001.00001', 's2:bbbb2222', 's2:cccc3333', 's2:dddd4444']);
    expect(papers[0]).toMatchObject({ authors: ['S. Two'], year: 2020, doi: '10.1000/abc', ids: { s2: 'aaaa1111' } });
    expect(papers[0].references).toEqual([{ s2: 'cccc3333', title: 'A cited paper', year: 1999 }]);
    expect(papers[0].citations).toEqual([{ s2: 'bbbb2222', title: 'A citing paper' }]);
    expect(papers[1].authors).toEqual([]);
    expect(papers[1].year).toBeNull();
    expect(papers[2]).toMatchObject({ abstract: '', title: 'A cited paper', year: 1999 });
    expect(papers[3].references).toBeUndefined();
    expect(issues).toEqual([]);
  });
  it('OpenAlex {results:[...]}: abstract rebuilt from the inverted index', () => {
    const { papers, issues, sink } = collect();
    readJsonDocument(text('openalex-results.json'), 'oa.json', sink);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ id: '10.5555/oa.1', abstract: 'We sort in O(n log n) time.', authors: ['O. Alex'], year: 2017 });
    expect(issues.map((i) => i.reason)).toEqual(['no-abstract']);
    expect(rebuildInvertedAbstract({ a: [1e9] })).toBeNull();
    expect(rebuildInvertedAbstract({ a: ['x'] })).toBeNull();
  });
  it('forced semantic-scholar / openalex flavours and generic records', () => {
    const { papers, sink } = collect();
    readJsonDocument(JSON.stringify({ papers: [{ title: 'G', description: 'Generic abstract.', url: 'https://doi.org/10.9999/G' }] }), 'g.json', sink);
    expect(papers[0]).toMatchObject({ id: 'title:g', abstract: 'Generic abstract.' });
    const s2 = collect();
    readJsonDocument(JSON.stringify([{ title: 'No paperId', abstract: 'x', externalIds: { DOI: '10.5555/ABC' } }]), 's.json', s2.sink, 'semantic-scholar');
    expect(s2.papers[0].id).toBe('10.5555/abc');
  });
  it('readDocument: a .json file holding JSON Lines is read as lines; garbage is fatal', () => {
    const lines = collect();
    const r = readDocument('{"title":"A","abstract":"x"}\n{"title":"B","abstract":"y"}\n', 'json', 'l.json', lines.sink);
    expect(r).toEqual({ papers: 2, skipped: 0, fatal: null });
    expect(readDocument('this is not json', 'json', 'n.json', collect().sink).fatal).toMatch(/^invalid JSON/);
    expect(readDocument('{"a": [1, 2', 'json', 'n.json', collect().sink).fatal).toMatch(/^invalid JSON/);
    expect(readDocument('42', 'json', 'n.json', collect().sink).fatal).toMatch(/expected an object or an array/);
    expect(readDocument('[]', 'json', 'e.json', collect().sink).fatal).toMatch(/no records/);
    expect(readDocument('not,json\nat,all\n', 'jsonl', 'n.jsonl', collect().sink).fatal).toMatch(/no line is valid JSON/);
  });
});

describe('BibTeX reader', () => {
  it('decodes TeX accents and braces in titles and authors, keeps abstracts verbatim, reports the unterminated entry', () => {
    const { papers, issues, sink } = collect();
    readBibtex(text('unterminated.bib'), 'u.bib', sink);
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({
      id: '10.1007/bf01700692', title: 'Über formal unentscheidbare Sätze', authors: ['Kurt Gödel', 'Jérôme Müller', 'Hans Straße'], year: 1931,
      abstract: 'We show the problem is in $O(n^{2})$ time, and {\\em not} faster.', source: { file: 'u.bib', line: 6, record: 0 },
    });
    expect(papers[1]).toMatchObject({ id: '2303.01234', title: 'An arXiv preprint', year: 2023 });
    expect(issues.map((i) => [i.reason, i.line])).toEqual([['bad-bibtex', 35], ['no-abstract', 16]]);
  });
});

describe('CSV/TSV reader', () => {
  it('finds title/abstract columns by synonyms, handles quoted multi-line cells and ; author lists', () => {
    const { papers, issues, sink } = collect();
    readCsv(text('synonyms-headers.csv'), 's.csv', sink);
    expect(papers).toHaveLength(2);
    expect(papers[0]).toMatchObject({
      title: 'Matrix multiplication in O(n^2.37)', abstract: 'We improve the exponent of matrix multiplication to ω < 2.372.',
      authors: ['Alman, Josh', 'Vassilevska Williams, Virginia'], year: 2021, id: '10.1137/1.9781611976465.32',
    });
    expect(papers[1]).toMatchObject({ title: 'A "quoted" title', url: 'https://example.org/q' });
    expect(papers.map((p) => p.source.line)).toEqual([2, 5]); // where each row starts, though the first spans two lines
    expect(issues.map((i) => [i.reason, i.line])).toEqual([['no-abstract', 4]]);
  });
  it('reads TSV with unquoted double quotes; a table with no abstract column is not a paper table', () => {
    const { papers, sink } = collect();
    readCsv(text('papers.tsv'), 't.tsv', sink, '\t');
    expect(papers.map((p) => [p.id, p.year])).toEqual([['2201.00001', 2022], ['title:tsv-paper-two', null]]);
    expect(papers[0].abstract).toBe('We give a "fast" O(n) algorithm.');
    expect(readDocument('Family,Time Complexity\nsort,O(n log n)\n', 'csv', 'a.csv', collect().sink).fatal).toMatch(/no title or abstract column|no abstract column/);
  });
});
