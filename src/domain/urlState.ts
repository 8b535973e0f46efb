import { DESTINATIONS, ID_PATTERN, MAX_YEAR, MIN_YEAR, MISSION_TYPES, STATUSES } from '../data/vocabulary';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { clampYear, LAPSE_MODES, type LapseMode } from './timelapse';
import {
  ALWAYS_SHOWN,
  DEFAULT_SORT,
  isTableColumn,
  sameSort,
  TABLE_COLUMNS,
  type TableColumn,
  type TableSort,
} from './tableView';
import type { Message } from '../i18n/message';

export const VIEWS = ['table', 'graph', 'timeline'] as const;
export type ViewName = (typeof VIEWS)[number];
export const COLOR_MODES = ['region', 'kind'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];
export const LANE_MODES = ['type', 'destination'] as const;
export type LaneMode = (typeof LANE_MODES)[number];
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Everything a link can carry. Parse and serialize are pure so bookmarks are tested without a browser. */
export interface UrlState {
  filters: Filters;
  mission: string | null;
  agency: string | null;
  /** Two organizations being compared. */
  compare: [string, string] | null;
  view: ViewName | null;
  color: ColorMode;
  lanes: LaneMode;
  /** The table's sort keys (none: the dataset's own order). */
  sort: TableSort[];
  /** The table's columns as chosen; null until chosen, when the table's width decides. */
  columns: TableColumn[] | null;
  embed: boolean;
  present: boolean;
  year: number | null;
  lapse: LapseMode;
  /** A guided story and its chapter (1-based). */
  story: string | null;
  chapter: number | null;
  lang: Language | null;
  data: string | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  filters: DEFAULT_FILTERS,
  mission: null,
  agency: null,
  compare: null,
  view: null,
  color: 'region',
  lanes: 'type',
  sort: DEFAULT_SORT,
  columns: null,
  embed: false,
  present: false,
  year: null,
  lapse: 'cumulative',
  story: null,
  chapter: null,
  lang: null,
  data: null,
};

export interface ParsedUrl {
  state: UrlState;
  /** One polite message per value that was ignored (put into words in the active language later). */
  notices: Message[];
}

const KNOWN = new Set([
  'agencies',
  'match',
  'from',
  'to',
  'type',
  'status',
  'destination',
  'q',
  'mission',
  'agency',
  'compare',
  'view',
  'color',
  'lanes',
  'sort',
  'columns',
  'embed',
  'present',
  'year',
  'lapse',
  'story',
  'chapter',
  'lang',
  'data',
]);

function parseYear(raw: string, name: string, notices: Message[]): number | null {
  const n = Number(raw);
  if (/^\d{4}$/.test(raw.trim()) && n >= MIN_YEAR && n <= MAX_YEAR) return n;
  notices.push({ key: 'notice.badYear', params: { name, value: raw, min: MIN_YEAR, max: MAX_YEAR } });
  return null;
}

function parseChoice<T extends string>(
  raw: string,
  name: string,
  list: readonly T[],
  notices: Message[],
): T | null {
  if ((list as readonly string[]).includes(raw)) return raw as T;
  notices.push({ key: 'notice.badChoice', params: { name, value: raw, choices: list.join(', ') } });
  return null;
}

function parseId(raw: string, name: string, notices: Message[]): string | null {
  if (ID_PATTERN.test(raw)) return raw;
  notices.push({ key: 'notice.badId', params: { name, value: raw } });
  return null;
}

function parseFlag(raw: string, name: string, notices: Message[]): boolean {
  if (raw === '1' || raw === 'true') return true;
  if (raw !== '0' && raw !== 'false') notices.push({ key: 'notice.badFlag', params: { name, value: raw } });
  return false;
}

/** `years`, `-years` (descending), `status,-years` (ties broken by the next key), or `none`. */
function parseSort(raw: string, notices: Message[]): TableSort[] | null {
  if (raw === 'none') return [];
  const sort: TableSort[] = [];
  for (const key of raw.split(',').map((k) => k.trim())) {
    const id = key.startsWith('-') ? key.slice(1) : key;
    if (!isTableColumn(id) || sort.some((s) => s.id === id)) {
      notices.push({ key: 'notice.badSort', params: { value: raw, columns: TABLE_COLUMNS.join(', ') } });
      return null;
    }
    sort.push({ id, desc: key.startsWith('-') });
  }
  return sort;
}

