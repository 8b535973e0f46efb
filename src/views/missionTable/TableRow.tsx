import { FlexRender, type Row } from '@tanstack/react-table';
import { memo, type KeyboardEvent } from 'react';
import type { features, MissionRow } from './columns';

/** What a row does when used; one object for the table's lifetime, so rows stay memoized. */
export interface RowActions {
  focus(index: number): void;
  keyDown(event: KeyboardEvent<HTMLTableRowElement>): void;
  choose(index: number, missionId: string): void;
}

interface Props {
  row: Row<typeof features, MissionRow>;
  index: number;
  height: number;
  focusable: boolean;
  selected: boolean;
  /** The visible columns' ids: a change re-renders the row with the new cells. */
  columnsKey: string;
  actions: RowActions;
}

/**
 * One mission's row. Memoized: while the table scrolls only the rows coming into view render (the others
 * keep their props), which is most of a scroll frame's work on a slow machine.
 */
export const TableRow = memo(function TableRow({ row, index, height, focusable, selected, actions }: Props) {
  const id = row.original.mission.id;
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={focusable ? 0 : -1}
      className={selected ? 'selected' : undefined}
      aria-selected={selected}
      style={{ height }}
      onFocus={() => actions.focus(index)}
      onKeyDown={actions.keyDown}
      onClick={() => actions.choose(index, id)}
    >
      {row.getVisibleCells().map((cell) =>
        cell.column.id === 'name' ? (
          <th key={cell.column.id} scope="row" className="col-name">
            {row.original.mission.name}
          </th>
        ) : (
          // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- a data cell, not a control
          <td key={cell.column.id} className={`col-${cell.column.id}`}>
            <FlexRender cell={cell} />
          </td>
        ),
      )}
    </tr>
  );
});
