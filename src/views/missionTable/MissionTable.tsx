import { useTable, type ColumnVisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  selectAllMissions,
  selectOrgById,
  selectVisibleMissions,
  selectVisibleMask,
} from '../../store/selectors';
import { useFocusHandoff, useFocusStaysInBox } from '../../components/focusHandoff';
import { appStore, useAppStore } from '../../store/store';
import { columnsShown, toTableSort, visibilityOf } from '../../domain/tableView';
import { useElementSize } from '../partnershipGraph/useElementSize';
import { CellTranslate, columns, features, toRows } from './columns';
import { TableRow, type RowActions } from './TableRow';
import { ColumnPicker } from './ColumnPicker';
import { SearchBox } from './SearchBox';
import { STAGED_MIN_MISSIONS } from '../../app/useStagedMount';
import { groupDigits, useT } from '../../i18n';
import { useMediaQuery } from '../../app/useMediaQuery';
import { chooseMission } from '../missionDetails/revealDetails';

const SORT_LABEL = { asc: 'ascending', desc: 'descending' } as const;
/** Fixed row height (virtualized rows): one line, long partner lists cut, with the full list on hover. */
export const ROW_HEIGHT = 34;
/** Rows for 24 px type read from the back of a classroom. */
export const PRESENT_ROW_HEIGHT = 54;
/** Rows on a phone, where names and partners take two lines in their narrow columns. */
export const NARROW_ROW_HEIGHT = 50;
/** Initial size for the virtualizer before the browser measures (and in tests, where nothing is measured). */
const INITIAL_RECT = { width: 1000, height: 520 };
/** The width below which the table starts with fewer columns (the layout's narrow breakpoint too). */
const NARROW_QUERY = '(max-width: 560px)';
/**
 * A table panel narrower than this starts with three columns: in a 640 px embed, six columns left the
 * partners one letter wide.
 */
const FEW_COLUMNS_BELOW = 700;
const WIDE_COLUMNS: ColumnVisibilityState = { destination: false };
const NARROW_COLUMNS: ColumnVisibilityState = { type: false, status: false, destination: false };
/**
 * Room each column needs on a narrow screen, in rem (the stylesheet's narrow widths; the name and the
 * partners take what is left). Columns picked beyond what fits make the table scroll sideways instead of
 * squeezing the partners away.
 */
const NARROW_REM: Record<string, number> = {
  name: 7,
  // "1978–present" may take two lines in the narrowest frames (see the stylesheet): 320 px holds the
  // three phone columns without scrolling sideways.
  years: 5.5,
  status: 7.5,
  type: 10,
  destination: 10,
  partners: 6,
};
const narrowMinWidth = (visible: { id: string }[]) =>
  `${visible.reduce((sum, c) => sum + (NARROW_REM[c.id] ?? 7), 0)}rem`;

