import { useTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { selectOrgById, selectVisibleMissions } from '../../store/selectors';
import { appStore, useAppStore } from '../../store/store';
import { columns, features, toRows } from './columns';

const SORT_LABEL = { asc: 'ascending', desc: 'descending' } as const;

export function MissionTable() {
  const missions = useAppStore(selectVisibleMissions);
  const orgById = useAppStore(selectOrgById);
  const total = useAppStore((s) => s.dataset?.missions.length ?? 0);
  const q = useAppStore((s) => s.filters.q);
  const selected = useAppStore((s) => s.mission);
  const { setFilters, selectMission } = appStore.getState();
  const [sorting, setSorting] = useState<SortingState>([{ id: 'years', desc: false }]);

  const data = useMemo(() => toRows(missions, orgById), [missions, orgById]);
  const table = useTable({
    features,
    columns,
    data,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (r) => r.mission.id,
  });

  return (
    <section className="panel table-panel" aria-labelledby="table-title">
      <div className="panel-head">
        <h2 id="table-title" className="panel-title">
          Mission table
        </h2>
        <p className="muted" aria-live="polite">
          {missions.length} of {total} missions
        </p>
        <input
          type="search"
          className="text-input search"
          placeholder="Search missions, partners, contributions"
          aria-label="Search missions"
          value={q}
          onChange={(e) => setFilters({ q: e.target.value })}
        />
      </div>
      <div className="table-scroll">
        <table className="missions">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- the header text is rendered by FlexRender
                    <th key={header.id} scope="col" aria-sort={sorted ? SORT_LABEL[sorted] : 'none'}>
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
            {table.getRowModel().rows.map((row) => {
              const id = row.original.mission.id;
              return (
                <tr
                  key={row.id}
                  className={id === selected ? 'selected' : undefined}
                  aria-selected={id === selected}
                  onClick={() => selectMission(id)}
                >
                  {row.getAllCells().map((cell) =>
                    cell.column.id === 'name' ? (
                      <th key={cell.id} scope="row">
                        <button type="button" className="link-button" onClick={() => selectMission(id)}>
                          {row.original.mission.name}
                        </button>
                      </th>
                    ) : (
                      // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- a data cell, not a control
                      <td key={cell.id}>
                        <table.FlexRender cell={cell} />
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
        {missions.length === 0 && <p className="empty">No mission matches these filters.</p>}
      </div>
    </section>
  );
}
