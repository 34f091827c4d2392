// The records behind the plan's indicators (issue #8) and the periodic report. Business, tip
// and inspection numbers come through the SECURITY DEFINER functions (the
// plan's followers may not read those rows); the plan's own records are read directly (row-level
// security lets leadership, police, health and culture read them). Days are 'YYYY-MM-DD',
// instants ISO strings; `from`/`to` bound half-open ranges [from, to).
import type { Sql } from '../client';

export type RegistryRow = {
  id: number;
  name: string;
  type: string;
  village: string;
  status: 'active' | 'suspended' | 'closed';
  createdAt: string;
  lastReview: string | null;
};

/** Every premises of the registry as it stood at the end of `asOf`, with its last review since `yearFrom`. */
export function registryAsOf(sql: Sql, communeCode: string, yearFrom: string, asOf: string) {
  return sql<RegistryRow[]>`
    select id::int as id, name, type::text as type, village, status::text as status,
           to_json(created_at)#>>'{}' as "createdAt", to_char(last_review, 'YYYY-MM-DD') as "lastReview"
    from ntm_registry_as_of(${communeCode}, ${yearFrom}::date, ${asOf}::date)
    order by village, name, id`;
}

export type TipCase = {
  id: number;
  status: string;
  receivedAt: string;
  extendedUntil: string | null;
  verifiedAt: string | null;
  classifiedAt: string | null;
  resolvedAt: string | null;
};

/** Tips received in [from, to), duplicates once: id, state now and when each stage was reached. */
export function tipCases(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<TipCase[]>`
    select id::int as id, status::text as status,
           to_json(received_at)#>>'{}' as "receivedAt",
           to_json(extended_until)#>>'{}' as "extendedUntil",
           to_json(verified_at)#>>'{}' as "verifiedAt",
           to_json(classified_at)#>>'{}' as "classifiedAt",
           to_json(resolved_at)#>>'{}' as "resolvedAt"
    from ntm_tip_cases(${communeCode}, ${from}::timestamptz, ${to}::timestamptz)
    order by received_at, id`;
}

/** Tips received in [from, to), duplicates once, by category and by channel. */
export function tipBreakdown(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<{ dimension: 'category' | 'channel'; value: string; count: number }[]>`
    select dimension, value, count
    from ntm_tip_breakdown(${communeCode}, ${from}::timestamptz, ${to}::timestamptz)
    order by dimension, count desc, value`;
}

export type InspectionCount = {
  month: string;
  kind: 'scheduled' | 'surprise';
  businessType: string;
  inspections: number;
  withViolation: number;
};

/** Recorded inspections begun in [from, to) per month, kind and business type. */
export function inspectionCounts(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<InspectionCount[]>`
    select month, kind::text as kind, business_type::text as "businessType",
           inspections, with_violation as "withViolation"
    from ntm_inspection_counts(${communeCode}, ${from}::timestamptz, ${to}::timestamptz)
    order by month, kind, business_type`;
}

/** What recorded inspections in [from, to) found (violation codes), did (measures) and fined. */
export function inspectionFindings(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<
    {
      dimension: 'violation' | 'measure' | 'fine';
      code: string;
      count: number;
      totalVnd: number | null;
    }[]
  >`
    select dimension, code, count, total_vnd::float8 as "totalVnd"
    from ntm_inspection_findings(${communeCode}, ${from}::timestamptz, ${to}::timestamptz)
    order by dimension, count desc, code`;
}

/** Online violations found in [from, to) by kind and takedown status. */
export function onlineViolationCounts(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<{ kind: string; takedownStatus: string; count: number }[]>`
    select kind::text as kind, takedown_status::text as "takedownStatus", count
    from ntm_online_violation_counts(${communeCode}, ${from}::timestamptz, ${to}::timestamptz)
    order by kind, takedown_status`;
}

/** The plan documents of a year issued on or before `asOf`, earliest first. */
export function planDocumentsIssued(sql: Sql, communeCode: string, year: number, asOf: string) {
  return sql<{ id: number; number: string; issuedOn: string; title: string }[]>`
    select id, number, to_char(issued_on, 'YYYY-MM-DD') as "issuedOn", title
    from plan_documents
    where commune_code = ${communeCode} and year = ${year} and issued_on <= ${asOf}::date
    order by issued_on, id`;
}

