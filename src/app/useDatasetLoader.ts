import { useEffect } from 'react';
import { datasetSource, type LoadProgress } from '../data/load';
import { loadDatasetOffThread } from '../data/loadOffThread';
import { prefetchImportDialog } from './LazyImportDialog';
import { afterPaint } from './nextTask';
import { prepareDataset } from './prepareDataset';
import { appStore, useAppStore } from '../store/store';

/** Loads the dataset named by the link's `data` parameter, or the default one, whenever that changes. */
export function useDatasetLoader(): void {
  const source = useAppStore((s) => s.data);
  useEffect(() => {
    let cancelled = false;
    const { startLoading, setLoadProgress, setDataset, setDatasetError } = appStore.getState();
    startLoading();
    const progress = (p: LoadProgress) => {
      if (!cancelled) setLoadProgress(p);
    };
    const load = loadDatasetOffThread(datasetSource(source), progress);
    void load.result.then(async (result) => {
      if (cancelled) return;
      if (!result.ok) return setDatasetError({ title: result.title, details: result.details });
      await prepareDataset(result.dataset, appStore.getState().currentYear, progress, () => cancelled);
      if (cancelled) return;
      setDataset(result.dataset);
      // Once the views are on screen: the module's download and start would otherwise land in the frames
      // that first show them.
      void afterPaint().then(() => whenIdle(prefetchImportDialog));
    });
    return () => {
      cancelled = true;
      load.cancel();
    };
  }, [source]);
}

/** Runs `task` once the page is idle (the views just shown are painted), or within two seconds at most. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}
