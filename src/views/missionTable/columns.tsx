import {
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from '@tanstack/react-table';
import type { Mission, Organization } from '../../data/schema';
import { MISSION_TYPE_LABELS, STATUS_LABELS } from '../../data/vocabulary';

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

export function yearsLabel(m: Mission): string {
  if (m.status === 'planned') return m.end === null ? `${m.start} (planned)` : `${m.start}–${m.end}`;
  if (m.end === null) return `${m.start}–present`;
  return m.start === m.end ? String(m.start) : `${m.start}–${m.end}`;
}

// Module scope: TanStack Table rebuilds its models when the columns object changes identity.
export const columns = helper.columns([
  helper.accessor((r) => r.mission.name, {
    id: 'name',
    header: 'Mission',
    sortFn: 'text',
    enableHiding: false,
  }),
  helper.accessor((r) => r.mission.start, {
    id: 'years',
    header: 'Years',
    sortFn: 'basic',
    cell: (info) => yearsLabel(info.row.original.mission),
  }),
  helper.accessor((r) => STATUS_LABELS[r.mission.status], {
    id: 'status',
    header: 'Status',
    sortFn: 'text',
    cell: (info) => (
      <span className={`status status--${info.row.original.mission.status}`}>{info.getValue()}</span>
    ),
  }),
  helper.accessor((r) => MISSION_TYPE_LABELS[r.mission.type], { id: 'type', header: 'Type', sortFn: 'text' }),
  helper.accessor((r) => r.mission.destination, { id: 'destination', header: 'Destination', sortFn: 'text' }),
  helper.accessor((r) => r.partnerNames.length, {
    id: 'partners',
    header: 'Partners',
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
