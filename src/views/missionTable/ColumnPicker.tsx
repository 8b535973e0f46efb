import { memo, useState } from 'react';
import { Menu } from '../../components/Menu';
import type { Column } from '@tanstack/react-table';
import { COLUMN_HEADERS, type features, type MissionRow } from './columns';
import { useT } from '../../i18n';

interface Props {
  columns: Column<typeof features, MissionRow, unknown>[];
  /** The ids of the columns shown: the column objects stay the same when only their visibility changes. */
  shownKey: string;
}

/**
 * Shows or hides table columns; the mission name always stays. Memoized: a filter change re-renders the
 * table, and this menu's inputs would otherwise be rewritten every time.
 */
export const ColumnPicker = memo(function ColumnPicker({ columns }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Menu className="column-picker" label={t('table.columns')} open={open} onOpenChange={setOpen}>
      <fieldset>
        <legend className="visually-hidden">{t('table.visibleColumns')}</legend>
        {columns.map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              disabled={!column.getCanHide()}
              onChange={(e) => column.toggleVisibility(e.target.checked)}
            />
            {column.id in COLUMN_HEADERS
              ? t(COLUMN_HEADERS[column.id as keyof typeof COLUMN_HEADERS])
              : column.id}
          </label>
        ))}
      </fieldset>
    </Menu>
  );
});
