import type { Message } from '../i18n/message';
import type { Dataset } from './schema';
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
