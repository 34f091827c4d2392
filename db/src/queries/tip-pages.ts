import type { Sql } from '../client';
import {
  type Keyset,
  keysetAfter,
  keysetColumn,
  keysetOrder,
  type Page,
  type PageAsk,
  pageOfRows,
} from './keyset';
import { type TipDeadlineRules, tipDeadline } from './tip-deadline';
import { parsedTipRows, type TipFilter, type TipRow, tipColumns, tipsWhere } from './tips';

export type DueState = 'overdue' | 'due-soon' | 'on-time';

export type TipPageRequest = TipFilter & {
  rules: TipDeadlineRules;
  /** The instant the due states are judged at (ISO 8601). */
  now: string;
  due?: readonly DueState[];
} & PageAsk;

/**
 * The order of the tips, as one ascending key: open tips (0) by deadline, then received, then
 * id; closed ones (1) newest first, then by id. Numbers are kept as the database's exact text.
 */
const tipOrder = (sql: Sql): Keyset => ({
  parts: [
    { expr: sql`s.grp`, type: 'int' },
    { expr: sql`s.k1`, type: 'numeric' },
    { expr: sql`s.k2`, type: 'numeric' },
    { expr: sql`s.id`, type: 'int' },
  ],
});

/**
 * One page of the tips a filter keeps, what is due first coming first, with how many match in
 * all and the cursor of the next page: a list of 50,000 tips read 50 at a time, each once,
 * however the tips change between pages. The keys are computed once for both the page and the
 * count.
 */
export async function pageTips(sql: Sql, r: TipPageRequest): Promise<Page<TipRow>> {
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
  const order = tipOrder(sql);
  const rows = await sql<(TipRow & { pageKey: string[]; matched: number })[]>`
    with s as materialized (${keyed})
    select ${tipColumns(sql)}, ${keysetColumn(sql, order)},
           (select count(*)::int from s) as matched
    from s
      join tips t on t.id = s.id
      left join businesses b on b.id = t.business_id
    where true ${keysetAfter(sql, order, r.after)}
    order by ${keysetOrder(sql, order)}
    limit ${r.limit + 1}`;
  const numberMatched =
    rows[0]?.matched ??
    (r.after ? (await sql<[{ n: number }]>`select count(*)::int as n from (${keyed}) s`)[0].n : 0);
  const page = pageOfRows(
    rows.map(({ matched: _m, ...row }) => row),
    r.limit,
  );
  return { ...page, rows: parsedTipRows(page.rows), numberMatched };
}
