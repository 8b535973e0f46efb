import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { smallDataset } from '../test/fixtures';
import { facetCounts } from './facets';
import { filterWithFacets } from './filterPass';
import { DEFAULT_FILTERS, filterMissions, type Filters } from './filters';
import { missionsAtYear } from './timelapse';

const real = JSON.parse(readFileSync('public/data/default.json', 'utf8')) as Dataset;

/** A small deterministic generator, so a failure names the filters that caused it. */
function* randomFilters(d: Dataset, count: number): Generator<Filters> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]): T | null =>
    next() < 0.5 ? null : (xs[Math.floor(next() * xs.length)] ?? null);
  const words = ['', '', 'esa', 'mars', 'telescope', 'x', 'station japan'];
  for (let i = 0; i < count; i++) {
    const from = next() < 0.4 ? 1960 + Math.floor(next() * 70) : null;
    const agencies = d.organizations.filter(() => next() < 0.03).map((o) => o.id);
    yield {
      ...DEFAULT_FILTERS,
      agencies,
      match: next() < 0.5 ? 'any' : 'all',
      from,
      to: next() < 0.4 ? (from ?? 1960) + Math.floor(next() * 30) : null,
      type: pick([...new Set(d.missions.map((m) => m.type))]),
      status: pick([...new Set(d.missions.map((m) => m.status))]),
      destination: pick([...new Set(d.missions.map((m) => m.destination))]),
      q: words[Math.floor(next() * words.length)] ?? '',
    };
  }
}

describe('one-pass filtering with facet counts', () => {
  for (const [name, d] of [
    ['the test fixture', smallDataset()],
    ['the default dataset', real],
  ] as const) {
    it(`agrees with filtering once per facet, on ${name}`, () => {
      let nonEmpty = 0;
      for (const f of randomFilters(d, 150)) {
        const pass = filterWithFacets(d, f, 2026);
        expect(pass.missions).toEqual(filterMissions(d, f, 2026));
        expect(pass.facets).toEqual(facetCounts(d, f, 2026));
        if (pass.missions.length > 0) nonEmpty++;
      }
      // The random filters must exercise both outcomes, or the comparison proves little.
      expect(nonEmpty).toBeGreaterThan(10);
    });
  }

  it('counts only what the time-lapse shows at its year, as if its missions were the dataset', () => {
    for (const mode of ['cumulative', 'active'] as const)
      for (const year of [1975, 2000, 2020]) {
        const shown = missionsAtYear(real.missions, year, mode, 2026);
        const narrowed: Dataset = { ...real, missions: shown };
        for (const f of randomFilters(real, 40)) {
          const pass = filterWithFacets(real, f, 2026, { year, mode });
          expect(pass.missions).toEqual(filterMissions(narrowed, f, 2026));
          expect(pass.facets).toEqual(facetCounts(narrowed, f, 2026));
        }
      }
    // The year does narrow the counts: NASA's missions up to 1975 are fewer than all of NASA's.
    const at1975 = filterWithFacets(real, DEFAULT_FILTERS, 2026, { year: 1975, mode: 'cumulative' });
    const all = filterWithFacets(real, DEFAULT_FILTERS, 2026);
    expect(at1975.facets.agency.get('nasa')).toBeLessThan(all.facets.agency.get('nasa') ?? 0);
  });
});
