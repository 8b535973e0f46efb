/*
 * The organizations an import matches partner names against: the explorer's own (those of the default
 * dataset) and those of the dataset loaded now, whatever was imported before it. The default dataset is
 * fetched as JSON when first needed (the service worker keeps it for offline use), so its organizations
 * cost the first view nothing.
 */
import { DEFAULT_DATASET, datasetUrl } from './load';
import type { Organization } from './schema';
import { validateDataset } from './validate';

let builtIn: Promise<readonly Organization[]> | null = null;

/** The default dataset's organizations, as it checks them; [] for a file that is not a dataset. */
function organizationsOf(json: unknown): Organization[] {
  const list =
    typeof json === 'object' && json !== null ? (json as Record<string, unknown>).organizations : [];
  const result = validateDataset({ version: 1, organizations: list, missions: [] });
  return result.ok ? result.dataset.organizations : [];
}

/**
 * The explorer's built-in organizations, fetched once and then kept. A failed fetch is not kept, so the
 * next import asks again.
 */
export function builtInOrganizations(fetchFn: typeof fetch = fetch): Promise<readonly Organization[]> {
  if (!builtIn) {
    const pending = fetchFn(datasetUrl(DEFAULT_DATASET))
      .then((response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then(organizationsOf);
    builtIn = pending;
    pending.catch(() => {
      if (builtIn === pending) builtIn = null;
    });
  }
  return builtIn;
}

/** Forgets the fetched organizations (for tests). */
export function forgetBuiltInOrganizations(): void {
  builtIn = null;
}

/**
 * The built-in organizations, then those of the current dataset that have another id (its user-defined
 * ones). The built-in ones come first so that an agency an earlier import had to create ("csa", region
 * International, no country) does not hide the real one.
 */
export function mergeKnownOrganizations(
  builtInList: readonly Organization[],
  current: readonly Organization[],
): Organization[] {
  const ids = new Set(builtInList.map((o) => o.id));
  return [...builtInList, ...current.filter((o) => !ids.has(o.id))];
}

/** What an import matches against; only the current dataset's organizations when the fetch fails (offline). */
export async function knownOrganizations(
  current: readonly Organization[],
  fetchFn: typeof fetch = fetch,
): Promise<Organization[]> {
  try {
    return mergeKnownOrganizations(await builtInOrganizations(fetchFn), current);
  } catch {
    return [...current];
  }
}
