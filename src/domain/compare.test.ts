import { describe, expect, it } from 'vitest';
import { mission, smallDataset } from '../test/fixtures';
import { agencyProfile, compareAgencies } from './compare';

describe('compareAgencies', () => {
  it('finds what two agencies built together, their first and latest collaboration', () => {
    const c = compareAgencies(smallDataset().missions, 'esa', 'jaxa');
    expect(c.shared.map((m) => m.id)).toEqual(['iss', 'bepicolombo']);
    expect(c.first?.id).toBe('iss');
    expect(c.latest?.id).toBe('bepicolombo');
  });

  it('counts shared missions by decade, with empty decades in between', () => {
    const missions = [
      mission('a', ['x', 'y'], { start: 1975 }),
      mission('b', ['x', 'y'], { start: 1999 }),
      mission('c', ['x', 'y'], { start: 1995 }),
      mission('d', ['x', 'z'], { start: 1985 }),
    ];
    expect(compareAgencies(missions, 'y', 'x').byDecade).toEqual([
      { decade: 1970, count: 1 },
      { decade: 1980, count: 0 },
      { decade: 1990, count: 2 },
    ]);
  });

  it('is empty for two agencies that never worked together', () => {
    const c = compareAgencies(smallDataset().missions, 'cnes', 'nasa');
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
