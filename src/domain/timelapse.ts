import type { Mission } from '../data/schema';
import { effectiveEnd } from './filters';

export const LAPSE_MODES = ['cumulative', 'active'] as const;
/** cumulative: every partnership formed up to the year; active: only missions running in that year. */
export type LapseMode = (typeof LAPSE_MODES)[number];

/** Playback speeds, as milliseconds per year. */
export const SPEEDS = [
  { label: '0.5×', ms: 1600 },
  { label: '1×', ms: 800 },
  { label: '2×', ms: 400 },
  { label: '4×', ms: 200 },
] as const;

/** The missions the time-lapse shows at a year. */
export function missionsAtYear(
  missions: readonly Mission[],
  year: number,
  mode: LapseMode,
  currentYear: number,
): Mission[] {
  return missions.filter((m) => shownAtYear(m, year, mode, currentYear));
}

/** Whether the time-lapse shows a mission at a year. */
export const shownAtYear = (m: Mission, year: number, mode: LapseMode, currentYear: number): boolean =>
  mode === 'cumulative' ? m.start <= year : m.start <= year && effectiveEnd(m, currentYear) >= year;

/** The years a time-lapse runs through: from the first mission's start to the last start (or now). */
export function lapseRange(missions: readonly Mission[], currentYear: number): [number, number] {
  if (missions.length === 0) return [currentYear, currentYear];
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < missions.length; i++) {
    const start = (missions[i] as Mission).start;
    if (start < first) first = start;
    if (start > last) last = start;
  }
  return [first, Math.max(last, Math.min(currentYear, last + 10))];
}

/**
 * One step of the headless time-lapse controller: the next year to show, or null when playback should stop
 * (past the end). Starting from no year begins at the first.
 */
export function stepYear(
  year: number | null,
  [first, last]: readonly [number, number],
  delta = 1,
): number | null {
  if (year === null) return delta > 0 ? first : last;
  const next = year + delta;
  if (next > last || next < first) return null;
  return next;
}

/** Clamps a year into the range, for the slider and for links with an out-of-range `year`. */
export function clampYear(year: number, [first, last]: readonly [number, number]): number {
  return Math.min(last, Math.max(first, year));
}
