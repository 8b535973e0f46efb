import type { Mission } from '../data/schema';
import { decadesOf } from './facets';

export interface Comparison {
  a: string;
  b: string;
  /** Missions both take part in, oldest first. */
  shared: Mission[];
  first: Mission | null;
  latest: Mission | null;
  /**
   * Shared missions under way in each decade (a station from 1998 to 2030 counts in four, as in the
   * Filters' decades), every decade from the first to the last present.
   */
  byDecade: { decade: number; count: number }[];
}

const has = (m: Mission, org: string) => m.partners.some((p) => p.org === org);

/**
 * What two organizations have built together, and how their partnership grew. `currentYear` is where
 * missions still running end, for the decades.
 */
export function compareAgencies(
  missions: readonly Mission[],
  a: string,
  b: string,
  currentYear: number,
): Comparison {
  const shared = missions
    .filter((m) => has(m, a) && has(m, b))
    .sort((x, y) => x.start - y.start || x.name.localeCompare(y.name));
  const counts = new Map<number, number>();
  for (const m of shared) for (const d of decadesOf(m, currentYear)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const byDecade: Comparison['byDecade'] = [];
  const decades = [...counts.keys()];
  if (decades.length) {
    for (let d = Math.min(...decades); d <= Math.max(...decades); d += 10)
      byDecade.push({ decade: d, count: counts.get(d) ?? 0 });
  }
  return {
    a,
    b,
    shared,
    first: shared[0] ?? null,
    latest: shared.length ? shared.reduce((l, m) => (m.start >= l.start ? m : l)) : null,
    byDecade,
  };
}

export interface AgencyProfile {
  id: string;
  missions: Mission[];
  /** Partners by number of shared missions, most first. */
  partners: { id: string; count: number }[];
  first: Mission | null;
  latest: Mission | null;
}

/** An organization's missions, its partners with counts, and its first and latest collaboration. */
export function agencyProfile(missions: readonly Mission[], id: string): AgencyProfile {
  const own = missions
    .filter((m) => has(m, id))
    .sort((x, y) => x.start - y.start || x.name.localeCompare(y.name));
  const counts = new Map<string, number>();
  for (const m of own)
    for (const org of new Set(m.partners.map((p) => p.org)))
      if (org !== id) counts.set(org, (counts.get(org) ?? 0) + 1);
  return {
    id,
    missions: own,
    partners: [...counts.entries()]
      .map(([pid, count]) => ({ id: pid, count }))
      .sort((x, y) => y.count - x.count || x.id.localeCompare(y.id)),
    first: own[0] ?? null,
    latest: own.length ? own.reduce((l, m) => (m.start >= l.start ? m : l)) : null,
  };
}
