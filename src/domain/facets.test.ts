import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import { decadeOfRange, decadesOf, facetCounts } from './facets';
import { DEFAULT_FILTERS } from './filters';

describe('facet counts', () => {
  const d = smallDataset();

  it('count every value over the whole dataset when nothing is filtered', () => {
    const f = facetCounts(d, DEFAULT_FILTERS, 2026);
    expect(Object.fromEntries(f.status)).toEqual({ active: 4, completed: 1, planned: 1 });
    expect(f.agency.get('esa')).toBe(4);
    expect(Object.fromEntries(f.decade)).toEqual({ 1990: 3, 2000: 3, 2010: 5, 2020: 6 });
  });

  it('update as other filters change, but ignore the facet’s own choice', () => {
    const f = facetCounts(d, { ...DEFAULT_FILTERS, agencies: ['isro'], status: 'planned' }, 2026);
    // Status counts are under the agency filter only: ISRO has one completed and one planned mission.
    expect(Object.fromEntries(f.status)).toEqual({ completed: 1, planned: 1 });
    // Agency counts are under the status filter only: the one planned mission is JAXA's and ISRO's.
    expect(Object.fromEntries(f.agency)).toEqual({ jaxa: 1, isro: 1 });
    expect(Object.fromEntries(f.type)).toEqual({ lunar: 1 });
  });
});

describe('decades', () => {
  it('lists every decade a mission spans, running ones up to now', () => {
    const [hubble] = smallDataset().missions;
    expect(decadesOf(hubble!, 2026)).toEqual([1990, 2000, 2010, 2020]);
  });

  it('recognises a year range that is exactly one decade', () => {
    expect(decadeOfRange(1990, 1999)).toBe(1990);
    expect(decadeOfRange(1990, 2000)).toBeNull();
    expect(decadeOfRange(null, 1999)).toBeNull();
  });
});
