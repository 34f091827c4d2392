// The pages of OGC API – Features items, for every collection the same way: the layer's own
// rows and fields (the Feature builders and column lists its GET route uses) under the caller's
// row-level security, filtered in SQL, ordered by id, counted, and with the geometry written in
// the asked coordinate system.
import type postgres from 'postgres';
import type { Sql } from '../client';
import { businessProperties } from './business-feature';
import { keyAreaProperties } from './key-areas';
import { type RowLayer, rowLayerSource } from './row-layers';
import { versionsOn, villageProperties } from './villages';

/** Collections whose Features are built in SQL, as their GET routes build them. */
export type SqlFeatureCollection = 'villages' | 'key-areas' | 'businesses';
/** Collections whose Features the API builds from rows (row-layers.ts). */
export type RowCollection = RowLayer;
export type ItemsCollection = SqlFeatureCollection | RowCollection;

export type ItemsSelection = {
  communeCode: string;
  /** West, south, east, north in `srid`, easting first. */
  bbox: { edges: readonly [number, number, number, number]; srid: number } | null;
  /** Closed span of instants on the collection's time; a null end is open. */
  datetime: { from: string | null; to: string | null } | null;
  /** Property filters the API has checked: name → value. */
  filters: Readonly<Record<string, string>>;
  limit: number;
  offset: number;
  /** The system coordinates go out in; latitude (northing) first where its register says so. */
  output: { srid: number; latFirst: boolean; digits: number };
  /** Businesses: the owner's name and phone (rolesSeeingOwners). */
  withOwner: boolean;
  /** One feature by id, instead of a page. */
  id?: number;
};

type Source = {
  from: postgres.Fragment;
  id: postgres.Fragment;
  geom: postgres.Fragment;
  where: postgres.Fragment;
  time: postgres.Fragment | null;
  filters: Record<string, postgres.Fragment>;
  /** The Feature's properties as JSON (villages, key areas, businesses) … */
  properties?: postgres.Fragment;
  /** … or the layer's columns, for the API to build the Feature from (tips, inspections). */
  columns?: postgres.Fragment;
};

function sourceOf(sql: Sql, collection: ItemsCollection, s: ItemsSelection): Source {
  switch (collection) {
    case 'villages':
      return {
        from: sql`(${versionsOn(sql, s.communeCode, undefined)}) v`,
        id: sql`v.id`,
        geom: sql`ST_ForcePolygonCCW(v.geom)`,
        where: sql`true`,
        time: null,
        filters: {},
        properties: villageProperties(sql),
      };
    case 'key-areas':
      return {
        from: sql`key_areas k`,
        id: sql`k.id`,
        geom: sql`ST_ForcePolygonCCW(k.geom)`,
        where: sql`k.commune_code = ${s.communeCode}`,
        time: null,
        filters: { kind: sql`k.kind::text` },
        properties: keyAreaProperties(sql),
      };
    case 'businesses':
      return {
        from: sql`businesses b join villages v on v.id = b.village_id`,
        id: sql`b.id`,
        geom: sql`b.geom`,
        where: sql`b.commune_code = ${s.communeCode} and b.deleted_at is null`,
        time: null,
        filters: {
          type: sql`b.type::text`,
          status: sql`b.status::text`,
          village: sql`b.village_id::text`,
        },
        properties: businessProperties(sql, s.withOwner),
      };
    case 'tips':
      return {
        ...rowLayerSource(sql, 'tips', s.communeCode),
        filters: {
          status: sql`t.status::text`,
          channel: sql`t.channel::text`,
          category: sql`t.category`,
        },
      };
    case 'inspections':
      return {
        ...rowLayerSource(sql, 'inspections', s.communeCode),
        filters: {
          kind: sql`i.kind::text`,
          status: sql`i.status::text`,
          // As GET /api/inspections: a result means a recorded inspection's.
          result: sql`case when i.status = 'recorded' then i.result::text end`,
        },
      };
  }
}

