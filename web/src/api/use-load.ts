import { useCallback, useEffect, useState } from 'react';
import { type ApiError, invalidAnswer, type Result } from './api-error';

export type LoadState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; failure: ApiError };

/**
 * What a component fetches itself from a client that throws (not through useLoad): on its way,
 * come, or failed with the words to show.
 */
export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string };

/**
 * Runs `load` on mount and whenever `key` changes, aborting the one before; `retry` runs it
 * again. `update` changes the loaded data in place (after a write the API answered).
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<Result<T>>, key: string) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // `key` names what `load` depends on, so a new closure alone does not reload.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState(
          result.ok
            ? { status: 'ready', data: result.value }
            : { status: 'error', failure: result.failure },
        );
      },
      (error: unknown) => {
        // The client resolves every answer to a value; only an abort (or a bug) lands here.
        if (controller.signal.aborted) return;
        console.error(error);
        setState({ status: 'error', failure: invalidAnswer('', null) });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((current) =>
        current.status === 'ready' ? { status: 'ready', data: change(current.data) } : current,
      ),
    [],
  );
  return { state, retry, update };
}
