import type { LngLat } from '@ntm/db/queries/businesses';

/**
 * A record with a GeoJSON PATCH applied: the properties sent over the old ones, the point sent
 * in place of the old one, and, where the schema lets the geometry be null, no point at all.
 */
export function patchedRecord<Row extends { lngLat: LngLat | null }>(
  before: Row,
  patch: { geometry?: { coordinates: LngLat } | null; properties?: Partial<Row> },
): Row {
  const lngLat =
    patch.geometry === undefined ? before.lngLat : (patch.geometry?.coordinates ?? null);
  // A geometry of null only passes a schema whose record may have no point (Row['lngLat'] null).
  return { ...before, ...patch.properties, lngLat: lngLat as Row['lngLat'] };
}
