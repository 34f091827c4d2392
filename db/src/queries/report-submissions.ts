import type { Sql } from '../client';
import type { reportChannels } from '../schema/values';

export type ReportSubmissionRow = {
  id: number;
  agencyId: number;
  agencyName: string;
  period: string;
  channel: (typeof reportChannels)[number];
  submittedAt: string;
  receivedByName: string | null;
  note: string | null;
};

/** Submissions for the periods of a year ("2026", "2026-Q1", "2026-03", …), or one by id. */
export async function listReportSubmissions(
  sql: Sql,
  f: { communeCode: string; year?: number; id?: number },
) {
  return sql<ReportSubmissionRow[]>`
    select s.id::float8 as id, s.agency_id as "agencyId", a.name as "agencyName", s.period,
           s.channel, to_json(s.submitted_at)#>>'{}' as "submittedAt",
           u.display_name as "receivedByName", s.note
    from report_submissions s
    join agencies a on a.id = s.agency_id
    left join users u on u.id = s.received_by
    where s.commune_code = ${f.communeCode}
      ${f.year !== undefined ? sql`and (s.period = ${String(f.year)} or s.period like ${`${f.year}-%`})` : sql``}
      ${f.id !== undefined ? sql`and s.id = ${f.id}` : sql``}
    order by s.period, a.id`;
}

export async function submissionExists(
  sql: Sql,
  agencyId: number,
  period: string,
): Promise<boolean> {
  const rows = await sql`
    select 1 from report_submissions where agency_id = ${agencyId} and period = ${period}`;
  return rows.length > 0;
}

export async function insertReportSubmission(
  sql: Sql,
  s: {
    communeCode: string;
    agencyId: number;
    period: string;
    channel: string;
    submittedAt: string;
    receivedBy: number | null;
    note: string | null;
  },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into report_submissions (commune_code, agency_id, period, submitted_at, channel,
                                    received_by, note)
    values (${s.communeCode}, ${s.agencyId}, ${s.period}, ${s.submittedAt}, ${s.channel},
            ${s.receivedBy}, ${s.note})
    returning id::float8 as id`;
  return row.id;
}
