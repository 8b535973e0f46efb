import type { Dataset, Mission, Organization } from '../data/schema';
import { agencyProfile, compareAgencies, type AgencyProfile, type Comparison } from '../domain/compare';
import type { FacetCounts } from '../domain/facets';
import { filterWithFacets, type FilterPass } from '../domain/filterPass';
import { lapseRange, missionsAtYear, type LapseMode } from '../domain/timelapse';
import { memoizeLast, memoizeRecent } from '../domain/memo';
import { buildPartnershipGraph, type PartnershipGraph } from '../domain/partnerships';
import { timelineRows, type TimelineRow } from '../domain/timeline';
import type { AppState } from './store';

// Derived data lives here and only here: computed from source state, memoized on its inputs, never stored.

const EMPTY_MISSIONS: Mission[] = [];
const EMPTY_ORGS: Organization[] = [];

/** Every mission of the dataset (empty before one is loaded), as a stable array. */
export const selectAllMissions = (s: AppState): Mission[] => s.dataset?.missions ?? EMPTY_MISSIONS;

/**
 * How many recent filter states keep their derived data (filtered missions, graph, rows): going back to one
 * (a box unticked, letters deleted, the year range before) costs nothing and gives the views the same
 * objects as before. A few, since at 100,000 missions each takes a few megabytes.
 */
const RECENT = 6;

/** Filters with the same content give the same key, whatever the order agencies were ticked in. */
// The filter pass is asked for several times per store change (each view's selectors, every subscriber's
// check): the key is made once per filters object, which the store replaces whenever a filter changes.
const filterKeys = new WeakMap<AppState['filters'], string>();
const filtersKey = (filters: AppState['filters']): string => {
  let key = filterKeys.get(filters);
  if (key === undefined) {
    key = JSON.stringify({ ...filters, agencies: [...filters.agencies].sort() });
    filterKeys.set(filters, key);
  }
  return key;
};

/**
 * Filters that differ yet let the same missions through (a word typed one letter further, a year range that
 * gains no mission) give the same list as the pass before: the graph, rows and pictures derived from it are
 * then the same objects, and nothing downstream is computed or drawn again. (Facet counts may still differ.)
 */
let lastPass: { dataset: Dataset; pass: FilterPass } | null = null;
const sameList = (a: readonly Mission[], b: readonly Mission[]) =>
  a.length === b.length && a.every((m, i) => m === b[i]);

// Filtering and the facet counts come from one pass over the dataset, shared by both selectors.
const filterPass = memoizeRecent(
  (dataset: Dataset | null, filters: AppState['filters'], now: number) => {
    if (!dataset) return null;
    let pass = filterWithFacets(dataset, filters, now);
    const before = lastPass?.dataset === dataset ? lastPass.pass : null;
    if (before && sameList(before.missions, pass.missions)) pass = { ...pass, missions: before.missions };
    lastPass = { dataset, pass };
    return pass;
  },
  RECENT,
  (dataset, filters, now) => [dataset, filtersKey(filters), now],
);

const filtered = memoizeRecent(
  (pass: FilterPass | null, year: number | null, lapse: LapseMode, now: number) => {
    if (!pass) return EMPTY_MISSIONS;
    return year === null ? pass.missions : missionsAtYear(pass.missions, year, lapse, now);
  },
  RECENT,
);
/** Missions passing the filters (and the time-lapse year, when one is set): what the graph is drawn from. */
export const selectFilteredMissions = (s: AppState): Mission[] =>
  filtered(filterPass(s.dataset, s.filters, s.currentYear), s.year, s.lapse, s.currentYear);

let lastRange: [number, number] = [0, 0];
const range = memoizeLast((pass: FilterPass | null, now: number): [number, number] => {
  const next = lapseRange(pass?.missions ?? EMPTY_MISSIONS, now);
  // Most filter changes leave the years as they were: the same pair then lets the time-lapse bar skip
  // rendering (React rewrites its slider's and radios' `type` and `name` whenever it renders them).
  if (next[0] === lastRange[0] && next[1] === lastRange[1]) return lastRange;
  lastRange = next;
  return next;
});
/** The years the time-lapse runs through, for the current filters. */
export const selectLapseRange = (s: AppState): [number, number] =>
  range(filterPass(s.dataset, s.filters, s.currentYear), s.currentYear);

const focused = memoizeRecent(
  (missions: Mission[], agency: string | null) =>
    agency === null ? missions : missions.filter((m) => m.partners.some((p) => p.org === agency)),
  RECENT,
);
/** Filtered missions narrowed to the focused agency: what the table and timeline show. */
export const selectVisibleMissions = (s: AppState): Mission[] => focused(selectFilteredMissions(s), s.agency);

const fullGraph = memoizeLast((dataset: Dataset | null): PartnershipGraph =>
  buildPartnershipGraph(dataset?.missions ?? EMPTY_MISSIONS, dataset?.organizations ?? EMPTY_ORGS),
);
/** Every agency and partnership in the dataset: the graph that is laid out, of which filters show a part. */
export const selectFullGraph = (s: AppState): PartnershipGraph => fullGraph(s.dataset);

