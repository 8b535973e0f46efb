import type { Dataset } from './schema';

/**
 * The user's own datasets, kept in the browser (IndexedDB) so they survive a reload. A stored dataset is
 * opened with the link parameter `data=local:<id>`.
 */

export interface StoredSummary {
  id: string;
  name: string;
  savedAt: string;
  missions: number;
  organizations: number;
}

interface StoredRecord extends StoredSummary {
  dataset: Dataset;
}

const DB = 'space-collaboration-explorer';
const STORE = 'datasets';
export const LOCAL_PREFIX = 'local:';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('This browser cannot keep datasets (no IndexedDB).'));
      return;
    }
    const request = indexedDB.open(DB, 1);
    request.addEventListener('upgradeneeded', () => {
      if (!request.result.objectStoreNames.contains(STORE))
        request.result.createObjectStore(STORE, { keyPath: 'id' });
    });
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () =>
      reject(request.error ?? new Error('IndexedDB could not be opened')),
    );
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB request failed')));
    });
  } finally {
    db.close();
  }
}

export async function saveDataset(name: string, dataset: Dataset): Promise<StoredSummary> {
  const summary: StoredSummary = {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`,
    name,
    savedAt: new Date().toISOString(),
    missions: dataset.missions.length,
    organizations: dataset.organizations.length,
  };
  await run('readwrite', (store) => store.put({ ...summary, dataset } satisfies StoredRecord));
  return summary;
}

export async function listDatasets(): Promise<StoredSummary[]> {
  const all = await run<StoredRecord[]>('readonly', (store) => store.getAll() as IDBRequest<StoredRecord[]>);
  return all
    .map(({ dataset: _dataset, ...summary }) => summary)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function readDataset(id: string): Promise<unknown> {
  const record = await run<StoredRecord | undefined>(
    'readonly',
    (store) => store.get(id) as IDBRequest<StoredRecord | undefined>,
  );
  return record?.dataset;
}

export async function removeDataset(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id));
}
