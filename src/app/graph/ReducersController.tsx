// Keeps the reducers' inputs current: tracks the level of detail from the camera and refreshes sigma when
// filters, hover or selection change (after the panels have painted, so a selection shows at once).
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef, type MutableRefObject } from 'react';
import { createEdgeArrowProgram } from 'sigma/rendering';
import type { DisplayEdge, DisplayNode } from '../display.ts';
import type { ReducerInputs } from './reducers.ts';

/**
 * The program of improvement-chain arrows (edge type "chain"). Sigma draws edge programs in key order after its
 * defaults (arrow, line), so a program of our own comes last and the chain is drawn over the faded lines that
 * cross it. Registered when a chain is first shown.
 */
export const CHAIN_PROGRAMS = { chain: createEdgeArrowProgram<DisplayNode, DisplayEdge>() };

/** camera ratio above which the view is an overview */
export const OVERVIEW_RATIO = 0.5;

/**
 * ms the map waits after a selection's panels have painted before it re-renders (highlight, camera flight): under
 * software WebGL a map frame blocks the page for hundreds of milliseconds, and the answer the user asked for — the
 * Details of what they picked — must be on screen, and stay responsive, before that.
 */
export const MAP_FOLLOW_DELAY = 150;

interface Props {
  /** label size threshold when zoomed in; overviews raise it so cluster labels are not buried */
  labelThreshold: number;
  inputs: ReducerInputs;
  inputsRef: MutableRefObject<ReducerInputs>;
  /** set once the chain program is registered (the reducers use it from then on) */
  chainReady: MutableRefObject<boolean>;
  onOverview(overview: boolean): void;
}

export function ReducersController({ labelThreshold, inputs, inputsRef, chainReady, onOverview }: Props) {
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
        // the UI benchmark times when the map follows a selection: the render after this refresh marks it
        const mark = () => { sigma.off('afterRender', mark); document.documentElement.dataset.mapFollowed = String(performance.now()); };
        sigma.on('afterRender', mark);
        // the reducers draw a chain with the "chain" program: register it first (a settings change refreshes)
        if (inputs.highlightEdges?.size && !chainReady.current) {
          const programs = sigma.getSetting('edgeProgramClasses') as Record<string, unknown>;
          if (sigma.getSetting('labelRenderedSizeThreshold') !== threshold) sigma.setSetting('labelRenderedSizeThreshold', threshold);
          chainReady.current = true;
          (sigma as unknown as { setSetting(k: string, v: unknown): void }).setSetting('edgeProgramClasses', { ...programs, ...CHAIN_PROGRAMS });
          return;
        }
        // a settings change refreshes by itself; otherwise refresh so the reducers run again
        if (sigma.getSetting('labelRenderedSizeThreshold') !== threshold) sigma.setSetting('labelRenderedSizeThreshold', threshold);
        else sigma.refresh();
      }, MAP_FOLLOW_DELAY);
    });
    return () => { cancelAnimationFrame(raf); clearTimeout(timer); };
  }, [sigma, inputs, inputsRef, chainReady, labelThreshold]);

  return null;
}
