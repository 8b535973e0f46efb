import { useSyncExternalStore } from 'react';

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/**
 * The graph's pan and zoom, outside React state: a wheel gesture fires dozens of changes a second, and only
 * the element that applies the transform (the SVG group, the canvas) should re-render for each. `settled` is
 * the transform once a gesture has ended: what label placement, which is too costly per frame, follows.
 */
export interface ZoomStore {
  live(): ZoomTransform;
  settled(): ZoomTransform;
  set(t: ZoomTransform): void;
  settle(): void;
  subscribe(listener: () => void): () => void;
}

export function createZoomStore(): ZoomStore {
  let live = IDENTITY;
  let settled = IDENTITY;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  return {
    live: () => live,
    settled: () => settled,
    set(t) {
      if (t.k === live.k && t.x === live.x && t.y === live.y) return;
      live = { k: t.k, x: t.x, y: t.y };
      emit();
    },
    settle() {
      if (settled === live) return;
      settled = live;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The transform as it changes, frame by frame. */
export const useLiveZoom = (store: ZoomStore) =>
  useSyncExternalStore(store.subscribe, store.live, store.live);

/** The transform at the end of the last gesture. */
export const useSettledZoom = (store: ZoomStore) =>
  useSyncExternalStore(store.subscribe, store.settled, store.settled);
