import type { Mission } from '../data/schema';
import type { Destination, MissionStatus, MissionType } from '../data/vocabulary';
import { effectiveEnd } from './filters';

export type BarStyle = 'finished' | 'ongoing' | 'planned' | 'ended-early';

export interface TimelineRow {
  id: string;
  name: string;
  start: number;
  /** The year the bar is drawn to: the end year, or the current year while active. */
  end: number;
  status: MissionStatus;
  style: BarStyle;
  /** What the lanes group by, copied from the mission so grouping needs no lookup. */
  type: MissionType;
  destination: Destination;
}

export function barStyle(mission: Mission): BarStyle {
  switch (mission.status) {
    case 'active':
      return 'ongoing';
    case 'planned':
      return 'planned';
    case 'failed':
    case 'cancelled':
      return 'ended-early';
    default:
      return 'finished';
  }
}

/** One row per mission, oldest first, so the chart reads as history from top to bottom. */
export function timelineRows(missions: readonly Mission[], currentYear: number): TimelineRow[] {
  return missions
    .map((m) => ({
      id: m.id,
      name: m.name,
      start: m.start,
      end: effectiveEnd(m, currentYear),
      status: m.status,
      style: barStyle(m),
      type: m.type,
      destination: m.destination,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.name.localeCompare(b.name));
}

/** The span of years the axis must show: every bar, plus the current year so "now" is always on it. */
export function yearExtent(rows: readonly TimelineRow[], currentYear: number): [number, number] {
  if (rows.length === 0) return [currentYear - 10, currentYear + 1];
  let min = currentYear;
  let max = currentYear;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as TimelineRow;
    if (r.start < min) min = r.start;
    if (r.end > max) max = r.end;
  }
  return [min, max + 1];
}

export type LaneKey = 'type' | 'destination';

export interface Lane {
  key: string;
  rows: TimelineRow[];
}

/** Groups rows into lanes by type or destination; lanes in order of their first mission. */
export function groupIntoLanes(rows: readonly TimelineRow[], by: LaneKey): Lane[] {
  const lanes = new Map<string, TimelineRow[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as TimelineRow;
    const key = r[by];
    const lane = lanes.get(key);
    if (lane) lane.push(r);
    else lanes.set(key, [r]);
  }
  return [...lanes.entries()].map(([key, laneRows]) => ({ key, rows: laneRows }));
}
