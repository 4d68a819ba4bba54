// Reports the view once the camera has settled (graph coordinates of the viewport's corners and the camera ratio):
// a level-of-detail graph loads the clusters the view zooms into.
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import type { ViewRect } from '../../state/lod.ts';

/** ms the camera must rest before the view counts as settled */
const SETTLE = 250;

export function ViewController({ onView }: { onView(rect: ViewRect, ratio: number): void }) {
  const sigma = useSigma();
  const onViewRef = useRef(onView);
  onViewRef.current = onView;
  useEffect(() => {
    const cam = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = () => {
      const { width, height } = sigma.getDimensions();
      if (!width || !height) return;
      const a = sigma.viewportToGraph({ x: 0, y: 0 });
      const b = sigma.viewportToGraph({ x: width, y: height });
      onViewRef.current({ minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x), minY: Math.min(a.y, b.y), maxY: Math.max(a.y, b.y) }, cam.ratio);
    };
    const onUpdate = () => { clearTimeout(timer); timer = setTimeout(report, SETTLE); };
    cam.on('updated', onUpdate);
    onUpdate(); // a URL camera may start zoomed in
    return () => { cam.off('updated', onUpdate); clearTimeout(timer); };
  }, [sigma]);
  return null;
}
