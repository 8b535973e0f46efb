import { useId } from 'react';
import { useT } from '../../i18n';

interface Props<T extends string | number> {
  label: string;
  value: T | null;
  options: readonly T[];
  counts: ReadonlyMap<T, number> | undefined;
  format(value: T): string;
  onChange(value: T | null): void;
}

/** A single-choice facet: each option shows how many missions choosing it would show. */
export function FacetSelect<T extends string | number>({
  label,
  value,
  options,
  counts,
  format,
  onChange,
}: Props<T>) {
  const id = useId();
  const t = useT();
  return (
    <div className="facet">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="text-input"
        value={value === null ? '' : String(value)}
        onChange={(e) => {
          const chosen = options.find((o) => String(o) === e.target.value);
          onChange(chosen ?? null);
        }}
      >
        <option value="">{t('filters.allValues')}</option>
        {options.map((o) => {
          const n = counts?.get(o) ?? 0;
          return (
            <option key={String(o)} value={String(o)} disabled={n === 0 && o !== value}>
              {format(o)} ({n})
            </option>
          );
        })}
      </select>
    </div>
  );
}
