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

/**
 * The transform that fits circles (drawing coordinates and radii) into a `size` drawing with `padding` pixels
 * around them: the "Fit" of a filtered graph, whose few agencies would otherwise sit small in the middle of
 * the whole map. Never zooms in beyond `maxK` (one agency is not blown up to fill the panel), nor out beyond
 * the zoom's own limit; with no circles, the whole map as laid out.
 */
export function fitTransform(
  circles: readonly { x: number; y: number; r: number }[],
  size: { width: number; height: number },
  padding = 24,
  maxK = 4,
  minK = 0.4,
): ZoomTransform {
  if (circles.length === 0) return IDENTITY;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const c of circles) {
    x0 = Math.min(x0, c.x - c.r);
    y0 = Math.min(y0, c.y - c.r);
    x1 = Math.max(x1, c.x + c.r);
    y1 = Math.max(y1, c.y + c.r);
  }
  const room = (side: number) => Math.max(1, side - 2 * padding);
  const k = Math.max(
    minK,
    Math.min(maxK, room(size.width) / Math.max(1, x1 - x0), room(size.height) / Math.max(1, y1 - y0)),
  );
  return { k, x: size.width / 2 - k * ((x0 + x1) / 2), y: size.height / 2 - k * ((y0 + y1) / 2) };
}
