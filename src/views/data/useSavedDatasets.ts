import { useCallback, useEffect, useState } from 'react';
import { listDatasets, type StoredSummary } from '../../data/storage';

/** The datasets saved in this browser, with a refresh after a save or a removal. */
export function useSavedDatasets(enabled: boolean): {
  saved: StoredSummary[];
  error: string | null;
  refresh(): void;
} {
  const [saved, setSaved] = useState<StoredSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    // `version` is bumped to re-read the list after a change.
    if (!enabled || version < 0) return;
    let live = true;
    listDatasets().then(
      (list) => live && setSaved(list),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [enabled, version]);
  return { saved, error, refresh: useCallback(() => setVersion((v) => v + 1), []) };
}
