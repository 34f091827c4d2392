// What the import verdicts need from PostGIS, one query per file (never one per row).
import type { Geometry } from 'geojson';
import type { Sql } from '../client';

/** A stored business as the registry verdicts compare it. */
export type ExistingBusiness = {
  id: number;
  name: string;
  type: string;
  address: string;
  licenceNumber: string | null;
  licensedTrade: string | null;
  owner: string | null;
  phone: string | null;
  status: string;
  lng: number;
  lat: number;
};

/** The live businesses of the commune, as the registry verdicts compare them. */
export async function registryForMatching(sql: Sql, communeCode: string) {
  return sql<ExistingBusiness[]>`
    select id::int, name, type::text, address, licence_number as "licenceNumber",
           licensed_trade as "licensedTrade", owner_name as owner, phone, status::text,
           ST_X(geom) as lng, ST_Y(geom) as lat
    from businesses
    where commune_code = ${communeCode} and deleted_at is null`;
}

/** The commune's villages by name, for rows that name one instead of a position. */
export async function villageNames(sql: Sql, communeCode: string) {
  return sql<{ id: number; name: string }[]>`
    select id, name from villages where commune_code = ${communeCode} order by id`;
}

/** For each point: inside Vietnam, inside the commune (its boundary counts as inside). */
export async function pointPlaces(
  sql: Sql,
  communeCode: string,
  points: ReadonlyArray<{ rowNumber: number; lng: number; lat: number }>,
) {
  if (points.length === 0) return [];
  return sql<{ rowNumber: number; inVietnam: boolean; inCommune: boolean }[]>`
    with p as (
      select r."rowNumber", ST_SetSRID(ST_MakePoint(r.lng, r.lat), 4326) as geom
      from jsonb_to_recordset(${sql.json(points as never)}) as r("rowNumber" int, lng float8, lat float8)
    )
    select p."rowNumber", ntm_within_vietnam(p.geom) as "inVietnam",
           coalesce(ST_Covers(c.geom, p.geom), false) as "inCommune"
    from p left join communes c on c.commune_code = ${communeCode}`;
}

export type AreaFacts = {
  rowNumber: number;
  valid: boolean;
  /** ST_IsValidReason when not valid. */
  reason: string | null;
  polygonal: boolean;
  inVietnam: boolean;
  /** Covered by the commune (1 m of slack for a boundary traced on another map). */
  insideCommune: boolean;
  touchesCommune: boolean;
  /** The matched stored shape is the same within 1 cm (null without a match). */
  sameShape: boolean | null;
  /** The matched stored note, for the field comparison. */
  storedNote: string | null;
};

/**
 * Validity and place of each shape in WGS 84, and whether it equals the stored one it matched
 * (`matchTable` names where matched ids live: key areas or villages).
 */
export async function areaFacts(
  sql: Sql,
  communeCode: string,
  matchTable: 'key_areas' | 'villages' | 'communes',
  areas: ReadonlyArray<{ rowNumber: number; geometry: Geometry; matchedId: number | null }>,
): Promise<AreaFacts[]> {
  if (areas.length === 0) return [];
  const input = areas.map((a) => ({
    rowNumber: a.rowNumber,
    geojson: JSON.stringify(a.geometry),
    matchedId: a.matchedId,
  }));
  const stored =
    matchTable === 'key_areas'
      ? sql`(select id, geom, note from key_areas where commune_code = ${communeCode})`
      : matchTable === 'villages'
        ? sql`(select id, geom, null::text as note from villages where commune_code = ${communeCode})`
        : sql`(select 0 as id, geom, null::text as note from communes where commune_code = ${communeCode})`;
  return sql<AreaFacts[]>`
    with a as (
      select r."rowNumber", r."matchedId", ST_SetSRID(ST_GeomFromGeoJSON(r.geojson), 4326) as geom
      from jsonb_to_recordset(${sql.json(input as never)}) as r("rowNumber" int, geojson text, "matchedId" int)
    )
    select a."rowNumber", ST_IsValid(a.geom) as valid,
           case when ST_IsValid(a.geom) then null else ST_IsValidReason(a.geom) end as reason,
           ST_Dimension(a.geom) = 2 as polygonal,
           ntm_within_vietnam(a.geom) as "inVietnam",
           coalesce(ST_IsValid(a.geom) and ST_CoveredBy(a.geom, ST_Buffer(c.geom::geography, 1)::geometry), false) as "insideCommune",
           coalesce(ST_IsValid(a.geom) and ST_Intersects(a.geom, c.geom), false) as "touchesCommune",
           case when s.id is null then null
                else ST_IsValid(a.geom) and ST_HausdorffDistance(ST_Transform(a.geom, 3405), ST_Transform(s.geom, 3405)) < 0.01 end as "sameShape",
           s.note as "storedNote"
    from a
    left join communes c on c.commune_code = ${communeCode}
    left join ${stored} s on s.id = a."matchedId"`;
}

