import type { Filters } from '../domain/filters';
import type { Translate } from '../i18n';

export type ChipKey =
  `agency-${string}` | 'years' | 'type' | 'status' | 'destination' | 'q' | 'focus' | 'compare';

/**
 * Everything that narrows the views, in words: the filter chips show these, and exported images and
 * citations carry them as a caption.
 */
export function describeFilters(
  s: { filters: Filters; agency: string | null; compare: [string, string] | null },
  t: Translate,
  name: (id: string) => string,
): { key: ChipKey; label: string }[] {
  const { filters } = s;
  const out: { key: ChipKey; label: string }[] = [];
  const joiner = filters.match === 'all' ? 'chips.and' : 'chips.or';
  filters.agencies.forEach((id, i) =>
    out.push({ key: `agency-${id}`, label: t(i === 0 ? 'chips.with' : joiner, { name: name(id) }) }),
  );
  if (filters.from !== null || filters.to !== null)
    out.push({
      key: 'years',
      label:
        filters.from !== null && filters.to !== null
          ? t('chips.years', { from: filters.from, to: filters.to })
          : filters.from !== null
            ? t('chips.from', { year: filters.from })
            : t('chips.until', { year: filters.to ?? '' }),
    });
  if (filters.type) out.push({ key: 'type', label: t(`type.${filters.type}`) });
  if (filters.status) out.push({ key: 'status', label: t(`status.${filters.status}`) });
  if (filters.destination) out.push({ key: 'destination', label: t(`destination.${filters.destination}`) });
  if (filters.q.trim()) out.push({ key: 'q', label: t('chips.search', { text: filters.q.trim() }) });
  if (s.agency) out.push({ key: 'focus', label: t('chips.focus', { name: name(s.agency) }) });
  if (s.compare)
    out.push({ key: 'compare', label: t('chips.compare', { a: name(s.compare[0]), b: name(s.compare[1]) }) });
  return out;
}
