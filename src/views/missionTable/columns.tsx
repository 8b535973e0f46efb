import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import { createContext, use } from 'react';
import type { Mission, Organization } from '../../data/schema';
import type { TableColumn } from '../../domain/tableView';
import { translate, type MessageKey, type Translate } from '../../i18n';
import { Msg } from '../../i18n/Msg';

/** What a table row holds: the mission plus the partner names, resolved once per dataset. */
export interface MissionRow {
  mission: Mission;
  partnerNames: string[];
}

export const features = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_text, basic: sortFn_basic },
});

const helper = createColumnHelper<typeof features, MissionRow>();

export function yearsLabel(m: Mission, t: Translate): string {
  if (m.status === 'planned')
    return m.end === null ? t('years.planned', { start: m.start }) : `${m.start}–${m.end}`;
  if (m.end === null) return t('years.present', { start: m.start });
  return m.start === m.end ? String(m.start) : `${m.start}–${m.end}`;
}

/** Column ids and their headers in the catalogue (the column picker uses the same keys). */
export const COLUMN_HEADERS = {
  name: 'table.col.name',
  years: 'table.col.years',
  status: 'table.col.status',
  type: 'table.col.type',
  destination: 'table.col.destination',
  partners: 'table.col.partners',
} as const satisfies Record<TableColumn, MessageKey>;

/**
 * The table's translate function, handed to its cells by context: one store subscription for the table
 * instead of one per cell, which cost more than the cell itself as rows scroll into view.
 */
export const CellTranslate = createContext<Translate>((key, params) => translate('en', key, params));

function YearsCell({ mission }: { mission: Mission }) {
  return <>{yearsLabel(mission, use(CellTranslate))}</>;
}
function StatusCell({ mission }: { mission: Mission }) {
  const t = use(CellTranslate);
  return <span className={`status status--${mission.status}`}>{t(`status.${mission.status}`)}</span>;
}
function TypeCell({ mission }: { mission: Mission }) {
  return <>{use(CellTranslate)(`type.${mission.type}`)}</>;
}
function DestinationCell({ mission }: { mission: Mission }) {
  return <>{use(CellTranslate)(`destination.${mission.destination}`)}</>;
}

// Module scope: TanStack Table rebuilds its models when the columns object changes identity. Headers and
// cells are small components, so they follow the interface language.
export const columns = helper.columns([
  helper.accessor((r) => r.mission.name, {
    id: 'name',
    header: () => <Msg k={COLUMN_HEADERS.name} />,
    sortFn: 'text',
    enableHiding: false,
  }),
  helper.accessor((r) => r.mission.start, {
    id: 'years',
    header: () => <Msg k={COLUMN_HEADERS.years} />,
    sortFn: 'basic',
    cell: (info) => <YearsCell mission={info.row.original.mission} />,
  }),
  helper.accessor((r) => r.mission.status, {
    id: 'status',
    header: () => <Msg k={COLUMN_HEADERS.status} />,
    sortFn: 'text',
    cell: (info) => <StatusCell mission={info.row.original.mission} />,
  }),
  helper.accessor((r) => r.mission.type, {
    id: 'type',
    header: () => <Msg k={COLUMN_HEADERS.type} />,
    sortFn: 'text',
    cell: (info) => <TypeCell mission={info.row.original.mission} />,
  }),
  helper.accessor((r) => r.mission.destination, {
    id: 'destination',
    header: () => <Msg k={COLUMN_HEADERS.destination} />,
    sortFn: 'text',
    cell: (info) => <DestinationCell mission={info.row.original.mission} />,
  }),
  helper.accessor((r) => r.partnerNames.length, {
    id: 'partners',
    header: () => <Msg k={COLUMN_HEADERS.partners} />,
    sortFn: 'basic',
    sortDescFirst: true,
    cell: (info) => {
      const names = info.row.original.partnerNames.join(', ');
      return <span title={names}>{names}</span>;
    },
  }),
]);

export function toRows(
  missions: readonly Mission[],
  orgById: ReadonlyMap<string, Organization>,
): MissionRow[] {
  return missions.map((mission) => ({
    mission,
    partnerNames: mission.partners.map((p) => orgById.get(p.org)?.name ?? p.org),
  }));
}
