// Keyboard use of the canvas (it is focusable): arrows pan, + and - zoom, 0 resets the view.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export function KeyboardController() {
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', 'Graph canvas: arrow keys pan, plus and minus zoom, 0 resets');
    const onKey = (e: KeyboardEvent) => {
      const cam = sigma.getCamera();
      const s = cam.getState();
      const step = 0.1 * s.ratio;
      const moves: Record<string, () => void> = {
        ArrowLeft: () => cam.animate({ x: s.x - step }, { duration: 150 }),
        ArrowRight: () => cam.animate({ x: s.x + step }, { duration: 150 }),
        ArrowUp: () => cam.animate({ y: s.y + step }, { duration: 150 }),
        ArrowDown: () => cam.animate({ y: s.y - step }, { duration: 150 }),
        '+': () => cam.animatedZoom({ duration: 150 }),
        '=': () => cam.animatedZoom({ duration: 150 }),
        '-': () => cam.animatedUnzoom({ duration: 150 }),
        '0': () => cam.animatedReset({ duration: 200 }),
      };
      const f = moves[e.key];
      if (f) { e.preventDefault(); f(); }
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [sigma]);
  return null;
}
