// Pointer events on the graph: hover highlights a node and its neighbours, click selects it.
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

interface Props {
  onHover(id: string | null): void;
  onSelectNode(id: string): void;
}

export function EventsController({ onHover, onSelectNode }: Props) {
  const register = useRegisterEvents();
  const sigma = useSigma();
  useEffect(() => {
    const container = sigma.getContainer();
    register({
      // nodes sliding under a still pointer during a camera flight are not hovers (and each one would
      // cost a full re-render on a large graph)
      enterNode: ({ node }) => { container.style.cursor = 'pointer'; if (!sigma.getCamera().isAnimated()) onHover(node); },
      leaveNode: () => { onHover(null); container.style.cursor = ''; },
      clickNode: ({ node }) => onSelectNode(node),
    });
  }, [register, sigma, onHover, onSelectNode]);
  return null;
}
