// Cluster labels over the canvas while zoomed out, one per cluster region, clickable (a click selects the cluster).
// Each label goes at its region's centre, or just above or below the region when the centre would cover a highlighted
// node or another label; when no place is free it hides. Positions follow the camera through sigma's graphToViewport
// after each render: DOM writes only (widths are measured once per label set), no React re-render per frame.
import { useSigma } from '@react-sigma/core';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { GraphIndex } from '../../state/graph-index.ts';
import { texToPlain } from '../text/math-text.ts';

interface Props {
  index: GraphIndex;
  /** a level-of-detail graph: labels at the clusters' centroids (from graph.json), whether their papers are loaded or not */
  lod?: boolean;
  hiddenClusters: readonly number[];
  /** faint labels (a selection is highlighted under them) */
  dim: boolean;
  /** highlighted nodes (drawn ones): no label may cover them */
  avoid?: ReadonlySet<string> | null;
  onSelectCluster(id: number): void;
}

/** at or above this camera ratio the overview labels show */
const SHOW_RATIO = 0.5;
/** share of the canvas the cluster labels may cover together */
const MAX_LABEL_SHARE = 0.26;
/** a one-line label's height, until measured */
const LABEL_H = 22;

interface Centre { id: number; label: string; color: string; x: number; y: number; r: number; n: number }

export function ClusterLabelsLayer({ index, lod = false, hiddenClusters, dim, avoid = null, onSelectCluster }: Props) {
  const sigma = useSigma();
  const layer = useRef<HTMLDivElement | null>(null);
  const sizes = useRef<Array<{ w: number; h: number }>>([]);
  const avoidRef = useRef(avoid);
  avoidRef.current = avoid;
  const centres = useMemo(() => index.clusters
    .filter((c) => !hiddenClusters.includes(c.id))
    .map((c): Centre | null => {
      // a level-of-detail cluster: a disc at its centroid (its stand-in's radius is on screen, not in the graph)
      if (lod) return { id: c.id, label: texToPlain(c.label), color: c.color, x: c.x, y: c.y, r: 0, n: c.size };
      const papers = index.papersByCluster.get(c.id) ?? [];
      if (!papers.length) return null;
      let x = 0, y = 0;
      for (const id of papers) { const n = index.nodes.get(id)!; x += n.x; y += n.y; }
      x /= papers.length; y /= papers.length;
      // the region's radius: most of its papers lie within it (a few far ones do not push the label away)
      const d = papers.map((id) => { const n = index.nodes.get(id)!; return Math.hypot(n.x - x, n.y - y); }).sort((a, b) => a - b);
      return { id: c.id, label: texToPlain(c.label), color: c.color, x, y, r: d[Math.floor(d.length * 0.9)] ?? 0, n: papers.length };
    })
    .filter((c) => c !== null)
    // biggest first so, when labels overlap, the larger cluster's label wins
    .sort((a, b) => b.n - a.n || a.id - b.id), [index, hiddenClusters, lod]);

  // widths once per label set (reading offsetWidth inside the per-frame update would force a layout per label)
  useLayoutEffect(() => {
    const el = layer.current;
    sizes.current = el ? [...el.children].map((c) => ({ w: (c as HTMLElement).offsetWidth, h: (c as HTMLElement).offsetHeight })) : [];
  }, [centres]);

  useEffect(() => {
    const el = layer.current;
    if (!el) return;
    const update = () => {
      const show = sigma.getCamera().ratio >= SHOW_RATIO;
      el.style.display = show ? '' : 'none';
      if (!show) return;
      const { width, height } = sigma.getDimensions();
      const placed: Box[] = [];
      let area = 0;
      // the highlighted nodes, as boxes a label must not cover
      const blocked: Box[] = [];
      const avoidSet = avoidRef.current;
      if (avoidSet && avoidSet.size <= 3000) {
        const graph = sigma.getGraph();
        for (const id of avoidSet) {
          if (!graph.hasNode(id)) continue;
          const d = sigma.getNodeDisplayData(id);
          if (!d || d.hidden) continue;
          const a = graph.getNodeAttributes(id) as { x: number; y: number };
          const p = sigma.graphToViewport({ x: a.x, y: a.y });
          const r = Math.max(4, sigma.scaleSize(d.size)) + 2;
          // a highlighted node's own label (drawn to its right by sigma) is kept clear too
          const labelW = (d.highlighted || d.forceLabel) && d.label ? d.label.length * 7 + 8 : 0;
          blocked.push({ x0: p.x - r, x1: p.x + r + labelW, y0: p.y - Math.max(r, 10), y1: p.y + Math.max(r, 10) });
        }
      }
      // the map's legend box in its corner (a sibling over the canvas) is no place for a label either
      const legendBox = el.closest('.graph-box')?.querySelector('.colour-legend')?.getBoundingClientRect();
      if (legendBox) {
        const origin = sigma.getContainer().getBoundingClientRect();
        blocked.push({ x0: legendBox.left - origin.left - 4, x1: legendBox.right - origin.left + 4, y0: legendBox.top - origin.top - 4, y1: legendBox.bottom - origin.top + 4 });
      }
      const scale = (() => { const a = sigma.graphToViewport({ x: 0, y: 0 }); const b = sigma.graphToViewport({ x: 1, y: 0 }); return Math.hypot(b.x - a.x, b.y - a.y); })();
      el.childNodes.forEach((child, i) => {
        const c = centres[i];
        const div = child as HTMLElement;
        if (!c) return;
        const { w, h } = sizes.current[i] ?? { w: 100, h: LABEL_H };
        const p = sigma.graphToViewport({ x: c.x, y: c.y });
        const rPx = c.r * scale;
        // the centre, then just above the region, then just below it
        const candidates = [p.y, p.y - rPx - h / 2 - 2, p.y + rPx + h / 2 + 2];
        let spot: Box | null = null;
        for (const cy of candidates) {
          // a cluster near the edge keeps its whole label inside the canvas (shifted in, not cut)
          if (p.x < -w / 2 || p.x > width + w / 2 || cy < -h || cy > height + h) continue;
          const x = Math.max(4 + w / 2, Math.min(width - 4 - w / 2, p.x));
          const y = Math.max(h / 2 + 2, Math.min(height - h / 2 - 2, cy));
          const box = { x0: x - w / 2, x1: x + w / 2, y0: y - h / 2, y1: y + h / 2 };
          if (placed.some((q) => overlaps(q, box)) || blocked.some((q) => overlaps(q, box))) continue;
          // labels may cover at most a share of the map (a small canvas shows the biggest clusters' labels only)
          if (area + w * h > MAX_LABEL_SHARE * width * height) continue;
          spot = box;
          break;
        }
        div.style.visibility = spot ? 'visible' : 'hidden';
        if (!spot) return;
        placed.push(spot);
        area += w * h;
        div.style.transform = `translate(${Math.round(spot.x0)}px, ${Math.round(spot.y0)}px)`;
      });
    };
    sigma.on('afterRender', update);
    update();
    return () => { sigma.off('afterRender', update); };
  }, [sigma, centres]);

  return (
    <div className={`cluster-labels${dim ? ' dim' : ''}`} ref={layer}>
      {centres.map((c) => (
        <button key={c.id} type="button" className="cluster-label" style={{ borderColor: c.color }} title={`Cluster: ${c.label} (${c.n.toLocaleString('en')} papers)`}
          aria-label={`Cluster ${c.label}`} tabIndex={-1} onClick={() => onSelectCluster(c.id)}>{c.label}</button>
      ))}
    </div>
  );
}

interface Box { x0: number; x1: number; y0: number; y1: number }

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
