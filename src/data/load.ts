import type { Message } from '../i18n/message';
import type { Dataset } from './schema';
import { LOCAL_PREFIX, readDataset } from './storage';
import { formatIssue, validateDataset } from './validate';

/** A failed load: what went wrong (put into words in the interface language) and the technical details. */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; title: Message; details: string[] };

/** Where a named dataset lives among the static files; relative so the app works under any base path. */
export function datasetUrl(name: string): string {
  return `data/${encodeURIComponent(name)}.json`;
}

/**
 * Fetches, parses and validates a dataset. Never throws: every failure comes back as a message a person
 * can act on, because the caller shows it in place of the views.
 */
export async function loadDataset(url: string, fetchFn: typeof fetch = fetch): Promise<LoadResult> {
  if (url.startsWith(LOCAL_PREFIX)) return loadStored(url.slice(LOCAL_PREFIX.length));
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (error) {
    return {
      ok: false,
      title: { key: 'load.network', params: { url } },
      details: [`The network request failed (${error instanceof Error ? error.message : String(error)}).`],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      title: { key: 'load.notFound', params: { url } },
      details: [
        `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      ],
    };
  }
  let json: unknown;
  const text = await response.text();
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      title: { key: 'load.notJson', params: { url } },
      details: [error instanceof Error ? error.message : String(error)],
    };
  }
  const result = validateDataset(json);
  if (!result.ok) {
    return {
      ok: false,
      title: {
        key: result.errors.length === 1 ? 'load.invalid.one' : 'load.invalid.other',
        params: { url, count: result.errors.length },
      },
      details: result.errors.map(formatIssue),
    };
  }
  return result;
}

/** A dataset the user imported earlier, from this browser's storage. */
async function loadStored(id: string): Promise<LoadResult> {
  let raw: unknown;
  try {
    raw = await readDataset(id);
  } catch (error) {
    return { ok: false, title: { key: 'load.storedMissing', params: { id } }, details: [String(error)] };
  }
  if (raw === undefined)
    return { ok: false, title: { key: 'load.storedMissing', params: { id } }, details: [] };
  const result = validateDataset(raw);
  return result.ok
    ? result
    : {
        ok: false,
        title: { key: 'load.invalid.other', params: { url: id, count: result.errors.length } },
        details: result.errors.map(formatIssue),
      };
}
