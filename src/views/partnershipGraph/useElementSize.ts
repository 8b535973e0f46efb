import { useEffect, useState } from 'react';

/**
 * The size of an element in CSS pixels, kept current by a ResizeObserver. Returns a callback ref, so an
 * element that mounts later (after an empty state) is measured too.
 */
export function useElementSize<T extends Element>(): [
  (el: T | null) => void,
  { width: number; height: number },
] {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      const r = element.getBoundingClientRect();
      setSize((s) =>
        s.width === r.width && s.height === r.height ? s : { width: r.width, height: r.height },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, size];
}
