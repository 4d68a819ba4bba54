// Web worker: fetches graph.json itself and builds the search index off the main thread, then answers queries.
import { createSearch, docsFromEnvelope } from './search-core.ts';

type In = { kind: 'load'; url: string } | { kind: 'query'; seq: number; q: string; limit: number };

let search: ReturnType<typeof createSearch> | null = null;
const pending: Extract<In, { kind: 'query' }>[] = [];

function answer(m: Extract<In, { kind: 'query' }>) {
  const { hits, total } = search!.query(m.q, m.limit);
  postMessage({ kind: 'result', seq: m.seq, q: m.q, hits, total });
}

self.onmessage = async (e: MessageEvent<In>) => {
  const m = e.data;
  if (m.kind === 'query') {
    if (search) answer(m); else pending.push(m);
    return;
  }
  try {
    const res = await fetch(m.url);
    search = createSearch(docsFromEnvelope(await res.json()));
    postMessage({ kind: 'ready' });
    // only the latest pending query matters
    const last = pending.pop();
    pending.length = 0;
    if (last) answer(last);
  } catch (err) {
    postMessage({ kind: 'error', message: String(err) });
  }
};
