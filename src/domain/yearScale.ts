import { MAX_YEAR, MIN_YEAR } from '../data/vocabulary';

/**
 * Turns a brushed pixel range into whole years through an inverse scale: the start rounds to the nearest
 * year boundary, the end to the last year whose band it covers, and both stay in the allowed range.
 */
export function brushToYears(
  invert: (px: number) => number,
  [x0, x1]: readonly [number, number],
  bounds: readonly [number, number] = [MIN_YEAR, MAX_YEAR],
): [number, number] {
  const clamp = (y: number) => Math.min(bounds[1], Math.max(bounds[0], y));
  const from = clamp(Math.round(invert(Math.min(x0, x1))));
  const to = clamp(Math.max(from, Math.round(invert(Math.max(x0, x1))) - 1));
  return [from, to];
}

/** The pixel range of a year range: from the start of `from` to the end of `to`. */
export function yearsToBrush(scale: (year: number) => number, from: number, to: number): [number, number] {
  return [scale(from), scale(to + 1)];
}
