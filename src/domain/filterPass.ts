import type { Dataset, Mission } from '../data/schema';
import { decadesOf, type FacetCounts } from './facets';
import { overlapsYears, textMatcher, type Filters } from './filters';
import { shownAtYear, type LapseMode } from './timelapse';

export interface FilterPass {
  /** The missions that pass every filter, in dataset order. */
  missions: Mission[];
  /** For each facet, what each value would show under all the other filters. */
  facets: FacetCounts;
}

// One bit per filter a mission can fail. A mission that fails nothing is shown and counts in every facet; one
// that fails exactly one facet's own filter still counts in that facet (choosing another value would show
// it); one that fails two or more counts nowhere. So a single pass gives both the list and every count,
// instead of one pass per facet.
const AGENCY = 1;
const YEARS = 2;
const TYPE = 4;
const STATUS = 8;
const DESTINATION = 16;

interface MissionIndex {
  year: number;
  /** Each mission's distinct organizations. */
  orgs: string[][];
  /** The same, as positions in `orgIds`, for counting into an array rather than a map. */
  orgSlots: number[][];
  orgIds: string[];
  /** The decades each mission's span touches (running missions reach the current year). */
  decades: number[][];
}

// Built once per dataset (and current year), not once per filter change.
const indexes = new WeakMap<Dataset, MissionIndex>();

function indexOf(dataset: Dataset, year: number): MissionIndex {
  let index = indexes.get(dataset);
  if (!index || index.year !== year) {
    const orgs = dataset.missions.map((m) => [...new Set(m.partners.map((p) => p.org))]);
    const slot = new Map<string, number>();
    const orgSlots = orgs.map((ids) =>
      ids.map((id) => {
        let k = slot.get(id);
        if (k === undefined) slot.set(id, (k = slot.size));
        return k;
      }),
    );
    index = {
      year,
      orgs,
      orgSlots,
      orgIds: [...slot.keys()],
      decades: dataset.missions.map((m) => decadesOf(m, year)),
    };
    indexes.set(dataset, index);
  }
  return index;
}

/** Builds the dataset's filter index ahead of the first filtering (while a large dataset loads). */
export function prepareFilterIndex(dataset: Dataset, currentYear: number): void {
  indexOf(dataset, currentYear);
}

const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/**
 * The filtered missions and the facet counts, in one pass over the dataset. With a time-lapse year, the
 * missions it does not show are left out of every count too (like a search: not a facet of the panel).
 */
export function filterWithFacets(
  dataset: Dataset,
  filters: Filters,
  currentYear: number,
  lapse: { year: number; mode: LapseMode } | null = null,
): FilterPass {
  const { orgs, orgSlots, orgIds, decades } = indexOf(dataset, currentYear);
  const agencyCounts = new Int32Array(orgIds.length);
  const text = filters.q.trim() === '' ? null : textMatcher(dataset, filters.q);
  const { agencies, match, from, to, type, status, destination } = filters;
  const facets: FacetCounts = {
    type: new Map(),
    status: new Map(),
    destination: new Map(),
    decade: new Map(),
    agency: new Map(),
  };
  const missions: Mission[] = [];
  const all = dataset.missions;
  for (let i = 0; i < all.length; i++) {
    const m = all[i] as Mission;
    const own = orgs[i] ?? [];
    let fail = 0;
    if (agencies.length > 0) {
      const ok =
        match === 'all' ? agencies.every((a) => own.includes(a)) : agencies.some((a) => own.includes(a));
      if (!ok) fail |= AGENCY;
    }
    if ((from !== null || to !== null) && !overlapsYears(m, from, to, currentYear)) fail |= YEARS;
    if (type !== null && m.type !== type) fail |= TYPE;
    if (status !== null && m.status !== status) fail |= STATUS;
    if (destination !== null && m.destination !== destination) fail |= DESTINATION;
    if (fail & (fail - 1)) continue; // two or more: counts nowhere
    if (text && !text(m)) continue; // the search is not a facet: failing it hides the mission everywhere
    if (lapse && !shownAtYear(m, lapse.year, lapse.mode, currentYear)) continue;
    if (fail === 0) missions.push(m);
    if (fail === 0 || fail === TYPE) bump(facets.type, m.type);
    if (fail === 0 || fail === STATUS) bump(facets.status, m.status);
    if (fail === 0 || fail === DESTINATION) bump(facets.destination, m.destination);
    // Indexed loops, here and in the other per-change passes over every mission: until a function is
    // optimized (these run a few times per filter change), for…of makes an iterator result per item.
    if (fail === 0 || fail === YEARS) {
      const ds = decades[i] ?? [];
      for (let k = 0; k < ds.length; k++) bump(facets.decade, ds[k] as number);
    }
    if (fail === 0 || fail === AGENCY) {
      const slots = orgSlots[i] ?? [];
      for (let k = 0; k < slots.length; k++) {
        const slot = slots[k] as number;
        agencyCounts[slot] = (agencyCounts[slot] ?? 0) + 1;
      }
    }
  }
  agencyCounts.forEach((n, k) => {
    if (n > 0) facets.agency.set(orgIds[k] ?? '', n);
  });
  return { missions, facets };
}
