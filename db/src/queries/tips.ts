import type { Sql } from '../client';
import type { tipCategories, tipChannels, tipStatuses } from '../schema/values';
import type { LngLat } from './businesses';
import { andWithinBox } from './map-box';
import type { RecordFilter } from './record-filter';

export type TipRow = {
  id: number;
  receivedAt: string;
  channel: (typeof tipChannels)[number];
  category: (typeof tipCategories)[number];
  description: string;
  businessId: number | null;
  businessName: string | null;
  lngLat: [number, number] | null;
  precisionMeters: number;
  status: (typeof tipStatuses)[number];
  address: string | null;
  createdBy: number | null;
  duplicateOf: number | null;
  transferredTo: string | null;
  transferDocument: string | null;
  extendedUntil: string | null;
  extensionReason: string | null;
};

export type TipFilter = RecordFilter & {
  categories?: readonly string[];
  channels?: readonly string[];
};

const instant = (column: string, sql: Sql) => sql`to_json(${sql(column)})#>>'{}'`;

/** A tip's columns as the API reads them (`t` the tip, `b` its business): the one field list. */
export const tipColumns = (sql: Sql) => sql`
    t.id::float8 as id, ${instant('t.received_at', sql)} as "receivedAt", t.channel,
    t.category, t.description, t.business_id::float8 as "businessId", b.name as "businessName",
    case when t.geom is null then null
         else json_build_array(round(ST_X(t.geom)::numeric, 7), round(ST_Y(t.geom)::numeric, 7)) end
      as "lngLat",
    t.precision_meters as "precisionMeters", t.status, t.address, t.created_by as "createdBy",
    t.duplicate_of::float8 as "duplicateOf", t.transferred_to as "transferredTo",
    t.transfer_document as "transferDocument",
    ${instant('t.extended_until', sql)} as "extendedUntil", t.extension_reason as "extensionReason"`;

/** The tips (`t`) a filter keeps: the one WHERE clause of the lists and their pages. */
export const tipsWhere = (sql: Sql, f: TipFilter) => sql`
    t.commune_code = ${f.communeCode}
      ${f.id !== undefined ? sql`and t.id = ${f.id}` : sql``}
      ${f.from ? sql`and t.received_at >= ${f.from}` : sql``}
      ${f.to ? sql`and t.received_at < ${f.to}` : sql``}
      ${f.statuses ? sql`and t.status::text = any(${f.statuses as string[]})` : sql``}
      ${f.categories ? sql`and t.category = any(${f.categories as string[]})` : sql``}
      ${f.channels ? sql`and t.channel::text = any(${f.channels as string[]})` : sql``}
      ${f.businessId !== undefined ? sql`and t.business_id = ${f.businessId}` : sql``}
      ${andWithinBox(sql, sql`t.geom`, f.bbox)}`;

/** Rows as the driver gives them, with the point's numbers parsed. */
export const parsedTipRows = <Row extends TipRow>(rows: readonly Row[]): Row[] =>
  rows.map((r) => ({ ...r, lngLat: r.lngLat && (r.lngLat.map(Number) as [number, number]) }));

/** Tips the actor may see (row-level security decides), oldest first. */
export async function listTips(sql: Sql, f: TipFilter): Promise<TipRow[]> {
  return sql<TipRow[]>`
    select ${tipColumns(sql)}
    from tips t left join businesses b on b.id = t.business_id
    where ${tipsWhere(sql, f)}
    order by t.received_at, t.id
    ${f.forUpdate ? sql`for update of t` : sql``}`.then(parsedTipRows);
}

/** How many tips the actor may see: what decides whether the map draws them from tiles. */
export async function countTips(sql: Sql, communeCode: string): Promise<number> {
  const [row] = await sql<[{ n: number }]>`
    select count(*)::int as n from tips where commune_code = ${communeCode}`;
  return row.n;
}

export async function getTip(sql: Sql, communeCode: string, id: number, forUpdate = false) {
  const [row] = await listTips(sql, { communeCode, id, forUpdate });
  return row ?? null;
}

export type NewTip = {
  communeCode: string;
  receivedAt: string;
  channel: string;
  category: string;
  description: string;
  businessId: number | null;
  lngLat: LngLat | null;
  precisionMeters: number;
  address: string | null;
  createdBy: number;
};

