import type { Sql } from '../client';
import type {
  inspectionKinds,
  inspectionResults,
  inspectionStatuses,
  teamAgencies,
  tipCategories,
  tipStatuses,
} from '../schema/values';
import type { LngLat } from './businesses';
import { type Keyset, keysetPage, type Page, type PageAsk } from './keyset';
import { andWithinBox } from './map-box';
import type { RecordFilter } from './record-filter';
import type { RowKey } from './row-key';

/** What the team found and did, the same when an inspection is read and when it is written. */
export type InspectionFindings = {
  findings: string | null;
  peoplePresent: string[];
  violations: string[];
  measures: string[];
  fineVnd: number | null;
  fineDecisionNumber: string | null;
  followUpOn: string | null;
};

export type InspectionRow = InspectionFindings & {
  id: number;
  businessId: number;
  businessName: string | null;
  kind: (typeof inspectionKinds)[number];
  status: (typeof inspectionStatuses)[number];
  startedAt: string;
  arrivedAt: string | null;
  team: { name: string; agency: (typeof teamAgencies)[number] }[];
  /** Stored for every row (the column is NOT NULL); only a recorded one's means anything. */
  result: (typeof inspectionResults)[number];
  recordedBy: { id: number; displayName: string } | null;
  idempotencyKey: string | null;
  lngLat: [number, number];
  tipIds: number[];
  createdAt: string;
};

export type InspectionFilter = RecordFilter & {
  results?: readonly string[];
  kinds?: readonly string[];
  idempotencyKey?: string;
};

const instant = (column: string, sql: Sql) => sql`to_json(${sql(column)})#>>'{}'`;

/** An inspection's columns as the API reads them (`i`, its business `b`, recorder `u`): the one field list. */
export const inspectionColumns = (sql: Sql) => sql`
    i.id::float8 as id, i.business_id::float8 as "businessId", b.name as "businessName",
    i.kind, i.status, ${instant('i.started_at', sql)} as "startedAt",
    ${instant('i.arrived_at', sql)} as "arrivedAt", i.team, i.result, i.findings,
    i.people_present as "peoplePresent", i.violations, i.measures,
    i.fine_vnd::float8 as "fineVnd", i.fine_decision_number as "fineDecisionNumber",
    to_char(i.follow_up_on, 'YYYY-MM-DD') as "followUpOn",
    case when u.id is null then null
         else json_build_object('id', u.id, 'displayName', u.display_name) end as "recordedBy",
    i.idempotency_key as "idempotencyKey",
    json_build_array(round(ST_X(i.geom)::numeric, 7), round(ST_Y(i.geom)::numeric, 7)) as "lngLat",
    coalesce((select json_agg(it.tip_id::float8 order by it.tip_id)
                from inspection_tips it where it.inspection_id = i.id), '[]'::json) as "tipIds",
    ${instant('i.created_at', sql)} as "createdAt"`;

/** The inspections a filter keeps: their rows `i` with business `b` and recorder `u`. */
function inspectionSource(sql: Sql, f: InspectionFilter) {
  return {
    from: sql`inspections i
      left join businesses b on b.id = i.business_id
      left join users u on u.id = i.recorded_by`,
    where: sql`i.commune_code = ${f.communeCode}
      ${f.id !== undefined ? sql`and i.id = ${f.id}` : sql``}
      ${f.idempotencyKey !== undefined ? sql`and i.idempotency_key = ${f.idempotencyKey}` : sql``}
      ${f.from ? sql`and i.started_at >= ${f.from}` : sql``}
      ${f.to ? sql`and i.started_at < ${f.to}` : sql``}
      ${f.statuses ? sql`and i.status::text = any(${f.statuses as string[]})` : sql``}
      ${f.results ? sql`and i.status = 'recorded' and i.result::text = any(${f.results as string[]})` : sql``}
      ${f.kinds ? sql`and i.kind::text = any(${f.kinds as string[]})` : sql``}
      ${f.businessId !== undefined ? sql`and i.business_id = ${f.businessId}` : sql``}
      ${andWithinBox(sql, sql`i.geom`, f.bbox)}`,
  };
}

const parsedRows = (rows: readonly InspectionRow[]) =>
  rows.map((r) => ({ ...r, lngLat: r.lngLat.map(Number) as [number, number] }));

/** Inspections the actor may see (row-level security: police and culture), by start time. */
export async function listInspections(sql: Sql, f: InspectionFilter): Promise<InspectionRow[]> {
  const { from, where } = inspectionSource(sql, f);
  const rows = await sql<InspectionRow[]>`
    select ${inspectionColumns(sql)}
    from ${from}
    where ${where}
    order by i.started_at, i.id
    ${f.forUpdate ? sql`for update of i` : sql``}`;
  return parsedRows(rows);
}

/** One page of the inspections a filter keeps, in the list's order, counted. */
export async function pageInspections(
  sql: Sql,
  f: InspectionFilter,
  ask: PageAsk,
): Promise<Page<InspectionRow>> {
  const source = { ...inspectionSource(sql, f), columns: inspectionColumns(sql) };
  const keyset: Keyset = {
    parts: [
      { expr: sql`i.started_at`, type: 'instant' },
      { expr: sql`i.id`, type: 'int' },
    ],
  };
  const page = await keysetPage<InspectionRow>(sql, { ...source, keyset }, ask);
  return { ...page, rows: parsedRows(page.rows) };
}

