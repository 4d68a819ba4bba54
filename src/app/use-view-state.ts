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
  /**
   * Applies a change the page already shows (the camera after a pan or zoom): the URL follows, React does not
   * re-render (a re-render of the whole page after every camera move would stall the next frames).
   */
  applyQuietly(p: Producer): void;
  /** increments when the state came from outside (first load, back/forward): the camera must follow the URL */
  restored: number;
}

export function useViewState(): ViewStore {
  const [state, setState] = useState<ViewState>(() => queryToState(window.location.search));
  const [restored, setRestored] = useState(1);
  const current = useRef(state);

  const write = useCallback((p: Producer): ViewState | null => {
    const prev = current.current;
    const next = p(prev);
    if (next === prev) return null;
    current.current = next;
    const query = stateToQuery(next);
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (!sameSelection(prev.selection, next.selection)) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    return next;
  }, []);
  // every other change renders from the latest state (a quiet camera change included)
  const apply = useCallback((p: Producer) => { const next = write(p); if (next) setState(next); }, [write]);
  const applyQuietly = useCallback((p: Producer) => { write(p); }, [write]);

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

  return { state, apply, applyQuietly, restored };
}
