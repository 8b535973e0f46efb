import type { Mission, Organization } from '../data/schema';

export interface GraphNode {
  id: string;
  name: string;
  fullName: string;
  region: Organization['region'];
  kind: Organization['kind'];
  /** Missions of the current selection this organization takes part in. */
  missionCount: number;
  /** Distinct partners it shares at least one of those missions with. */
  partnerCount: number;
}

export interface GraphLink {
  /** Stable key: the two ids in alphabetical order, joined by "|". */
  id: string;
  source: string;
  target: string;
  /** Number of missions the two share (which ones: see compareAgencies, asked for one pair at a time). */
  weight: number;
}

export interface PartnershipGraph {
  nodes: GraphNode[];
  links: GraphLink[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

interface PairInfo {
  id: string;
  source: string;
  target: string;
  /** The two organizations' positions in the index, so counting partners needs no lookup by id. */
  a: number;
  b: number;
}

/**
 * What a graph build needs to know about each mission, worked out once per set of organizations: its
 * distinct known organizations (sorted) and the pairs they form, as numbers. A filter change then only counts
 * over numbers instead of building sets, sorting and joining strings for every mission again.
 */
interface GraphIndex {
  orgs: Organization[];
  orgIndex: Map<string, number>;
  pairs: PairInfo[];
  pairIndex: Map<string, number>;
  missions: WeakMap<Mission, { orgs: number[]; pairs: number[] }>;
}

const indexes = new WeakMap<readonly Organization[], GraphIndex>();

function indexFor(organizations: readonly Organization[]): GraphIndex {
  let index = indexes.get(organizations);
  if (!index) {
    const orgs = [...organizations];
    index = {
      orgs,
      orgIndex: new Map(orgs.map((o, i) => [o.id, i])),
      pairs: [],
      pairIndex: new Map(),
      missions: new WeakMap(),
    };
    indexes.set(organizations, index);
  }
  return index;
}

function entryFor(index: GraphIndex, mission: Mission) {
  let entry = index.missions.get(mission);
  if (!entry) {
    const ids = [...new Set(mission.partners.map((p) => p.org))]
      .filter((id) => index.orgIndex.has(id))
      .sort();
    const pairs: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const source = ids[i] as string;
        const target = ids[j] as string;
        const id = pairKey(source, target);
        let p = index.pairIndex.get(id);
        if (p === undefined) {
          p = index.pairs.length;
          index.pairs.push({
            id,
            source,
            target,
            a: index.orgIndex.get(source) ?? 0,
            b: index.orgIndex.get(target) ?? 0,
          });
          index.pairIndex.set(id, p);
        }
        pairs.push(p);
      }
    }
    entry = { orgs: ids.map((id) => index.orgIndex.get(id) ?? -1), pairs };
    index.missions.set(mission, entry);
  }
  return entry;
}

/** Works out the graph index entries of missions [from, to) ahead of time, so a large dataset's first view
 * does not spend seconds on it in one go. */
export function indexPartnerships(
  missions: readonly Mission[],
  organizations: readonly Organization[],
  from: number,
  to: number,
): void {
  const index = indexFor(organizations);
  for (let i = from; i < to && i < missions.length; i++) entryFor(index, missions[i] as Mission);
}

/**
 * Agencies are nodes and shared missions are weighted links. Only organizations that take part in at least
 * one of the given missions appear, so the graph follows the filters.
 */
export function buildPartnershipGraph(
  missions: readonly Mission[],
  organizations: readonly Organization[],
): PartnershipGraph {
  const index = indexFor(organizations);
  const entries = missions.map((m) => entryFor(index, m));
  const missionCount = new Int32Array(index.orgs.length);
  const weight = new Int32Array(index.pairs.length);
  // Links in the order they are first met, as the missions are listed.
  const order: number[] = [];
  // Indexed loops: until this is optimized (it runs once per filter change), for…of makes an iterator
  // result per item, and at 10,000 missions that is tens of thousands of objects.
  for (let e = 0; e < entries.length; e++) {
    const { orgs, pairs } = entries[e] as { orgs: number[]; pairs: number[] };
    for (let k = 0; k < orgs.length; k++) {
      const o = orgs[k] as number;
      missionCount[o] = (missionCount[o] ?? 0) + 1;
    }
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k] as number;
      if (weight[p] === 0) order.push(p);
      weight[p] = (weight[p] ?? 0) + 1;
    }
  }

  const partners = new Int32Array(index.orgs.length);
  const links: GraphLink[] = order.map((p) => {
    const pair = index.pairs[p] as PairInfo;
    partners[pair.a] = (partners[pair.a] ?? 0) + 1;
    partners[pair.b] = (partners[pair.b] ?? 0) + 1;
    return { id: pair.id, source: pair.source, target: pair.target, weight: weight[p] ?? 0 };
  });

  const nodes: GraphNode[] = [];
  index.orgs.forEach((org, i) => {
    const count = missionCount[i] ?? 0;
    if (count === 0) return;
    nodes.push({
      id: org.id,
      name: org.name,
      fullName: org.fullName,
      region: org.region,
      kind: org.kind,
      missionCount: count,
      partnerCount: partners[i] ?? 0,
    });
  });
  nodes.sort((a, b) => b.missionCount - a.missionCount || a.id.localeCompare(b.id));
  return { nodes, links };
}

/** The ids of a node and of everything linked to it. */
export function neighbourhood(graph: PartnershipGraph, id: string): Set<string> {
  const ids = new Set([id]);
  for (const link of graph.links) {
    if (link.source === id) ids.add(link.target);
    else if (link.target === id) ids.add(link.source);
  }
  return ids;
}
