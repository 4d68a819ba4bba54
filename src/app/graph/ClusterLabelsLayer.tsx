// Cluster labels drawn over the canvas at cluster centres while zoomed out; positions follow the camera
// through sigma's graphToViewport after each render (DOM writes only, no React re-render per frame).
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useRef } from 'react';
import type { GraphIndex } from '../../state/graph-index.ts';

interface Props {
  index: GraphIndex;
  hiddenClusters: readonly number[];
  onSelectCluster(id: number): void;
}

/** at or above this camera ratio the overview labels show */
const SHOW_RATIO = 0.5;

export function ClusterLabelsLayer({ index, hiddenClusters }: Props) {
  const sigma = useSigma();
  const layer = useRef<HTMLDivElement | null>(null);
  const centres = useMemo(() => index.clusters
    .filter((c) => !hiddenClusters.includes(c.id))
    .map((c) => {
      const papers = index.papersByCluster.get(c.id) ?? [];
      let x = 0, y = 0;
      for (const id of papers) { const n = index.nodes.get(id)!; x += n.x; y += n.y; }
      return papers.length ? { id: c.id, label: c.label, color: c.color, x: x / papers.length, y: y / papers.length, n: papers.length } : null;
    })
    .filter((c) => c !== null)
    // biggest first so, when labels overlap, the larger cluster's label wins
    .sort((a, b) => b.n - a.n), [index, hiddenClusters]);

  useEffect(() => {
    const el = layer.current;
    if (!el) return;
    const update = () => {
      const show = sigma.getCamera().ratio >= SHOW_RATIO;
      el.style.display = show ? '' : 'none';
      if (!show) return;
      const placed: { x: number; y: number; w: number }[] = [];
      el.childNodes.forEach((child, i) => {
        const c = centres[i];
        const div = child as HTMLDivElement;
        if (!c) return;
        const p = sigma.graphToViewport({ x: c.x, y: c.y });
        const w = div.offsetWidth;
        const clash = placed.some((q) => Math.abs(q.y - p.y) < 22 && Math.abs(q.x - p.x) < (q.w + w) / 2);
        div.style.visibility = clash ? 'hidden' : 'visible';
        if (!clash) placed.push({ x: p.x, y: p.y, w });
        div.style.transform = `translate(${Math.round(p.x - w / 2)}px, ${Math.round(p.y - 11)}px)`;
      });
    };
    sigma.on('afterRender', update);
    update();
    return () => { sigma.off('afterRender', update); };
  }, [sigma, centres]);

  return (
    <div className="cluster-labels" ref={layer} aria-hidden="true">
      {centres.map((c) => (
        <div key={c.id} className="cluster-label" style={{ borderColor: c.color }}>{c.label}</div>
      ))}
    </div>
  );
}
