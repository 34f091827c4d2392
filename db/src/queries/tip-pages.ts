import type { Sql } from '../client';
import { type TipDeadlineRules, tipDeadline } from './tip-deadline';
import { parsedTipRows, type TipFilter, type TipRow, tipColumns, tipsWhere } from './tips';

export type DueState = 'overdue' | 'due-soon' | 'on-time';

/**
 * Where a page ended, as the order's own key: open tips (0) by deadline, then received, then id;
 * closed ones (1) newest first, then by id. Numbers are kept as the database's exact text.
 */
export type TipCursor = [group: 0 | 1, first: string, second: string, id: number];

export type TipPageRequest = TipFilter & {
  rules: TipDeadlineRules;
  /** The instant the due states are judged at (ISO 8601). */
  now: string;
  due?: readonly DueState[];
  limit: number;
  after?: TipCursor;
};

export type TipPage = { rows: TipRow[]; numberMatched: number; next: TipCursor | null };

/**
 * One page of the tips a filter keeps, what is due first coming first (as the full list's
 * byDueFirst orders them), with how many match in all and the cursor of the next page: a list
 * of 50,000 tips read 50 at a time, each once, however the tips change between pages.
 */
export async function pageTips(sql: Sql, r: TipPageRequest): Promise<TipPage> {
  const deadline = tipDeadline(sql, r.rules);
  const soon = sql`${r.now}::timestamptz + make_interval(secs => ${r.rules.dueSoonDays * 86_400})`;
  const dueIs: Record<DueState, ReturnType<typeof sql>> = {
    overdue: sql`k.deadline < ${r.now}::timestamptz`,
    'due-soon': sql`(k.deadline >= ${r.now}::timestamptz and k.deadline <= ${soon})`,
    'on-time': sql`k.deadline > ${soon}`,
  };
  const dueFilter = r.due
    ? sql`and k.deadline is not null and (${r.due.map((d, i) => (i === 0 ? dueIs[d] : sql` or ${dueIs[d]}`))})`
    : sql``;
  const keyed = sql`
    select k.id,
           case when k.deadline is null then 1 else 0 end as grp,
           case when k.deadline is null then -extract(epoch from k.received_at)
                else extract(epoch from k.deadline) end as k1,
           case when k.deadline is null then 0 else extract(epoch from k.received_at) end as k2
    from (select t.id, t.received_at, ${deadline} as deadline from tips t
          where ${tipsWhere(sql, r)}) k
    where true ${dueFilter}`;
  const after = r.after
    ? sql`where (s.grp, s.k1, s.k2, s.id) > (${r.after[0]}::int, ${r.after[1]}::numeric, ${r.after[2]}::numeric, ${r.after[3]}::bigint)`
    : sql``;
  const [counted] = await sql<[{ n: number }]>`select count(*)::int as n from (${keyed}) s`;
  const rows = await sql<(TipRow & { grp: number; k1: string; k2: string })[]>`
    select ${tipColumns(sql)}, s.grp, s.k1::text as k1, s.k2::text as k2
    from (${keyed}) s
      join tips t on t.id = s.id
      left join businesses b on b.id = t.business_id
    ${after}
    order by s.grp, s.k1, s.k2, s.id
    limit ${r.limit + 1}`;
  const page = parsedTipRows(rows.slice(0, r.limit));
  const last = page.at(-1);
  return {
    rows: page.map(({ grp: _g, k1: _a, k2: _b, ...row }) => row),
    numberMatched: counted.n,
    next:
      rows.length > r.limit && last ? [last.grp === 0 ? 0 : 1, last.k1, last.k2, last.id] : null,
  };
}
