// Worker-thread body for the extraction runner: receives batches of papers, returns their claims.
import { parentPort } from 'node:worker_threads';
import { extractPaper } from '../extract/index.ts';
import type { Paper } from '../ingest/types.ts';

parentPort?.on('message', (msg: { id: number; papers: Paper[] }) => {
  const results = msg.papers.map((p) => extractPaper(p));
  parentPort!.postMessage({ id: msg.id, results });
});
