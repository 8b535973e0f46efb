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

/** One facet's values as small integers: counting a filter change's missions into an array, not a map. */
interface Slots<K> {
  /** Each mission's value, as a position in `keys`. */
  of: Int32Array;
  keys: K[];
}

interface MissionIndex {
  year: number;
  /** Each mission's distinct organizations. */
  orgs: string[][];
  /** The same, as positions in `orgIds`, for counting into an array rather than a map. */
  orgSlots: number[][];
  orgIds: string[];
  /** The decades each mission's span touches (running missions reach the current year), as positions. */
  decadeSlots: number[][];
  decadeKeys: number[];
  type: Slots<Mission['type']>;
  status: Slots<Mission['status']>;
  destination: Slots<Mission['destination']>;
}

/** Gives each distinct value a position, in order of first appearance. */
function slotter<K>(): { slot(key: K): number; keys: K[] } {
  const at = new Map<K, number>();
  const keys: K[] = [];
  return {
    keys,
    slot(key) {
      let k = at.get(key);
      if (k === undefined) {
        at.set(key, (k = keys.length));
        keys.push(key);
      }
      return k;
    },
  };
}

function slotsOf<K>(missions: readonly Mission[], value: (m: Mission) => K): Slots<K> {
  const s = slotter<K>();
  return { of: Int32Array.from(missions, (m) => s.slot(value(m))), keys: s.keys };
}

// Built once per dataset (and current year), not once per filter change.
const indexes = new WeakMap<Dataset, MissionIndex>();

function indexOf(dataset: Dataset, year: number): MissionIndex {
  let index = indexes.get(dataset);
  if (!index || index.year !== year) {
    const { missions } = dataset;
    const orgs = missions.map((m) => [...new Set(m.partners.map((p) => p.org))]);
    const org = slotter<string>();
    const decade = slotter<number>();
    index = {
      year,
      orgs,
      orgSlots: orgs.map((ids) => ids.map(org.slot)),
      orgIds: org.keys,
      decadeSlots: missions.map((m) => decadesOf(m, year).map(decade.slot)),
      decadeKeys: decade.keys,
      type: slotsOf(missions, (m) => m.type),
      status: slotsOf(missions, (m) => m.status),
      destination: slotsOf(missions, (m) => m.destination),
    };
    indexes.set(dataset, index);
  }
  return index;
}

/** Builds the dataset's filter index ahead of the first filtering (while a large dataset loads). */
export function prepareFilterIndex(dataset: Dataset, currentYear: number): void {
  indexOf(dataset, currentYear);
}

const bump = (counts: Int32Array, slot: number) => {
  counts[slot] = (counts[slot] ?? 0) + 1;
};

/** The counts of one facet's values, from the array counted into: values counted zero times are left out. */
function countsOf<K>(counts: Int32Array, keys: readonly K[]): Map<K, number> {
  const out = new Map<K, number>();
  for (let k = 0; k < counts.length; k++)
    if ((counts[k] as number) > 0) out.set(keys[k] as K, counts[k] as number);
  return out;
}

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
  const index = indexOf(dataset, currentYear);
  const { orgs, orgSlots, decadeSlots } = index;
  const agencyCounts = new Int32Array(index.orgIds.length);
  const decadeCounts = new Int32Array(index.decadeKeys.length);
  const typeOf = index.type.of;
  const typeCounts = new Int32Array(index.type.keys.length);
  const statusOf = index.status.of;
  const statusCounts = new Int32Array(index.status.keys.length);
  const destinationOf = index.destination.of;
  const destinationCounts = new Int32Array(index.destination.keys.length);
  const text = filters.q.trim() === '' ? null : textMatcher(dataset, filters.q);
  const { agencies, match, from, to, type, status, destination } = filters;
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
    if (fail === 0 || fail === TYPE) bump(typeCounts, typeOf[i] as number);
    if (fail === 0 || fail === STATUS) bump(statusCounts, statusOf[i] as number);
    if (fail === 0 || fail === DESTINATION) bump(destinationCounts, destinationOf[i] as number);
    // Indexed loops, here and in the other per-change passes over every mission: until a function is
    // optimized (these run a few times per filter change), for…of makes an iterator result per item.
    if (fail === 0 || fail === YEARS) {
      const ds = decadeSlots[i] ?? [];
      for (let k = 0; k < ds.length; k++) bump(decadeCounts, ds[k] as number);
    }
    if (fail === 0 || fail === AGENCY) {
      const slots = orgSlots[i] ?? [];
      for (let k = 0; k < slots.length; k++) bump(agencyCounts, slots[k] as number);
    }
  }
  const facets: FacetCounts = {
    type: countsOf(typeCounts, index.type.keys),
    status: countsOf(statusCounts, index.status.keys),
    destination: countsOf(destinationCounts, index.destination.keys),
    decade: countsOf(decadeCounts, index.decadeKeys),
    agency: countsOf(agencyCounts, index.orgIds),
  };
  return { missions, facets };
}