export type CommunicationRow = {
  id: number;
  heldOn: string;
  title: string;
  placeName: string;
  audience: string;
  reach: number;
};

/** Communication activities held in [from, to] (days, inclusive). */
export function communicationHeld(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<CommunicationRow[]>`
    select id::int as id, to_char(held_on, 'YYYY-MM-DD') as "heldOn", title,
           place_name as "placeName", audience::text as audience, reach
    from communication_activities
    where commune_code = ${communeCode} and held_on >= ${from}::date and held_on <= ${to}::date
    order by held_on, id`;
}

export type OfficerRow = {
  id: number;
  fullName: string;
  position: string;
  agency: string;
  /** The days of their trainings in the range asked, earliest first. */
  trainedOn: string[];
};

/** Active officers with the days they were trained in [from, to] (days, inclusive). */
export function officersWithTrainings(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<OfficerRow[]>`
    select o.id, o.full_name as "fullName", o.position, a.name as agency,
           coalesce(array_agg(to_char(t.held_on, 'YYYY-MM-DD') order by t.held_on)
                      filter (where t.id is not null), '{}') as "trainedOn"
    from officers o
    join agencies a on a.id = o.agency_id
    left join trainings t on t.officer_id = o.id and t.commune_code = o.commune_code
         and t.held_on >= ${from}::date and t.held_on <= ${to}::date
    where o.commune_code = ${communeCode} and o.active
    group by o.id, a.name
    order by a.name, o.full_name, o.id`;
}

/** Trainings held in [from, to] (days, inclusive) per course and day, with how many attended. */
export function trainingCourses(sql: Sql, communeCode: string, from: string, to: string) {
  return sql<{ course: string; heldOn: string; attendees: number }[]>`
    select course, to_char(held_on, 'YYYY-MM-DD') as "heldOn", count(distinct officer_id)::int as attendees
    from trainings
    where commune_code = ${communeCode} and held_on >= ${from}::date and held_on <= ${to}::date
    group by course, held_on
    order by held_on, course`;
}

export type SubmissionRow = {
  agencyId: number;
  agency: string;
  period: string | null;
  channel: 'electronic' | 'paper' | null;
  submittedAt: string | null;
};

/** The day the commune came into being, or null when not recorded (then every period counts). */
export async function communeFormedOn(sql: Sql, communeCode: string): Promise<string | null> {
  const [row] = await sql<[{ formedOn: string | null }?]>`
    select formed_on::text as "formedOn" from communes where commune_code = ${communeCode}`;
  return row?.formedOn ?? null;
}

/** Every active agency with its submissions for the periods listed (one row per agency when none). */
export function agencySubmissions(sql: Sql, communeCode: string, periods: string[]) {
  return sql<SubmissionRow[]>`
    select a.id as "agencyId", a.name as agency, s.period, s.channel::text as channel,
           to_json(s.submitted_at)#>>'{}' as "submittedAt"
    from agencies a
    left join report_submissions s on s.agency_id = a.id and s.commune_code = a.commune_code
         and s.period = any(${periods}::text[])
    where a.commune_code = ${communeCode} and a.active
    order by a.name, a.id, s.period`;
}

/** Distinct premises reviewed in [from, to] (days, inclusive). */
export async function premisesReviewed(sql: Sql, communeCode: string, from: string, to: string) {
  const [row] = await sql<[{ n: number }]>`
    select count(distinct business_id)::int as n from registry_reviews
    where commune_code = ${communeCode} and reviewed_on >= ${from}::date and reviewed_on <= ${to}::date`;
  return row.n;
}

/** The commune's name and province, for the report's heading. */
export async function communeHeading(sql: Sql, communeCode: string) {
  const [row] = await sql<[{ name: string; province: string }?]>`
    select name, province from communes where commune_code = ${communeCode}`;
  return row ?? null;
}
