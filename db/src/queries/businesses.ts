import type { Sql } from '../client';
import type { OpeningHours } from '../schema/businesses';
import type { businessStatuses, businessTypes } from '../schema/values';
import { businessFeature } from './business-feature';
import { featureCollection } from './feature-collection';
import type {
  BusinessCollection,
  BusinessFeature,
  GeoJsonBytes,
  GeoJsonText,
} from './geojson-layers';
import { keysetFeaturePage, type PageAsk } from './keyset';
import { andWithinBox, type MapBox } from './map-box';
import type { RowKey } from './row-key';

export type LngLat = [lng: number, lat: number];

export type BusinessFilter = {
  communeCode: string;
  bbox?: MapBox;
  types?: readonly string[];
  statuses?: readonly string[];
  villageId?: number;
  /** Include the owner's name and phone (personal data; only for roles that manage them). */
  withOwner: boolean;
  /** The registry as it stood at this instant (ISO 8601), from the kept versions. */
  asOf?: string;
};

/**
 * `businesses` as they stood at an instant: the replaced versions valid then, turned back into
 * businesses rows, and the live rows unchanged since. One Feature expression serves both.
 */
const businessesAsOf = (sql: Sql, asOf: string) => sql`(
  select (jsonb_populate_record(null::businesses, bv.data || jsonb_build_object('geom', bv.geom::text))).*
  from business_versions bv
  where bv.valid_from <= ${asOf} and bv.valid_to > ${asOf}
  union all
  select * from businesses where updated_at <= ${asOf}
)`;

/**
 * As businessesAsOf, each in the village whose outline valid that day (Vietnam time) holds it
 * (dated boundaries): a premises of a village merged since is in that village.
 */
const businessesAsOfInDaysVillages = (sql: Sql, asOf: string) => sql`(
  select (jsonb_populate_record(null::businesses, to_jsonb(a) || jsonb_build_object(
            'geom', a.geom::text,
            'village_id', coalesce(
              ntm_village_on(a.commune_code, a.geom, (${asOf}::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date),
              a.village_id)))).*
  from ${businessesAsOf(sql, asOf)} a
)`;

/** Where the businesses matching the filter are: their rows `b` and villages `v`. */
function businessSource(sql: Sql, filter: BusinessFilter) {
  const { bbox, types, statuses, villageId, asOf } = filter;
  return {
    from: sql`${asOf ? businessesAsOfInDaysVillages(sql, asOf) : sql`businesses`} b join villages v on v.id = b.village_id`,
    where: sql`b.commune_code = ${filter.communeCode} and b.deleted_at is null
      ${andWithinBox(sql, sql`b.geom`, bbox)}
      ${types ? sql`and b.type::text = any(${types as string[]})` : sql``}
      ${statuses ? sql`and b.status::text = any(${statuses as string[]})` : sql``}
      ${villageId !== undefined ? sql`and b.village_id = ${villageId}` : sql``}`,
  };
}

/**
 * The businesses matching the filter as one GeoJSON FeatureCollection, as the UTF-8 bytes
 * PostgreSQL sent: the list is the largest response, and skipping a decode and re-encode of
 * the text is most of what the API adds on top of the query.
 */
export async function findBusinessesGeoJson(
  sql: Sql,
  filter: BusinessFilter,
): Promise<GeoJsonBytes<BusinessCollection>> {
  const { from, where } = businessSource(sql, filter);
  const rows = await sql`
    select ${featureCollection(sql, businessFeature(sql, filter.withOwner), sql`b.id`)} as body
    from ${from} where ${where}`.raw();
  // An aggregate always yields one row; its one column holds the collection.
  return rows[0]?.[0] as Uint8Array<ArrayBuffer>;
}

/**
 * One page of those businesses, by id as the whole collection and OGC order them: the Features
 * array's bytes, as findBusinessesGeoJson sends the collection's.
 */
export const pageBusinessesGeoJson = (sql: Sql, filter: BusinessFilter, ask: PageAsk) =>
  keysetFeaturePage(
    sql,
    {
      ...businessSource(sql, filter),
      feature: businessFeature(sql, filter.withOwner),
      keyset: { parts: [{ expr: sql`b.id`, type: 'int' }] },
    },
    ask,
  );

