// Search hook: queries the search worker (falls back to a main-thread index if workers fail) and keeps
// the latest answer; stale answers from earlier keystrokes are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchHit, createSearch } from './search-core.ts';

export interface SearchAnswer { q: string; hits: SearchHit[]; total: number }

export interface SearchClient {
  ready: boolean;
  ask(q: string, limit: number): Promise<SearchAnswer>;
}

/** `start` false defers the worker (it parses graph.json again) until the graph has been drawn. */
export function useSearchClient(graphUrl: string, start = true): SearchClient {
  const [ready, setReady] = useState(false);
  const worker = useRef<Worker | null>(null);
  const local = useRef<ReturnType<typeof createSearch> | null>(null);
  const waiting = useRef(new Map<number, (a: SearchAnswer) => void>());
  const seq = useRef(0);

  useEffect(() => {
    if (!start) return;
    let w: Worker | null = null;
    const fallback = () => {
      // the browser cache already holds the file; index building happens after first render
      Promise.all([import('./search-core.ts'), fetch(graphUrl).then((r) => r.json())]).then(([m, env]: [typeof import('./search-core.ts'), unknown]) => {
        local.current = m.createSearch(m.docsFromEnvelope(env));
        setReady(true);
      }).catch(() => { /* search stays unavailable; the graph still works */ });
    };
    try {
      w = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      fallback();
      return;
    }
    worker.current = w;
    w.onmessage = (e: MessageEvent) => {
      const m = e.data as { kind: string; seq?: number } & SearchAnswer;
      if (m.kind === 'ready') setReady(true);
      else if (m.kind === 'error') { w?.terminate(); worker.current = null; fallback(); }
      else if (m.kind === 'result' && m.seq !== undefined) {
        const resolve = waiting.current.get(m.seq);
        waiting.current.delete(m.seq);
        resolve?.({ q: m.q, hits: m.hits, total: m.total });
      }
    };
    w.onerror = () => { w?.terminate(); worker.current = null; fallback(); };
    w.postMessage({ kind: 'load', url: graphUrl });
    return () => { w?.terminate(); worker.current = null; };
  }, [graphUrl, start]);

  const ask = useCallback((q: string, limit: number): Promise<SearchAnswer> => {
    if (local.current) return Promise.resolve({ q, ...local.current.query(q, limit) });
    const w = worker.current;
    if (!w) return Promise.resolve({ q, hits: [], total: 0 });
    const n = ++seq.current;
    return new Promise((resolve) => {
      waiting.current.set(n, resolve);
      w.postMessage({ kind: 'query', seq: n, q, limit });
    });
  }, []);

  return { ready, ask };
}
