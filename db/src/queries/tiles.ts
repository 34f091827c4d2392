// Mapbox Vector Tiles of the large layers, drawn by ST_AsMVT under the caller's row-level
// security: a tile holds what the layer's GET route would give that caller inside the tile, with
// the fields a map needs to draw, filter and open a feature (the popup reads the rest by id).
import type postgres from 'postgres';
import type { Sql } from '../client';
import { type TipDeadlineRules, tipDeadline } from './tip-deadline';

export const tileLayers = ['businesses', 'tips'] as const;
export type TileLayer = (typeof tileLayers)[number];

/** Tile coordinates are in 0…extent; 4096 is what MapLibre and every MVT writer use. */
const tileExtent = 4096;
/** Points just outside a tile are drawn into it too, so a symbol on the edge is not cut. */
const bufferUnits = 64;
/**
 * Up to this zoom businesses travel as clusters, as the map's GeoJSON source clusters them: one
 * point per cell of `clusterCell` tile units (64 px of a 512 px tile) with its count, or the
 * business itself when it stands alone in its cell. Cells are aligned to the tile, so a cluster
 * is in exactly one tile.
 */
export const businessClusterMaxZoom = 15;
const clusterCell = 512;

export type TileRequest = {
  communeCode: string;
  z: number;
  x: number;
  y: number;
  /** Businesses: only these types (the map's type filter), clusters counting only them. */
  types?: readonly string[];
  /** Tips: the deadline rules, for each open tip's `deadline` (the map rings what is due). */
  deadlines?: TipDeadlineRules;
};

/** The layer's rows in a tile as (properties…, g: geometry in tile units), unclustered. */
function points(sql: Sql, layer: TileLayer, t: TileRequest, buffer: number) {
  const env = sql`ST_TileEnvelope(${t.z}, ${t.x}, ${t.y})`;
  // The tile (and its buffer) as a longitude–latitude box: Web Mercator keeps a box a box.
  const margin = sql`(ST_XMax(${env}) - ST_XMin(${env})) * ${buffer / tileExtent}`;
  const box = sql`ST_Transform(ST_Expand(${env}, ${margin}), 4326)`;
  const g = (geom: postgres.Fragment) =>
    sql`ST_AsMVTGeom(ST_Transform(${geom}, 3857), ${env}, ${tileExtent}, ${buffer}, false)`;
  if (layer === 'businesses') {
    return sql`
      select b.id, b.name, b.type::text as type, b.status::text as status,
             b.village_id as village, v.name as "villageName", ${g(sql`b.geom`)} as g
      from businesses b join villages v on v.id = b.village_id
      where b.commune_code = ${t.communeCode} and b.deleted_at is null and b.geom && ${box}
        ${t.types ? sql`and b.type::text = any(${t.types as string[]})` : sql``}`;
  }
  const utc = (at: postgres.Fragment) =>
    sql`to_char((${at}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return sql`
    select t.id, t.status::text as status, t.category, t.channel::text as channel,
           ${utc(sql`t.received_at`)} as "receivedAt",
           ${t.deadlines ? utc(tipDeadline(sql, t.deadlines)) : sql`null::text`} as deadline,
           t.precision_meters as "precisionMeters", t.business_id::float8 as "businessId",
           ${g(sql`t.geom`)} as g
    from tips t
    where t.commune_code = ${t.communeCode} and t.geom is not null and t.geom && ${box}`;
}

/**
 * Businesses at a clustering zoom: each cell's lone business as itself, and each crowded cell
 * as one point at its businesses' mean with `point_count` (and the short form MapLibre's own
 * clusters carry), so the map's cluster layers draw either source alike.
 */
function clusteredBusinesses(sql: Sql, t: TileRequest) {
  return sql`
    with p as (${points(sql, 'businesses', t, 0)}),
    cell as (
      select floor(ST_X(g) / ${clusterCell}) as cx, floor(ST_Y(g) / ${clusterCell}) as cy,
             count(*)::int as n, min(id) as first, avg(ST_X(g)) as mx, avg(ST_Y(g)) as my
      from p where g is not null
      group by 1, 2)
    select p.id, p.name, p.type, p.status, p.village, p."villageName",
           null::int as point_count, null::text as point_count_abbreviated, p.g
    from cell join p on p.id = cell.first
    where cell.n = 1
    union all
    select null::bigint, null, null, null, null, null, n,
           case when n >= 10000 then round(n / 1000.0)::text || 'k'
                when n >= 1000 then to_char(round(n / 100.0) / 10, 'FM990.0') || 'k'
                else n::text end,
           ST_MakePoint(round(mx), round(my))
    from cell
    where cell.n > 1`;
}

/**
 * One tile of `layer` as Mapbox Vector Tile bytes (empty when nothing is in it), and the
 * layer's version read in the same statement, so the bytes are never newer or older than it.
 */
export async function drawTile(
  sql: Sql,
  layer: TileLayer,
  t: TileRequest,
): Promise<{ tile: Buffer; version: number }> {
  const rows =
    layer === 'businesses' && t.z <= businessClusterMaxZoom
      ? clusteredBusinesses(sql, t)
      : points(sql, layer, t, bufferUnits);
  const [row] = await sql<[{ tile: Buffer | null; version: string | null }]>`
    select (select ST_AsMVT(r.*, ${layer}, ${tileExtent}, 'g', 'id') from (${rows}) r where r.g is not null) as tile,
           (select version from layer_versions
             where commune_code = ${t.communeCode} and layer = ${layer}) as version`;
  return { tile: row.tile ?? Buffer.alloc(0), version: Number(row.version ?? 0) };
}

/** The commune's layer's version now: tile addresses carry it, so a change names new tiles. */
export async function layerVersion(
  sql: Sql,
  communeCode: string,
  layer: TileLayer,
): Promise<number> {
  const [row] = await sql<[{ version: string } | undefined]>`
    select version from layer_versions where commune_code = ${communeCode} and layer = ${layer}`;
  return Number(row?.version ?? 0);
}

/** How many businesses the caller may see, by type: what the map shows beside a tiled layer. */
export async function countBusinessesByType(
  sql: Sql,
  communeCode: string,
): Promise<Record<string, number>> {
  const rows = await sql<{ type: string; n: number }[]>`
    select type::text as type, count(*)::int as n from businesses
    where commune_code = ${communeCode} and deleted_at is null
    group by type`;
  return Object.fromEntries(rows.map((row) => [row.type, row.n]));
}