/** The columns named, in the table's order, the mission's name among them; unknown ones noted and left out. */
function parseColumns(raw: string, notices: Message[]): TableColumn[] | null {
  const named = new Set<string>();
  for (const id of raw.split(',').map((c) => c.trim().toLowerCase())) {
    if (!id) continue;
    if (isTableColumn(id)) named.add(id);
    else notices.push({ key: 'notice.badColumn', params: { id, columns: TABLE_COLUMNS.join(', ') } });
  }
  if (named.size === 0) return null;
  return TABLE_COLUMNS.filter((id) => id === ALWAYS_SHOWN || named.has(id));
}

/** Reads a query string. Syntax only: whether ids exist in the dataset is checked by `checkAgainstDataset`. */
export function parseUrlState(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const notices: Message[] = [];
  const filters: Filters = { ...DEFAULT_FILTERS, agencies: [] };
  const state: UrlState = { ...DEFAULT_URL_STATE, filters };

  for (const key of new Set(params.keys())) {
    if (!KNOWN.has(key)) notices.push({ key: 'notice.unknownParam', params: { name: key } });
  }
  const get = (k: string): string | null => {
    const v = params.get(k);
    return v === null || v.trim() === '' ? null : v.trim();
  };

  const agencies = get('agencies');
  if (agencies !== null) {
    for (const id of agencies.split(',').map((s) => s.trim().toLowerCase())) {
      if (!id) continue;
      if (ID_PATTERN.test(id)) {
        if (!filters.agencies.includes(id)) filters.agencies.push(id);
      } else notices.push({ key: 'notice.badAgencyId', params: { id } });
    }
  }
  const match = get('match');
  if (match !== null) filters.match = parseChoice(match, 'match', ['any', 'all'] as const, notices) ?? 'any';
  const from = get('from');
  if (from !== null) filters.from = parseYear(from, 'from', notices);
  const to = get('to');
  if (to !== null) filters.to = parseYear(to, 'to', notices);
  if (filters.from !== null && filters.to !== null && filters.from > filters.to) {
    notices.push({ key: 'notice.reversedYears', params: { from: filters.from, to: filters.to } });
    filters.from = null;
    filters.to = null;
  }
  const type = get('type');
  if (type !== null) filters.type = parseChoice(type, 'type', MISSION_TYPES, notices);
  const status = get('status');
  if (status !== null) filters.status = parseChoice(status, 'status', STATUSES, notices);
  const destination = get('destination');
  if (destination !== null)
    filters.destination = parseChoice(destination, 'destination', DESTINATIONS, notices);
  filters.q = params.get('q') ?? '';

  const mission = get('mission');
  if (mission !== null) state.mission = parseId(mission, 'mission', notices);
  const agency = get('agency');
  if (agency !== null) state.agency = parseId(agency, 'agency', notices);
  const compare = get('compare');
  if (compare !== null) {
    const ids = compare.split(',').map((x) => x.trim().toLowerCase());
    if (ids.length === 2 && ids[0] !== ids[1] && ids.every((x) => ID_PATTERN.test(x))) {
      state.compare = [ids[0] as string, ids[1] as string];
    } else notices.push({ key: 'notice.badCompare', params: { value: compare } });
  }
  const color = get('color');
  if (color !== null) state.color = parseChoice(color, 'color', COLOR_MODES, notices) ?? 'region';
  const lanes = get('lanes');
  if (lanes !== null) state.lanes = parseChoice(lanes, 'lanes', LANE_MODES, notices) ?? 'type';
  const sort = get('sort');
  if (sort !== null) state.sort = parseSort(sort, notices) ?? DEFAULT_SORT;
  const columns = get('columns');
  if (columns !== null) state.columns = parseColumns(columns, notices);
  const view = get('view');
  if (view !== null) state.view = parseChoice(view, 'view', VIEWS, notices);
  const embed = get('embed');
  if (embed !== null) state.embed = parseFlag(embed, 'embed', notices);
  const present = get('present');
  if (present !== null) state.present = parseFlag(present, 'present', notices);
  const year = get('year');
  if (year !== null) state.year = parseYear(year, 'year', notices);
  const lapse = get('lapse');
  if (lapse !== null) state.lapse = parseChoice(lapse, 'lapse', LAPSE_MODES, notices) ?? 'cumulative';
  const story = get('story');
  if (story !== null) state.story = parseId(story, 'story', notices);
  const chapter = get('chapter');
  if (chapter !== null) {
    if (/^\d{1,3}$/.test(chapter) && Number(chapter) >= 1) state.chapter = Number(chapter);
    else notices.push({ key: 'notice.badChapter', params: { value: chapter } });
  }
  const lang = get('lang');
  if (lang !== null) state.lang = parseChoice(lang, 'lang', LANGUAGES, notices);
  const data = get('data');
  if (data !== null) state.data = data;

  return { state, notices };
}

