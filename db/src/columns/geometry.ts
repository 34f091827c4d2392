import { customType } from 'drizzle-orm/pg-core';

type GeometryKind =
  | 'Point'
  | 'MultiPolygon'
  | 'Polygon'
  | 'LineString'
  | 'MultiLineString'
  | 'Geometry';

/**
 * A PostGIS geometry column in WGS84 (SRID 4326) typed by what it holds. Values are written as
 * GeoJSON text through ST_GeomFromGeoJSON in the query functions; reads go through ST_AsGeoJSON
 * in SQL, so the driver value stays the raw EWKB hex string.
 */
export function geometryColumn(name: string, kind: GeometryKind) {
  return customType<{ data: string; driverData: string }>({
    dataType: () => `geometry(${kind},4326)`,
  })(name);
}
// Points use this column too: drizzle-kit 0.31 drops the SRID of the built-in `geometry()`
// point column (it emits `geometry(point)`), and the database must refuse other SRIDs.
