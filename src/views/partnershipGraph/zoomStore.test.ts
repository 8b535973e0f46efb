import { describe, expect, it, vi } from 'vitest';
import { createZoomStore, fitTransform, IDENTITY } from './zoomStore';

describe('zoom store', () => {
  it('tells listeners about each step and the end of a gesture, and nothing for a repeat', () => {
    const store = createZoomStore();
    const listener = vi.fn<() => void>();
    store.subscribe(listener);
    store.set({ k: 2, x: 10, y: 5 });
    expect(store.live()).toEqual({ k: 2, x: 10, y: 5 });
    // Mid-gesture: what label placement follows has not moved yet.
    expect(store.settled()).toBe(IDENTITY);
    store.set({ k: 2, x: 10, y: 5 });
    expect(listener).toHaveBeenCalledTimes(1);
    store.settle();
    expect(store.settled()).toBe(store.live());
    store.settle();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('stops telling a listener that unsubscribed', () => {
    const store = createZoomStore();
    const listener = vi.fn<() => void>();
    store.subscribe(listener)();
    store.set({ k: 3, x: 0, y: 0 });
    expect(listener).not.toHaveBeenCalled();
  });
});

const apply = (z: { k: number; x: number; y: number }, p: { x: number; y: number }) => ({
  x: z.x + z.k * p.x,
  y: z.y + z.k * p.y,
});

describe('fitting the shown agencies', () => {
  const size = { width: 600, height: 400 };

  it('enlarges a small cluster to fill the drawing, centred, inside the padding', () => {
    const circles = [
      { x: 280, y: 190, r: 5 },
      { x: 320, y: 210, r: 5 },
    ];
    const t = fitTransform(circles, size, 20);
    // The binding side is the height: 360 px of room for a 30 px tall cluster is 12×, capped at 4×.
    expect(t.k).toBe(4);
    expect(apply(t, { x: 300, y: 200 })).toEqual({ x: 300, y: 200 });
  });

  it('shrinks a map wider than the drawing so all of it shows', () => {
    const circles = [
      { x: -400, y: 0, r: 10 },
      { x: 600, y: 100, r: 10 },
    ];
    const t = fitTransform(circles, size, 20);
    const left = apply(t, { x: -410, y: 0 });
    const right = apply(t, { x: 610, y: 0 });
    expect(left.x).toBeCloseTo(20);
    expect(right.x).toBeCloseTo(580);
  });

  it('keeps the whole map as laid out when nothing is shown', () => {
    expect(fitTransform([], size)).toBe(IDENTITY);
  });
});
