import type { Sql } from '../client';

/** One stop of a saved inspection round, as the team's schedule lists it. */
export type RoundStop = {
  planId: number;
  date: string;
  surprise: boolean;
  teamIndex: number;
  teamName: string;
  seq: number;
  businessId: number;
  name: string;
  address: string;
  villageName: string | null;
  licenceNumber: string | null;
  /** Another premises of the commune has the same name, village and address. */
  namesake: boolean;
  plannedStart: string;
  /** The recorded inspection of the premises that started on the plan's day, if any. */
  inspectionId: number | null;
};

/**
 * The stops of the saved rounds of the days `fromDay`–`toDay` (both included) the actor may
 * see (row-level security on route_plans hides surprise rounds from leadership), in the order
 * the team walks them: day, plan (newest first), team, stop. A stop is done when a recorded
 * inspection of its premises started on the plan's day (ntm_route_plan_done).
 */
export async function roundStopsBetween(
  sql: Sql,
  communeCode: string,
  fromDay: string,
  toDay: string,
): Promise<RoundStop[]> {
  return sql<RoundStop[]>`
    select p.id::float8 as "planId", to_char(p.date, 'YYYY-MM-DD') as date, p.surprise,
           s.team_index as "teamIndex", s.team_name as "teamName", s.seq,
           s.business_id::float8 as "businessId", b.name, b.address, v.name as "villageName",
           b.licence_number as "licenceNumber",
           exists (select 1 from businesses o
                    where o.commune_code = b.commune_code and o.id <> b.id and o.name = b.name
                      and o.deleted_at is null
                      and o.village_id is not distinct from b.village_id
                      and o.address is not distinct from b.address) as namesake,
           to_char(s.planned_start at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS"+07:00"')
             as "plannedStart",
           d.inspection_id::float8 as "inspectionId"
      from route_plans p
      join route_plan_stops s on s.plan_id = p.id
      join businesses b on b.id = s.business_id and b.commune_code = p.commune_code
      left join villages v on v.id = b.village_id and v.commune_code = b.commune_code
      left join lateral ntm_route_plan_done(p.commune_code, p.date, array[s.business_id]) d on true
     where p.commune_code = ${communeCode}
       and p.date between ${fromDay}::date and ${toDay}::date
     order by p.date, p.created_at desc, p.id desc, s.team_index, s.seq`;
}
