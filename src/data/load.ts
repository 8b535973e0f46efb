import type { Dataset } from './schema';
import { formatIssue, validateDataset } from './validate';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; title: string; details: string[] };

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
      title: `The dataset could not be downloaded from ${url}.`,
      details: [`The network request failed (${error instanceof Error ? error.message : String(error)}).`],
    };
  }
  if (!response.ok) {
    return {
      ok: false,
      title: `The dataset ${url} could not be found.`,
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
      title: `The dataset ${url} is not valid JSON.`,
      details: [error instanceof Error ? error.message : String(error)],
    };
  }
  const result = validateDataset(json);
  if (!result.ok) {
    return {
      ok: false,
      title: `The dataset ${url} has ${result.errors.length === 1 ? 'a problem' : `${result.errors.length} problems`}.`,
      details: result.errors.map(formatIssue),
    };
  }
  return result;
}
