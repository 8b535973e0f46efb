import { describe, expect, it, vi } from 'vitest';
import { createZoomStore, IDENTITY } from './zoomStore';

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
