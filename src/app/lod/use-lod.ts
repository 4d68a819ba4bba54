// Level-of-detail mode of the explorer (meta.lod in graph.json): keeps the index and the drawn graph growing as
// cluster files load (fetched in parallel, merged one at a time in request order so the result does not depend on
// network timing), loads the claims index after the first frame (in a worker), and finds a paper's cluster (its
// claims record, the search hit, or the search index) so any paper can be opened.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GraphIndex, PaperNode } from '../../state/graph-index.ts';
import { applyClaimsIndex, clusterFilePath, createLodState, mergeCluster, readClaimsIndex, type LodMeta } from '../../state/lod.ts';
import { addLodPapers, lodPaperScale, type DisplayGraph } from '../display.ts';

export interface LodView {
  meta: LodMeta;
  index: GraphIndex;
  /** clusters merged so far */
  loaded: ReadonlySet<number>;
  /** clusters being fetched or waiting to be merged */
  loading: ReadonlySet<number>;
  papersLoaded: number;
  /** the claims index has been applied (ladders are complete) */
  claimsReady: boolean;
  /** the last load that failed, for the status line */
  error: string | null;
  /** fetches and merges a cluster (once); true when it is loaded */
  loadCluster(id: number): Promise<boolean>;
  /** makes a node present: a paper of a cluster not loaded yet has its cluster loaded; true when it is in the index */
  ensureNode(id: string, clusterHint?: number | null): Promise<boolean>;
}

interface Options {
  /** the drawn graph the merged papers are added to */
  display: DisplayGraph;
  /** load the claims index now (after the first frame) */
  startClaims: boolean;
  /** the search index's cluster of a paper */
  locate(id: string): Promise<number | null>;
  /** nodes or edges were added to `display` */
  onGraphChange(): void;
}

const fileUrl = (graphUrl: string, path: string) => new URL(path, graphUrl).href;

/** null `meta`: a graph loaded whole (the hook does nothing and returns null). */
export function useLod(initial: GraphIndex, meta: LodMeta | null, graphUrl: string, opts: Options): LodView | null {
  const stateRef = useRef(meta ? createLodState(meta) : null);
  const indexRef = useRef(initial);
  const [index, setIndex] = useState(initial);
  const [loading, setLoading] = useState<ReadonlySet<number>>(() => new Set());
  const [loaded, setLoaded] = useState<ReadonlySet<number>>(() => new Set());
  const [claimsReady, setClaimsReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inflight = useRef(new Map<number, Promise<boolean>>());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const optsRef = useRef(opts);
  optsRef.current = opts;

  const loadCluster = useCallback((id: number): Promise<boolean> => {
    const state = stateRef.current;
    if (!state || !initial.clusterById.has(id)) return Promise.resolve(false);
    if (state.loaded.has(id)) return Promise.resolve(true);
    const running = inflight.current.get(id);
    if (running) return running;
    const url = fileUrl(graphUrl, clusterFilePath(state.meta, id));
    const fetched = fetch(url).then((r) => { if (!r.ok) throw new Error(`cluster ${id}: HTTP ${r.status}`); return r.json() as Promise<unknown>; });
    fetched.catch(() => { /* reported when its turn to merge comes */ });
    const p = queue.current.then(() => fetched).then((json) => {
      performance.mark(`bg:cluster-${id}-fetched`);
      const merged = mergeCluster(indexRef.current, state, id, json);
      indexRef.current = merged.index;
      addLodPapers(optsRef.current.display, merged.index, merged.nodes, merged.edges, state.loaded, lodPaperScale(state.meta.papers));
      performance.mark(`bg:cluster-${id}-merged`);
      setIndex(merged.index);
      setLoaded(new Set(state.loaded));
      optsRef.current.onGraphChange();
      return true;
    }).catch((err: unknown) => {
      setError(err instanceof Error ? err.message : String(err));
      return false;
    }).finally(() => {
      inflight.current.delete(id);
      setLoading(new Set(inflight.current.keys()));
    });
    queue.current = p;
    inflight.current.set(id, p);
    setLoading(new Set(inflight.current.keys()));
    return p;
  }, [initial, graphUrl]);

  const ensureNode = useCallback(async (id: string, clusterHint: number | null = null): Promise<boolean> => {
    if (indexRef.current.nodes.has(id)) return true;
    if (!stateRef.current) return false;
    let cluster = indexRef.current.claimPapers?.get(id)?.cluster ?? clusterHint;
    if (cluster === null || cluster === undefined) cluster = await optsRef.current.locate(id);
    if (cluster === null) return false;
    await loadCluster(cluster);
    return indexRef.current.nodes.has(id);
  }, [loadCluster]);

  // the claims index, once, after the first frame: read in a worker (it can be large), on this thread if workers fail
  const { startClaims } = opts;
  useEffect(() => {
    const state = stateRef.current;
    if (!state || !startClaims || state.claimsIndexed) return;
    const url = fileUrl(graphUrl, state.meta.claims);
    let live = true;
    const apply = (papers: PaperNode[]) => {
      if (!live || state.claimsIndexed) return;
      indexRef.current = applyClaimsIndex(indexRef.current, state, papers);
      setIndex(indexRef.current);
      setClaimsReady(true);
      performance.mark('bg:claims-applied');
    };
    const onThread = () => {
      fetch(url).then((r) => { if (!r.ok) throw new Error(`claims index: HTTP ${r.status}`); return r.json() as Promise<unknown>; })
        .then((json) => apply(readClaimsIndex(json, initial.clusterById)))
        .catch((err: unknown) => { if (live) setError(err instanceof Error ? err.message : String(err)); });
    };
    let w: Worker | null = null;
    try {
      w = new Worker(new URL('./claims-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      onThread();
      return () => { live = false; };
    }
    w.onmessage = (e: MessageEvent<{ kind: string; papers?: PaperNode[]; message?: string }>) => {
      if (e.data.kind === 'papers' && e.data.papers) apply(e.data.papers);
      else if (live) setError(e.data.message ?? 'claims index could not be read');
      w?.terminate();
    };
    w.onerror = () => { w?.terminate(); onThread(); };
    w.postMessage({ kind: 'load', url, clusters: initial.clusters.map((c) => ({ id: c.id, color: c.color })) });
    return () => { live = false; w?.terminate(); };
  }, [startClaims, graphUrl, initial]);

  const state = stateRef.current;
  if (!state) return null;
  let papersLoaded = 0;
  for (const id of loaded) papersLoaded += index.papersByCluster.get(id)?.length ?? 0;
  return { meta: state.meta, index, loaded, loading, papersLoaded, claimsReady, error, loadCluster, ensureNode };
}
