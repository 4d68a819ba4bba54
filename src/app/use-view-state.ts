// The explorer's single view state, kept in the URL: selection changes push a history entry (so back and
// forward step through selections), everything else replaces the current one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { queryToState, stateToQuery } from '../state/url-codec.ts';
import type { Producer, Selection, ViewState } from '../state/types.ts';

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface ViewStore {
  state: ViewState;
  apply(p: Producer): void;
  /** increments when the state came from outside (first load, back/forward): the camera must follow the URL */
  restored: number;
}

export function useViewState(): ViewStore {
  const [state, setState] = useState<ViewState>(() => queryToState(window.location.search));
  const [restored, setRestored] = useState(1);
  const current = useRef(state);

  const apply = useCallback((p: Producer) => {
    const prev = current.current;
    const next = p(prev);
    if (next === prev) return;
    current.current = next;
    const query = stateToQuery(next);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (!sameSelection(prev.selection, next.selection)) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setState(next);
  }, []);

  useEffect(() => {
    const onPop = () => {
      const next = queryToState(window.location.search);
      current.current = next;
      setState(next);
      setRestored((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return { state, apply, restored };
}
