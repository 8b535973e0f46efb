import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { LoadProgress } from '../data/load';
import type { Dataset } from '../data/schema';
import type { Message } from '../i18n/message';
import { DEFAULT_FILTERS, setYearRange, toggleAgency, type Filters } from '../domain/filters';
import type { LapseMode } from '../domain/timelapse';
import {
  columnsShown,
  DEFAULT_SORT,
  visibilityOf,
  type TableColumn,
  type TableSort,
} from '../domain/tableView';
import type { ColorMode, LaneMode, Language, UrlState, ViewName } from '../domain/urlState';

export interface LoadError {
  title: Message;
  details: string[];
}

export interface Notice {
  id: number;
  message: Message;
}

interface DatasetSlice {
  datasetStatus: 'idle' | 'loading' | 'ready' | 'error';
  dataset: Dataset | null;
  datasetError: LoadError | null;
  /** How far the dataset being loaded has come (null when nothing is loading or nothing is known yet). */
  loadProgress: LoadProgress | null;
  startLoading(): void;
  setLoadProgress(progress: LoadProgress): void;
  setDataset(dataset: Dataset): void;
  setDatasetError(error: LoadError): void;
}

interface FiltersSlice {
  filters: Filters;
  setFilters(patch: Partial<Filters>): void;
  toggleAgency(id: string): void;
  setYearRange(from: number | null, to: number | null): void;
  resetFilters(): void;
}

interface SelectionSlice {
  /** The selected mission, shown in Mission details and highlighted everywhere. */
  mission: string | null;
  /** The focused organization: narrows the table and timeline, highlights its neighbourhood in the graph. */
  agency: string | null;
  /** Two organizations side by side: their shared missions and how the partnership grew. */
  compare: [string, string] | null;
  /** A half-made comparison (one agency picked): kept out of the URL until both are chosen. */
  pendingCompare: [string, string] | null;
  selectMission(id: string | null): void;
  focusAgency(id: string | null): void;
  setCompare(pair: [string, string] | null): void;
}

interface ViewSlice {
  view: ViewName | null;
  color: ColorMode;
  lanes: LaneMode;
  setColor(color: ColorMode): void;
  setLanes(lanes: LaneMode): void;
  /** The table's sort keys: in the link, so a shared table is in the same order. */
  sort: TableSort[];
  /** The table's columns once someone picks them (null before: the table's width decides). */
  columns: TableColumn[] | null;
  setSort(sort: TableSort[]): void;
  setColumns(columns: TableColumn[] | null): void;
  embed: boolean;
  present: boolean;
  year: number | null;
  lapse: LapseMode;
  playing: boolean;
  /**
   * Whether the year slider is being dragged or a key held on it: the URL sync then makes the gesture one
   * history entry, as playing does, rather than one per year passed.
   */
  scrubbing: boolean;
  /** Milliseconds per year while playing. */
  speed: number;
  story: string | null;
  chapter: number | null;
  lang: Language | null;
  data: string | null;
  setYear(year: number | null): void;
  setLapse(lapse: LapseMode): void;
  setPlaying(playing: boolean): void;
  setScrubbing(scrubbing: boolean): void;
  setSpeed(ms: number): void;
  setPresent(present: boolean): void;
  openStory(story: string | null, chapter?: number | null): void;
  setLang(lang: Language | null): void;
  /** Fixed when the app starts, so "now" cannot shift under a long classroom session. */
  currentYear: number;
}

interface ImportSlice {
  /** A file the user chose or dropped, waiting in the import dialog (never in the link). */
  pendingImport: File | null;
  startImport(file: File | null): void;
}

interface NoticeSlice {
  notices: Notice[];
  /**
   * Shows notices (one already shown is not repeated). With `replace`, a notice of the same kind (message
   * key) as one of these goes: one that the new one makes out of date, such as where the last import was saved.
   */
  addNotices(messages: Message[], options?: { replace?: boolean }): void;
  dismissNotice(id: number): void;
}

export type AppState = DatasetSlice &
  FiltersSlice &
  SelectionSlice &
  ViewSlice &
  ImportSlice &
  NoticeSlice & {
    /** Replaces everything a link carries (used on start and on back/forward). */
    applyUrlState(state: UrlState): void;
    /**
     * Completes or corrects what the opened link says (a story's chapter read once the stories are known),
     * with a notice for each correction. The address bar's entry is replaced, not added to: the user did
     * not step anywhere, so Back must not lead to the link as it was given.
     */
    amendLink(patch: Partial<UrlState>, notices?: Message[]): void;
    /** Counts `amendLink` calls: how the URL sync tells an amendment from a change the user made. */
    linkAmendments: number;
  };