export async function getInspection(sql: Sql, communeCode: string, id: number, forUpdate = false) {
  const [row] = await listInspections(sql, { communeCode, id, forUpdate });
  return row ?? null;
}

export async function findByIdempotencyKey(sql: Sql, communeCode: string, key: string) {
  const [row] = await listInspections(sql, { communeCode, idempotencyKey: key });
  return row ?? null;
}

/** A business that exists and is not deleted: its position, else null. */
export async function businessPosition(sql: Sql, key: RowKey): Promise<LngLat | null> {
  const [row] = await sql<[{ lng: number; lat: number }?]>`
    select ST_X(geom) as lng, ST_Y(geom) as lat from businesses
    where id = ${key.id} and commune_code = ${key.communeCode} and deleted_at is null`;
  return row ? [row.lng, row.lat] : null;
}

/** Of these tip ids, the ones the actor cannot see (unknown, or another commune's). */
export async function missingTips(sql: Sql, communeCode: string, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const rows = await sql<{ id: number }[]>`
    select id::float8 as id from tips where commune_code = ${communeCode} and id = any(${ids as number[]})`;
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}

export type NewInspection = InspectionFindings & {
  communeCode: string;
  businessId: number;
  kind: string;
  status: 'scheduled' | 'recorded';
  startedAt: string;
  arrivedAt: string | null;
  team: { name: string; agency: string }[];
  result: string;
  recordedBy: number | null;
  lngLat: LngLat;
  idempotencyKey: string | null;
};

/**
 * Inserts one inspection. With an idempotency key already taken (also by a concurrent request
 * that commits first: the unique index makes this one wait for it) nothing is inserted and the
 * answer is null; the caller then reads the one that won.
 */
export async function insertInspection(sql: Sql, i: NewInspection): Promise<number | null> {
  const [row] = await sql<[{ id: number }?]>`
    insert into inspections (commune_code, business_id, kind, status, started_at, arrived_at, team,
                             result, findings, people_present, violations, measures, fine_vnd,
                             fine_decision_number, follow_up_on, recorded_by, geom, idempotency_key)
    values (${i.communeCode}, ${i.businessId}, ${i.kind}, ${i.status}, ${i.startedAt}, ${i.arrivedAt},
            ${sql.json(i.team)}, ${i.result}, ${i.findings}, ${sql.json(i.peoplePresent)},
            ${sql.json(i.violations)}, ${sql.json(i.measures)}, ${i.fineVnd}, ${i.fineDecisionNumber},
            ${i.followUpOn}, ${i.recordedBy},
            ST_SetSRID(ST_MakePoint(${i.lngLat[0]}, ${i.lngLat[1]}), 4326), ${i.idempotencyKey})
    on conflict (commune_code, idempotency_key) do nothing
    returning id::float8 as id`;
  return row?.id ?? null;
}

export type InspectionOutcome = Pick<
  NewInspection,
  | 'arrivedAt'
  | 'team'
  | 'result'
  | 'findings'
  | 'peoplePresent'
  | 'violations'
  | 'measures'
  | 'fineVnd'
  | 'fineDecisionNumber'
  | 'followUpOn'
  | 'recordedBy'
  | 'lngLat'
  | 'idempotencyKey'
>;

/** A scheduled inspection becomes a recorded one. */
export async function recordScheduled(sql: Sql, id: number, o: InspectionOutcome) {
  await sql`
    update inspections set status = 'recorded', arrived_at = ${o.arrivedAt}, team = ${sql.json(o.team)},
           result = ${o.result}, findings = ${o.findings}, people_present = ${sql.json(o.peoplePresent)},
           violations = ${sql.json(o.violations)}, measures = ${sql.json(o.measures)},
           fine_vnd = ${o.fineVnd}, fine_decision_number = ${o.fineDecisionNumber},
           follow_up_on = ${o.followUpOn}, recorded_by = ${o.recordedBy},
           geom = ST_SetSRID(ST_MakePoint(${o.lngLat[0]}, ${o.lngLat[1]}), 4326),
           idempotency_key = coalesce(${o.idempotencyKey}, idempotency_key)
    where id = ${id}`;
}

/** Called off; the reason goes where a scheduled one keeps its note. */
export async function cancelScheduled(sql: Sql, id: number, reason: string) {
  await sql`update inspections set status = 'cancelled', findings = ${reason} where id = ${id}`;
}

export async function linkTips(
  sql: Sql,
  communeCode: string,
  inspectionId: number,
  tipIds: readonly number[],
) {
  if (tipIds.length === 0) return;
  await sql`
    insert into inspection_tips (commune_code, inspection_id, tip_id)
    select ${communeCode}, ${inspectionId}, unnest(${tipIds as number[]}::bigint[])
    on conflict do nothing`;
}

export type AnsweredTip = {
  id: number;
  receivedAt: string;
  category: (typeof tipCategories)[number];
  status: (typeof tipStatuses)[number];
  description: string;
};

/** The tips an inspection answers, as far as the actor may see them (police). */
export async function answeredTips(sql: Sql, inspectionId: number): Promise<AnsweredTip[]> {
  return sql<AnsweredTip[]>`
    select t.id::float8 as id, ${instant('t.received_at', sql)} as "receivedAt", t.category,
           t.status, t.description
    from inspection_tips it join tips t on t.id = it.tip_id
    where it.inspection_id = ${inspectionId}
    order by t.received_at, t.id`;
}
