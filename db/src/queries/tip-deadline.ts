import type { Sql } from '../client';

/**
 * The deadline rules as SQL needs them (domain/src/tips/deadlines.ts is their source: the API
 * passes its rules in, with the statuses that close a tip).
 */
export type TipDeadlineRules = {
  verifyDays: number;
  classifyDays: number;
  resolveDays: number;
  dueSoonDays: number;
  closedStatuses: readonly string[];
};

/** The end (its last millisecond) of the Vietnam calendar day `days` after the tip was received. */
const endOfDayAfter = (sql: Sql, days: number) => sql`
  ((((t.received_at at time zone 'Asia/Ho_Chi_Minh')::date + ${days}::int + 1)::timestamp
     at time zone 'Asia/Ho_Chi_Minh') - interval '1 millisecond')`;

/**
 * The deadline of the stage a tip (`t`) is in, null once closed: stageDeadline of
 * domain/src/tips/deadlines.ts written in SQL, so a list can be ordered, filtered by due state
 * and paged in the database (tests/integration/tip-pages.test.ts holds the two to one answer).
 */
export const tipDeadline = (sql: Sql, r: TipDeadlineRules) => sql`
  case when t.status::text = any(${r.closedStatuses as string[]}) then null::timestamptz
  else least(
    coalesce(t.extended_until, ${endOfDayAfter(sql, r.resolveDays)}),
    case t.status::text
      when 'received' then ${endOfDayAfter(sql, r.verifyDays)}
      when 'verified' then ${endOfDayAfter(sql, r.classifyDays)}
      else 'infinity'::timestamptz end)
  end`;
