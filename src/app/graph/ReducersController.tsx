// Keeps the reducers' inputs current: tracks the level of detail from the camera and refreshes sigma when
// filters, hover or selection change (after the panels have painted, so a selection shows at once).
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef, type MutableRefObject } from 'react';
import type { ReducerInputs } from './reducers.ts';

/** camera ratio above which the view is an overview */
export const OVERVIEW_RATIO = 0.5;

interface Props {
  /** label size threshold when zoomed in; overviews raise it so cluster labels are not buried */
  labelThreshold: number;
  inputs: ReducerInputs;
  inputsRef: MutableRefObject<ReducerInputs>;
  onOverview(overview: boolean): void;
}

export function ReducersController({ labelThreshold, inputs, inputsRef, onOverview }: Props) {
  const sigma = useSigma();
  const first = useRef(true);

  // only a change of detail level re-runs the reducers; plain camera moves just re-render
  useEffect(() => {
    const cam = sigma.getCamera();
    const onUpdate = () => onOverview(cam.ratio > OVERVIEW_RATIO);
    cam.on('updated', onUpdate);
    onUpdate();
    return () => { cam.off('updated', onUpdate); };
  }, [sigma, onOverview]);

  useEffect(() => {
    inputsRef.current = inputs;
    if (first.current) { first.current = false; return; } // sigma's first render already used these inputs
    let timer: ReturnType<typeof setTimeout> | undefined;
    const threshold = inputs.overview ? labelThreshold + 4 : labelThreshold;
    const raf = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        // a settings change refreshes by itself; otherwise refresh so the reducers run again
        if (sigma.getSetting('labelRenderedSizeThreshold') !== threshold) sigma.setSetting('labelRenderedSizeThreshold', threshold);
        else sigma.refresh();
      }, 0);
    });
    return () => { cancelAnimationFrame(raf); clearTimeout(timer); };
  }, [sigma, inputs, inputsRef, labelThreshold]);

  return null;
}
