import { memo, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useFocusHandoff } from '../../components/focusHandoff';
import { useFirstPaintDone } from '../../app/useFirstPaintDone';
import { useMediaQuery } from '../../app/useMediaQuery';
import { DESTINATIONS, MISSION_TYPES, STATUSES } from '../../data/vocabulary';
import { decadeOf, decadeOfRange } from '../../domain/facets';
import { hasActiveFilters, type Filters, type MatchMode } from '../../domain/filters';
import { selectDatasetYears, selectFacetCounts, selectOrgMissionTotals } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { RadioChoice } from '../../components/RadioChoice';
import { FacetSelect } from './FacetSelect';
import { YearInput } from './YearInput';
import { useT } from '../../i18n';

/** Longer agency lists start with the largest agencies only (ticked ones always shown)… */
export const AGENCY_LIST_LIMIT = 150;
/** …this many of them, with a button for the rest; finding an agency by name searches them all. */
export const AGENCY_LIST_SHORT = 100;
/** Agencies built in the page's first view (the box shows about twelve); the others right after it. */
const FIRST_VIEW_AGENCIES = 24;

/**
 * The agencies the list shows. A list of hundreds or thousands (an imported dataset) starts with the
 * largest: every filter change rewrites and lays out each shown agency's count, and a page of two thousand
 * check boxes is not read anyway; the search box and "show all" reach the others.
 */
export function agenciesShown<T extends { id: string }>(
  sorted: readonly T[],
  matches: (o: T) => boolean,
  searching: boolean,
  expanded: boolean,
  checked: readonly string[],
): T[] {
  if (searching) return sorted.filter(matches);
  if (expanded || sorted.length <= AGENCY_LIST_LIMIT) return [...sorted];
  return sorted.filter((o, i) => i < AGENCY_LIST_SHORT || checked.includes(o.id));
}

/**
 * The layout's one-column breakpoint (styles.css). There the panel comes first, above the graph, and starts
 * folded to its head: open, it is a screen and more of check boxes.
 */
const NARROW_QUERY = '(max-width: 560px)';

/** How many filters narrow the views: what the folded panel's button says is on. */
export function activeFilterCount(filters: Filters): number {
  return (
    filters.agencies.length +
    (filters.from !== null || filters.to !== null ? 1 : 0) +
    (filters.type !== null ? 1 : 0) +
    (filters.status !== null ? 1 : 0) +
    (filters.destination !== null ? 1 : 0) +
    (filters.q.trim() !== '' ? 1 : 0)
  );
}

