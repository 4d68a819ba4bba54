// Pointer events on the graph: hover highlights a node and its neighbours, click selects it.
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

interface Props {
  onHover(id: string | null): void;
  onSelectNode(id: string): void;
  /** ms a pointer must rest on a node before it is highlighted (large graphs: a highlight re-renders everything) */
  hoverDelay?: number;
}

export function EventsController({ onHover, onSelectNode, hoverDelay = 0 }: Props) {
  const register = useRegisterEvents();
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let highlighted = false;
    const hover = (id: string | null) => {
      clearTimeout(timer);
      if (id === null) {
        // leaving before the delay ran out highlighted nothing, so there is nothing to undo (no refresh)
        if (highlighted) { highlighted = false; onHover(null); }
        return;
      }
      if (hoverDelay <= 0) { highlighted = true; onHover(id); return; }
      timer = setTimeout(() => { highlighted = true; onHover(id); }, hoverDelay);
    };
    register({
      // nodes sliding under a still pointer during a camera flight are not hovers (and each one would
      // cost a full re-render on a large graph)
      enterNode: ({ node }) => { container.style.cursor = 'pointer'; if (!sigma.getCamera().isAnimated()) hover(node); },
      leaveNode: () => { hover(null); container.style.cursor = ''; },
      clickNode: ({ node }) => { clearTimeout(timer); onSelectNode(node); },
    });
    return () => clearTimeout(timer);
  }, [register, sigma, onHover, onSelectNode, hoverDelay]);
  return null;
}
