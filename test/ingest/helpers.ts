// Test helper: a reader sink that keeps the papers and issues it is given.
import type { Paper, ReadIssue, ReadSink } from '../../src/ingest/index.ts';

export function collect(): { papers: Paper[]; issues: ReadIssue[]; sink: ReadSink } {
  const papers: Paper[] = [];
  const issues: ReadIssue[] = [];
  const sink: ReadSink = { paper: (p) => papers.push(p), issue: (i) => issues.push(i) };
  return { papers, issues, sink };
}
