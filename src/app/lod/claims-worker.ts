// Web worker: fetches and reads a level-of-detail graph's claims index (claims.json) off the main thread and posts
// back the partial paper records the ladders use (the main thread only receives the already-validated records).
import type { ClusterInfo } from '../../graph/types.ts';
import { readClaimsIndex } from '../../state/lod.ts';

type In = { kind: 'load'; url: string; clusters: Pick<ClusterInfo, 'id' | 'color'>[] };

self.onmessage = async (e: MessageEvent<In>) => {
  const m = e.data;
  try {
    const res = await fetch(m.url);
    if (!res.ok) throw new Error(`claims index: HTTP ${res.status}`);
    const clusters = new Map(m.clusters.map((c) => [c.id, c as ClusterInfo]));
    postMessage({ kind: 'papers', papers: readClaimsIndex(await res.json(), clusters) });
  } catch (err) {
    postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
