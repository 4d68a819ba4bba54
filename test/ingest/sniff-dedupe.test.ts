// Format sniffing, the dedupe rule, robustness on arbitrary input, and the purity rule for src/ingest.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { dedupePapers, readDocument, sniffFormat, type FormatName, type Paper } from '../../src/ingest/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const sniff = (name: string, s: string) => sniffFormat(name, enc(s), s);

describe('sniffFormat', () => {
  it.each<[string, string, FormatName]>([
    ['a.xml', '<feed>', 'atom'],
    ['a.jsonl.gz', '{"a":1}\n{"a":2}\n', 'jsonl'],
    ['a.json', '{"a":1}\n{"a":2}\n', 'jsonl'],
    ['a.json', '{\n "paperId": "x"\n}', 'json'],
    ['a.bib', '% comment', 'bibtex'],
    ['a.tsv', 'title\tabstract', 'csv'],
    ['noext', '<?xml version="1.0"?><articles>', 'atom'],
    ['noext', '[{"title": "x"}]', 'json'],
    ['noext', '% Encoding: UTF-8\n\n@Article{k,', 'bibtex'],
    ['noext', 'Title,Abstract\nx,y', 'csv'],
    ['papers.txt', 'new\n\nSubscribe\n\nA title\n\nAn abstract.', 'page'],
  ])('%s %j → %s', (name, head, format) => {
    expect(sniff(name, head)).toMatchObject({ kind: 'format', format });
  });
  it('picks the CSV delimiter from the header', () => {
    expect(sniff('x.csv', 'title;abstract\n')).toEqual({ kind: 'format', format: 'csv', delimiter: ';' });
  });
  it('recognises files that are no text format', () => {
    expect(sniffFormat('e.json', new Uint8Array(0), '')).toEqual({ kind: 'unusable', reason: 'empty file (0 bytes)' });
    const png = readFileSync(path.resolve(import.meta.dirname, '../fixtures/ingest/png-renamed.json'));
    expect(sniffFormat('png-renamed.json', png, '')).toEqual({ kind: 'unusable', reason: 'binary file (a PNG image)' });
    expect(sniff('w.json', '  \n\t\n')).toMatchObject({ kind: 'unusable' });
    expect(sniffFormat('n.txt', new Uint8Array([65, 0, 66]), 'A\0B')).toMatchObject({ kind: 'unusable', reason: expect.stringContaining('NUL') });
  });
});

const paper = (id: string, title: string, abstract: string, extra: Partial<Paper> = {}): Paper => ({
  id, title, abstract, authors: [], year: null, url: null, source: { file: 'f', line: null, record: 0 }, ...extra,
});

describe('dedupe rule', () => {
  it('merges the same id, keeping the richer record and filling its gaps', () => {
    const { papers, duplicates } = dedupePapers([
      paper('2101.00001', 'T', 'short', { year: 2021 }),
      paper('2101.00001', 'T', 'a much longer abstract', { authors: ['A'] }),
    ]);
    expect(duplicates).toBe(1);
    expect(papers).toEqual([paper('2101.00001', 'T', 'a much longer abstract', { authors: ['A'], year: 2021 })]);
  });
  it('merges by normalised title when at most one has an arXiv id or DOI; the best id and the longest abstract win', () => {
    const { papers, duplicates } = dedupePapers([
      paper('title:shared', 'Shared: Title!', 'a longer abstract than the other'),
      paper('10.1000/x', 'shared title', 'short'),
      paper('s2:abc', 'SHARED TITLE', 'short'),
    ]);
    expect(duplicates).toBe(2);
    expect(papers.map((p) => [p.id, p.abstract])).toEqual([['10.1000/x', 'a longer abstract than the other']]);
  });
  it('keeps two different arXiv papers (or DOIs) that share a title apart', () => {
    const { papers, duplicates } = dedupePapers([
      paper('2101.00001', 'Same', 'x'), paper('2101.00002', 'Same', 'y'), paper('10.1000/z', 'Same', 'z'),
      paper('title:same', 'same', 'weak record merges into the first strong one'),
    ]);
    expect(papers.map((p) => p.id)).toEqual(['2101.00001', '2101.00002', '10.1000/z']);
    expect(duplicates).toBe(1);
  });
  it('is deterministic: same input, same output', () => {
    const input = [paper('a', 'X', '1'), paper('b', 'x', '22'), paper('c', 'Y', '3')];
    expect(JSON.stringify(dedupePapers(input))).toBe(JSON.stringify(dedupePapers(input)));
  });
});

describe('robustness', () => {
  const formats: FormatName[] = ['page', 'atom', 'jsonl', 'json', 'semantic-scholar', 'openalex', 'bibtex', 'csv'];
  it('no reader throws on arbitrary text; each says fatal or yields records', () => {
    fc.assert(
      fc.property(fc.constantFrom(...formats), fc.string({ maxLength: 300 }), (format, text) => {
        const r = readDocument(text, format, 'fuzz', { paper: () => {}, issue: () => {} });
        expect(r.fatal !== null || r.papers + r.skipped > 0).toBe(true);
      }),
      { numRuns: 400, seed: 42 },
    );
  });
  it('structured garbage: unbalanced brackets and quotes in every format', () => {
    const pieces = ['{', '}', '[', ']', '"', '<entry>', '</entry>', '<summary>', '@article{', '$', '\\', ',', '\n', '\n\n', 'title', 'abstract', 'x'];
    fc.assert(
      fc.property(fc.constantFrom(...formats), fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (format, parts) => {
        expect(() => readDocument(parts.join(''), format, 'fuzz', { paper: () => {}, issue: () => {} })).not.toThrow();
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});

describe('purity', () => {
  it('nothing under src/ingest imports node:*, React, sigma or the DOM', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/ingest');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const imports = readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => /^\s*import\b|\bfrom\s+['"]/.test(l));
      for (const l of imports) expect(l, `${f}: ${l}`).not.toMatch(/['"](node:|fs|path|zlib|react|sigma|@react-sigma)/);
    }
  });
});
