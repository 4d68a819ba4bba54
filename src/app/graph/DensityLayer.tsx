// The density view's heat layer: a 2D canvas under sigma's WebGL layers, repainted after each sigma render from the
// viewport positions of the visible papers (state/density.ts counts and smooths them on a coarse grid; the browser
// scales the grid up with smoothing). Papers count by their size, so central papers weigh more, as in VOSviewer.
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { densityGrid, densityPixels } from '../../state/density.ts';
import type { DisplayNode } from '../display.ts';

/** grid cell in CSS pixels, and the smoothing radius (both fixed on screen, so zooming in reveals finer structure) */
const CELL = 6;
const RADIUS = 26;

export function DensityLayer({ visible }: { visible: ReadonlySet<string> }) {
  const sigma = useSigma();
  const visibleRef = useRef(visible);
  visibleRef.current = visible;

  useEffect(() => {
    const container = sigma.getContainer();
    const canvas = document.createElement('canvas');
    canvas.className = 'density-layer';
    canvas.setAttribute('aria-hidden', 'true');
    // under the WebGL layers: the first child of sigma's container
    container.insertBefore(canvas, container.firstChild);
    const grid = document.createElement('canvas');
    const paint = () => {
      const { width, height } = sigma.getDimensions();
      if (!width || !height) return;
      if (canvas.width !== width || canvas.height !== height) { canvas.width = width; canvas.height = height; canvas.style.width = `${width}px`; canvas.style.height = `${height}px`; }
      const graph = sigma.getGraph();
      const xy: number[] = [];
      const weights: number[] = [];
      graph.forEachNode((node, a) => {
        const d = a as DisplayNode;
        // a level-of-detail cluster not loaded yet counts as its papers (its disc's area grows with them)
        if (d.kind === 'cluster') {
          const p = sigma.graphToViewport({ x: d.x, y: d.y });
          xy.push(p.x, p.y);
          weights.push(d.size * d.size);
          return;
        }
        if (d.kind !== 'paper' || !visibleRef.current.has(node)) return;
        const p = sigma.graphToViewport({ x: d.x, y: d.y });
        xy.push(p.x, p.y);
        weights.push(Math.sqrt(d.size));
      });
      const g = densityGrid(xy, weights, width, height, CELL, RADIUS);
      grid.width = g.cols;
      grid.height = g.rows;
      const gctx = grid.getContext('2d');
      const ctx = canvas.getContext('2d');
      if (!gctx || !ctx) return;
      gctx.putImageData(new ImageData(densityPixels(g) as unknown as Uint8ClampedArray<ArrayBuffer>, g.cols, g.rows), 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'high';
      ctx.drawImage(grid, 0, 0, g.cols * CELL, g.rows * CELL);
    };
    // with each sigma render (positions follow the camera), in the same frame
    sigma.on('afterRender', paint);
    paint();
    return () => { sigma.off('afterRender', paint); canvas.remove(); };
  }, [sigma]);

  return null;
}
