// Web worker: fetches the graph's files itself and builds the search index off the main thread, then answers queries.
// A level-of-detail graph's papers come from its search index (search.json), its entities from the overview; the
// worker also says which cluster a paper is in (deep links and picks of papers whose cluster is not loaded), and
// answers from a quick prefix index at once while the full (fuzzy) index builds in chunks.
import { createQuickSearch, createSearch, createSearchAsync, docsFromEnvelope, docsFromSearchIndex, type Search, type SearchDoc } from './search-core.ts';

type Query = { kind: 'query'; seq: number; q: string; limit: number };
type Locate = { kind: 'locate'; seq: number; id: string };
type In = { kind: 'load'; url: string; search?: string } | Query | Locate;

let search: Search | null = null;
let clusterOf: Map<string, number> | null = null;
const pending: Query[] = [];
const locates: Locate[] = [];

function answer(m: Query) {
  const { hits, total } = search!.query(m.q, m.limit);
  postMessage({ kind: 'result', seq: m.seq, q: m.q, hits, total });
}

function located(m: Locate) {
  postMessage({ kind: 'located', seq: m.seq, id: m.id, cluster: clusterOf?.get(m.id) ?? null });
}

async function json(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

async function docs(m: Extract<In, { kind: 'load' }>): Promise<SearchDoc[]> {
  if (!m.search) return docsFromEnvelope(await json(m.url));
  const [env, index] = await Promise.all([json(m.url), json(m.search)]);
  const papers = docsFromSearchIndex(index);
  clusterOf = new Map();
  for (const d of papers) if (d.cluster !== undefined) clusterOf.set(d.id, d.cluster);
  // answer the deep links waiting for a paper's cluster before the (slower) index is built
  for (const l of locates.splice(0)) located(l);
  return [...docsFromEnvelope(env).filter((d) => d.type !== 'paper'), ...papers];
}

self.onmessage = async (e: MessageEvent<In>) => {
  const m = e.data;
  if (m.kind === 'query') {
    if (search) answer(m); else pending.push(m);
    return;
  }
  if (m.kind === 'locate') {
    if (clusterOf || search) located(m); else locates.push(m);
    return;
  }
  try {
    const all = await docs(m);
    // a level-of-detail graph: answer from the quick index now, switch to the full one when it is built
    search = m.search ? createQuickSearch(all) : createSearch(all);
    postMessage({ kind: 'ready' });
    for (const l of locates.splice(0)) located(l);
    // only the latest pending query matters
    const last = pending.pop();
    pending.length = 0;
    if (last) answer(last);
    if (m.search) {
      search = await createSearchAsync(all);
      postMessage({ kind: 'complete' });
    }
  } catch (err) {
    postMessage({ kind: 'error', message: String(err) });
  }
};
