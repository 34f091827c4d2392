import type { Sql } from '../client';
import { featuresById } from './feature-collection';
import type { GeoJsonText, KeyAreaCollection } from './geojson-layers';

/** A key area's properties as the API gives them (`k` the key area): the one field list. */
export const keyAreaProperties = (sql: Sql) =>
  sql`json_build_object('id', k.id, 'kind', k.kind, 'name', k.name, 'note', k.note)`;

/** Key areas of a commune, optionally of some kinds, as a GeoJSON FeatureCollection string. */
export async function findKeyAreasGeoJson(
  sql: Sql,
  communeCode: string,
  kinds?: readonly string[],
): Promise<GeoJsonText<KeyAreaCollection>> {
  const [row] = await sql<[{ body: string }]>`
    select ${featuresById(sql, {
      id: sql`k.id`,
      geometry: sql`ST_ForcePolygonCCW(k.geom)`,
      properties: keyAreaProperties(sql),
    })} as body
    from key_areas k
    where k.commune_code = ${communeCode}
      ${kinds ? sql`and k.kind::text = any(${kinds as string[]})` : sql``}`;
  return row.body;
}

export type KeyAreaRecord = {
  name: string;
  kind: string;
  note: string | null;
  geometry: import('geojson').Geometry;
};

/** Inserts key areas in order; returns their ids in the same order. */
export async function insertKeyAreas(
  sql: Sql,
  communeCode: string,
  areas: readonly KeyAreaRecord[],
): Promise<number[]> {
  if (areas.length === 0) return [];
  const input = areas.map((a) => ({ ...a, geometry: JSON.stringify(a.geometry) }));
  const rows = await sql<{ id: number }[]>`
    insert into key_areas (commune_code, kind, name, note, geom)
    select ${communeCode}, a.kind, a.name, a.note, ST_SetSRID(ST_GeomFromGeoJSON(a.geometry), 4326)
    from rows from (jsonb_to_recordset(${sql.json(input as never)}) as (
      name text, kind key_area_kind, note text, geometry text)) with ordinality as a
    order by a.ordinality
    returning id`;
  return rows.map((r) => r.id);
}

/** Key areas as stored (geometry as GeoJSON at full precision), by id. */
export async function getKeyAreaRecords(
  sql: Sql,
  communeCode: string,
  ids: readonly number[],
): Promise<Map<number, KeyAreaRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<(KeyAreaRecord & { id: number })[]>`
    select id, name, kind::text, note, ST_AsGeoJSON(geom, 15)::json as geometry
    from key_areas where id = any(${ids as number[]}::int[]) and commune_code = ${communeCode}
    for update`;
  return new Map(rows.map(({ id, ...r }) => [id, r]));
}

export async function updateKeyAreas(
  sql: Sql,
  communeCode: string,
  updates: ReadonlyArray<{ id: number; record: KeyAreaRecord }>,
): Promise<void> {
  if (updates.length === 0) return;
  const input = updates.map((u) => ({
    id: u.id,
    ...u.record,
    geometry: JSON.stringify(u.record.geometry),
  }));
  await sql`
    update key_areas k set name = a.name, kind = a.kind, note = a.note,
                           geom = ST_SetSRID(ST_GeomFromGeoJSON(a.geometry), 4326)
    from jsonb_to_recordset(${sql.json(input as never)}) as a(id int, name text, kind key_area_kind, note text, geometry text)
    where k.id = a.id and k.commune_code = ${communeCode}`;
}

export async function deleteKeyAreas(sql: Sql, communeCode: string, ids: readonly number[]) {
  if (ids.length === 0) return;
  await sql`delete from key_areas where id = any(${ids as number[]}::int[]) and commune_code = ${communeCode}`;
}
