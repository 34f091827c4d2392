import type { Sql } from '../client';
import type { LngLat } from './businesses';
import { featureCollection, geoJsonFeature } from './feature-collection';
import type {
  CommunicationCollection,
  CommunicationFeature,
  CommunicationProperties,
  GeoJsonText,
} from './geojson-layers';
import type { RowKey } from './row-key';

/** A communication activity as a GeoJSON Feature; expects `a` and its village `v` in scope. */
const activityFeature = (sql: Sql) =>
  geoJsonFeature(sql, {
    id: sql`a.id`,
    geometry: sql`a.geom`,
    properties: sql`json_build_object(
      'id', a.id,
      'heldOn', to_char(a.held_on, 'YYYY-MM-DD'),
      'title', a.title,
      'placeName', a.place_name,
      'audience', a.audience,
      'reach', a.reach,
      'organiser', a.organiser,
      'village', a.village_id,
      'villageName', v.name
    )`,
  });

/** The year's activities (all of them without a year), oldest first, as a FeatureCollection string. */
export async function findCommunicationGeoJson(
  sql: Sql,
  f: { communeCode: string; year?: number },
): Promise<GeoJsonText<CommunicationCollection>> {
  const [row] = await sql<[{ body: string }]>`
    select ${featureCollection(sql, activityFeature(sql), sql`a.held_on, a.id`)} as body
    from communication_activities a
    left join villages v on v.id = a.village_id
    where a.commune_code = ${f.communeCode}
      ${f.year !== undefined ? sql`and a.held_on >= make_date(${f.year}, 1, 1) and a.held_on < make_date(${f.year} + 1, 1, 1)` : sql``}`;
  return row.body;
}

export async function getCommunicationGeoJson(
  sql: Sql,
  key: RowKey,
): Promise<GeoJsonText<CommunicationFeature> | null> {
  const rows = await sql<{ body: string }[]>`
    select ${activityFeature(sql)}::text as body
    from communication_activities a
    left join villages v on v.id = a.village_id
    where a.commune_code = ${key.communeCode} and a.id = ${key.id}`;
  return rows[0]?.body ?? null;
}

/** What the organiser writes: the properties without those the database derives. */
export type CommunicationRecord = Omit<
  CommunicationProperties,
  'id' | 'village' | 'villageName'
> & {
  /** Null for a broadcast or an online post. */
  lngLat: LngLat | null;
};

/** The stored state, locked for an update (and for the audit diff). */
export async function getCommunicationRecord(
  sql: Sql,
  key: RowKey,
): Promise<CommunicationRecord | null> {
  const rows = await sql<(Omit<CommunicationRecord, 'lngLat'> & { lngLat: string[] | null })[]>`
    select to_char(held_on, 'YYYY-MM-DD') as "heldOn", title, place_name as "placeName",
           audience, reach, organiser,
           case when geom is null then null
                else json_build_array(round(ST_X(geom)::numeric, 7), round(ST_Y(geom)::numeric, 7))
           end as "lngLat"
    from communication_activities
    where commune_code = ${key.communeCode} and id = ${key.id}
    for update`;
  const row = rows[0];
  if (!row) return null;
  return { ...row, lngLat: row.lngLat ? (row.lngLat.map(Number) as unknown as LngLat) : null };
}

const pointOrNull = (sql: Sql, lngLat: LngLat | null) =>
  lngLat ? sql`ST_SetSRID(ST_MakePoint(${lngLat[0]}, ${lngLat[1]}), 4326)` : sql`null`;

/** The village is derived from the point (lowest id on a shared boundary, as for businesses). */
const villageOf = (sql: Sql, communeCode: string, lngLat: LngLat | null) =>
  lngLat
    ? sql`(select v.id from villages v where v.commune_code = ${communeCode}
             and ST_Intersects(v.geom, ${pointOrNull(sql, lngLat)}) order by v.id limit 1)`
    : sql`null`;

export async function insertCommunication(
  sql: Sql,
  communeCode: string,
  r: CommunicationRecord,
  createdBy: number | null,
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into communication_activities (commune_code, held_on, title, place_name, geom,
                                          village_id, audience, reach, organiser, created_by)
    values (${communeCode}, ${r.heldOn}, ${r.title}, ${r.placeName}, ${pointOrNull(sql, r.lngLat)},
            ${villageOf(sql, communeCode, r.lngLat)}, ${r.audience}, ${r.reach}, ${r.organiser},
            ${createdBy})
    returning id::float8 as id`;
  return row.id;
}

export async function updateCommunication(
  sql: Sql,
  key: RowKey,
  r: CommunicationRecord,
): Promise<void> {
  await sql`
    update communication_activities set
      held_on = ${r.heldOn}, title = ${r.title}, place_name = ${r.placeName},
      geom = ${pointOrNull(sql, r.lngLat)}, village_id = ${villageOf(sql, key.communeCode, r.lngLat)},
      audience = ${r.audience}, reach = ${r.reach}, organiser = ${r.organiser}
    where commune_code = ${key.communeCode} and id = ${key.id}`;
}

export async function deleteCommunication(sql: Sql, key: RowKey): Promise<boolean> {
  const rows = await sql`
    delete from communication_activities where commune_code = ${key.communeCode} and id = ${key.id}
    returning id`;
  return rows.length > 0;
}
