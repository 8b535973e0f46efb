import type { Message } from '../i18n/message';
import type { Dataset } from './schema';
import { LOCAL_PREFIX, readDataset } from './storage';
import { formatIssue, validateDataset } from './validate';

/** A failed load: what went wrong (put into words in the interface language) and the technical details. */
export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; title: Message; details: string[] };

/** How far a load has come, for the progress shown while a large dataset arrives. */
export interface LoadProgress {
  phase: 'download' | 'check' | 'prepare';
  /** Bytes received, missions checked or prepared. */
  done: number;
  /** The whole, when known (a server may not say how large the file is). */
  total: number | null;
}

/** Where a named dataset lives among the static files; relative so the app works under any base path. */
export function datasetUrl(name: string): string {
  return `data/${encodeURIComponent(name)}.json`;
}

export const DEFAULT_DATASET = 'default';

/** The address a dataset is loaded from: the link's `data` parameter, or the default dataset's. */
export const datasetSource = (data: string | null): string => data ?? datasetUrl(DEFAULT_DATASET);

/**
 * Fetches, parses and validates a dataset. Never throws: every failure comes back as a message a person
 * can act on, because the caller shows it in place of the views.
 */
export async function loadDataset(
  url: string,
  fetchFn: typeof fetch = fetch,
  onProgress?: (progress: LoadProgress) => void,
  /** Resolves a relative `url` (a worker's own address is not the page's); messages keep `url` as given. */
  base?: string,
): Promise<LoadResult> {
  if (url.startsWith(LOCAL_PREFIX)) return loadStored(url.slice(LOCAL_PREFIX.length));
  let response: Response;
  try {
    response = await fetchFn(base ? new URL(url, base).href : url);
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
  const text = await readText(response, onProgress);
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      title: { key: 'load.notJson', params: { url } },
      details: [error instanceof Error ? error.message : String(error)],
    };
  }
  const missions = (json as { missions?: unknown } | null)?.missions;
  onProgress?.({ phase: 'check', done: 0, total: Array.isArray(missions) ? missions.length : null });
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

/** The response body as text, reporting the bytes received as they arrive when someone is listening. */
async function readText(response: Response, onProgress?: (progress: LoadProgress) => void): Promise<string> {
  if (!onProgress || !response.body) return response.text();
  const total = Number(response.headers.get('content-length')) || null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    chunks.push(chunk.value);
    done += chunk.value.byteLength;
    onProgress({ phase: 'download', done, total });
  }
  const bytes = new Uint8Array(done);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
