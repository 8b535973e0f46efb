import type { Dataset } from '../data/schema';
import type { LoadProgress } from '../data/load';
import { prepareFilterIndex } from '../domain/filterPass';
import { extendSearchIndex } from '../domain/filters';
import { indexPartnerships } from '../domain/partnerships';
import { nextTask } from './nextTask';

/** Missions per slice: each slice is a short task, so the page keeps painting the progress between them. */
const SLICE = 4000;

/**
 * Builds the per-dataset indexes (partnership pairs, search text, filter facts) in slices before the
 * dataset is shown. The first view then renders from them instead of building them all in one long task,
 * which at 100,000 missions froze the tab for seconds.
 */
export async function prepareDataset(
  dataset: Dataset,
  currentYear: number,
  onProgress: (progress: LoadProgress) => void,
  cancelled: () => boolean,
): Promise<void> {
  const { missions, organizations } = dataset;
  const total = missions.length;
  for (let from = 0; from < total; from += SLICE) {
    if (cancelled()) return;
    const to = Math.min(total, from + SLICE);
    indexPartnerships(missions, organizations, from, to);
    extendSearchIndex(dataset, from, to);
    onProgress({ phase: 'prepare', done: to, total });
    await nextTask();
  }
  prepareFilterIndex(dataset, currentYear);
}
