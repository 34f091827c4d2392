import type { Sql } from '../client';
import { tipStatuses } from '../schema/values';
import {
  countCap,
  countOf,
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
 * The open tips are a few percent of them: their deadlines are computed and sorted; the closed
 * ones, nearly all, are read newest first through the index on received_at.
 */
const openOrder = (sql: Sql): Keyset => ({
  parts: [
    { expr: sql`0::int`, type: 'int' },
    { expr: sql`s.k1`, type: 'numeric' },
    { expr: sql`s.k2`, type: 'numeric' },
    { expr: sql`s.id`, type: 'int' },
  ],
});

type KeyedRow = TipRow & { pageKey: string[] };

/** The open tips the request keeps, due first, after the cursor if it is in their group. */
function openTips(sql: Sql, r: TipPageRequest, limit: number) {
  const deadline = tipDeadline(sql, r.rules);
  const soon = sql`${r.now}::timestamptz + make_interval(secs => ${r.rules.dueSoonDays * 86_400})`;
  const dueIs: Record<DueState, ReturnType<typeof sql>> = {
    overdue: sql`k.deadline < ${r.now}::timestamptz`,
    'due-soon': sql`(k.deadline >= ${r.now}::timestamptz and k.deadline <= ${soon})`,
    'on-time': sql`k.deadline > ${soon}`,
  };
  const dueFilter = r.due
    ? sql`and (${r.due.map((d, i) => (i === 0 ? dueIs[d] : sql` or ${dueIs[d]}`))})`
    : sql``;
  const order = openOrder(sql);
  return sql<KeyedRow[]>`
    select ${tipColumns(sql)}, ${keysetColumn(sql, order)}
    from (select s.* from (
            select k.id, extract(epoch from k.deadline) as k1, extract(epoch from k.received_at) as k2
            from (select t.id, t.received_at, ${deadline} as deadline from tips t
                  where ${tipsWhere(sql, r)} and t.status in ${openStatuses(sql, r)}) k
            where true ${dueFilter}) s
          where true ${keysetAfter(sql, order, r.after)}
          order by ${keysetOrder(sql, order)}
          limit ${limit}) s
      join tips t on t.id = s.id
      left join businesses b on b.id = t.business_id
    -- The page's keys are sorted before its rows are read: the columns of one page, not of all.
    order by ${keysetOrder(sql, order)}`;
}

/**
 * The statuses that leave a tip open, as literals: the condition that lets the list use the
 * partial index of open tips (db/migrations/0006_list_paging.sql) under row-level security.
 * The statuses are the enum's own names, never input.
 */
const openStatuses = (sql: Sql, r: TipPageRequest) =>
  sql.unsafe(
    `(${tipStatuses
      .filter((s) => !r.rules.closedStatuses.includes(s))
      .map((s) => `'${s}'`)
      .join(', ')})`,
  );

/** The closed tips the request keeps, newest first, then by id, after the cursor if closed. */
function closedTips(sql: Sql, r: TipPageRequest, limit: number) {
  const key = sql`(-extract(epoch from t.received_at), t.id)`;
  // The index narrows to the instant (to_timestamp rounds to the microsecond: a millisecond
  // spares it); the exact key decides.
  const after = r.after
    ? sql`and t.received_at <= to_timestamp(-${r.after[1] as string}::float8) + interval '1 millisecond'
          and ${key} > (${r.after[1] as string}::numeric, ${r.after[3] as string}::bigint)`
    : sql``;
  return sql<KeyedRow[]>`
    select ${tipColumns(sql)},
           json_build_array('1', (-extract(epoch from t.received_at))::text, '0', t.id::text) as "pageKey"
    from tips t left join businesses b on b.id = t.business_id
    where ${tipsWhere(sql, r)} and t.status::text = any(${r.rules.closedStatuses as string[]}) ${after}
    order by t.received_at desc, t.id
    limit ${limit}`;
}

/**
 * One page of the tips a filter keeps, what is due first coming first, with how many match in
 * all and the cursor of the next page: a list of 50,000 tips read 50 at a time, each once,
 * however the tips change between pages.
 */
export async function pageTips(sql: Sql, r: TipPageRequest): Promise<Page<TipRow>> {
  const inClosed = r.after?.[0] === '1';
  const want = r.limit + 1;
  const rows: KeyedRow[] = inClosed ? [] : [...(await openTips(sql, r, want))];
  // Closed tips have no deadline, so a filter on due states keeps none of them.
  if (rows.length < want && !r.due) {
    rows.push(
      ...(await closedTips(sql, inClosed ? r : { ...r, after: undefined }, want - rows.length)),
    );
  }
  const page = pageOfRows(rows, r.limit);
  const numberMatched = await countOf(sql, {
    from: sql`tips t`,
    where: r.due
      ? sql`t.id in (select s.id from (${openTips(sql, { ...r, after: undefined }, countCap + 1)}) s)`
      : tipsWhere(sql, r),
  });
  return { ...page, rows: parsedTipRows(page.rows), numberMatched };
}
