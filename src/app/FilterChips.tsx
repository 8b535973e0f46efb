import { useRef } from 'react';
import { nthOrLast, useFocusHandoff } from '../components/focusHandoff';
import { hasActiveFilters } from '../domain/filters';
import { selectOrgById } from '../store/selectors';
import { appStore, useAppStore } from '../store/store';
import { useT } from '../i18n';
import { describeFilters } from './describeFilters';

interface Chip {
  key: string;
  label: string;
  remove(): void;
}

/** Everything that narrows the views, as removable chips, with one reset. */
export function FilterChips() {
  const filters = useAppStore((s) => s.filters);
  const agency = useAppStore((s) => s.agency);
  const compare = useAppStore((s) => s.compare);
  const year = useAppStore((s) => s.year);
  const lapse = useAppStore((s) => s.lapse);
  const orgById = useAppStore(selectOrgById);
  const { setFilters, toggleAgency, setYearRange, focusAgency, setCompare, resetFilters, setYear } =
    appStore.getState();
  const name = (id: string) => orgById.get(id)?.name ?? id;
  const t = useT();
  // A removed chip takes its button with it: focus goes to the next chip's (or the last one left, or the
  // Filters panel when none is), not to the page's body.
  const groupRef = useRef<HTMLDivElement>(null);
  const handOff = useFocusHandoff();
  const refocus = (at: number) =>
    handOff(
      () =>
        nthOrLast(groupRef.current?.querySelectorAll('button') ?? [], at) ??
        document.getElementById('filters-title'),
      'lost',
    );

  const removers: Record<string, () => void> = {
    years: () => setYearRange(null, null),
    type: () => setFilters({ type: null }),
    status: () => setFilters({ status: null }),
    destination: () => setFilters({ destination: null }),
    q: () => setFilters({ q: '' }),
    focus: () => focusAgency(null),
    compare: () => setCompare(null),
    lapse: () => setYear(null),
  };
  const chips: Chip[] = describeFilters({ filters, agency, compare, year, lapse }, t, name).map((c) => ({
    ...c,
    remove: removers[c.key] ?? (() => toggleAgency(c.key.slice('agency-'.length))),
  }));

  // The bar keeps its place when there is nothing to show: the first agency ticked would otherwise push the
  // whole page down, the box just clicked moving from under the pointer (and every view laid out again).
  if (chips.length === 0)
    return (
      <div className="chips chips--none">
        <p className="muted">{t('chips.none')}</p>
      </div>
    );
  return (
    <div className="chips" aria-label={t('chips.label')} role="group" ref={groupRef}>
      {chips.map((c, i) => (
        <span key={c.key} className="chip">
          {c.label}
          <button
            type="button"
            className="icon-button"
            aria-label={t('chips.remove', { label: c.label })}
            onClick={() => {
              refocus(i);
              c.remove();
            }}
          >
            ×
          </button>
        </span>
      ))}
      {(hasActiveFilters(filters) || agency || compare || year !== null) && (
        <button
          type="button"
          className="link-button reset-all"
          onClick={() => {
            refocus(0);
            resetFilters();
            setCompare(null);
            setYear(null);
          }}
        >
          {t('chips.resetAll')}
        </button>
      )}
    </div>
  );
}
