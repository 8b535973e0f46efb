/** The mission table's columns, in their order on screen: their ids are what links carry. */
export const TABLE_COLUMNS = ['name', 'years', 'status', 'type', 'destination', 'partners'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
/** The column every view of the table keeps: a row without its mission's name says nothing. */
export const ALWAYS_SHOWN: TableColumn = 'name';

/** One sort key of the table (the first decides, the next ones break ties). */
export interface TableSort {
  id: TableColumn;
  desc: boolean;
}
/** Missions by years, oldest first: how the table opens. */
export const DEFAULT_SORT: TableSort[] = [{ id: 'years', desc: false }];

export const isTableColumn = (id: string): id is TableColumn =>
  (TABLE_COLUMNS as readonly string[]).includes(id);

/** The table library's sort state as link-ready keys (ids it does not know, which it never gives, dropped). */
export function toTableSort(sorting: readonly { id: string; desc: boolean }[]): TableSort[] {
  return sorting.flatMap((s) => (isTableColumn(s.id) ? [{ id: s.id, desc: s.desc }] : []));
}

/** The columns shown for a visibility map (a column it does not mention is shown), in their order. */
export function columnsShown(visibility: Readonly<Record<string, boolean>>): TableColumn[] {
  return TABLE_COLUMNS.filter((id) => id === ALWAYS_SHOWN || visibility[id] !== false);
}

/** The visibility map the table library takes, for a list of columns shown. */
export function visibilityOf(columns: readonly TableColumn[]): Record<TableColumn, boolean> {
  const shown = new Set<string>(columns);
  return Object.fromEntries(TABLE_COLUMNS.map((id) => [id, id === ALWAYS_SHOWN || shown.has(id)])) as Record<
    TableColumn,
    boolean
  >;
}

export const sameSort = (a: readonly TableSort[], b: readonly TableSort[]): boolean =>
  a.length === b.length && a.every((s, i) => s.id === b[i]?.id && s.desc === b[i]?.desc);