export function MissionTable() {
  const missions = useAppStore(selectVisibleMissions);
  const visible = useAppStore(selectVisibleMask);
  const orgById = useAppStore(selectOrgById);
  const total = useAppStore((s) => s.dataset?.missions.length ?? 0);
  const selected = useAppStore((s) => s.mission);
  // The header announces each filter's count (its summary is a polite live region); a second one here made
  // screen readers say the count twice. Only an embedded table, which has no header, announces its own.
  const announceCount = useAppStore((s) => s.embed);
  // Sort and chosen columns are in the store (and so in the link): a shared table opens as it was.
  const sorting = useAppStore((s) => s.sort);
  // Until someone picks columns, a narrow table (a phone, a small embed, a narrow window) shows the name,
  // years and partners only; once picked, the choice holds at every width (the picker's ticks always say
  // what is shown). The phone's two-line rows follow the screen's width, as the stylesheet's do.
  const narrow = useMediaQuery(NARROW_QUERY);
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  const panelWidth = useElementSize(panel).width;
  const fewColumns = narrow || (panelWidth > 0 && panelWidth < FEW_COLUMNS_BELOW);
  const chosenColumns = useAppStore((s) => s.columns);
  const columnVisibility = useMemo(
    () => (chosenColumns ? visibilityOf(chosenColumns) : fewColumns ? NARROW_COLUMNS : WIDE_COLUMNS),
    [chosenColumns, fewColumns],
  );
  const [active, setActive] = useState(0);
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);

  // The table model holds every mission of the dataset, so TanStack sorts once per dataset and sort order;
  // a filter change only picks the visible rows out of the sorted list, in order (no re-sort of 10,000 rows).
  const all = useAppStore(selectAllMissions);
  const data = useMemo(() => toRows(all, orgById), [all, orgById]);
  const table = useTable({
    features,
    columns,
    data,
    state: { sorting, columnVisibility },
    onSortingChange: (update) =>
      appStore.getState().setSort(toTableSort(typeof update === 'function' ? update(sorting) : update)),
    onColumnVisibilityChange: (update) =>
      appStore
        .getState()
        .setColumns(columnsShown(typeof update === 'function' ? update(columnVisibility) : update)),
    getRowId: (r) => r.mission.id,
  });
  const sortedRows = table.getRowModel().rows;
  // Each sorted row's place in the dataset, read once per sort order (rows are the table library's objects,
  // slow to read ten thousand times per filter change).
  const sortedPositions = useMemo(() => Int32Array.from(sortedRows, (r) => r.index), [sortedRows]);
  const rows = useMemo(() => {
    if (missions.length === sortedRows.length) return sortedRows;
    const out: typeof sortedRows = [];
    sortedPositions.forEach((p, i) => {
      const row = sortedRows[i];
      if (visible[p] && row) out.push(row);
    });
    return out;
  }, [missions, visible, sortedRows, sortedPositions]);

  const present = useAppStore((s) => s.present);
  const rowHeight = present ? PRESENT_ROW_HEIGHT : narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT;
  // Only the rows in view are in the DOM, so ten thousand missions scroll as smoothly as ten.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // A few rows beyond the view each way: rows are rendered in the scroll event, before the frame, so a
    // larger margin only adds rows to lay out on every filter change.
    overscan: 5,
    initialRect: INITIAL_RECT,
  });
  // Sizes already worked out were for the other row height.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const visibleColumns = table.getVisibleLeafColumns().length;
  const activeIndex = Math.min(active, Math.max(0, rows.length - 1));

  // A row moved to with the keyboard is focused once it is drawn, which may be a render after its
  // scroll, in the commit that drops the row left behind (see useFocusHandoff).
  const handOff = useFocusHandoff();
  // A focused row scrolled out of the box with the wheel hands focus to one in view, not to the page.
  useFocusStaysInBox(scrollRef, 'tbody tr[data-index]');
  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    handOff(() => scrollRef.current?.querySelector(`tr[data-index="${next}"]`));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 300) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[e.key];
    if (target !== undefined) {
      e.preventDefault();
      focusRow(target);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const row = rows[activeIndex];
      if (row) chooseMission(row.original.mission.id);
    }
  };

  // Rows are memoized, so they get one lasting set of actions; the key handler, which reads this render's
  // rows, is reached through a ref.
  const keyHandler = useRef(onKeyDown);
  useLayoutEffect(() => {
    keyHandler.current = onKeyDown;
  });
  const [actions] = useState<RowActions>(() => ({
    focus: (index) => setActive(index),
    keyDown: (event) => keyHandler.current(event),
    choose: (index, id) => {
      setActive(index);
      chooseMission(id);
    },
  }));
  // A mission chosen elsewhere (the timeline, a story, a link) is scrolled into view and becomes the row
  // Tab reaches, once: later filter changes do not scroll back to it.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (selected === null) {
      revealed.current = null;
      return;
    }
    if (revealed.current === selected) return;
    const index = rows.findIndex((r) => r.original.mission.id === selected);
    if (index < 0) return;
    revealed.current = selected;
    setActive(index);
    // Rows sit below the sticky header, which the virtualizer does not count: whether the row is in sight
    // is worked out here, and one out of sight is scrolled to the middle (clear of the header).
    const el = scrollRef.current;
    if (!el) return;
    const head = el.querySelector('thead')?.offsetHeight ?? 0;
    const top = head + index * rowHeight;
    if (top < el.scrollTop + head || top + rowHeight > el.scrollTop + el.clientHeight)
      virtualizer.scrollToIndex(index, { align: 'center' });
  }, [selected, rows, virtualizer, rowHeight]);
  const columnsKey = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join(' ');

  return (
    <section className="panel table-panel" aria-labelledby="table-title" ref={setPanel}>
      <div className="panel-head">
        <h2 id="table-title" className="panel-title">
          {t('table.title')}
        </h2>
        <p className="muted" aria-live={announceCount ? 'polite' : undefined}>
          {t('table.count', { shown: groupDigits(missions.length), total: groupDigits(total) })}
        </p>
        <SearchBox deferred={total > STAGED_MIN_MISSIONS} />
        <ColumnPicker columns={table.getAllLeafColumns()} shownKey={columnsKey} />
      </div>
      <div className="table-scroll" ref={scrollRef}>
        <table
          className="missions"
          aria-rowcount={rows.length + 1}
          style={narrow ? { minWidth: narrowMinWidth(table.getVisibleLeafColumns()) } : undefined}
        >
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- the header text is rendered by FlexRender
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? SORT_LABEL[sorted] : 'none'}
                      className={`col-${header.column.id}`}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" className="spacer">
                {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer for virtualization */}
                <td colSpan={visibleColumns} style={{ height: padTop }} />
              </tr>
            )}
            <CellTranslate value={t}>
              {items.map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                // Keyed by position: after a filter change the same rows show other missions (their text
                // updates) instead of being torn down and built again.
                return (
                  <TableRow
                    key={item.index}
                    row={row}
                    index={item.index}
                    height={rowHeight}
                    focusable={item.index === activeIndex}
                    selected={row.original.mission.id === selected}
                    columnsKey={columnsKey}
                    actions={actions}
                  />
                );
              })}
            </CellTranslate>
            {padBottom > 0 && (
              <tr aria-hidden="true" className="spacer">
                {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- an empty spacer for virtualization */}
                <td colSpan={visibleColumns} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
        {missions.length === 0 && <p className="empty">{t('table.empty')}</p>}
      </div>
      <p className="hint muted">{t('table.hint')}</p>
    </section>
  );
}
