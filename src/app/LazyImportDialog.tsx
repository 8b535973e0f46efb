import { useEffect, useState, type ComponentType } from 'react';
import { appStore, useAppStore } from '../store/store';

// The import dialog brings the CSV reader and Papa Parse, about a tenth of the app's code: it loads when a
// file is first opened (or when the page is idle after the first view), not before the first view.
const loadDialog = () => import('../views/data/ImportDialog').then((m) => m.ImportDialog);

/**
 * Fetches the dialog's code while the page is idle: a file opened later then shows at once, and the
 * service worker has it cached for a classroom that goes offline after the first visit.
 */
export function prefetchImportDialog(): void {
  loadDialog().catch(() => {
    // Fetched again when a file is opened; a failure then is reported there.
  });
}

/** The import dialog, its code loaded the first time a file is opened (picked or dropped). */
export function LazyImportDialog() {
  const importing = useAppStore((s) => s.pendingImport !== null);
  const [Dialog, setDialog] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (!importing || Dialog) return;
    let live = true;
    loadDialog().then(
      (component) => {
        if (live) setDialog(() => component);
      },
      (error: unknown) => {
        if (!live) return;
        // Offline before the code was ever fetched: the file is not opened, and the page says why.
        const state = appStore.getState();
        state.startImport(null);
        const reason = error instanceof Error ? error.message : String(error);
        state.addNotices([{ key: 'import.failed', params: { reason } }]);
      },
    );
    return () => {
      live = false;
    };
  }, [importing, Dialog]);
  // Once loaded it stays mounted: it opens and closes itself, and closing returns focus where it was.
  return Dialog ? <Dialog /> : null;
}