export async function insertTip(sql: Sql, t: NewTip): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into tips (commune_code, received_at, channel, category, description, business_id, geom,
                      precision_meters, address, created_by)
    values (${t.communeCode}, ${t.receivedAt}, ${t.channel}, ${t.category}, ${t.description},
            ${t.businessId},
            ${t.lngLat ? sql`ST_SetSRID(ST_MakePoint(${t.lngLat[0]}, ${t.lngLat[1]}), 4326)` : null},
            ${t.precisionMeters}, ${t.address}, ${t.createdBy})
    returning id::float8 as id`;
  return row.id;
}

export type Reporter = {
  name: string | null;
  phone: string | null;
  address: string | null;
  note: string | null;
};

/** Written without RETURNING: whoever took the tip in cannot read the reporter back. */
export async function insertReporter(sql: Sql, communeCode: string, tipId: number, r: Reporter) {
  await sql`
    insert into tip_reporters (tip_id, commune_code, name, phone, address, note)
    values (${tipId}, ${communeCode}, ${r.name}, ${r.phone}, ${r.address}, ${r.note})`;
}

export async function getReporter(sql: Sql, tipId: number): Promise<Reporter | null> {
  const [row] = await sql<[Reporter?]>`
    select name, phone, address, note from tip_reporters where tip_id = ${tipId}`;
  return row ?? null;
}

export type TipEventRow = {
  fromStatus: (typeof tipStatuses)[number] | null;
  toStatus: (typeof tipStatuses)[number];
  at: string;
  user: { id: number; displayName: string } | null;
  note: string | null;
};

export async function insertTipEvent(
  sql: Sql,
  e: {
    communeCode: string;
    tipId: number;
    from: string | null;
    to: string;
    at: string;
    userId: number;
    note: string | null;
  },
) {
  await sql`
    insert into tip_events (commune_code, tip_id, from_status, to_status, at, user_id, note)
    values (${e.communeCode}, ${e.tipId}, ${e.from}, ${e.to}, ${e.at}, ${e.userId}, ${e.note})`;
}

export async function listTipEvents(sql: Sql, tipId: number): Promise<TipEventRow[]> {
  return sql<TipEventRow[]>`
    select e.from_status as "fromStatus", e.to_status as "toStatus", ${instant('e.at', sql)} as at,
           case when u.id is null then null
                else json_build_object('id', u.id, 'displayName', u.display_name) end as user,
           e.note
    from tip_events e left join users u on u.id = e.user_id
    where e.tip_id = ${tipId}
    order by e.at, e.id`;
}

export async function setTipStatus(
  sql: Sql,
  id: number,
  s: { status: string; transferredTo: string | null; transferDocument: string | null },
) {
  await sql`
    update tips set status = ${s.status}, transferred_to = coalesce(${s.transferredTo}, transferred_to),
                    transfer_document = coalesce(${s.transferDocument}, transfer_document)
    where id = ${id}`;
}

export async function setTipExtension(
  sql: Sql,
  id: number,
  e: { until: string; reason: string; userId: number },
) {
  await sql`
    update tips set extended_until = ${e.until}, extension_reason = ${e.reason}, extended_by = ${e.userId}
    where id = ${id}`;
}

/** Links a tip to the first report of the same case (and the tips that pointed at it too). */
export async function linkDuplicate(sql: Sql, id: number, rootId: number | null) {
  if (rootId !== null)
    await sql`update tips set duplicate_of = ${rootId} where duplicate_of = ${id}`;
  await sql`update tips set duplicate_of = ${rootId} where id = ${id}`;
}

export type DuplicateCandidate = {
  id: number;
  receivedAt: string;
  category: (typeof tipCategories)[number];
  status: (typeof tipStatuses)[number];
  businessName: string | null;
  sameBusiness: boolean;
  distanceMeters: number | null;
  textSimilarity: number;
};

/**
 * Earlier reports of perhaps the same case: the same business, within `radiusMeters` and
 * `windowDays` of the new one, or with similar text (trigram similarity). Best first.
 */
export async function duplicateCandidates(
  sql: Sql,
  c: {
    communeCode: string;
    excludeId?: number;
    businessId: number | null;
    lngLat: LngLat | null;
    receivedAt: string;
    description: string;
    radiusMeters?: number;
    windowDays?: number;
  },
): Promise<DuplicateCandidate[]> {
  const radius = c.radiusMeters ?? 150;
  const windowDays = c.windowDays ?? 30;
  const here = c.lngLat
    ? sql`ST_SetSRID(ST_MakePoint(${c.lngLat[0]}, ${c.lngLat[1]}), 4326)::geography`
    : null;
  return sql<DuplicateCandidate[]>`
    with scored as (
      select t.id, t.received_at, t.category, t.status, b.name as business_name,
             coalesce(t.business_id = ${c.businessId}, false) as same_business,
             ${here ? sql`ST_Distance(t.geom::geography, ${here})` : sql`null::float8`} as distance,
             similarity(t.description, ${c.description}) as text_similarity
      from tips t left join businesses b on b.id = t.business_id
      where t.commune_code = ${c.communeCode} and t.duplicate_of is null
        ${c.excludeId !== undefined ? sql`and t.id <> ${c.excludeId}` : sql``}
        and t.received_at between ${c.receivedAt}::timestamptz - make_interval(days => ${windowDays})
                              and ${c.receivedAt}::timestamptz + make_interval(days => ${windowDays})
    )
    select id::float8 as id, to_json(received_at)#>>'{}' as "receivedAt", category, status,
           business_name as "businessName", same_business as "sameBusiness",
           round(distance)::float8 as "distanceMeters", round(text_similarity::numeric, 2)::float8 as "textSimilarity"
    from scored
    where same_business or distance <= ${radius} or text_similarity >= 0.45
    order by same_business desc, text_similarity desc, distance nulls last
    limit 10`;
}

export type TipClock = { status: string; receivedAt: string; extendedUntil: string | null };

/** One line per case received in [from, to), duplicates left out: state and dates only. */
export async function tipTally(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<TipClock[]>`
    select status, to_json(received_at)#>>'{}' as "receivedAt",
           to_json(extended_until)#>>'{}' as "extendedUntil"
    from ntm_tip_tally(${communeCode}, ${from}, ${to})`;
}
