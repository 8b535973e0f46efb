import type { Dataset, Mission } from './schema';

/**
 * The filtered missions as a dataset of their own: only the organizations they use, and programs that point
 * outside the selection cleared, so the file passes validation and re-imports to the same views. The source's
 * licence goes with it, and so do its renamed ids whose current id is still in the file (old links keep
 * working after a re-import; an entry pointing at an id left out would not validate).
 */
export function subsetDataset(
  missions: readonly Mission[],
  source: Pick<Dataset, 'organizations' | 'license' | 'renamed'>,
  title: string,
  updated: string,
): Dataset {
  const ids = new Set(missions.map((m) => m.id));
  const used = new Set(missions.flatMap((m) => m.partners.map((p) => p.org)));
  const subset: Dataset = {
    version: 1,
    title,
    updated,
    organizations: source.organizations.filter((o) => used.has(o.id)),
    missions: missions.map((m) => ({
      ...m,
      program: m.program !== null && ids.has(m.program) ? m.program : null,
    })),
  };
  if (source.license !== undefined) subset.license = source.license;
  if (source.renamed) {
    const kept = Object.entries(source.renamed).filter(
      ([, current]) => ids.has(current) || used.has(current),
    );
    if (kept.length) subset.renamed = Object.fromEntries(kept);
  }
  return subset;
}
