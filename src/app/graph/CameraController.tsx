// Camera wiring: follows the URL camera on load and back/forward, reports moves (debounced) so the URL
// keeps the view, and flies to a node or cluster when asked.
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { Camera } from '../../state/types.ts';
import { MAP_FOLLOW_DELAY } from './ReducersController.tsx';

export type CameraRequest =
  | { kind: 'node'; id: string; seq: number }
  | { kind: 'cluster'; papers: readonly string[]; seq: number }
  | { kind: 'reset'; seq: number };

interface Props {
  camera: Camera | null;
  restored: number;
  request: CameraRequest | null;
  onCamera(c: Camera): void;
}

const DURATION = 400;

export function CameraController({ camera, restored, request, onCamera }: Props) {
  const sigma = useSigma();
  const cameraRef = useRef(camera);
  cameraRef.current = camera;

  // URL → camera, only when the state came from outside (first load, back/forward)
  useEffect(() => {
    const c = cameraRef.current;
    if (c) sigma.getCamera().setState({ x: c.x, y: c.y, ratio: c.ratio, angle: 0 });
  }, [sigma, restored]);

  // camera → URL, debounced so a drag writes one history entry state, not hundreds
  useEffect(() => {
    const cam = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const s = cam.getState();
        onCamera({ x: s.x, y: s.y, ratio: s.ratio });
      }, 250);
    };
    cam.on('updated', onUpdate);
    return () => { cam.off('updated', onUpdate); if (timer) clearTimeout(timer); };
  }, [sigma, onCamera]);

  useEffect(() => {
    if (!request) return;
    // fly after the panels have painted: on large graphs every animation frame is a full render
    let timer: ReturnType<typeof setTimeout> | undefined;
    const raf = requestAnimationFrame(() => { timer = setTimeout(() => fly(request), MAP_FOLLOW_DELAY); });
    return () => { cancelAnimationFrame(raf); clearTimeout(timer); };
  }, [sigma, request]);

  const fly = (request: CameraRequest) => {
    const cam = sigma.getCamera();
    if (request.kind === 'reset') { cam.animatedReset({ duration: DURATION }); return; }
    // positions come from the graph (always graph coordinates; sigma's display cache switches between
    // graph and normalised coordinates around a refresh); the camera lives in the normalised "framed" space
    const graph = sigma.getGraph();
    const framed = (id: string) => {
      if (!graph.hasNode(id)) return null;
      const a = graph.getNodeAttributes(id) as { x: number; y: number };
      return sigma.viewportToFramedGraph(sigma.graphToViewport({ x: a.x, y: a.y }));
    };
    if (request.kind === 'node') {
      const p = framed(request.id);
      if (p) cam.animate({ x: p.x, y: p.y, ratio: Math.min(cam.ratio, 0.35) }, { duration: DURATION });
      return;
    }
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity, n = 0;
    for (const id of request.papers) {
      const d = framed(id);
      if (!d) continue;
      n++;
      minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
    }
    if (!n) return;
    // framed coordinates span about [0, 1]; ratio 1 shows everything, so the extent is the ratio
    const ratio = Math.min(1.2, Math.max(0.06, Math.max(maxX - minX, maxY - minY) * 1.25));
    cam.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: DURATION });
  };

  return null;
}