/** Pairs of shapes that overlap (more than 1 m²), with the overlap's area in m². */
export async function overlappingPairs(
  sql: Sql,
  shapes: ReadonlyArray<{ rowNumber: number; geometry: Geometry }>,
) {
  if (shapes.length < 2) return [];
  const input = shapes.map((s) => ({
    rowNumber: s.rowNumber,
    geojson: JSON.stringify(s.geometry),
  }));
  return sql<{ a: number; b: number; areaM2: number }[]>`
    with s as (
      select r."rowNumber", ST_SetSRID(ST_GeomFromGeoJSON(r.geojson), 4326) as geom
      from jsonb_to_recordset(${sql.json(input as never)}) as r("rowNumber" int, geojson text)
    ), o as (
      select x."rowNumber" as a, y."rowNumber" as b,
             ST_Area(ST_Intersection(x.geom, y.geom)::geography) as "areaM2"
      from s x join s y on x."rowNumber" < y."rowNumber" and ST_Intersects(x.geom, y.geom)
      where ST_IsValid(x.geom) and ST_IsValid(y.geom)
    )
    select a, b, "areaM2" from o where "areaM2" > 1 order by a, b`;
}

/**
 * What of the commune the shapes leave uncovered: the gaps' count, total area in m² and a
 * point in each of the largest (gaps under 1 m², slivers of tracing, are not counted).
 */
export async function uncoveredParts(
  sql: Sql,
  communeCode: string,
  shapes: readonly Geometry[],
  commune: Geometry | null,
) {
  const input = shapes.map((g) => JSON.stringify(g));
  const [row] = await sql<[{ gaps: Array<{ areaM2: number; lng: number; lat: number }> | null }]>`
    with s as (
      select ST_SetSRID(ST_GeomFromGeoJSON(g), 4326) as geom
      from unnest(${input}::text[]) as g
    ), c as (
      select ${commune ? sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(commune)}), 4326)` : sql`(select geom from communes where commune_code = ${communeCode})`} as geom
    ), parts as (
      select (ST_Dump(ST_Difference(c.geom, coalesce((select ST_Union(geom) from s where ST_IsValid(geom)), ST_SetSRID('GEOMETRYCOLLECTION EMPTY'::geometry, 4326))))).geom as geom
      from c where c.geom is not null
    )
    select json_agg(json_build_object('areaM2', ST_Area(geom::geography), 'lng', ST_X(ST_PointOnSurface(geom)),
                                      'lat', ST_Y(ST_PointOnSurface(geom))) order by ST_Area(geom) desc) as gaps
    from parts where ST_Area(geom::geography) > 1`;
  return row.gaps ?? [];
}

/** The commune's key areas by name and kind, for matching. */
export async function keyAreasForMatching(sql: Sql, communeCode: string) {
  return sql<{ id: number; name: string; kind: string; note: string | null }[]>`
    select id, name, kind::text, note from key_areas where commune_code = ${communeCode} order by id`;
}
