import type { Column } from '@tanstack/react-table';
import type { features, MissionRow } from './columns';

interface Props {
  columns: Column<typeof features, MissionRow, unknown>[];
}

/** Shows or hides table columns; the mission name always stays. */
export function ColumnPicker({ columns }: Props) {
  return (
    <details className="column-picker">
      <summary className="button">Columns</summary>
      <fieldset>
        <legend className="visually-hidden">Visible columns</legend>
        {columns.map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              disabled={!column.getCanHide()}
              onChange={(e) => column.toggleVisibility(e.target.checked)}
            />
            {typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
