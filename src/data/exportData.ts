import type { Dataset, Mission, Organization } from './schema';

/**
 * The filtered missions as a dataset of their own: only the organizations they use, and programs that point
 * outside the selection cleared, so the file passes validation and re-imports to the same views.
 */
export function subsetDataset(
  missions: readonly Mission[],
  organizations: readonly Organization[],
  title: string,
  updated: string,
): Dataset {
  const ids = new Set(missions.map((m) => m.id));
  const used = new Set(missions.flatMap((m) => m.partners.map((p) => p.org)));
  return {
    version: 1,
    title,
    updated,
    organizations: organizations.filter((o) => used.has(o.id)),
    missions: missions.map((m) => ({
      ...m,
      program: m.program !== null && ids.has(m.program) ? m.program : null,
    })),
  };
}