function conditions(sql: Sql, source: Source, s: ItemsSelection) {
  const parts: postgres.Fragment[] = [source.where];
  if (s.id !== undefined) parts.push(sql`${source.id} = ${s.id}`);
  if (s.bbox) {
    const [w, south, e, n] = s.bbox.edges;
    const box = sql`ST_MakeEnvelope(${w}, ${south}, ${e}, ${n}, ${s.bbox.srid})`;
    parts.push(
      s.bbox.srid === 4326
        ? sql`${source.geom} && ${box} and ST_Intersects(${source.geom}, ${box})`
        : sql`ST_Intersects(${source.geom}, ST_Transform(${box}, 4326))`,
    );
  }
  if (s.datetime && source.time) {
    if (s.datetime.from) parts.push(sql`${source.time} >= ${s.datetime.from}`);
    if (s.datetime.to) parts.push(sql`${source.time} <= ${s.datetime.to}`);
  }
  for (const [name, value] of Object.entries(s.filters)) {
    const column = source.filters[name];
    if (!column) throw new Error(`no filter ${name} on this collection`);
    parts.push(sql`${column} = ${value}`);
  }
  return parts.reduce((all, part) => sql`${all} and ${part}`);
}

/** The geometry as GeoJSON in the output system, axes in its register's order. */
function geometryOut(sql: Sql, geom: postgres.Fragment, output: ItemsSelection['output']) {
  if (output.srid === 4326 && !output.latFirst) return sql`ST_AsGeoJSON(${geom}, ${output.digits})`;
  const moved = sql`ST_Transform(${geom}, ${output.srid}::int)`;
  return sql`ST_AsGeoJSON(${output.latFirst ? sql`ST_FlipCoordinates(${moved})` : moved}, ${output.digits})`;
}

export type ItemRow = { id: number; geometry: string | null } & Record<string, unknown>;

/** The page's slice of the selection, ordered by id. */
const pageOf = (sql: Sql, source: Source, where: postgres.Fragment, s: ItemsSelection) => sql`
  select ${source.id}::float8 as "ogcId", ${geometryOut(sql, source.geom, s.output)} as "ogcGeometry",
         ${source.properties ? sql`${source.properties} as properties` : (source.columns as postgres.Fragment)}
  from ${source.from}
  where ${where}
  order by ${source.id}
  limit ${s.limit} offset ${s.offset}`;

/** How many features the selection has: counted only when the page may not hold them all. */
async function matchedBy(
  sql: Sql,
  source: Source,
  where: postgres.Fragment,
  s: ItemsSelection,
  returned: number,
) {
  if (s.id !== undefined || (s.offset === 0 && returned < s.limit)) return returned;
  const [row] = await sql<[{ n: string }]>`select count(*) as n from ${source.from} where ${where}`;
  return Number(row.n);
}

/**
 * A page of villages, key areas or businesses (or the one feature `id`) as the JSON text of its
 * Features array, written by PostgreSQL as the layers' GET routes write theirs; and how many
 * features the selection has.
 */
export async function findFeaturePage(
  sql: Sql,
  collection: SqlFeatureCollection,
  selection: ItemsSelection,
): Promise<{ features: string; returned: number; matched: number }> {
  const source = sourceOf(sql, collection, selection);
  const where = conditions(sql, source, selection);
  const [page] = await sql<[{ features: string; returned: number }]>`
    select coalesce(json_agg(json_build_object(
             'type', 'Feature', 'id', f."ogcId", 'geometry', f."ogcGeometry"::json,
             'properties', f.properties) order by f."ogcId"), '[]')::text as features,
           count(*)::int as returned
    from (${pageOf(sql, source, where, selection)}) f`;
  const matched = await matchedBy(sql, source, where, selection, page.returned);
  return { ...page, matched };
}

/** A page of tips or inspections (or the one `id`) as the layer's rows, and how many match. */
export async function findRecordPage(
  sql: Sql,
  collection: RowCollection,
  selection: ItemsSelection,
): Promise<{ rows: ItemRow[]; matched: number }> {
  const source = sourceOf(sql, collection, selection);
  const where = conditions(sql, source, selection);
  const rows = await sql<ItemRow[]>`${pageOf(sql, source, where, selection)}`;
  return {
    rows: rows.map(({ ogcId, ogcGeometry, ...rest }) => ({
      ...rest,
      id: ogcId as number,
      geometry: ogcGeometry as string | null,
    })),
    matched: await matchedBy(sql, source, where, selection, rows.length),
  };
}
