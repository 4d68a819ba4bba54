// Search hook: queries the search worker (falls back to a main-thread index if workers fail) and keeps
// the latest answer; stale answers from earlier keystrokes are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit, createSearch } from './search-core.ts';

export interface SearchAnswer { q: string; hits: SearchHit[]; total: number }

export interface SearchClient {
  ready: boolean;
  ask(q: string, limit: number): Promise<SearchAnswer>;
  /** a level-of-detail graph: the cluster of a paper, from the search index (null: unknown, or not such a graph) */
  locate(id: string): Promise<number | null>;
}

/**
 * A worker created before React mounts: a worker only starts while the page's main thread is free, and the first
 * frame of a large graph can keep it busy for a second or more. It idles until told what to load: at once by
 * `loadPrestartedSearch` (main.tsx, a level-of-detail graph, whose search must not wait for the first frame), or when
 * `useSearchClient` adopts it (any other graph: after the first frame, as before). Its messages are kept until then.
 */
interface Prestarted { worker: Worker; messages: MessageEvent[]; failed: boolean; loading: string | null }
let prestarted: Prestarted | null = null;

const loadKey = (graphUrl: string, searchIndexUrl: string | null) => `${graphUrl}\n${searchIndexUrl ?? ''}`;
const loadMessage = (graphUrl: string, searchIndexUrl: string | null) => ({ kind: 'load', url: graphUrl, ...(searchIndexUrl ? { search: searchIndexUrl } : {}) });

export function prestartSearchWorker(): void {
  if (prestarted || typeof Worker !== 'function') return;
  try {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    const p: Prestarted = { worker, messages: [], failed: false, loading: null };
    worker.onmessage = (e) => { p.messages.push(e); };
    worker.onerror = () => { p.failed = true; };
    prestarted = p;
  } catch { /* the hook starts one (or falls back) itself */ }
}

/** Has the prestarted worker load these files now. */
export function loadPrestartedSearch(graphUrl: string, searchIndexUrl: string | null): void {
  const p = prestarted as Prestarted | null;
  if (!p || p.loading !== null) return;
  p.loading = loadKey(graphUrl, searchIndexUrl);
  p.worker.postMessage(loadMessage(graphUrl, searchIndexUrl));
}

/**
 * `start` false defers the worker (it parses graph.json again) until the graph has been drawn. `searchIndexUrl`: a
 * level-of-detail graph's search.json, whose rows are the papers (graph.json then holds only the entities).
 */
export function useSearchClient(graphUrl: string, start = true, searchIndexUrl: string | null = null): SearchClient {
  const [ready, setReady] = useState(false);
  const worker = useRef<Worker | null>(null);
  const local = useRef<{ search: ReturnType<typeof createSearch>; clusterOf: Map<string, number> } | null>(null);
  const waiting = useRef(new Map<number, (a: SearchAnswer) => void>());
  const locating = useRef(new Map<number, { id: string; resolve: (c: number | null) => void }>());
  // locate() calls made before the worker exists (a deep link's first effect) wait here
  const early = useRef<{ id: string; resolve: (c: number | null) => void }[]>([]);
  const seq = useRef(0);

  useEffect(() => {
    if (!start) return;
    let w: Worker | null = null;
    const fallback = () => {
      // the browser cache already holds the files; index building happens after first render
      const files = [fetch(graphUrl).then((r) => r.json()), searchIndexUrl ? fetch(searchIndexUrl).then((r) => r.json()) : Promise.resolve(null)];
      Promise.all([import('./search-core.ts'), ...files]).then(([m, env, idx]) => {
        const core = m as typeof import('./search-core.ts');
        const papers = idx ? core.docsFromSearchIndex(idx) : [];
        const docs = idx ? [...core.docsFromEnvelope(env).filter((d) => d.type !== 'paper'), ...papers] : core.docsFromEnvelope(env);
        const clusterOf = new Map<string, number>();
        for (const d of papers) if (d.cluster !== undefined) clusterOf.set(d.id, d.cluster);
        local.current = { search: core.createSearch(docs), clusterOf };
        for (const [, l] of locating.current) l.resolve(clusterOf.get(l.id) ?? null);
        locating.current.clear();
        for (const e of early.current.splice(0)) e.resolve(clusterOf.get(e.id) ?? null);
        setReady(true);
      }).catch(() => { /* search stays unavailable; the graph still works */ });
    };
    // a prestarted worker for these files is adopted (once: a remount starts its own)
    const adopted = prestarted && (prestarted.loading === null || prestarted.loading === loadKey(graphUrl, searchIndexUrl)) ? prestarted : null;
    if (adopted) prestarted = null;
    if (adopted?.failed) { adopted.worker.terminate(); fallback(); return; }
    try {
      w = adopted?.worker ?? new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      fallback();
      return;
    }
    worker.current = w;
    w.onmessage = (e: MessageEvent) => {
      const m = e.data as { kind: string; seq?: number; cluster?: number | null } & SearchAnswer;
      if (m.kind === 'ready') setReady(true);
      else if (m.kind === 'error') { w?.terminate(); worker.current = null; fallback(); }
      else if (m.kind === 'result' && m.seq !== undefined) {
        const resolve = waiting.current.get(m.seq);
        waiting.current.delete(m.seq);
        resolve?.({ q: m.q, hits: m.hits, total: m.total });
      } else if (m.kind === 'located' && m.seq !== undefined) {
        const l = locating.current.get(m.seq);
        locating.current.delete(m.seq);
        l?.resolve(typeof m.cluster === 'number' ? m.cluster : null);
      }
    };
    w.onerror = () => { w?.terminate(); worker.current = null; fallback(); };
    if (adopted?.loading) { const onMessage = w.onmessage; for (const e of adopted.messages) onMessage.call(w, e); adopted.messages.length = 0; }
    else w.postMessage(loadMessage(graphUrl, searchIndexUrl));
    for (const { id, resolve } of early.current.splice(0)) {
      const n = ++seq.current;
      locating.current.set(n, { id, resolve });
      w.postMessage({ kind: 'locate', seq: n, id });
    }
    return () => { w?.terminate(); worker.current = null; };
  }, [graphUrl, start, searchIndexUrl]);

  const ask = useCallback((q: string, limit: number): Promise<SearchAnswer> => {
    if (local.current) return Promise.resolve({ q, ...local.current.search.query(q, limit) });
    const w = worker.current;
    if (!w) return Promise.resolve({ q, hits: [], total: 0 });
    const n = ++seq.current;
    return new Promise((resolve) => {
      waiting.current.set(n, resolve);
      w.postMessage({ kind: 'query', seq: n, q, limit });
    });
  }, []);

  const locate = useCallback((id: string): Promise<number | null> => {
    if (!searchIndexUrl) return Promise.resolve(null);
    if (local.current) return Promise.resolve(local.current.clusterOf.get(id) ?? null);
    const w = worker.current;
    return new Promise((resolve) => {
      if (!w) { early.current.push({ id, resolve }); return; }
      const n = ++seq.current;
      locating.current.set(n, { id, resolve });
      w.postMessage({ kind: 'locate', seq: n, id });
    });
  }, [searchIndexUrl]);

  return { ready, ask, locate };
}
