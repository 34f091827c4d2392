import { useCallback, useEffect, useRef, useState } from 'react';
import { tiledAbove } from '../map/tiled-businesses';
import { ApiError } from './api-error';
import type { GeoClient } from './geo-client';
import type {
  BusinessCollection,
  CommuneFeature,
  KeyAreaCollection,
  RoadCollection,
  VillageCollection,
} from './geo-types';

/** The map's data, one entry per request, each loading, ready or failed on its own. */
export interface GeoData {
  commune: CommuneFeature;
  villages: VillageCollection;
  keyAreas: KeyAreaCollection;
  roads: RoadCollection;
  businesses: BusinessCollection;
}
export type DatasetKey = keyof GeoData;

/** `not-allowed`: the signed-in role may not read it (403); the map leaves it out, no error. */
export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ApiError }
  | { status: 'not-allowed' };

export type GeoDataState = { [K in DatasetKey]: Loadable<GeoData[K]> };

export const datasetKeys: readonly DatasetKey[] = [
  'commune',
  'villages',
  'keyAreas',
  'roads',
  'businesses',
];

function loaders(client: GeoClient): {
  [K in DatasetKey]: (s: AbortSignal) => Promise<GeoData[K]>;
} {
  return {
    commune: (signal) => client.commune(signal),
    villages: (signal) => client.villages(signal),
    keyAreas: (signal) => client.keyAreas({}, signal),
    roads: (signal) => client.roads(signal),
    businesses: (signal) => client.businesses({ tiledAbove }, signal),
  };
}

/**
 * Datasets that some roles may not read (ARCHITECTURE.md §4): a 403 on one of these means "not
 * for this account" and leaves it off the map. Every signed-in role reads the others, so a 403
 * there is a real error and is shown as one.
 */
const roleDependent: ReadonlySet<DatasetKey> = new Set(['businesses']);

function initialState(readable: ReadonlySet<DatasetKey>): GeoDataState {
  return Object.fromEntries(
    datasetKeys.map((key) => [key, { status: readable.has(key) ? 'loading' : 'not-allowed' }]),
  ) as GeoDataState;
}

function toApiError(cause: unknown, key: DatasetKey): ApiError {
  return cause instanceof ApiError ? cause : new ApiError('invalid', key, null, String(cause));
}

/**
 * Loads every dataset the role may read in parallel, so one slow or failing endpoint neither
 * blocks nor blanks the others. `retry` reloads only what failed. `readable` is read once: a
 * different user gets a new map page, not a changed one.
 */
export function useGeoData(
  client: GeoClient,
  readable: ReadonlySet<DatasetKey>,
): { state: GeoDataState; retry: () => void; refresh: (keys: readonly DatasetKey[]) => void } {
  const [state, setState] = useState<GeoDataState>(() => initialState(readable));
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const controllers = useRef(new Set<AbortController>());

  const load = useCallback(
    (keys: readonly DatasetKey[], quiet = false) => {
      const controller = new AbortController();
      controllers.current.add(controller);
      const load = loaders(client);
      // A quiet reload keeps showing the data it replaces until the new data is there.
      if (!quiet) {
        setState((previous) => {
          const next = { ...previous };
          for (const key of keys) next[key] = { status: 'loading' };
          return next;
        });
      }
      for (const key of keys) {
        const settle = (value: GeoDataState[typeof key]) => {
          if (!controller.signal.aborted) setState((previous) => ({ ...previous, [key]: value }));
        };
        load[key](controller.signal).then(
          (data) => settle({ status: 'ready', data } as GeoDataState[typeof key]),
          (cause: unknown) => {
            if (controller.signal.aborted) return;
            const error = toApiError(cause, key);
            if (error.kind === 'http' && error.status === 403 && roleDependent.has(key)) {
              console.info(`${key}: not readable for this account; left off the map.`);
              settle({ status: 'not-allowed' });
              return;
            }
            console.error(`Loading ${key} failed:`, error);
            settle({ status: 'error', error });
          },
        );
      }
    },
    [client],
  );

  const initial = useRef(datasetKeys.filter((key) => readable.has(key)));
  useEffect(() => {
    const running = controllers.current;
    load(initial.current);
    return () => {
      for (const controller of running) controller.abort();
      running.clear();
    };
  }, [load]);

  const retry = useCallback(() => {
    const failed = datasetKeys.filter((key) => stateRef.current[key].status === 'error');
    if (failed.length > 0) load(failed);
  }, [load]);

  /** Reloads datasets that changed (after a write) without blanking them meanwhile. */
  const refresh = useCallback(
    (keys: readonly DatasetKey[]) =>
      load(
        keys.filter((key) => readable.has(key)),
        true,
      ),
    [load, readable],
  );

  return { state, retry, refresh };
}
