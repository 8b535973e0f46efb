import { describe, expect, it } from 'vitest';
import { mission, smallDataset } from '../test/fixtures';
import { agencyProfile, compareAgencies } from './compare';

describe('compareAgencies', () => {
  it('finds what two agencies built together, their first and latest collaboration', () => {
    const c = compareAgencies(smallDataset().missions, 'esa', 'jaxa', 2026);
    expect(c.shared.map((m) => m.id)).toEqual(['iss', 'bepicolombo']);
    expect(c.first?.id).toBe('iss');
    expect(c.latest?.id).toBe('bepicolombo');
  });

  it('counts shared missions by decade, with empty decades in between', () => {
    const missions = [
      mission('a', ['x', 'y'], { start: 1975, end: 1977 }),
      mission('b', ['x', 'y'], { start: 1999, end: 1999 }),
      mission('c', ['x', 'y'], { start: 1995, end: 1996 }),
      mission('d', ['x', 'z'], { start: 1985, end: 1985 }),
    ];
    expect(compareAgencies(missions, 'y', 'x', 2026).byDecade).toEqual([
      { decade: 1970, count: 1 },
      { decade: 1980, count: 0 },
      { decade: 1990, count: 2 },
    ]);
  });

  it('counts a mission in every decade it runs through, a running one up to this year', () => {
    const missions = [
      mission('argos', ['x', 'y'], { start: 1978, end: null, status: 'active' }),
      mission('short', ['x', 'y'], { start: 1979, end: 1988 }),
    ];
    expect(compareAgencies(missions, 'x', 'y', 2026).byDecade).toEqual([
      { decade: 1970, count: 2 },
      { decade: 1980, count: 2 },
      { decade: 1990, count: 1 },
      { decade: 2000, count: 1 },
      { decade: 2010, count: 1 },
      { decade: 2020, count: 1 },
    ]);
  });

  it('is empty for two agencies that never worked together', () => {
    const c = compareAgencies(smallDataset().missions, 'cnes', 'nasa', 2026);
    expect(c).toMatchObject({ shared: [], first: null, latest: null, byDecade: [] });
  });
});

describe('agencyProfile', () => {
  it('lists an agency’s missions, partners by shared missions, first and latest', () => {
    const p = agencyProfile(smallDataset().missions, 'jaxa');
    expect(p.missions.map((m) => m.id)).toEqual(['iss', 'bepicolombo', 'lupex']);
    expect(p.partners).toEqual([
      { id: 'esa', count: 2 },
      { id: 'isro', count: 1 },
      { id: 'nasa', count: 1 },
    ]);
    expect([p.first?.id, p.latest?.id]).toEqual(['iss', 'lupex']);
  });
});
