// Worker-thread body for the extraction runner: receives batches of papers, returns their claims.
import { parentPort } from 'node:worker_threads';
import { extractPaper } from '../extract/index.ts';
import { periodicGc } from './gc.ts';
import type { Paper } from '../ingest/types.ts';

// a full collection every ~2,000 papers keeps the worker's heap near what it holds alive
const gc = periodicGc(2000);
parentPort?.on('message', (msg: { id: number; papers: Paper[] }) => {
  const results = msg.papers.map((p) => extractPaper(p));
  parentPort!.postMessage({ id: msg.id, results });
  gc(msg.papers.length);
});