/** The agency multi-select, match mode and year range that drive all three views. */
export function FiltersPanel() {
  const organizations = useAppStore((s) => s.dataset?.organizations);
  const totals = useAppStore(selectOrgMissionTotals);
  const filters = useAppStore((s) => s.filters);
  const [minYear, maxYear] = useAppStore(selectDatasetYears);
  // The counts follow a change just after the frame that shows it in the views: hundreds of agencies' counts
  // rewritten and laid out (each filter change changes most of them) should not hold up that frame.
  const facets = useDeferredValue(useAppStore(selectFacetCounts));
  const decades = useMemo(() => {
    const out: number[] = [];
    for (let d = decadeOf(minYear); d <= decadeOf(maxYear); d += 10) out.push(d);
    return out;
  }, [minYear, maxYear]);
  const { toggleAgency, setFilters, setYearRange, resetFilters } = appStore.getState();
  const [find, setFind] = useState('');
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  // On a phone the panel starts folded (the graph is then on the first screen); wider, it is always open.
  const narrow = useMediaQuery(NARROW_QUERY);
  const [open, setOpen] = useState(false);
  const folded = narrow && !open;
  const bodyId = useId();
  const t = useT();
  // Reset disables its own button: focus goes to the panel's heading rather than to the page.
  const handOff = useFocusHandoff();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Ordered by size in the whole dataset, so the list does not reshuffle under the pointer as filters change.
  const sorted = useMemo(
    () =>
      [...(organizations ?? [])].sort(
        (a, b) => (totals.get(b.id) ?? 0) - (totals.get(a.id) ?? 0) || a.name.localeCompare(b.name),
      ),
    [organizations, totals],
  );
  const needle = find.trim().toLowerCase();
  const shown = agenciesShown(
    sorted,
    (o) => `${o.name} ${o.fullName} ${o.id}`.toLowerCase().includes(needle),
    needle !== '',
    expanded,
    filters.agencies,
  );
  const long = needle === '' && sorted.length > AGENCY_LIST_LIMIT;
  // The box shows about a dozen agencies: the first view builds a few more than that, the rest follow.
  const painted = useFirstPaintDone();
  const listed = painted ? shown : shown.slice(0, FIRST_VIEW_AGENCIES);

  return (
    <section className="panel filters" aria-labelledby="filters-title">
      <div className="filters-head">
        {/* Focusable from script: where focus goes after a reset, or when the last filter chip is removed. */}
        <h2 id="filters-title" className="panel-title" tabIndex={-1} ref={headingRef}>
          {t('filters.title')}
        </h2>
        {narrow && (
          <FoldButton open={open} active={activeFilterCount(filters)} controls={bodyId} onToggle={setOpen} />
        )}
      </div>
      {/* Folded, nothing of it is rendered: out of the tab order, and no rows rewritten per filter change. */}
      <div id={bodyId} className="filters-body" hidden={folded}>
        {!folded && (
          <>
            <fieldset>
              <legend>{t('filters.agencies')}</legend>
              <FindAgency value={find} onChange={setFind} />
              <ul id={listId} className="agency-list" aria-label={t('filters.agencies')}>
                {listed.map((o) => {
                  const count = facets?.agency.get(o.id) ?? 0;
                  return (
                    <AgencyOption
                      key={o.id}
                      id={o.id}
                      name={o.name}
                      fullName={o.fullName}
                      count={count}
                      countLabel={t('filters.missionCount', { count })}
                      checked={filters.agencies.includes(o.id)}
                      onToggle={toggleAgency}
                    />
                  );
                })}
                {shown.length === 0 && <li className="empty">{t('filters.noAgency', { text: find })}</li>}
              </ul>
              {long && (
                <button
                  type="button"
                  className="link-button"
                  aria-controls={listId}
                  aria-expanded={expanded}
                  onClick={() => setExpanded(!expanded)}
                >
                  {expanded
                    ? t('filters.showLargestAgencies', { count: AGENCY_LIST_SHORT })
                    : t('filters.showAllAgencies', { count: sorted.length })}
                </button>
              )}
            </fieldset>
            <RadioChoice
              className="match"
              legend="filters.missionsWith"
              name="match"
              choices={MATCH_CHOICES}
              value={filters.match}
              onChange={setMatch}
              disabled={filters.agencies.length < 2}
            />
            <YearRange from={filters.from} to={filters.to} minYear={minYear} maxYear={maxYear} />
            <fieldset className="facets">
              <legend>{t('filters.missions')}</legend>
              <FacetSelect
                label={t('filters.type')}
                value={filters.type}
                options={MISSION_TYPES}
                counts={facets?.type}
                format={(v) => t(`type.${v}`)}
                onChange={(type) => setFilters({ type })}
              />
              <FacetSelect
                label={t('filters.status')}
                value={filters.status}
                options={STATUSES}
                counts={facets?.status}
                format={(v) => t(`status.${v}`)}
                onChange={(status) => setFilters({ status })}
              />
              <FacetSelect
                label={t('filters.destination')}
                value={filters.destination}
                options={DESTINATIONS}
                counts={facets?.destination}
                format={(v) => t(`destination.${v}`)}
                onChange={(destination) => setFilters({ destination })}
              />
              <FacetSelect
                label={t('filters.decade')}
                value={decadeOfRange(filters.from, filters.to)}
                options={decades}
                counts={facets?.decade}
                format={(d) => t('filters.decadeValue', { decade: d })}
                onChange={(d) => setYearRange(d, d === null ? null : d + 9)}
              />
            </fieldset>
            <button
              type="button"
              className="button"
              disabled={!hasActiveFilters(filters)}
              onClick={() => {
                handOff(() => headingRef.current, 'lost');
                resetFilters();
              }}
            >
              {t('filters.reset')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}

/** Shows or hides the panel's body on a phone; folded, it says how many filters are on. */
const FoldButton = memo(function FoldButton({
  open,
  active,
  controls,
  onToggle,
}: {
  open: boolean;
  active: number;
  controls: string;
  onToggle(open: boolean): void;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="button small filters-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      <span className="fold-mark" aria-hidden="true">
        {open ? '▴' : '▾'}
      </span>{' '}
      {open ? t('filters.hide') : t('filters.show')}
      {!open && active > 0 && ` · ${t('filters.active', { count: active })}`}
    </button>
  );
});

// The inputs below are memoized components of their own: every filter change re-renders the panel, and
// React rewrites an input's attributes each time it renders it (restyling it), changed or not.

const FindAgency = memo(function FindAgency({
  value,
  onChange,
}: {
  value: string;
  onChange(value: string): void;
}) {
  const t = useT();
  return (
    <input
      type="search"
      className="text-input"
      placeholder={t('filters.findAgency')}
      aria-label={t('filters.findAgency')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
});

const setMatch = (value: MatchMode) => appStore.getState().setFilters({ match: value });

const MATCH_CHOICES = [
  ['any', 'filters.any'],
  ['all', 'filters.all'],
] as const;

const YearRange = memo(function YearRange({
  from,
  to,
  minYear,
  maxYear,
}: {
  from: number | null;
  to: number | null;
  minYear: number;
  maxYear: number;
}) {
  const t = useT();
  const { setYearRange } = appStore.getState();
  return (
    <fieldset className="years">
      <legend>{t('filters.years')}</legend>
      <YearInput
        key={`from-${from}`}
        label={t('filters.from')}
        placeholder={minYear}
        value={from}
        min={minYear}
        max={maxYear}
        onCommit={(value) => setYearRange(value, to)}
      />
      <YearInput
        key={`to-${to}`}
        label={t('filters.to')}
        placeholder={maxYear}
        value={to}
        min={minYear}
        max={maxYear}
        onCommit={(value) => setYearRange(from, value)}
      />
    </fieldset>
  );
});

interface AgencyOptionProps {
  id: string;
  name: string;
  fullName: string;
  count: number;
  countLabel: string;
  checked: boolean;
  onToggle(id: string): void;
}

/** One agency of the list. Memoized: a filter change re-renders only the rows whose count or tick changed. */
const AgencyOption = memo(function AgencyOption({
  id,
  name,
  fullName,
  count,
  countLabel,
  checked,
  onToggle,
}: AgencyOptionProps) {
  return (
    <li>
      <label title={fullName}>
        <AgencyCheckbox id={id} checked={checked} onToggle={onToggle} />
        <span className="agency-name">{name}</span>
        <span className="count" aria-label={countLabel}>
          {count}
        </span>
      </label>
    </li>
  );
});

/**
 * The tick box on its own: when only an agency's count changes (every agency's, at most filter changes),
 * React would otherwise write the box's attributes again, hundreds of boxes at a time.
 */
const AgencyCheckbox = memo(function AgencyCheckbox({
  id,
  checked,
  onToggle,
}: Pick<AgencyOptionProps, 'id' | 'checked' | 'onToggle'>) {
  return <input type="checkbox" checked={checked} onChange={() => onToggle(id)} />;
});