let nextNoticeId = 1;

export const initialState = {
  datasetStatus: 'idle' as const,
  dataset: null,
  datasetError: null,
  loadProgress: null,
  filters: DEFAULT_FILTERS,
  mission: null,
  agency: null,
  compare: null,
  pendingCompare: null as [string, string] | null,
  view: null,
  color: 'region' as ColorMode,
  lanes: 'type' as LaneMode,
  sort: DEFAULT_SORT,
  columns: null as TableColumn[] | null,
  embed: false,
  present: false,
  year: null,
  lapse: 'cumulative' as LapseMode,
  playing: false,
  scrubbing: false,
  speed: 800,
  story: null as string | null,
  chapter: null as number | null,
  lang: null as Language | null,
  data: null,
  currentYear: new Date().getFullYear(),
  notices: [],
  pendingImport: null as File | null,
  linkAmendments: 0,
};

/** The one store. Components read it through `useAppStore`; actions and non-React code use `appStore`. */
export const appStore = createStore<AppState>()((set, get) => ({
  ...initialState,

  startLoading: () => set({ datasetStatus: 'loading', loadProgress: null }),
  setLoadProgress: (loadProgress) => set({ loadProgress }),
  setDataset: (dataset) => set({ dataset, datasetStatus: 'ready', datasetError: null, loadProgress: null }),
  // A failed load keeps whatever dataset was already shown: nothing the user had is lost.
  setDatasetError: (datasetError) =>
    set((s) => ({ datasetError, datasetStatus: s.dataset ? 'ready' : 'error', loadProgress: null })),

  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleAgency: (id) => set((s) => ({ filters: toggleAgency(s.filters, id) })),
  setYearRange: (from, to) => set((s) => ({ filters: setYearRange(s.filters, from, to) })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS, agency: null }),

  selectMission: (mission) => set({ mission }),
  focusAgency: (agency) => set({ agency }),
  setCompare: (compare) => set({ compare, pendingCompare: null }),
  setColor: (color) => set({ color }),
  setYear: (year) => set(year === null ? { year, playing: false } : { year }),
  setLapse: (lapse) => set({ lapse }),
  setPlaying: (playing) => set({ playing }),
  setScrubbing: (scrubbing) => set({ scrubbing }),
  setSpeed: (speed) => set({ speed }),
  setPresent: (present) => set({ present }),
  openStory: (story, chapter = null) => set({ story, chapter: story === null ? null : (chapter ?? 1) }),
  setLang: (lang) => set({ lang }),
  setLanes: (lanes) => set({ lanes }),
  setSort: (sort) => set({ sort }),
  // In the table's order, the name always among them: the same choice always gives the same link.
  setColumns: (columns) => set({ columns: columns && columnsShown(visibilityOf(columns)) }),

  addNotices: (messages, options) =>
    set((s) => {
      const keys = new Set(messages.map((m) => m.key));
      const kept = options?.replace ? s.notices.filter((n) => !keys.has(n.message.key)) : s.notices;
      const seen = new Set(kept.map((n) => JSON.stringify(n.message)));
      const fresh = messages.filter((m) => !seen.has(JSON.stringify(m)));
      return fresh.length || kept !== s.notices
        ? { notices: [...kept, ...fresh.map((message) => ({ id: nextNoticeId++, message }))] }
        : {};
    }),
  startImport: (pendingImport) => set({ pendingImport }),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),

  applyUrlState: (u) =>
    set({
      filters: u.filters,
      mission: u.mission,
      agency: u.agency,
      compare: u.compare,
      view: u.view,
      color: u.color,
      lanes: u.lanes,
      sort: u.sort,
      columns: u.columns,
      embed: u.embed,
      present: u.present,
      year: u.year,
      lapse: u.lapse,
      story: u.story,
      chapter: u.chapter,
      lang: u.lang,
      data: u.data,
    }),
  amendLink: (patch, notices = []) => {
    set((s) => ({ ...patch, linkAmendments: s.linkAmendments + 1 }));
    if (notices.length) get().addNotices(notices);
  },
}));

export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

/** What the URL should say for the current state. */
export function urlStateOf(s: AppState): UrlState {
  return {
    filters: s.filters,
    mission: s.mission,
    agency: s.agency,
    compare: s.compare,
    view: s.view,
    color: s.color,
    lanes: s.lanes,
    sort: s.sort,
    columns: s.columns,
    embed: s.embed,
    present: s.present,
    year: s.year,
    lapse: s.lapse,
    story: s.story,
    chapter: s.chapter,
    lang: s.lang,
    data: s.data,
  };
}