/** One business as a GeoJSON Feature string, or null when unknown or deleted. */
export async function getBusinessGeoJson(
  sql: Sql,
  key: RowKey,
  withOwner: boolean,
): Promise<GeoJsonText<BusinessFeature> | null> {
  const rows = await sql<{ body: string }[]>`
    select ${businessFeature(sql, withOwner)}::text as body
    from businesses b join villages v on v.id = b.village_id
    where b.id = ${key.id} and b.commune_code = ${key.communeCode} and b.deleted_at is null`;
  return rows[0]?.body ?? null;
}

/** What the registry says of a premises (`registryColumns()`), as it is read and written. */
export type RegistryRecord = {
  name: string;
  type: (typeof businessTypes)[number];
  address: string;
  licensedTrade: string | null;
  licenceNumber: string | null;
  owner: string | null;
  phone: string | null;
};

export type BusinessRecord = RegistryRecord & {
  openingHours: OpeningHours | null;
  status: (typeof businessStatuses)[number];
  reviewedAt: string | null;
  lngLat: LngLat;
};

/** The stored state of a business, for audit diffs. */
export async function getBusinessRecord(sql: Sql, key: RowKey): Promise<BusinessRecord | null> {
  const rows = await sql<BusinessRecord[]>`
    select name, type, address, licensed_trade as "licensedTrade", licence_number as "licenceNumber",
           owner_name as owner, phone, opening_hours as "openingHours", status,
           to_char(reviewed_at, 'YYYY-MM-DD') as "reviewedAt",
           json_build_array(round(ST_X(geom)::numeric, 7), round(ST_Y(geom)::numeric, 7)) as "lngLat"
    from businesses
    where id = ${key.id} and commune_code = ${key.communeCode} and deleted_at is null
    for update`;
  const row = rows[0];
  return row ? { ...row, lngLat: row.lngLat.map(Number) as unknown as LngLat } : null;
}

const point = (sql: Sql, [lng, lat]: LngLat) => sql`ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326)`;

