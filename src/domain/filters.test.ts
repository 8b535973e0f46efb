import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures';
import {
  DEFAULT_FILTERS,
  filterMissions,
  hasActiveFilters,
  setYearRange,
  toggleAgency,
  type Filters,
} from './filters';

const ids = (f: Partial<Filters>) =>
  filterMissions(smallDataset(), { ...DEFAULT_FILTERS, ...f }, 2026).map((m) => m.id);

describe('filterMissions', () => {
  it('shows everything by default', () => {
    expect(ids({})).toHaveLength(6);
  });

  it('matches any of the chosen agencies', () => {
    expect(ids({ agencies: ['jaxa'] })).toEqual(['bepicolombo', 'iss', 'lupex']);
    expect(ids({ agencies: ['jaxa', 'cnes'] })).toEqual(['bepicolombo', 'iss', 'saral', 'lupex']);
  });

  it('matches all of the chosen agencies: what have ESA and JAXA built together?', () => {
    expect(ids({ agencies: ['esa', 'jaxa'], match: 'all' })).toEqual(['bepicolombo', 'iss']);
  });

  it('keeps missions whose span overlaps the year window, counting active ones up to now', () => {
    expect(ids({ from: 2024, to: 2026 })).toEqual(['hubble', 'soho', 'bepicolombo', 'iss']);
    expect(ids({ to: 1994 })).toEqual(['hubble']);
    expect(ids({ from: 2027 })).toEqual(['lupex']);
  });

  it('searches names, summaries, partner names and contributions, ignoring case and accents', () => {
    expect(ids({ q: 'OPTICAL' })).toEqual(['hubble']);
    expect(ids({ q: 'cnes part' })).toEqual(['saral']);
    expect(ids({ q: 'Mércury' })).toEqual(['bepicolombo']);
    expect(ids({ q: 'nothing-like-this' })).toEqual([]);
  });

  it('filters by type, status and destination', () => {
    expect(ids({ type: 'station' })).toEqual(['iss']);
    expect(ids({ status: 'planned' })).toEqual(['lupex']);
    expect(ids({ destination: 'Low Earth orbit' })).toEqual(['iss', 'saral']);
  });
});

describe('filter transitions', () => {
  it('toggles an agency on and off without touching the rest', () => {
    const on = toggleAgency({ ...DEFAULT_FILTERS, q: 'x' }, 'esa');
    expect(on.agencies).toEqual(['esa']);
    expect(on.q).toBe('x');
    expect(toggleAgency(on, 'esa').agencies).toEqual([]);
  });

  it('orders a reversed year range', () => {
    expect(setYearRange(DEFAULT_FILTERS, 2010, 2000)).toMatchObject({ from: 2000, to: 2010 });
  });

  it('knows when something can be reset', () => {
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, from: 2000 })).toBe(true);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, q: '  ' })).toBe(false);
  });
});
