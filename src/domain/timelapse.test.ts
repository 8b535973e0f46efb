import { describe, expect, it } from 'vitest';
import { mission } from '../test/fixtures';
import { clampYear, lapseRange, missionsAtYear, stepYear } from './timelapse';

const missions = [
  mission('a', ['x', 'y'], { start: 1990, end: 1995, status: 'completed' }),
  mission('b', ['x', 'y'], { start: 2000, end: null, status: 'active' }),
  mission('c', ['x', 'y'], { start: 2030, end: null, status: 'planned' }),
];

describe('time-lapse', () => {
  it('cumulative mode shows every mission started by the year', () => {
    expect(missionsAtYear(missions, 1999, 'cumulative', 2026).map((m) => m.id)).toEqual(['a']);
    expect(missionsAtYear(missions, 2026, 'cumulative', 2026).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('active mode shows only missions running that year, active ones up to now', () => {
    expect(missionsAtYear(missions, 1999, 'active', 2026).map((m) => m.id)).toEqual([]);
    expect(missionsAtYear(missions, 1993, 'active', 2026).map((m) => m.id)).toEqual(['a']);
    expect(missionsAtYear(missions, 2026, 'active', 2026).map((m) => m.id)).toEqual(['b']);
  });

  it('runs from the first start to the last start', () => {
    expect(lapseRange(missions, 2026)).toEqual([1990, 2030]);
    expect(lapseRange([], 2026)).toEqual([2026, 2026]);
  });

  it('steps a year at a time and stops at the ends', () => {
    expect(stepYear(null, [1990, 2030])).toBe(1990);
    expect(stepYear(1990, [1990, 2030])).toBe(1991);
    expect(stepYear(2030, [1990, 2030])).toBeNull();
    expect(stepYear(1990, [1990, 2030], -1)).toBeNull();
    expect(stepYear(null, [1990, 2030], -1)).toBe(2030);
  });

  it('clamps a year into the range', () => {
    expect(clampYear(1800, [1990, 2030])).toBe(1990);
    expect(clampYear(2040, [1990, 2030])).toBe(2030);
  });
});
