import type { Dataset, Mission } from './schema';
import { LOCAL_PREFIX } from './storage';
import { loadDataset, type LoadProgress, type LoadResult } from './load';

type WorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'result'; result: LoadResult }
  | { type: 'begin'; dataset: Dataset }
  | { type: 'missions'; missions: Mission[] }
  | { type: 'end' };

/**
 * Loads a dataset in a Web Worker, reporting progress; where workers are missing (tests) or fail to start,
 * on the main thread instead. Stored datasets come from IndexedDB, already parsed: they load here.
 */
export function loadDatasetOffThread(
  url: string,
  onProgress: (progress: LoadProgress) => void,
): { result: Promise<LoadResult>; cancel(): void } {
  if (url.startsWith(LOCAL_PREFIX) || typeof Worker === 'undefined')
    return { result: loadDataset(url, fetch, onProgress), cancel: () => {} };
  const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<LoadResult>((resolve) => {
    // A valid dataset arrives in slices of missions (see the worker), anything else in one message.
    let dataset: Dataset | null = null;
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'begin') dataset = message.dataset;
      else if (message.type === 'missions') dataset?.missions.push(...message.missions);
      else {
        const outcome: LoadResult =
          message.type === 'result'
            ? message.result
            : dataset
              ? { ok: true, dataset }
              : { ok: false, title: { key: 'load.network', params: { url } }, details: [] };
        resolve(outcome);
        worker.terminate();
      }
    });
    worker.addEventListener('error', () => {
      worker.terminate();
      resolve(loadDataset(url, fetch, onProgress));
    });
    worker.postMessage({ url, base: document.baseURI });
  });
  return { result, cancel: () => worker.terminate() };
}