// When every mission passes (a filter switched off again), the graph is the whole one, already built: the
// same object, so the views that draw it see nothing new.
const graph = memoizeRecent(
  (missions: Mission[], orgs: Organization[], dataset: Dataset | null): PartnershipGraph =>
    dataset && missions.length === dataset.missions.length
      ? fullGraph(dataset)
      : buildPartnershipGraph(missions, orgs),
  RECENT,
);
export const selectPartnershipGraph = (s: AppState): PartnershipGraph =>
  graph(selectFilteredMissions(s), s.dataset?.organizations ?? EMPTY_ORGS, s.dataset);

// Where each mission sits in the dataset, once per dataset.
const positions = memoizeLast((missions: Mission[]) => new Map(missions.map((m, i) => [m, i])));
const visibleMask = memoizeRecent((all: Mission[], visible: Mission[]): Uint8Array => {
  const at = positions(all);
  const mask = new Uint8Array(all.length);
  for (let i = 0; i < visible.length; i++) mask[at.get(visible[i] as Mission) ?? 0] = 1;
  return mask;
}, RECENT);
/**
 * The visible missions as flags by dataset position: the table and the timeline keep their own order of
 * every mission and pick the visible ones out of it, one array lookup each.
 */
export const selectVisibleMask = (s: AppState): Uint8Array =>
  visibleMask(selectAllMissions(s), selectVisibleMissions(s));

// Every mission's bar, in timeline order, once per dataset: a filter change then only picks bars out of it
// instead of building and sorting (by name, with the locale's rules) thousands of rows again.
const allRows = memoizeLast((missions: Mission[], year: number) => {
  const at = positions(missions);
  const byId = missionIndex(missions);
  const rows = timelineRows(missions, year);
  const rowPositions = Int32Array.from(rows, (r) => {
    const m = byId.get(r.id);
    return m ? (at.get(m) ?? -1) : -1;
  });
  return { rows, positions: rowPositions };
});
const rows = memoizeRecent(
  (all: ReturnType<typeof allRows>, missions: Mission[], mask: Uint8Array): TimelineRow[] => {
    if (all.rows.length === missions.length) return all.rows;
    const out: TimelineRow[] = [];
    all.positions.forEach((p, i) => {
      const row = all.rows[i];
      if (mask[p] && row) out.push(row);
    });
    return out;
  },
  RECENT,
);
export const selectTimelineRows = (s: AppState): TimelineRow[] =>
  rows(allRows(selectAllMissions(s), s.currentYear), selectVisibleMissions(s), selectVisibleMask(s));

const orgIndex = memoizeLast((orgs: Organization[]) => new Map(orgs.map((o) => [o.id, o])));
export const selectOrgById = (s: AppState): Map<string, Organization> =>
  orgIndex(s.dataset?.organizations ?? EMPTY_ORGS);

const missionIndex = memoizeLast((missions: Mission[]) => new Map(missions.map((m) => [m.id, m])));
export const selectMissionById = (s: AppState): Map<string, Mission> =>
  missionIndex(s.dataset?.missions ?? EMPTY_MISSIONS);

export const selectSelectedMission = (s: AppState): Mission | null =>
  s.mission === null ? null : (selectMissionById(s).get(s.mission) ?? null);

/** Mission counts per organization over the whole dataset, for the agency picker. */
const orgTotals = memoizeLast((missions: Mission[]) => {
  const counts = new Map<string, number>();
  for (const m of missions) for (const p of m.partners) counts.set(p.org, (counts.get(p.org) ?? 0) + 1);
  return counts;
});
export const selectOrgMissionTotals = (s: AppState): Map<string, number> =>
  orgTotals(s.dataset?.missions ?? EMPTY_MISSIONS);

const yearBounds = memoizeLast((missions: Mission[], year: number): [number, number] => {
  let min = year;
  let max = year;
  for (const m of missions) {
    min = Math.min(min, m.start);
    max = Math.max(max, m.end ?? m.start);
  }
  return [min, max];
});
/** The first and last year of the whole dataset, the bounds of the year filter. */
export const selectDatasetYears = (s: AppState): [number, number] =>
  yearBounds(s.dataset?.missions ?? EMPTY_MISSIONS, s.currentYear);

// A second pass, only while the time-lapse holds a year: the first one's missions are also what the
// time-lapse runs through, so they must not depend on its year.
const facetsAtYear = memoizeRecent(
  (dataset: Dataset | null, filters: AppState['filters'], now: number, year: number, mode: LapseMode) =>
    dataset ? filterWithFacets(dataset, filters, now, { year, mode }).facets : null,
  RECENT,
);
/** How many missions each facet value would show under the other active filters (and time-lapse year). */
export const selectFacetCounts = (s: AppState): FacetCounts | null =>
  s.year === null
    ? (filterPass(s.dataset, s.filters, s.currentYear)?.facets ?? null)
    : facetsAtYear(s.dataset, s.filters, s.currentYear, s.year, s.lapse);

const comparison = memoizeLast(
  (missions: Mission[], pair: [string, string] | null, now: number): Comparison | null =>
    pair ? compareAgencies(missions, pair[0], pair[1], now) : null,
);
/** The compared pair over the filtered missions, so the filters narrow the comparison too. */
export const selectComparison = (s: AppState): Comparison | null =>
  comparison(selectFilteredMissions(s), s.compare, s.currentYear);

const profile = memoizeLast((missions: Mission[], id: string | null): AgencyProfile | null =>
  id ? agencyProfile(missions, id) : null,
);
export const selectFocusedProfile = (s: AppState): AgencyProfile | null =>
  profile(selectFilteredMissions(s), s.agency);
