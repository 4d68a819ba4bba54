// A lean stand-in for @react-sigma's SigmaContainer: creates the sigma instance in a layout effect, so
// sigma and the controllers below it are set up before the page's first paint (SigmaContainer creates it
// in a passive effect and renders its children a frame later, and under software WebGL every frame of a
// fresh page costs hundreds of ms). Children use @react-sigma's hooks as before (same context).
import { SigmaProvider } from '@react-sigma/core';
import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { Attributes } from 'graphology-types';
import type Graph from 'graphology';

interface Props<N extends Attributes, E extends Attributes> {
  graph: Graph<N, E>;
  /** read once, when sigma is created; later changes go through sigma.setSetting */
  settings: Partial<Settings<N, E>>;
  sigmaRef?: RefObject<Sigma<N, E> | null>;
  /**
   * a fixed frame of the graph (sigma's custom bounding box, graph coordinates) instead of its nodes' extent: nodes
   * added later (a level-of-detail graph's papers) then do not re-normalise the coordinates, so the view and URL
   * cameras stay put. Read once, when sigma is created.
   */
  frame?: { x: [number, number]; y: [number, number] } | null;
  className?: string;
  children?: ReactNode;
}

interface Ctx { sigma: Sigma; container: HTMLElement }

export function SigmaHost<N extends Attributes, E extends Attributes>({ graph, settings, sigmaRef, frame = null, className, children }: Props<N, E>) {
  const rootRef = useRef<HTMLDivElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const frameRef = useRef(frame);
  const [ctx, setCtx] = useState<Ctx | null>(null);

  useLayoutEffect(() => {
    const root = rootRef.current;
    const container = containerRef.current;
    if (!root || !container) return;
    const sigma = new Sigma<N, E>(graph, container, settingsRef.current);
    if (frameRef.current) sigma.setCustomBBox(frameRef.current);
    if (sigmaRef) (sigmaRef as { current: Sigma<N, E> | null }).current = sigma;
    setCtx({ sigma: sigma as unknown as Sigma, container: root });
    // sigma follows window resizes only; panels that collapse or a dragged splitter resize the canvas too
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => {
      const next = `${container.clientWidth}x${container.clientHeight}`;
      if (next !== size) { size = next; sigma.scheduleRefresh(); }
    }) : null;
    ro?.observe(container);
    return () => {
      ro?.disconnect();
      if (sigmaRef && sigmaRef.current === sigma) (sigmaRef as { current: Sigma<N, E> | null }).current = null;
      sigma.kill();
    };
  }, [graph, sigmaRef]);

  return (
    <div className={`react-sigma ${className ?? ''}`} ref={rootRef}>
      <div className="sigma-container" ref={containerRef} />
      {ctx && <SigmaProvider value={ctx as never}>{children}</SigmaProvider>}
    </div>
  );
}