/** Writes only what differs from the defaults, in a fixed order so equal states give equal links. */
export function serializeUrlState(state: UrlState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (f.agencies.length) p.set('agencies', f.agencies.join(','));
  // With fewer than two agencies "all" and "any" pick the same missions (the radio is disabled): the store
  // keeps the choice for when a second agency is ticked, but the link does not carry a word that means nothing.
  if (f.match !== 'any' && f.agencies.length >= 2) p.set('match', f.match);
  if (f.from !== null) p.set('from', String(f.from));
  if (f.to !== null) p.set('to', String(f.to));
  if (f.type !== null) p.set('type', f.type);
  if (f.status !== null) p.set('status', f.status);
  if (f.destination !== null) p.set('destination', f.destination);
  if (f.q.trim() !== '') p.set('q', f.q);
  if (state.mission !== null) p.set('mission', state.mission);
  if (state.agency !== null) p.set('agency', state.agency);
  if (state.compare !== null) p.set('compare', state.compare.join(','));
  if (state.view !== null) p.set('view', state.view);
  if (state.color !== 'region') p.set('color', state.color);
  if (state.lanes !== 'type') p.set('lanes', state.lanes);
  if (!sameSort(state.sort, DEFAULT_SORT))
    p.set('sort', state.sort.map((k) => (k.desc ? `-${k.id}` : k.id)).join(',') || 'none');
  if (state.columns !== null) p.set('columns', state.columns.join(','));
  if (state.embed) p.set('embed', '1');
  if (state.present) p.set('present', '1');
  if (state.year !== null) p.set('year', String(state.year));
  if (state.lapse !== 'cumulative') p.set('lapse', state.lapse);
  if (state.story !== null) p.set('story', state.story);
  if (state.chapter !== null) p.set('chapter', String(state.chapter));
  if (state.lang !== null) p.set('lang', state.lang);
  if (state.data !== null) p.set('data', state.data);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/**
 * Drops ids the loaded dataset does not know, with a notice for each, so a stale link still opens. Ids the
 * dataset renamed (two records of one agency merged) are read as their new ones, silently: the link still
 * means what it meant. A time-lapse year outside the dataset's `years` is moved to the nearest one, with a
 * notice (the slider could not show it, and the link would go on naming a year nobody sees).
 */
export function checkAgainstDataset(
  given: UrlState,
  orgIds: ReadonlySet<string>,
  missionIds: ReadonlySet<string>,
  renamed: Readonly<Record<string, string>> = {},
  years?: readonly [number, number],
): ParsedUrl {
  let state = renameIds(given, renamed);
  const notices: Message[] = [];
  if (years && state.year !== null && (state.year < years[0] || state.year > years[1])) {
    const year = clampYear(state.year, years);
    notices.push({
      key: 'notice.yearOutside',
      params: { value: state.year, year, first: years[0], last: years[1] },
    });
    state = { ...state, year };
  }
  const unknown = state.filters.agencies.filter((a) => !orgIds.has(a));
  for (const id of unknown) notices.push({ key: 'notice.unknownAgency', params: { id } });
  let { mission, agency, compare } = state;
  if (mission !== null && !missionIds.has(mission)) {
    notices.push({ key: 'notice.unknownMission', params: { id: mission } });
    mission = null;
  }
  if (agency !== null && !orgIds.has(agency)) {
    notices.push({ key: 'notice.unknownFocus', params: { id: agency } });
    agency = null;
  }
  if (compare !== null && !compare.every((id) => orgIds.has(id))) {
    notices.push({
      key: 'notice.unknownCompare',
      params: { id: compare.find((id) => !orgIds.has(id)) ?? '' },
    });
    compare = null;
  }
  if (!unknown.length && mission === state.mission && agency === state.agency && compare === state.compare)
    return { state, notices };

  return {
    state: {
      ...state,
      mission,
      agency,
      compare,
      filters: { ...state.filters, agencies: state.filters.agencies.filter((a) => orgIds.has(a)) },
    },
    notices,
  };
}

/** The state with renamed ids replaced by their current ones (the same object when none is renamed). */
function renameIds(state: UrlState, renamed: Readonly<Record<string, string>>): UrlState {
  const to = (id: string) => (Object.hasOwn(renamed, id) ? (renamed[id] ?? id) : id);
  const ids = [...state.filters.agencies, state.mission, state.agency, ...(state.compare ?? [])];
  if (!ids.some((id) => id !== null && to(id) !== id)) return state;
  return {
    ...state,
    filters: { ...state.filters, agencies: [...new Set(state.filters.agencies.map(to))] },
    mission: state.mission === null ? null : to(state.mission),
    agency: state.agency === null ? null : to(state.agency),
    compare: state.compare === null ? null : [to(state.compare[0]), to(state.compare[1])],
  };
}
