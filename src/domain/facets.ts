import type { Dataset, Mission } from '../data/schema';
import type { Destination, MissionStatus, MissionType } from '../data/vocabulary';
import { filterMissions, type Filters } from './filters';

export type FacetKey = 'type' | 'status' | 'destination' | 'decade' | 'agency';

export interface FacetCounts {
  type: Map<MissionType, number>;
  status: Map<MissionStatus, number>;
  destination: Map<Destination, number>;
  decade: Map<number, number>;
  agency: Map<string, number>;
}

/** The decade a year falls in, as its first year: 1997 → 1990. */
export const decadeOf = (year: number): number => Math.floor(year / 10) * 10;

/** The decades a mission's span touches, so a station running 1998–2030 counts in four decades. */
export function decadesOf(m: Mission, currentYear: number): number[] {
  const end = m.end ?? (m.status === 'active' ? Math.max(currentYear, m.start) : m.start);
  const out: number[] = [];
  for (let d = decadeOf(m.start); d <= decadeOf(end); d += 10) out.push(d);
  return out;
}

/** The filters with one facet's own constraint removed: a facet counts what choosing each value would give. */
function without(filters: Filters, key: FacetKey): Filters {
  switch (key) {
    case 'type':
      return { ...filters, type: null };
    case 'status':
      return { ...filters, status: null };
    case 'destination':
      return { ...filters, destination: null };
    case 'decade':
      return { ...filters, from: null, to: null };
    case 'agency':
      return { ...filters, agencies: [] };
  }
}

function count<K>(missions: readonly Mission[], keys: (m: Mission) => K[]): Map<K, number> {
  const out = new Map<K, number>();
  for (const m of missions) for (const k of keys(m)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/**
 * Counts for every facet value, each under all the other active filters (the usual faceted-search rule), so
 * the numbers say how many missions a click would show. This is the definition, one filtering per facet;
 * the app computes the same counts in a single pass (`filterWithFacets`), tested against this.
 */
export function facetCounts(dataset: Dataset, filters: Filters, currentYear: number): FacetCounts {
  const under = (key: FacetKey) => filterMissions(dataset, without(filters, key), currentYear);
  return {
    type: count(under('type'), (m) => [m.type]),
    status: count(under('status'), (m) => [m.status]),
    destination: count(under('destination'), (m) => [m.destination]),
    decade: count(under('decade'), (m) => decadesOf(m, currentYear)),
    agency: count(under('agency'), (m) => [...new Set(m.partners.map((p) => p.org))]),
  };
}

/** The decade a year range covers exactly, if it does: from=1990&to=1999 is the 1990s. */
export function decadeOfRange(from: number | null, to: number | null): number | null {
  return from !== null && to === from + 9 && from % 10 === 0 ? from : null;
}