export async function insertBusiness(
  sql: Sql,
  communeCode: string,
  b: BusinessRecord,
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into businesses (commune_code, name, type, address, licensed_trade, licence_number,
                            owner_name, phone, opening_hours, status, reviewed_at, geom)
    values (${communeCode}, ${b.name}, ${b.type}, ${b.address}, ${b.licensedTrade}, ${b.licenceNumber},
            ${b.owner}, ${b.phone}, ${b.openingHours ? sql.json(b.openingHours) : null}, ${b.status},
            ${b.reviewedAt}, ${point(sql, b.lngLat)})
    returning id::int as id`;
  return row.id;
}

export async function updateBusiness(sql: Sql, key: RowKey, b: BusinessRecord): Promise<void> {
  await sql`
    update businesses set
      name = ${b.name}, type = ${b.type}, address = ${b.address}, licensed_trade = ${b.licensedTrade},
      licence_number = ${b.licenceNumber}, owner_name = ${b.owner}, phone = ${b.phone},
      opening_hours = ${b.openingHours ? sql.json(b.openingHours) : null}, status = ${b.status},
      reviewed_at = ${b.reviewedAt}, geom = ${point(sql, b.lngLat)}
    where id = ${key.id} and commune_code = ${key.communeCode}`;
}

/** Soft delete: the row stays for history and for the tips and inspections that point at it. */
export async function deleteBusiness(sql: Sql, communeCode: string, id: number): Promise<boolean> {
  const rows = await sql`
    update businesses set deleted_at = now()
    where id = ${id} and commune_code = ${communeCode} and deleted_at is null
    returning id`;
  return rows.length > 0;
}

export async function countBusinesses(sql: Sql, communeCode: string): Promise<number> {
  const [row] = await sql<[{ n: number }]>`
    select count(*)::int as n from businesses where commune_code = ${communeCode}`;
  return row.n;
}

/** The village a position belongs to, by the database's rule (lowest id on a shared boundary). */
export async function villageAt(
  sql: Sql,
  communeCode: string,
  [lng, lat]: LngLat,
): Promise<number | null> {
  const [row] = await sql<[{ id: number | null }]>`
    select (select v.id from villages v
            where v.commune_code = ${communeCode}
              and ST_Intersects(v.geom, ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326))
            order by v.id limit 1) as id`;
  return row.id;
}

// ─── Many at once (imports): the same columns, triggers and row-level security as above ───

const recordsJson = (records: readonly BusinessRecord[]) =>
  records.map((b) => ({
    name: b.name,
    type: b.type,
    address: b.address,
    licensedTrade: b.licensedTrade,
    licenceNumber: b.licenceNumber,
    owner: b.owner,
    phone: b.phone,
    openingHours: b.openingHours,
    status: b.status,
    reviewedAt: b.reviewedAt,
    lng: b.lngLat[0],
    lat: b.lngLat[1],
  }));

const recordColumns = (sql: Sql) => sql`
  name text, type business_type, address text, "licensedTrade" text, "licenceNumber" text,
  owner text, phone text, "openingHours" jsonb, status business_status, "reviewedAt" date,
  lng float8, lat float8`;

/** Inserts businesses in order and returns their ids in the same order. */
export async function insertBusinesses(
  sql: Sql,
  communeCode: string,
  records: readonly BusinessRecord[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; start < records.length; start += 2000) {
    const slice = recordsJson(records.slice(start, start + 2000));
    const rows = await sql<{ id: number }[]>`
      insert into businesses (commune_code, name, type, address, licensed_trade, licence_number,
                              owner_name, phone, opening_hours, status, reviewed_at, geom)
      select ${communeCode}, b.name, b.type, b.address, b."licensedTrade", b."licenceNumber", b.owner,
             b.phone, b."openingHours", b.status, b."reviewedAt", ST_SetSRID(ST_MakePoint(b.lng, b.lat), 4326)
      from rows from (jsonb_to_recordset(${sql.json(slice as never)}) as (${recordColumns(sql)}))
           with ordinality as b
      order by b.ordinality
      returning id::int as id`;
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Updates businesses to the given records (one statement per slice; history kept by trigger). */
export async function updateBusinesses(
  sql: Sql,
  communeCode: string,
  updates: ReadonlyArray<{ id: number; record: BusinessRecord }>,
): Promise<void> {
  for (let start = 0; start < updates.length; start += 2000) {
    const part = updates.slice(start, start + 2000);
    const slice = recordsJson(part.map((u) => u.record)).map((r, i) => ({
      ...r,
      id: (part[i] as { id: number }).id,
    }));
    await sql`
      update businesses t set
        name = b.name, type = b.type, address = b.address, licensed_trade = b."licensedTrade",
        licence_number = b."licenceNumber", owner_name = b.owner, phone = b.phone,
        opening_hours = b."openingHours", status = b.status, reviewed_at = b."reviewedAt",
        geom = ST_SetSRID(ST_MakePoint(b.lng, b.lat), 4326)
      from jsonb_to_recordset(${sql.json(slice as never)}) as b(id bigint, ${recordColumns(sql)})
      where t.id = b.id and t.commune_code = ${communeCode}`;
  }
}

/** The stored state of several businesses (locked for the transaction), by id. */
export async function getBusinessRecords(
  sql: Sql,
  communeCode: string,
  ids: readonly number[],
): Promise<Map<number, BusinessRecord & { updatedAt: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<(BusinessRecord & { id: number; updatedAt: string })[]>`
    select id::int, name, type, address, licensed_trade as "licensedTrade", licence_number as "licenceNumber",
           owner_name as owner, phone, opening_hours as "openingHours", status,
           to_char(reviewed_at, 'YYYY-MM-DD') as "reviewedAt",
           json_build_array(ST_X(geom), ST_Y(geom)) as "lngLat",
           to_json(updated_at)#>>'{}' as "updatedAt"
    from businesses
    where id = any(${ids as number[]}::bigint[]) and commune_code = ${communeCode} and deleted_at is null
    for update`;
  return new Map(
    rows.map(({ id, ...r }) => [id, { ...r, lngLat: r.lngLat.map(Number) as unknown as LngLat }]),
  );
}

/** Soft-deletes several businesses; returns how many were live. */
export async function deleteBusinesses(
  sql: Sql,
  communeCode: string,
  ids: readonly number[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await sql`
    update businesses set deleted_at = now()
    where id = any(${ids as number[]}::bigint[]) and commune_code = ${communeCode} and deleted_at is null
    returning id`;
  return rows.length;
}

/** Businesses changed (or deleted) after an instant, among the given ids: name and id. */
export async function businessesChangedSince(
  sql: Sql,
  communeCode: string,
  ids: readonly number[],
  since: string,
): Promise<Array<{ id: number; name: string }>> {
  if (ids.length === 0) return [];
  return sql<{ id: number; name: string }[]>`
    select id::int, name from businesses
    where id = any(${ids as number[]}::bigint[]) and commune_code = ${communeCode}
      -- As text: a timestamptz parameter would pass through a JS Date and lose its microseconds.
      and (updated_at > ${since}::text::timestamptz or deleted_at is not null)
    order by id`;
}
