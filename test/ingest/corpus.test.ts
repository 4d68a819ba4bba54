// Integration: every real corpus in ../shared/corpus read through readPapers, with the exact counts.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readPapers, DEFAULT_INPUT } from '../../src/cli/inputs.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const has = existsSync(corpus);
if (!has) console.warn(`skipping real-corpus tests: ${corpus} is absent`);
const C = (p: string) => path.join(corpus, p);
// the BibTeX parser needs ~13 s of CPU for the four files, and the gzip ~5 s: room for a busy CI machine
const SLOW = 240_000;

describe('bundled sample', () => {
  it('data/papers-page.txt: exactly 75 papers, chrome skipped, whitespace collapsed', async () => {
    const r = await readPapers([DEFAULT_INPUT]);
    expect(r.stats).toEqual({ files: 1, papers: 75, duplicates: 0, skipped: {}, errors: 0 });
    expect(r.papers[0].title).toBe('HiP Attention: Sparse Sub-Quadratic Attention with Hierarchical Attention Pruning');
    expect(r.papers.at(-1)!.title).toBe('Timo: Towards Better Temporal Reasoning for Language Models');
    expect(r.papers.every((p) => p.abstract.length > 200 && !/\s{2}|\n/.test(p.abstract))).toBe(true);
    expect(new Set(r.papers.map((p) => p.id)).size).toBe(75);
  });
});

describe.skipIf(!has)('real corpora in ../shared/corpus', () => {
  it('arXiv Atom under a foreign root: all 2,060 entries, two same-title pairs kept apart', async () => {
    const r = await readPapers([C('arxiv-atom-cs-ds/arxiv.xml')]);
    expect(r.stats).toMatchObject({ papers: 2060, duplicates: 0, errors: 0, skipped: {} });
    const first = r.papers[0];
    expect(first).toMatchObject({
      id: '1910.06169', authors: ['Paolo Ferragina', 'Giorgio Vinciguerra'], year: 2019, published: '2019-10-14',
      url: 'http://arxiv.org/abs/1910.06169', title: 'The PGM-index: a multicriteria, compressed and learned approach to data indexing',
    });
    expect(first.categories?.[0]).toBe('cs.DS');
    expect(first.abstract.startsWith('The recent introduction of learned indexes has shaken the foundations of the decades-old field')).toBe(true);
    expect(r.papers.every((p) => p.authors.length > 0 && p.categories?.length && p.published && p.url?.startsWith('http://arxiv.org/abs/'))).toBe(true);
    const byTitle = new Map<string, number>();
    for (const p of r.papers) byTitle.set(p.title.toLowerCase(), (byTitle.get(p.title.toLowerCase()) ?? 0) + 1);
    expect([...byTitle.values()].filter((n) => n === 2)).toHaveLength(2);
  });
  it('arXiv OAI snapshot sample: 200 records', async () => {
    const r = await readPapers([C('arxiv-oai-sample/arxiv-metadata-oai-snapshot.head.jsonl')]);
    expect(r.stats).toMatchObject({ papers: 200, duplicates: 0, errors: 0, skipped: {} });
    expect(r.papers[0]).toMatchObject({ id: '0704.0001', year: 2007, authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C. -P. Yuan'] });
  });
  it('Semantic Scholar Paper.json: the top paper, its 1,000 citing and 14 cited papers (235 of them title only, kept for their citation link)', async () => {
    const r = await readPapers([C('semantic-scholar/Paper.json')]);
    expect(r.stats.papers + r.stats.duplicates).toBe(1015);
    expect(r.stats.skipped).toEqual({});
    expect(r.papers.filter((p) => p.abstract).length + r.stats.duplicates).toBeGreaterThanOrEqual(780);
    expect(r.papers.filter((p) => !p.abstract)).toHaveLength(1015 - r.stats.duplicates - r.papers.filter((p) => p.abstract).length);
    const top = r.papers[0];
    expect(top).toMatchObject({ id: '10.1093/mind/lix.236.433', title: 'Computing Machinery and Intelligence', year: 1950, authors: ['A. Turing'], ids: { s2: '2d5673caa9e6af3a7b82a43f19ee920992db07ad' } });
    expect(top.references).toHaveLength(14);
    expect(top.citations).toHaveLength(1000);
    expect(top.references![0]).toMatchObject({ s2: '348f436fd9a3965f5ff17db031a9f43426f89b8e', doi: '10.2307/3610576', title: 'Calculating Instruments and Machines', year: 1951 });
  });
  it('Semantic Scholar PaperWithNullValues.json: nulls skipped, not fatal', async () => {
    const r = await readPapers([C('semantic-scholar/PaperWithNullValues.json')]);
    expect(r.stats).toMatchObject({ papers: 0, errors: 0, skipped: { 'no-title': 1 } });
  });
  it('OpenAlex work.json: 1 work, abstract from the inverted index', async () => {
    const r = await readPapers([C('openalex/work.json')]);
    expect(r.papers).toHaveLength(1);
    expect(r.papers[0]).toMatchObject({ id: '10.7717/peerj.4375', abstract: 'Despite growing interest in in in in in', year: 2018 });
  });
  it('BibTeX: 822 entries with an abstract over four files (3 duplicates merged), the rest skipped', async () => {
    const r = await readPapers([C('bibtex')]);
    expect(r.stats.files).toBe(4);
    expect(r.stats.papers + r.stats.duplicates).toBe(822);
    expect(r.stats.duplicates).toBe(3);
    expect(r.stats.skipped).toEqual({ 'no-abstract': 1609 });
    expect(r.stats.errors).toBe(0);
    const recovered = r.papers.find((p) => p.title === 'Cuprous oxide photovoltaic cells');
    expect(recovered?.abstract.endsWith('threshold at 630 nm and a maximum at 500 nm.')).toBe(true);
  }, SLOW);
  it('arxiv-ml-2025 gzip JSONL: 74,728 unique papers, streamed', async () => {
    const r = await readPapers([C('arxiv-ml-2025/abstracts.jsonl.gz')]);
    expect(r.stats).toMatchObject({ files: 1, papers: 74728, duplicates: 0, errors: 0, skipped: {} });
    expect(r.papers[0]).toMatchObject({ id: '1812.06145', year: 2018, url: 'https://arxiv.org/abs/1812.06145' });
    expect(r.papers.every((p) => !p.abstract.includes('\n'))).toBe(true);
  }, SLOW);
  it('gold-dev abstracts (a JSON array of {id,title,abstract,source}) read as 60 papers', async () => {
    const gold = path.resolve(repoRoot, '../shared/gold-dev/dev-abstracts.json');
    if (!existsSync(gold)) return;
    const r = await readPapers([gold]);
    expect(r.stats).toMatchObject({ papers: 60, duplicates: 0, errors: 0 });
  });
});
