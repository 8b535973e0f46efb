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
  const orgById = useAppStore(selectOrgById);
  const { setFilters, toggleAgency, setYearRange, focusAgency, setCompare, resetFilters } =
    appStore.getState();
  const name = (id: string) => orgById.get(id)?.name ?? id;
  const t = useT();

  const removers: Record<string, () => void> = {
    years: () => setYearRange(null, null),
    type: () => setFilters({ type: null }),
    status: () => setFilters({ status: null }),
    destination: () => setFilters({ destination: null }),
    q: () => setFilters({ q: '' }),
    focus: () => focusAgency(null),
    compare: () => setCompare(null),
  };
  const chips: Chip[] = describeFilters({ filters, agency, compare }, t, name).map((c) => ({
    ...c,
    remove: removers[c.key] ?? (() => toggleAgency(c.key.slice('agency-'.length))),
  }));

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
