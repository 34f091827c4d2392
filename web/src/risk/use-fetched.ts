import { useEffect, useRef, useState } from 'react';

export interface Fetched<T> {
  /** The last answer, kept while the next one loads so the map never blanks between days. */
  data: T | null;
  /** The key `data` answers. */
  dataKey: string | null;
  loading: boolean;
  failed: boolean;
}

/**
 * Loads whenever `key` changes (nothing while it is null); an answer that comes back after the
 * key moved on is dropped. `key` names everything `load` depends on.
 */
export function useFetched<T>(key: string | null, load: () => Promise<T>): Fetched<T> {
  const [state, setState] = useState<Fetched<T>>({
    data: null,
    dataKey: null,
    loading: false,
    failed: false,
  });
  const latestLoad = useRef(load);
  latestLoad.current = load;

  useEffect(() => {
    if (key === null) return;
    let current = true;
    setState((s) => (s.dataKey === key ? s : { ...s, loading: true, failed: false }));
    latestLoad.current().then(
      (data) => {
        if (current) setState({ data, dataKey: key, loading: false, failed: false });
      },
      (cause: unknown) => {
        console.error(`Loading ${key} failed:`, cause);
        if (current) setState((s) => ({ ...s, loading: false, failed: true }));
      },
    );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}
