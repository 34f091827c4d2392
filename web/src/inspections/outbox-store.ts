import type { FieldRecord } from './field-record';

// The phone's own store of inspection records (IndexedDB, which outlives a reload, a lost
// connection and a closed tab): drafts, records waiting to be sent, and refused ones. Plain
// IndexedDB: four operations do not need a library.

const dbName = 'ntm-field-records';
const storeName = 'inspection-records';
const version = 1;

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName, version);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(storeName, { keyPath: 'key' });
      store.createIndex('userId', 'userId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

async function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(storeName, mode);
    const request = work(tx.objectStore(storeName));
    // Resolved when the transaction is durable, not merely when the request succeeded.
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const outboxStore = {
  put: (record: FieldRecord) => run('readwrite', (s) => s.put(record)).then(() => undefined),
  get: (key: string) =>
    run<FieldRecord | undefined>(
      'readonly',
      (s) => s.get(key) as IDBRequest<FieldRecord | undefined>,
    ),
  /** One account's records, oldest first. */
  list: (userId: string) =>
    run<FieldRecord[]>(
      'readonly',
      (s) => s.index('userId').getAll(userId) as IDBRequest<FieldRecord[]>,
    ).then((records) => records.sort((a, b) => a.createdAt - b.createdAt)),
  delete: (key: string) => run('readwrite', (s) => s.delete(key)).then(() => undefined),
};

export type OutboxStore = typeof outboxStore;
