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
  /** Number of missions the two share. */
  weight: number;
  missionIds: string[];
}

export interface PartnershipGraph {
  nodes: GraphNode[];
  links: GraphLink[];
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Agencies are nodes and shared missions are weighted links. Only organizations that take part in at least
 * one of the given missions appear, so the graph follows the filters.
 */
export function buildPartnershipGraph(
  missions: readonly Mission[],
  organizations: readonly Organization[],
): PartnershipGraph {
  const orgById = new Map(organizations.map((o) => [o.id, o]));
  const missionCount = new Map<string, number>();
  const links = new Map<string, GraphLink>();

  for (const mission of missions) {
    const orgs = [...new Set(mission.partners.map((p) => p.org))].filter((id) => orgById.has(id)).sort();
    for (const id of orgs) missionCount.set(id, (missionCount.get(id) ?? 0) + 1);
    for (let i = 0; i < orgs.length; i++) {
      for (let j = i + 1; j < orgs.length; j++) {
        const source = orgs[i] as string;
        const target = orgs[j] as string;
        const id = pairKey(source, target);
        const link = links.get(id);
        if (link) {
          link.weight += 1;
          link.missionIds.push(mission.id);
        } else {
          links.set(id, { id, source, target, weight: 1, missionIds: [mission.id] });
        }
      }
    }
  }

  const partners = new Map<string, number>();
  for (const link of links.values()) {
    partners.set(link.source, (partners.get(link.source) ?? 0) + 1);
    partners.set(link.target, (partners.get(link.target) ?? 0) + 1);
  }

  const nodes: GraphNode[] = [...missionCount.entries()]
    .map(([id, count]) => {
      const org = orgById.get(id) as Organization;
      return {
        id,
        name: org.name,
        fullName: org.fullName,
        region: org.region,
        kind: org.kind,
        missionCount: count,
        partnerCount: partners.get(id) ?? 0,
      };
    })
    .sort((a, b) => b.missionCount - a.missionCount || a.id.localeCompare(b.id));

  return { nodes, links: [...links.values()] };
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
