// The rows of a layer export (GET /api/exports/{layer}.{format}): the same field lists as the
// layer's GET route (businessFeature, tipColumns, inspectionColumns), each row with its place in
// the systems the file asks for. The large layers come through a cursor, a batch at a time, so a
// million premises never sit in memory; row-level security applies as in every request.
import type postgres from 'postgres';
import type { Sql } from '../client';
import { businessProperties } from './business-feature';
import { type RowLayer, rowLayerSource } from './row-layers';

/** The coordinate systems of one export, as PostGIS SRIDs. */
export type ExportSystems = {
  /** The file's geometry (GeoJSON, WKT, GeoPackage, Shapefile, KML). */
  srid: number;
  /** Decimals of the file's coordinates: 7 for degrees (~1 cm), 3 for metres. */
  digits: number;
  /** The geographic system of the lng/lat columns (WGS 84 or VN-2000). */
  lngLatSrid: number;
  /** The projected system of the X/Y columns, or null for none. */
  xySrid: number | null;
  /** What the writer reads: GeoJSON geometries, WKT (GDAL's input), or a table's columns. */
  output: 'geojson' | 'wkt' | 'table';
};

/** Where a row lies, in the export's systems; all null for a row without a position. */
export type ExportPlace = {
  exportGeometry: string | null;
  exportWkt: string | null;
  /** Points only. */
  exportLng: number | null;
  exportLat: number | null;
  /** Points only, with `xySrid`: easting and northing in metres. */
  exportEasting: number | null;
  exportNorthing: number | null;
};

const placeColumns = (sql: Sql, geom: postgres.Fragment, s: ExportSystems) => {
  const point = sql`ST_GeometryType(${geom}) = 'ST_Point'`;
  const lngLat = sql`ST_Transform(${geom}, ${s.lngLatSrid}::int)`;
  const xy = s.xySrid === null ? null : sql`ST_Transform(${geom}, ${s.xySrid}::int)`;
  const geojson = s.output === 'geojson';
  const wkt = s.output !== 'geojson';
  const table = s.output === 'table';
  return sql`
    ${geojson ? sql`ST_AsGeoJSON(ST_Transform(${geom}, ${s.srid}::int), ${s.digits}::int)` : sql`null::text`} as "exportGeometry",
    ${wkt ? sql`ST_AsText(ST_Transform(${geom}, ${s.srid}::int), ${s.digits}::int)` : sql`null::text`} as "exportWkt",
    ${table ? sql`case when ${point} then round(ST_X(${lngLat})::numeric, 8)::float8 end` : sql`null::float8`} as "exportLng",
    ${table ? sql`case when ${point} then round(ST_Y(${lngLat})::numeric, 8)::float8 end` : sql`null::float8`} as "exportLat",
    ${xy ? sql`case when ${point} then round(ST_X(${xy})::numeric, 3)::float8 end` : sql`null::float8`} as "exportEasting",
    ${xy ? sql`case when ${point} then round(ST_Y(${xy})::numeric, 3)::float8 end` : sql`null::float8`} as "exportNorthing"`;
};

export type BusinessExportRow = ExportPlace & { properties: Record<string, unknown> };

/**
 * The registry as GET /api/businesses gives it (owner and phone only `withOwner`, a village
 * head's own village only), by id, in batches of `batch` rows.
 */
export function businessExportBatches(
  sql: Sql,
  o: {
    communeCode: string;
    withOwner: boolean;
    villageId: number | null;
    systems: ExportSystems;
    batch: number;
  },
): AsyncIterable<BusinessExportRow[]> {
  return sql<BusinessExportRow[]>`
    select ${businessProperties(sql, o.withOwner)} as properties,
           ${placeColumns(sql, sql`b.geom`, o.systems)}
    from businesses b join villages v on v.id = b.village_id
    where b.commune_code = ${o.communeCode} and b.deleted_at is null
      ${o.villageId !== null ? sql`and b.village_id = ${o.villageId}` : sql``}
    order by b.id`.cursor(o.batch);
}

/**
 * Tips or inspections the actor may see (row-level security), with tipColumns' or
 * inspectionColumns' fields, oldest first.
 */
export function rowLayerExportBatches(
  sql: Sql,
  layer: RowLayer,
  o: { communeCode: string; systems: ExportSystems; batch: number },
): AsyncIterable<Array<Record<string, unknown> & ExportPlace>> {
  const source = rowLayerSource(sql, layer, o.communeCode);
  return sql<Array<Record<string, unknown> & ExportPlace>>`
    select ${source.columns}, ${placeColumns(sql, source.geom, o.systems)}
    from ${source.from}
    where ${source.where}
    order by ${source.time}, ${source.id}`.cursor(o.batch);
}

const areaTables = {
  villages: { table: 'villages', id: 'id' },
  'key-areas': { table: 'key_areas', id: 'id' },
  commune: { table: 'communes', id: 'commune_code' },
} as const;

/**
 * The places of a small polygon layer's features by their GeoJSON `id` (the properties come
 * from the layer's own GET query: a few dozen outlines, read whole).
 */
export async function areaPlaces(
  sql: Sql,
  layer: keyof typeof areaTables,
  communeCode: string,
  systems: ExportSystems,
): Promise<Map<string, ExportPlace>> {
  const { table, id } = areaTables[layer];
  const rows = await sql<Array<ExportPlace & { id: string }>>`
    select ${sql(id)}::text as id, ${placeColumns(sql, sql`ST_ForcePolygonCCW(geom)`, systems)}
    from ${sql(table)} where commune_code = ${communeCode}`;
  return new Map(rows.map(({ id: key, ...place }) => [key, place]));
}
