import type { Sql } from '../client';
import type { LockableRowKey } from './row-key';

/** A periodic report's record; the names are the accounts' display names. */
export type PeriodicReportRow = {
  id: number;
  period: string;
  version: number;
  state: 'draft' | 'reviewed' | 'approved' | 'sent';
  number: string | null;
  narrative: { summary?: string; difficulties?: string; proposals?: string };
  createdAt: string;
  createdBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  sentAt: string | null;
  sentBy: string | null;
};

export type PeriodicReportWithSnapshot = PeriodicReportRow & { snapshot: unknown };

const columns = (sql: Sql) => sql`
  r.id::float8 as id, r.period, r.version, r.state::text as state, r.number, r.narrative,
  to_json(r.created_at)#>>'{}' as "createdAt", cu.display_name as "createdBy",
  to_json(r.reviewed_at)#>>'{}' as "reviewedAt", ru.display_name as "reviewedBy",
  to_json(r.approved_at)#>>'{}' as "approvedAt", au.display_name as "approvedBy",
  to_json(r.sent_at)#>>'{}' as "sentAt", su.display_name as "sentBy"`;

const joins = (sql: Sql) => sql`
  left join users cu on cu.id = r.created_by
  left join users ru on ru.id = r.reviewed_by
  left join users au on au.id = r.approved_by
  left join users su on su.id = r.sent_by`;

/** The records of a year (periods "2026", "2026-…"), newest period and version first. */
export async function listPeriodicReports(sql: Sql, communeCode: string, year: number) {
  return sql<PeriodicReportRow[]>`
    select ${columns(sql)} from periodic_reports r ${joins(sql)}
    where r.commune_code = ${communeCode}
      and (r.period = ${String(year)} or r.period like ${`${year}-%`})
    order by r.period desc, r.version desc`;
}

/** One record with its snapshot; `forUpdate` locks it for a change of state or text. */
export async function getPeriodicReport(
  sql: Sql,
  key: LockableRowKey,
): Promise<PeriodicReportWithSnapshot | undefined> {
  const [row] = await sql<PeriodicReportWithSnapshot[]>`
    select ${columns(sql)}, r.snapshot from periodic_reports r ${joins(sql)}
    where r.commune_code = ${key.communeCode} and r.id = ${key.id}
    ${key.forUpdate ? sql`for update of r` : sql``}`;
  return row;
}

/** The latest version of a period, or the one asked for. */
export async function findPeriodicReport(
  sql: Sql,
  communeCode: string,
  period: string,
  version?: number,
): Promise<PeriodicReportWithSnapshot | undefined> {
  const [row] = await sql<PeriodicReportWithSnapshot[]>`
    select ${columns(sql)}, r.snapshot from periodic_reports r ${joins(sql)}
    where r.commune_code = ${communeCode} and r.period = ${period}
      ${version !== undefined ? sql`and r.version = ${version}` : sql``}
    order by r.version desc
    limit 1`;
  return row;
}

/** The versions of a period so far: the highest number and whether one is still open (not sent). */
export async function periodVersions(sql: Sql, communeCode: string, period: string) {
  const [row] = await sql<[{ last: number | null; open: { id: number; state: string } | null }]>`
    select max(version) as last,
           (select json_build_object('id', id::float8, 'state', state) from periodic_reports
             where commune_code = ${communeCode} and period = ${period} and state <> 'sent'
             order by version desc limit 1) as open
    from periodic_reports where commune_code = ${communeCode} and period = ${period}`;
  return { last: row.last ?? 0, open: row.open };
}

export async function insertPeriodicReport(
  sql: Sql,
  r: {
    communeCode: string;
    period: string;
    version: number;
    narrative: { summary: string; difficulties: string; proposals: string };
    createdBy: number;
  },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into periodic_reports (commune_code, period, version, state, narrative, created_by)
    values (${r.communeCode}, ${r.period}, ${r.version}, 'draft', ${sql.json(r.narrative)}, ${r.createdBy})
    returning id::float8 as id`;
  return row.id;
}

/** The office's number and the free text of a draft. */
export async function updatePeriodicReportText(
  sql: Sql,
  id: number,
  t: {
    number: string | null;
    narrative: { summary: string; difficulties: string; proposals: string };
  },
) {
  await sql`
    update periodic_reports
    set number = ${t.number}, narrative = ${sql.json(t.narrative)}, updated_at = now()
    where id = ${id}`;
}

/**
 * Moves a report to `to`, noting who and when. Back to draft clears the review and approval
 * (the audit log keeps them); sent stores the numbers as they are now, for good.
 */
export async function setPeriodicReportState(
  sql: Sql,
  id: number,
  to: 'draft' | 'reviewed' | 'approved' | 'sent',
  userId: number,
  at: string,
  snapshot: unknown = null,
) {
  const who = sql`${userId}::int`;
  const when = sql`${at}::timestamptz`;
  const set = {
    draft: sql`reviewed_by = null, reviewed_at = null, approved_by = null, approved_at = null`,
    reviewed: sql`reviewed_by = ${who}, reviewed_at = ${when}`,
    approved: sql`approved_by = ${who}, approved_at = ${when}`,
    sent: sql`sent_by = ${who}, sent_at = ${when}, snapshot = ${sql.json(snapshot as never)}`,
  }[to];
  await sql`
    update periodic_reports set state = ${to}, ${set}, updated_at = now()
    where id = ${id}`;
}

/** The health station among the plan's agencies (it sends the commune's report). */
export async function healthAgencyId(sql: Sql, communeCode: string): Promise<number | null> {
  const [row] = await sql<{ id: number }[]>`
    select id from agencies
    where commune_code = ${communeCode} and kind = 'health' and active
    order by id limit 1`;
  return row?.id ?? null;
}

/**
 * Records that an agency's report for `period` went out electronically (indicator g), unless
 * one is already recorded for that agency and period. True when it added the row.
 */
export async function recordElectronicSubmission(
  sql: Sql,
  s: {
    communeCode: string;
    agencyId: number;
    period: string;
    submittedAt: string;
    receivedBy: number;
  },
): Promise<boolean> {
  const rows = await sql`
    insert into report_submissions (commune_code, agency_id, period, submitted_at, channel, received_by, note)
    values (${s.communeCode}, ${s.agencyId}, ${s.period}, ${s.submittedAt}, 'electronic', ${s.receivedBy},
            'Gửi qua hệ thống (báo cáo định kỳ)')
    on conflict (agency_id, period) do nothing
    returning id`;
  return rows.length > 0;
}
