import type { Dataset, Mission } from '../data/schema';
import type { Destination, MissionStatus, MissionType } from '../data/vocabulary';

export type MatchMode = 'any' | 'all';

/** What the user has asked to see. Every field has a neutral default so the URL holds only differences. */
export interface Filters {
  agencies: string[];
  match: MatchMode;
  from: number | null;
  to: number | null;
  type: MissionType | null;
  status: MissionStatus | null;
  destination: Destination | null;
  q: string;
}

export const DEFAULT_FILTERS: Filters = {
  agencies: [],
  match: 'any',
  from: null,
  to: null,
  type: null,
  status: null,
  destination: null,
  q: '',
};

/** The year a mission's bar reaches: its end, or this year while it is still running or not yet flown. */
export function effectiveEnd(mission: Mission, currentYear: number): number {
  if (mission.end !== null) return mission.end;
  return Math.max(mission.start, mission.status === 'active' ? currentYear : mission.start);
}

/** True when the mission's span [start, end] overlaps the [from, to] window. */
export function overlapsYears(
  mission: Mission,
  from: number | null,
  to: number | null,
  currentYear: number,
): boolean {
  if (from !== null && effectiveEnd(mission, currentYear) < from) return false;
  if (to !== null && mission.start > to) return false;
  return true;
}

function normalizeText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

// Normalized search text per mission, built once per dataset: normalizing accents on every keystroke for
// every mission (and again for each facet count) was the largest cost of a search. A large dataset's index
// is built in slices while it loads (extendSearchIndex); a search completes whatever is missing.
const haystacks = new WeakMap<Dataset, { index: Map<Mission, string>; built: number }>();

/** Adds the search text of missions [from, to) to the dataset's index. */
export function extendSearchIndex(dataset: Dataset, from: number, to: number): void {
  let entry = haystacks.get(dataset);
  if (!entry) haystacks.set(dataset, (entry = { index: new Map(), built: 0 }));
  if (from !== entry.built) return; // slices come in order; anything else is already there or out of turn
  const orgNames = new Map(dataset.organizations.map((o) => [o.id, `${o.name} ${o.fullName}`]));
  for (const m of dataset.missions.slice(from, to)) {
    const text = [
      m.name,
      m.id,
      m.summary,
      m.destination,
      ...m.partners.map((p) => `${orgNames.get(p.org) ?? p.org} ${p.contribution}`),
    ].join(' ');
    entry.index.set(m, normalizeText(text));
  }
  entry.built = Math.max(entry.built, Math.min(to, dataset.missions.length));
}

function haystacksOf(dataset: Dataset): Map<Mission, string> {
  const built = haystacks.get(dataset)?.built ?? 0;
  if (built < dataset.missions.length) extendSearchIndex(dataset, built, dataset.missions.length);
  return haystacks.get(dataset)?.index ?? new Map();
}

/** Builds a predicate for the free-text search over names, summary, partners and contributions. */
export function textMatcher(dataset: Dataset, q: string): (m: Mission) => boolean {
  const terms = normalizeText(q).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return () => true;
  const index = haystacksOf(dataset);
  return (m) => {
    const haystack = index.get(m) ?? '';
    return terms.every((t) => haystack.includes(t));
  };
}

export function matchesAgencies(mission: Mission, agencies: readonly string[], match: MatchMode): boolean {
  if (agencies.length === 0) return true;
  const orgs = new Set(mission.partners.map((p) => p.org));
  return match === 'all' ? agencies.every((a) => orgs.has(a)) : agencies.some((a) => orgs.has(a));
}

/** The missions that pass every active filter, in dataset order. */
export function filterMissions(dataset: Dataset, filters: Filters, currentYear: number): Mission[] {
  const text = textMatcher(dataset, filters.q);
  return dataset.missions.filter(
    (m) =>
      matchesAgencies(m, filters.agencies, filters.match) &&
      overlapsYears(m, filters.from, filters.to, currentYear) &&
      (filters.type === null || m.type === filters.type) &&
      (filters.status === null || m.status === filters.status) &&
      (filters.destination === null || m.destination === filters.destination) &&
      text(m),
  );
}

/** True when the filters differ from the defaults, i.e. something can be reset. */
export function hasActiveFilters(filters: Filters): boolean {
  return (
    filters.agencies.length > 0 ||
    filters.from !== null ||
    filters.to !== null ||
    filters.type !== null ||
    filters.status !== null ||
    filters.destination !== null ||
    filters.q.trim() !== ''
  );
}

// Pure transitions, wrapped by the store's actions so they are tested without React.

export function toggleAgency(filters: Filters, id: string): Filters {
  const agencies = filters.agencies.includes(id)
    ? filters.agencies.filter((a) => a !== id)
    : [...filters.agencies, id];
  return { ...filters, agencies };
}

/** Sets the year window, swapping the ends if they arrive reversed. */
export function setYearRange(filters: Filters, from: number | null, to: number | null): Filters {
  if (from !== null && to !== null && from > to) return { ...filters, from: to, to: from };
  return { ...filters, from, to };
}
