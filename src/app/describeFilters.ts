import type { Filters } from '../domain/filters';
import type { LapseMode } from '../domain/timelapse';
import type { Translate } from '../i18n';

export interface FilterState {
  filters: Filters;
  agency: string | null;
  compare: [string, string] | null;
  /** The time-lapse's year (null: all years) and what it shows at that year. */
  year: number | null;
  lapse: LapseMode;
}

export type ChipKey =
  `agency-${string}` | 'years' | 'type' | 'status' | 'destination' | 'q' | 'lapse' | 'focus' | 'compare';

/**
 * Everything that narrows the views, in words: the filter chips show these, and exported images and
 * citations carry them as a caption.
 */
export function describeFilters(
  s: FilterState,
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
  // The time-lapse narrows every view too: a year held (or playing) is said, not left to the slider alone.
  if (s.year !== null)
    out.push({
      key: 'lapse',
      label: t(s.lapse === 'active' ? 'chips.lapseActive' : 'chips.lapseUpTo', { year: s.year }),
    });
  if (s.agency) out.push({ key: 'focus', label: t('chips.focus', { name: name(s.agency) }) });
  if (s.compare)
    out.push({ key: 'compare', label: t('chips.compare', { a: name(s.compare[0]), b: name(s.compare[1]) }) });
  return out;
}

/**
 * The filters as one line for a caption or a citation. Unlike the chips (one removable chip per agency), the
 * agencies make one phrase that says whether missions with any or all of them are shown: "With all of ESA
 * and JAXA", "With any of ESA, JAXA or NASA". The parts are parted by semicolons, as a list of agencies has
 * commas of its own. Empty when nothing is filtered.
 */
export function describeFiltersLine(s: FilterState, t: Translate, name: (id: string) => string): string {
  const { agencies, match } = s.filters;
  const names = agencies.map(name);
  const last = names.at(-1) ?? '';
  const list = (key: 'chips.listAnd' | 'chips.listOr') =>
    t(key, { list: names.slice(0, -1).join(', '), last });
  const phrase =
    names.length === 0
      ? []
      : names.length === 1
        ? [t('chips.with', { name: last })]
        : match === 'all'
          ? [t('chips.withAll', { names: list('chips.listAnd') })]
          : [t('chips.withAny', { names: list('chips.listOr') })];
  const rest = describeFilters(s, t, name)
    .filter((c) => !c.key.startsWith('agency-'))
    .map((c) => c.label);
  return [...phrase, ...rest].join('; ');
}
