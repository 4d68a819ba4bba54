// Long lists drawn progressively: the first rows at once, more on demand. A paper with 10,000 claims drew every
// typeset claim and every highlighted passage when selected, which hung the page for minutes.
import { useEffect, useState } from 'react';

/** How many of `total` rows to draw: `first` at once, `step` more per `more()`, everything after `all()`. Resets when `resetKey` changes. */
export function useProgressive(total: number, resetKey: unknown, first = 100, step = 400): { shown: number; more(): void; all(): void } {
  const [shown, setShown] = useState(first);
  useEffect(() => { setShown(first); }, [resetKey, first]);
  return {
    shown: Math.min(shown, total),
    more: () => setShown((n) => n + step),
    all: () => setShown(total),
  };
}
