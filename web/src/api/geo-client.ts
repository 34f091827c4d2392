import type { Feature, Geometry } from 'geojson';
import { z } from 'zod';
import {
  type AppConfig,
  appConfigSchema,
  type BusinessCollection,
  type BusinessStatus,
  type BusinessType,
  businessPropertiesSchema,
  type CommuneFeature,
  communePropertiesSchema,
  type Health,
  healthSchema,
  type KeyAreaCollection,
  type KeyAreaKind,
  keyAreaPropertiesSchema,
  type RoadCollection,
  roadPropertiesSchema,
  type VillageCollection,
  villagePropertiesSchema,
} from './geo-types';
import { reportSessionLost } from './session-expiry';

// Plain `fetch` for the GeoJSON reads until the API exports its AppType. The rest of the app
// only sees the `GeoClient` interface, so swapping in `hc<AppType>('/api')` changes this file
// and nothing else.

export type BBox = [minLng: number, minLat: number, maxLng: number, maxLat: number];

export interface BusinessQuery {
  bbox?: BBox;
  type?: BusinessType;
  status?: BusinessStatus;
  village?: number | string;
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

/** Why a request failed, in terms the UI can explain: no answer, an HTTP error, or bad data. */
export type ApiErrorKind = 'network' | 'http' | 'invalid';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly path: string,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      headers: { Accept: 'application/geo+json, application/json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError('network', path, null, String(cause));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401) reportSessionLost();
    const parsed = errorBodySchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : response.statusText;
    throw new ApiError('http', path, response.status, message);
  }
  if (body === undefined) throw new ApiError('invalid', path, response.status, 'not JSON');
  return body;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ApiError('invalid', path, 200, z.prettifyError(result.error));
  }
  return result.data;
}

const geometrySchema = z.custom<Geometry>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    ('coordinates' in value || 'geometries' in value),
);

const featureCollectionEnvelope = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

/**
 * Reads a FeatureCollection, keeping the features whose geometry type and properties match.
 * A feature that drifted from the contract is dropped with a console warning instead of blanking
 * the whole layer; a response that is not a FeatureCollection at all is an error.
 */
function featureCollection<G extends Geometry, P>(
  path: string,
  body: unknown,
  geometryTypes: readonly G['type'][],
  properties: z.ZodType<P>,
): { type: 'FeatureCollection'; features: Feature<G, P>[] } {
  const envelope = parse(featureCollectionEnvelope, body, path);
  const schema = z.object({
    type: z.literal('Feature'),
    id: z.union([z.number(), z.string()]).optional(),
    geometry: geometrySchema.refine((g) => (geometryTypes as readonly string[]).includes(g.type)),
    properties,
  });
  const features: Feature<G, P>[] = [];
  let firstProblem: string | undefined;
  for (const raw of envelope.features) {
    const result = schema.safeParse(raw);
    if (result.success) features.push(result.data as Feature<G, P>);
    else firstProblem ??= z.prettifyError(result.error);
  }
  const dropped = envelope.features.length - features.length;
  if (dropped > 0) {
    console.warn(`GET /api${path}: ${dropped} feature(s) dropped\n${firstProblem ?? ''}`);
  }
  return { type: 'FeatureCollection', features };
}

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const areal = ['Polygon', 'MultiPolygon'] as const;
const anyGeometry = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;

export const geoClient: GeoClient = {
  async config(signal) {
    return parse(appConfigSchema, await getJson('/config', signal), '/config');
  },
  async health(signal) {
    return parse(healthSchema, await getJson('/health', signal), '/health');
  },
  async commune(signal) {
    const path = '/commune';
    const schema = z.object({
      type: z.literal('Feature'),
      geometry: geometrySchema.refine((g) => g.type === 'Polygon' || g.type === 'MultiPolygon'),
      properties: communePropertiesSchema,
    });
    return parse(schema, await getJson(path, signal), path) as CommuneFeature;
  },
  async villages(signal, on) {
    const path = withQuery('/villages', { on });
    return featureCollection(path, await getJson(path, signal), areal, villagePropertiesSchema);
  },
  async keyAreas(query = {}, signal) {
    const path = withQuery('/key-areas', { kind: query.kind });
    return featureCollection(
      path,
      await getJson(path, signal),
      anyGeometry,
      keyAreaPropertiesSchema,
    );
  },
  async roads(signal) {
    const path = '/roads';
    const lines = ['LineString', 'MultiLineString'] as const;
    return featureCollection(path, await getJson(path, signal), lines, roadPropertiesSchema);
  },
  async businesses(query = {}, signal) {
    const path = withQuery('/businesses', {
      bbox: query.bbox?.join(','),
      type: query.type,
      status: query.status,
      village: query.village,
    });
    const points = ['Point'] as const;
    return featureCollection(path, await getJson(path, signal), points, businessPropertiesSchema);
  },
};
