// Test helper: run the extractor on one abstract.
import { extractPaper, extractPaperTraced } from '../../src/extract/index.ts';

export const paper = (abstract: string, title = 't') => ({ id: 'x', title, abstract, authors: [], year: null, url: null, source: { file: 'test', line: null, record: 0 } });
export const claimsOf = (abstract: string) => extractPaper(paper(abstract)).claims;
export const traceOf = (abstract: string) => extractPaperTraced(paper(abstract)).trace;
