import { hasActiveFilters } from '../domain/filters';
import { selectOrgById } from '../store/selectors';
import { appStore, useAppStore } from '../store/store';
import { useT } from '../i18n';

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
  const orgById = useAppStore(selectOrgById);
  const { setFilters, toggleAgency, setYearRange, focusAgency, setCompare, resetFilters } =
    appStore.getState();
  const name = (id: string) => orgById.get(id)?.name ?? id;
  const t = useT();

  const chips: Chip[] = [];
  const joiner = filters.match === 'all' ? 'chips.and' : 'chips.or';
  filters.agencies.forEach((id, i) =>
    chips.push({
      key: `agency-${id}`,
      label: t(i === 0 ? 'chips.with' : joiner, { name: name(id) }),
      remove: () => toggleAgency(id),
    }),
  );
  if (filters.from !== null || filters.to !== null)
    chips.push({
      key: 'years',
      label:
        filters.from !== null && filters.to !== null
          ? t('chips.years', { from: filters.from, to: filters.to })
          : filters.from !== null
            ? t('chips.from', { year: filters.from })
            : t('chips.until', { year: filters.to ?? '' }),
      remove: () => setYearRange(null, null),
    });
  if (filters.type)
    chips.push({
      key: 'type',
      label: t(`type.${filters.type}`),
      remove: () => setFilters({ type: null }),
    });
  if (filters.status)
    chips.push({
      key: 'status',
      label: t(`status.${filters.status}`),
      remove: () => setFilters({ status: null }),
    });
  if (filters.destination)
    chips.push({
      key: 'destination',
      label: t(`destination.${filters.destination}`),
      remove: () => setFilters({ destination: null }),
    });
  if (filters.q.trim())
    chips.push({
      key: 'q',
      label: t('chips.search', { text: filters.q.trim() }),
      remove: () => setFilters({ q: '' }),
    });
  if (agency)
    chips.push({
      key: 'focus',
      label: t('chips.focus', { name: name(agency) }),
      remove: () => focusAgency(null),
    });
  if (compare)
    chips.push({
      key: 'compare',
      label: t('chips.compare', { a: name(compare[0]), b: name(compare[1]) }),
      remove: () => setCompare(null),
    });

  if (chips.length === 0) return null;
  return (
    <div className="chips" aria-label={t('chips.label')} role="group">
      {chips.map((c) => (
        <span key={c.key} className="chip">
          {c.label}
          <button
            type="button"
            className="icon-button"
            aria-label={t('chips.remove', { label: c.label })}
            onClick={c.remove}
          >
            ×
          </button>
        </span>
      ))}
      {(hasActiveFilters(filters) || agency || compare) && (
        <button
          type="button"
          className="link-button reset-all"
          onClick={() => {
            resetFilters();
            setCompare(null);
          }}
        >
          {t('chips.resetAll')}
        </button>
      )}
    </div>
  );
}
