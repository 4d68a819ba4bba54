// Lazy abstracts: large graphs keep them out of graph.json in `papers/<shard>.json`; fetch a shard the
// first time one of its papers is opened and keep it (shards are small and few are ever opened).
import { useEffect, useState } from 'react';
import type { PaperNode } from '../../state/graph-index.ts';

const cache = new Map<string, Promise<Record<string, unknown>>>();

function loadShard(graphUrl: string, shard: string): Promise<Record<string, unknown>> {
  const url = new URL(`papers/${shard}.json`, graphUrl).href;
  let p = cache.get(url);
  if (!p) {
    p = fetch(url).then((r) => (r.ok ? r.json() : {})).then((j: unknown) => (j && typeof j === 'object' ? j as Record<string, unknown> : {}))
      .catch(() => ({}));
    cache.set(url, p);
  }
  return p;
}

/** The paper's abstract: inline text at once, or null while its shard loads ('' if unavailable). */
export function useAbstract(paper: PaperNode, graphUrl: string): string | null {
  const [text, setText] = useState<string | null>(paper.abstractShard ? null : paper.abstract);
  useEffect(() => {
    if (!paper.abstractShard) { setText(paper.abstract); return; }
    let live = true;
    setText(null);
    void loadShard(graphUrl, paper.abstractShard).then((rec) => {
      // own keys only (a paper id may be "constructor" or "__proto__"); a shard entry is { abstract, authors, url }
      const v = Object.prototype.hasOwnProperty.call(rec, paper.id) ? rec[paper.id] : undefined;
      const abs = typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { abstract?: unknown }).abstract : undefined;
      if (live) setText(typeof abs === 'string' ? abs.slice(0, 100_000) : '');
    });
    return () => { live = false; };
  }, [paper, graphUrl]);
  return text;
}
