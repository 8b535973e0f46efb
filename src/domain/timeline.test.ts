import { describe, expect, it } from 'vitest';
import { mission } from '../test/fixtures';
import { barStyle, groupIntoLanes, timelineRows, yearExtent } from './timeline';

describe('timeline rows', () => {
  const missions = [
    mission('b', ['x', 'y'], { start: 2010, end: null, status: 'active' }),
    mission('a', ['x', 'y'], { start: 1990, end: 1999, status: 'completed' }),
    mission('c', ['x', 'y'], { start: 2030, end: null, status: 'planned' }),
    mission('d', ['x', 'y'], { start: 1996, end: 1996, status: 'failed' }),
  ];

  it('orders bars by start year and runs active missions to the current year', () => {
    const rows = timelineRows(missions, 2026);
    expect(rows.map((r) => [r.id, r.start, r.end, r.style])).toEqual([
      ['a', 1990, 1999, 'finished'],
      ['d', 1996, 1996, 'ended-early'],
      ['b', 2010, 2026, 'ongoing'],
      ['c', 2030, 2030, 'planned'],
    ]);
  });

  it('styles cancelled missions like failed ones', () => {
    expect(barStyle(mission('z', [], { status: 'cancelled' }))).toBe('ended-early');
  });

  it('spans every bar and the current year', () => {
    expect(yearExtent(timelineRows(missions, 2026), 2026)).toEqual([1990, 2031]);
    expect(yearExtent([], 2026)).toEqual([2016, 2027]);
  });
});

describe('timeline lanes', () => {
  it('groups rows by type or destination, lanes in order of their first mission', () => {
    const ms = [
      mission('s', ['x', 'y'], { start: 1998, type: 'station', destination: 'Low Earth orbit' }),
      mission('t', ['x', 'y'], { start: 1990, type: 'telescope', destination: 'Low Earth orbit' }),
      mission('u', ['x', 'y'], { start: 2021, type: 'telescope', destination: 'Sun–Earth L2' }),
    ];
    const rows = timelineRows(ms, 2026);
    expect(groupIntoLanes(rows, 'type').map((l) => [l.key, l.rows.map((r) => r.id)])).toEqual([
      ['telescope', ['t', 'u']],
      ['station', ['s']],
    ]);
    expect(groupIntoLanes(rows, 'destination').map((l) => l.key)).toEqual([
      'Low Earth orbit',
      'Sun–Earth L2',
    ]);
  });
});
