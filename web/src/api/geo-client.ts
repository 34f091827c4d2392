import { allPages, cursorQuery } from './all-pages';
import { answer, api, withSignal } from './api';
import { invalidAnswer } from './api-error';
import type {
  AppConfig,
  BusinessCollection,
  BusinessStatus,
  BusinessType,
  CommuneFeature,
  Health,
  KeyAreaCollection,
  KeyAreaKind,
  RoadCollection,
  VillageCollection,
} from './geo-types';
import { idParam } from './id-param';

// The map's reads. The rest of the app sees the `GeoClient` interface, so a test or a page can
// hand in another source of the same layers.

export type BBox = [minLng: number, minLat: number, maxLng: number, maxLat: number];

export interface BusinessQuery {
  bbox?: BBox;
  type?: BusinessType;
  status?: BusinessStatus;
  village?: number | string;
  /** The whole layer, unless there are more than this many: then counts and tiles (see tiled-businesses.ts). */
  tiledAbove?: number;
}

export interface GeoClient {
  config(signal?: AbortSignal): Promise<AppConfig>;
  health(signal?: AbortSignal): Promise<Health>;
  commune(signal?: AbortSignal): Promise<CommuneFeature>;
  /** Today's villages, or with `on` (YYYY-MM-DD) those valid that day with that day's outlines. */
  villages(signal?: AbortSignal, on?: string): Promise<VillageCollection>;
  keyAreas(query?: { kind?: KeyAreaKind }, signal?: AbortSignal): Promise<KeyAreaCollection>;
  roads(signal?: AbortSignal): Promise<RoadCollection>;
  businesses(query?: BusinessQuery, signal?: AbortSignal): Promise<BusinessCollection>;
}

/** A layer answer must at least be a FeatureCollection: a map cannot draw anything else. */
async function collection<T extends { type: 'FeatureCollection'; features: unknown[] }>(
  pending: Promise<T>,
  request: string,
): Promise<T> {
  const body = await pending;
  if (body?.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
    throw invalidAnswer(request, 200);
  }
  return body;
}

export const geoClient: GeoClient = {
  config: (signal) => answer(api.config.$get(undefined, withSignal(signal))),
  health: (signal) => answer(api.health.$get(undefined, withSignal(signal))),
  commune: (signal) => answer(api.commune.$get({ query: {} }, withSignal(signal))),
  villages: (signal, on) =>
    collection(answer(api.villages.$get({ query: { on } }, withSignal(signal))), '/api/villages'),
  keyAreas: (query = {}, signal) =>
    collection(
      answer(api['key-areas'].$get({ query: { kind: query.kind } }, withSignal(signal))),
      '/api/key-areas',
    ),
  roads: (signal) =>
    collection(answer(api.roads.$get(undefined, withSignal(signal))), '/api/roads'),
  businesses: (query = {}, signal) =>
    collection(
      allPages(
        (cursor) =>
          answer(
            api.businesses.$get(
              {
                query: {
                  bbox: query.bbox?.join(','),
                  type: query.type,
                  status: query.status,
                  village: query.village === undefined ? undefined : String(query.village),
                  tiledAbove: query.tiledAbove === undefined ? undefined : String(query.tiledAbove),
                  ...cursorQuery(cursor),
                },
              },
              withSignal(signal),
            ),
          ),
        'features',
      ),
      '/api/businesses',
    ),
};

/** One business as its own GET route gives it (a popup over a tiled layer, whose tiles carry less). */
export const fetchBusiness = (id: number, signal?: AbortSignal) =>
  answer(api.businesses[':id'].$get(idParam(id), withSignal(signal)));
