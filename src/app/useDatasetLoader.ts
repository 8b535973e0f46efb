import { useEffect } from 'react';
import { datasetUrl, loadDataset } from '../data/load';
import { appStore, useAppStore } from '../store/store';

export const DEFAULT_DATASET = 'default';

/** Loads the dataset named by the link's `data` parameter, or the default one, whenever that changes. */
export function useDatasetLoader(): void {
  const source = useAppStore((s) => s.data);
  useEffect(() => {
    let cancelled = false;
    const { startLoading, setDataset, setDatasetError } = appStore.getState();
    startLoading();
    void loadDataset(source ?? datasetUrl(DEFAULT_DATASET)).then((result) => {
      if (cancelled) return;
      if (result.ok) setDataset(result.dataset);
      else setDatasetError({ title: result.title, details: result.details });
    });
    return () => {
      cancelled = true;
    };
  }, [source]);
}
