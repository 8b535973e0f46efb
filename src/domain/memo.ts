/**
 * Remembers the last result of a function of a few arguments, compared by identity. Selectors use it so that
 * the same store inputs give the same output object, which keeps React from re-rendering or looping.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return memoizeRecent(fn, 1);
}

/**
 * Remembers the results of the last `size` different calls, its arguments (or what `key` makes of them)
 * compared by identity, most recently used kept longest. For derived data that users go back to: a filter
 * switched on and off again, a search word typed then deleted, a year range tried and then the one before.
 * Going back then gives the very object shown before, so memoized views and kept pictures are reused.
 */
export function memoizeRecent<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
  size: number,
  key: (...args: A) => readonly unknown[] = (...args) => args,
): (...args: A) => R {
  // Most recently used last.
  const entries: { key: readonly unknown[]; result: R }[] = [];
  return (...args: A): R => {
    const k = key(...args);
    const at = entries.findIndex(
      (e) => e.key.length === k.length && e.key.every((a, i) => Object.is(a, k[i])),
    );
    if (at >= 0) {
      const [hit] = entries.splice(at, 1);
      if (hit) {
        entries.push(hit);
        return hit.result;
      }
    }
    const result = fn(...args);
    entries.push({ key: k, result });
    if (entries.length > size) entries.shift();
    return result;
  };
}
