import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

// The timeline draws only the bars near its scrolled view. An export wants every bar: for that moment the
// timeline is drawn whole (synchronously, so the picture can be taken straight after), then culled again.
let whole = false;
const listeners = new Set<() => void>();

function set(value: boolean) {
  whole = value;
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while an export needs every bar of the timeline in the page. */
export function useWholeTimeline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => whole,
    () => false,
  );
}

/** Runs `take` with every bar of the timeline drawn, and returns what it returns. */
export function withWholeTimeline<T>(take: () => T): T {
  flushSync(() => set(true));
  try {
    return take();
  } finally {
    set(false);
  }
}
