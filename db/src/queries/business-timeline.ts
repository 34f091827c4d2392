import type { Sql } from '../client';
import type {
  inspectionKinds,
  inspectionResults,
  inspectionStatuses,
  tipCategories,
  tipChannels,
  tipStatuses,
} from '../schema/values';
import type { RowKey } from './row-key';

export type TimelineEntry =
  | {
      kind: 'tip';
      id: number;
      at: string;
      status: (typeof tipStatuses)[number];
      category: (typeof tipCategories)[number];
      channel: (typeof tipChannels)[number];
      description: string;
      duplicateOf: number | null;
    }
  | {
      kind: 'inspection';
      id: number;
      at: string;
      status: (typeof inspectionStatuses)[number];
      inspectionKind: (typeof inspectionKinds)[number];
      /** Null unless recorded. */
      result: (typeof inspectionResults)[number] | null;
      violations: string[];
      measures: string[];
      fineVnd: number | null;
      findings: string | null;
      followUpOn: string | null;
      tipIds: number[];
    };

/**
 * One business's tips and inspections on one line, newest first. Tips only when `withTips`
 * (and row-level security shows them to the police alone in any case). A tip is dated when it
 * was received, an inspection when the team arrived (or was planned to).
 */
export async function businessTimeline(
  sql: Sql,
  business: RowKey,
  withTips: boolean,
): Promise<TimelineEntry[]> {
  return sql<TimelineEntry[]>`
    select entry from (
      ${
        withTips
          ? sql`
      select t.received_at as at, t.id, 1 as ord, json_build_object(
               'kind', 'tip', 'id', t.id::float8, 'at', to_json(t.received_at)#>>'{}',
               'status', t.status, 'category', t.category, 'channel', t.channel,
               'description', t.description, 'duplicateOf', t.duplicate_of::float8) as entry
      from tips t where t.commune_code = ${business.communeCode} and t.business_id = ${business.id}
      union all`
          : sql``
      }
      select coalesce(i.arrived_at, i.started_at) as at, i.id, 0 as ord, json_build_object(
               'kind', 'inspection', 'id', i.id::float8,
               'at', to_json(coalesce(i.arrived_at, i.started_at))#>>'{}',
               'status', i.status, 'inspectionKind', i.kind,
               'result', case when i.status = 'recorded' then i.result end,
               'violations', i.violations, 'measures', i.measures,
               'fineVnd', i.fine_vnd::float8, 'findings', i.findings,
               'followUpOn', to_char(i.follow_up_on, 'YYYY-MM-DD'),
               'tipIds', coalesce((select json_agg(it.tip_id::float8 order by it.tip_id)
                                     from inspection_tips it where it.inspection_id = i.id), '[]'::json)
             ) as entry
      from inspections i where i.commune_code = ${business.communeCode} and i.business_id = ${business.id}
    ) timeline
    order by at desc, ord, id desc`.then((rows) =>
    rows.map((r) => (r as unknown as { entry: TimelineEntry }).entry),
  );
}

/** The business a timeline is for (also a deleted one: its history stays), else null. */
export async function timelineBusiness(sql: Sql, communeCode: string, id: number) {
  const [row] = await sql<[{ id: number; name: string; type: string; deleted: boolean }?]>`
    select id::float8 as id, name, type, deleted_at is not null as deleted from businesses
    where id = ${id} and commune_code = ${communeCode}`;
  return row ?? null;
}
