// Worker-thread body for the extraction runner: receives batches of papers, returns their claims.
import { parentPort } from 'node:worker_threads';
import { extractPaper } from '../extract/index.ts';
import { periodicGc } from './gc.ts';
import type { Paper } from '../ingest/types.ts';

// a full collection every ~2,000 papers keeps the worker's heap near what it holds alive
let papers = 0;
const gc = periodicGc(1);
parentPort?.on('message', (msg: { id: number; papers: Paper[] }) => {
  const results = msg.papers.map((p) => extractPaper(p));
  parentPort!.postMessage({ id: msg.id, results });
  papers += msg.papers.length;
  if (papers >= 2000) { papers = 0; gc(); }
});
