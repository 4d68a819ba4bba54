// Cluster labels drawn over the canvas at cluster centres while zoomed out; positions follow the camera
// through sigma's graphToViewport after each render (DOM writes only, no React re-render per frame).
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useRef } from 'react';
import type { GraphIndex } from '../../state/graph-index.ts';
import { texToPlain } from '../text/math-text.ts';

interface Props {
  index: GraphIndex;
  /** a level-of-detail graph: labels at the clusters' centroids (from graph.json), whether their papers are loaded or not */
  lod?: boolean;
  hiddenClusters: readonly number[];
  /** faint labels (a selection is highlighted under them) */
  dim: boolean;
  onSelectCluster(id: number): void;
}

/** at or above this camera ratio the overview labels show */
const SHOW_RATIO = 0.5;

export function ClusterLabelsLayer({ index, lod = false, hiddenClusters, dim }: Props) {
  const sigma = useSigma();
  const layer = useRef<HTMLDivElement | null>(null);
  const centres = useMemo(() => index.clusters
    .filter((c) => !hiddenClusters.includes(c.id))
    .map((c) => {
      if (lod) return { id: c.id, label: texToPlain(c.label), color: c.color, x: c.x, y: c.y, n: c.size };
      const papers = index.papersByCluster.get(c.id) ?? [];
      let x = 0, y = 0;
      for (const id of papers) { const n = index.nodes.get(id)!; x += n.x; y += n.y; }
      return papers.length ? { id: c.id, label: texToPlain(c.label), color: c.color, x: x / papers.length, y: y / papers.length, n: papers.length } : null;
    })
    .filter((c) => c !== null)
    // biggest first so, when labels overlap, the larger cluster's label wins
    .sort((a, b) => b.n - a.n || a.id - b.id), [index, hiddenClusters, lod]);

  useEffect(() => {
    const el = layer.current;
    if (!el) return;
    const update = () => {
      const show = sigma.getCamera().ratio >= SHOW_RATIO;
      el.style.display = show ? '' : 'none';
      if (!show) return;
      const placed: { x: number; y: number; w: number }[] = [];
      const { width, height } = sigma.getDimensions();
      el.childNodes.forEach((child, i) => {
        const c = centres[i];
        const div = child as HTMLDivElement;
        if (!c) return;
        const p = sigma.graphToViewport({ x: c.x, y: c.y });
        const w = div.offsetWidth;
        // a cluster near the edge keeps its whole label inside the canvas (shifted in, not cut)
        const outside = p.x < -w / 2 || p.x > width + w / 2 || p.y < -11 || p.y > height + 11;
        const x = Math.max(4 + w / 2, Math.min(width - 4 - w / 2, p.x));
        const y = Math.max(12, Math.min(height - 12, p.y));
        const clash = outside || placed.some((q) => Math.abs(q.y - y) < 22 && Math.abs(q.x - x) < (q.w + w) / 2);
        div.style.visibility = clash ? 'hidden' : 'visible';
        if (!clash) placed.push({ x, y, w });
        div.style.transform = `translate(${Math.round(x - w / 2)}px, ${Math.round(y - 11)}px)`;
      });
    };
    sigma.on('afterRender', update);
    update();
    return () => { sigma.off('afterRender', update); };
  }, [sigma, centres]);

  return (
    <div className={`cluster-labels${dim ? ' dim' : ''}`} ref={layer} aria-hidden="true">
      {centres.map((c) => (
        <div key={c.id} className="cluster-label" style={{ borderColor: c.color }}>{c.label}</div>
      ))}
    </div>
  );
}
