import { MISSION_TYPE_LABELS, STATUS_LABELS } from '../data/vocabulary';
import { hasActiveFilters } from '../domain/filters';
import { selectOrgById } from '../store/selectors';
import { appStore, useAppStore } from '../store/store';

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

  const chips: Chip[] = [];
  const joiner = filters.match === 'all' ? ' and ' : ' or ';
  filters.agencies.forEach((id, i) =>
    chips.push({
      key: `agency-${id}`,
      label: `${i === 0 ? 'With ' : joiner.trim() + ' '}${name(id)}`,
      remove: () => toggleAgency(id),
    }),
  );
  if (filters.from !== null || filters.to !== null)
    chips.push({
      key: 'years',
      label:
        filters.from !== null && filters.to !== null
          ? `${filters.from}–${filters.to}`
          : filters.from !== null
            ? `From ${filters.from}`
            : `Until ${filters.to}`,
      remove: () => setYearRange(null, null),
    });
  if (filters.type)
    chips.push({
      key: 'type',
      label: MISSION_TYPE_LABELS[filters.type],
      remove: () => setFilters({ type: null }),
    });
  if (filters.status)
    chips.push({
      key: 'status',
      label: STATUS_LABELS[filters.status],
      remove: () => setFilters({ status: null }),
    });
  if (filters.destination)
    chips.push({
      key: 'destination',
      label: filters.destination,
      remove: () => setFilters({ destination: null }),
    });
  if (filters.q.trim())
    chips.push({ key: 'q', label: `“${filters.q.trim()}”`, remove: () => setFilters({ q: '' }) });
  if (agency) chips.push({ key: 'focus', label: `Focus: ${name(agency)}`, remove: () => focusAgency(null) });
  if (compare)
    chips.push({
      key: 'compare',
      label: `Compare ${name(compare[0])} and ${name(compare[1])}`,
      remove: () => setCompare(null),
    });

  if (chips.length === 0) return null;
  return (
    <div className="chips" aria-label="Active filters" role="group">
      {chips.map((c) => (
        <span key={c.key} className="chip">
          {c.label}
          <button type="button" className="icon-button" aria-label={`Remove ${c.label}`} onClick={c.remove}>
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
          Reset all
        </button>
      )}
    </div>
  );
}
