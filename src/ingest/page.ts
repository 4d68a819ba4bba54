// A saved paper-listing page (plain text): blank-line separated blocks, page chrome first, then title / abstract pairs.
import type { ReadSink } from './types.ts';
import { collapseWhitespace, paperId } from './normalize.ts';
import { guardedSink } from './guard.ts';

interface Block {
  text: string;
  line: number;
}

// A title is one short line; an abstract is a paragraph. A short block still counts as an abstract when it
// follows a title and reads like prose (many words, ends with a full stop) — titles rarely end with one.
const TITLE_MAX = 300;
const SHORT_ABSTRACT_MIN_WORDS = 12;

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 1;
  let lineNo = 0;
  let pos = 0;
  // scan line by line without a regex over the whole text
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/, '');
    lineNo++;
    if (line.trim() === '') {
      if (current.length) blocks.push({ text: collapseWhitespace(current.join('\n')), line: start });
      current = [];
    } else {
      if (!current.length) start = lineNo;
      current.push(line);
    }
    pos = end + 1;
  }
  if (current.length) blocks.push({ text: collapseWhitespace(current.join('\n')), line: start });
  return blocks;
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function isAbstractLike(block: string, afterTitle: boolean): boolean {
  if (block.length > TITLE_MAX) return true;
  return afterTitle && /[.!?]$/.test(block) && wordCount(block) >= SHORT_ABSTRACT_MIN_WORDS;
}

export interface PageStats {
  blocks: number;
  /** leading blocks dropped as page chrome (before the first title/abstract pair) */
  chrome: number;
}

/**
 * Pair title and abstract blocks. Blocks before the first pair are page chrome ("new", "Subscribe", a date...)
 * and are dropped silently; after that, a title with no abstract or an abstract with no title is reported.
 */
export function readPage(text: string, file: string, sink: ReadSink): PageStats {
  sink = guardedSink(sink);
  const blocks = splitBlocks(text.startsWith('\ufeff') ? text.slice(1) : text);
  let pending: Block | null = null;
  let seenPaper = false;
  let chrome = 0;
  let record = 0;
  const skip = (b: Block, reason: string, message: string) =>
    sink.issue({ file, line: b.line, record: record++, message, kind: 'skipped', reason });
  for (const b of blocks) {
    if (isAbstractLike(b.text, pending !== null)) {
      if (pending) {
        sink.paper({
          id: paperId({ title: pending.text }),
          title: pending.text,
          abstract: b.text,
          authors: [],
          year: null,
          url: null,
          source: { file, line: pending.line, record: record++ },
        });
        seenPaper = true;
        pending = null;
      } else if (seenPaper) {
        skip(b, 'no-title', `paragraph "${b.text.slice(0, 50)}..." has no title block before it`);
      } else chrome++;
    } else {
      if (pending) {
        if (seenPaper) skip(pending, 'no-abstract', `title "${pending.text.slice(0, 60)}" has no abstract block after it`);
        else chrome++;
      }
      pending = b;
    }
  }
  if (pending) {
    if (seenPaper) skip(pending, 'no-abstract', `title "${pending.text.slice(0, 60)}" has no abstract block after it`);
    else chrome++;
  }
  return { blocks: blocks.length, chrome };
}
