import { useSyncExternalStore } from 'react';

interface Watched {
  subscribe(onChange: () => void): () => void;
  matches(): boolean;
}

// One media query list and one pair of functions per query, for the page's lifetime: the components using
// this (the filters, the table) re-render on every filter change, and new functions each time would make
// React unsubscribe and subscribe again, and the browser parse the query again, on each of those renders.
const watched = new Map<string, Watched>();

function watch(query: string): Watched {
  let w = watched.get(query);
  if (!w) {
    const list = typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
    w = {
      subscribe(onChange) {
        list?.addEventListener('change', onChange);
        return () => list?.removeEventListener('change', onChange);
      },
      matches: () => list?.matches ?? false,
    };
    watched.set(query, w);
  }
  return w;
}

/** Whether a CSS media query matches now; re-renders when that changes (a window resized, a phone turned). */
export function useMediaQuery(query: string): boolean {
  const w = watch(query);
  return useSyncExternalStore(w.subscribe, w.matches);
}
