import type { Dataset, Mission } from './schema';
import { LOCAL_PREFIX } from './storage';
import { loadDataset, type LoadProgress, type LoadResult } from './load';

type WorkerMessage =
  | { type: 'progress'; progress: LoadProgress }
  | { type: 'result'; result: LoadResult }
  | { type: 'begin'; dataset: Dataset }
  | { type: 'missions'; missions: Mission[] }
  | { type: 'end' };

function startWorker(url: string): Worker {
  const worker = new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage({ url, base: document.baseURI });
  return worker;
}

/** A load started before the interface first rendered, holding its worker's messages until claimed. */
interface EarlyLoad {
  url: string;
  worker: Worker;
  held: Event[];
  hold: (event: Event) => void;
}
let early: EarlyLoad | null = null;

/**
 * Starts loading the dataset the page will ask for, before React renders anything: the worker's script,
 * the download and the check then run while the interface builds, instead of after it (about a fifth of
 * a second of the first view). `loadDatasetOffThread` with the same address takes it over.
 */
export function startLoadingEarly(url: string): void {
  if (early || url.startsWith(LOCAL_PREFIX) || typeof Worker === 'undefined') return;
  try {
    const held: Event[] = [];
    const hold = (event: Event) => held.push(event);
    const worker = startWorker(url);
    worker.addEventListener('message', hold);
    worker.addEventListener('error', hold);
    early = { url, worker, held, hold };
  } catch {
    // No worker here: the normal load runs on the main thread.
  }
}

/** The early load for this address, if one is waiting; an unclaimed one for another address is stopped. */
function claimEarly(url: string): EarlyLoad | null {
  const waiting = early;
  early = null;
  if (!waiting) return null;
  waiting.worker.removeEventListener('message', waiting.hold);
  waiting.worker.removeEventListener('error', waiting.hold);
  if (waiting.url === url) return waiting;
  waiting.worker.terminate();
  return null;
}

/**
 * Loads a dataset in a Web Worker, reporting progress; where workers are missing (tests) or fail to start,
 * on the main thread instead. Stored datasets come from IndexedDB, already parsed: they load here.
 */
export function loadDatasetOffThread(
  url: string,
  onProgress: (progress: LoadProgress) => void,
): { result: Promise<LoadResult>; cancel(): void } {
  const claimed = claimEarly(url);
  if (url.startsWith(LOCAL_PREFIX) || typeof Worker === 'undefined')
    return { result: loadDataset(url, fetch, onProgress), cancel: () => {} };
  const worker = claimed?.worker ?? startWorker(url);
  const result = new Promise<LoadResult>((resolve) => {
    // A valid dataset arrives in slices of missions (see the worker), anything else in one message.
    let dataset: Dataset | null = null;
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
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
    };
    let failed = false;
    const onError = () => {
      if (failed) return;
      failed = true;
      worker.terminate();
      resolve(loadDataset(url, fetch, onProgress));
    };
    // What the early worker said before it was claimed, in order, then what it says from now on.
    for (const event of claimed?.held ?? []) {
      if (event instanceof MessageEvent) onMessage(event as MessageEvent<WorkerMessage>);
      else onError();
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
  return { result, cancel: () => worker.terminate() };
}
