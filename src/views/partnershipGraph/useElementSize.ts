import { useEffect, useState } from 'react';

/**
 * The size of an element in CSS pixels, kept current by a ResizeObserver; `measured` turns true once it has
 * been read (it may still be zero, for an element not laid out).
 */
export function useElementSize(element: Element | null): {
  width: number;
  height: number;
  measured: boolean;
} {
  const [size, setSize] = useState({ width: 0, height: 0, measured: false });
  useEffect(() => {
    if (!element) return;
    const measure = () => {
      const r = element.getBoundingClientRect();
      setSize((s) =>
        s.measured && s.width === r.width && s.height === r.height
          ? s
          : { width: r.width, height: r.height, measured: true },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}
