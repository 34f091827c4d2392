// Keyset paging, one way for every list: a page is the rows after the last one the client saw,
// in the list's own order, found through that order's index however deep the page is (an
// offset would read and drop every row before it). The cursor is the last row's sort key, each
// part as exact text, so no float or time zone rounding can skip or repeat a row.
import type postgres from 'postgres';
import type { Sql } from '../client';

/**
 * How a part of the key is written in the cursor and read back: whole numbers, instants (UTC,
 * microseconds), calendar days, exact decimals, or text.
 */
export type KeyType = 'int' | 'instant' | 'date' | 'numeric' | 'text';

/** One part of a list's order: an expression of its rows, never null, and its type. */
export type KeyPart = { expr: postgres.Fragment; type: KeyType };

/**
 * A list's order: its parts, all ascending or all descending (a row comparison, which an
 * index on the same columns answers); the last part is unique (an id), so the order is total.
 */
export type Keyset = { parts: readonly KeyPart[]; descending?: boolean };

/** Where a page ended: the last row's key, part by part as text. */
export type PageKey = readonly string[];

/** A page asked for: how many at most, after which key (none: the first page). */
export type PageAsk = { limit: number; after?: PageKey };

/** `numberMatched` is null when more than countCap rows match. */
export type Page<Row> = { rows: Row[]; numberMatched: number | null; next: PageKey | null };

/**
 * Lists are counted up to this many: counting a million rows under row-level security takes
 * a second, longer than the page itself. Past it a page says only that there are more.
 */
export const countCap = 10_000;

const wholeNumber = /^-?\d{1,18}$/;
const exactNumber = /^-?\d{1,15}(\.\d{1,9})?$/;
const utcInstant = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.\d{6}Z$/;
const day = /^\d{4}-\d\d-\d\d$/;

/** A day or second that exists on the calendar (Date would roll 31 February into March). */
const realTime = (text: string) => {
  const at = new Date(`${text.length === 10 ? `${text}T00:00:00` : text}Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(text);
};

/** Whether a cursor's text is a value of the type, as the database would read it back. */
export function isKeyText(type: KeyType, text: string): boolean {
  switch (type) {
    case 'int':
      return wholeNumber.test(text);
    case 'numeric':
      return exactNumber.test(text);
    case 'instant': {
      const seconds = utcInstant.exec(text)?.[1];
      return seconds !== undefined && realTime(seconds);
    }
    case 'date':
      return day.test(text) && realTime(text);
    case 'text':
      return text.length <= 500;
  }
}

/** The part as the cursor writes it. */
function asText(sql: Sql, { expr, type }: KeyPart) {
  if (type === 'instant') {
    return sql`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  }
  return sql`(${expr})::text`;
}

const castOf: Record<KeyType, string> = {
  int: 'bigint',
  instant: 'timestamptz',
  date: 'date',
  numeric: 'numeric',
  text: 'text',
};

const joined = (sql: Sql, parts: readonly postgres.Fragment[]) =>
  parts.reduce((all, part) => sql`${all}, ${part}`);

/** The list's order for `order by`. */
export const keysetOrder = (sql: Sql, keyset: Keyset) =>
  joined(
    sql,
    keyset.parts.map((p) => (keyset.descending ? sql`${p.expr} desc` : sql`${p.expr}`)),
  );

/** `and (the key) > (the cursor)` (< when descending), or nothing on the first page. */
export function keysetAfter(sql: Sql, keyset: Keyset, after: PageKey | undefined) {
  if (!after) return sql``;
  if (after.length !== keyset.parts.length) throw new Error('a cursor of another list');
  const own = joined(
    sql,
    keyset.parts.map((p) => p.expr),
  );
  const given = joined(
    sql,
    keyset.parts.map((p, i) => sql`${after[i] as string}::${sql.unsafe(castOf[p.type])}`),
  );
  return keyset.descending ? sql`and (${own}) < (${given})` : sql`and (${own}) > (${given})`;
}

/** The row's key as a JSON array of its parts' text, in the column `pageKey`. */
export const keysetColumn = (sql: Sql, keyset: Keyset) =>
  sql`json_build_array(${joined(
    sql,
    keyset.parts.map((p) => asText(sql, p)),
  )}) as "pageKey"`;

/** A list's rows: what to select, from where, which rows (the `where` without its keyword). */
export type ListSource = {
  columns: postgres.Fragment;
  from: postgres.Fragment;
  where: postgres.Fragment;
  keyset: Keyset;
};

/** Up to limit + 1 rows after the cursor, each with its `pageKey`: one more tells a next page. */
export const keysetRows = (sql: Sql, source: ListSource, ask: PageAsk) => sql`
  select ${source.columns}, ${keysetColumn(sql, source.keyset)}
  from ${source.from}
  where ${source.where} ${keysetAfter(sql, source.keyset, ask.after)}
  order by ${keysetOrder(sql, source.keyset)}
  limit ${ask.limit + 1}`;

/** How many rows the list has in all, whatever the page; null past countCap. */
export async function countOf(sql: Sql, source: Pick<ListSource, 'from' | 'where'>) {
  const [row] = await sql<[{ n: number }]>`
    select count(*)::int as n
    from (select from ${source.from} where ${source.where} limit ${countCap + 1}) counted`;
  return row.n > countCap ? null : row.n;
}

/** The page of the rows read with keysetRows: at most `limit`, and the key to go on from. */
export function pageOfRows<Row>(
  rows: readonly (Row & { pageKey: string[] })[],
  limit: number,
): { rows: Row[]; next: PageKey | null } {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    rows: kept.map(({ pageKey: _key, ...row }) => row as Row),
    next: rows.length > limit && last ? last.pageKey : null,
  };
}

/** One page of a list of rows, counted. */
export async function keysetPage<Row>(
  sql: Sql,
  source: ListSource,
  ask: PageAsk,
): Promise<Page<Row>> {
  const read = await sql<(Row & { pageKey: string[] })[]>`${keysetRows(sql, source, ask)}`;
  return { ...pageOfRows(read, ask.limit), numberMatched: await countOf(sql, source) };
}

/**
 * One page of a GeoJSON layer built in PostGIS: its Features array as the bytes PostgreSQL
 * sent (not parsed and written again), how many it holds, the key to go on from, and the
 * count of the whole list. `feature` is a Feature expression over the source's rows.
 */
export async function keysetFeaturePage(
  sql: Sql,
  source: Omit<ListSource, 'columns'> & { feature: postgres.Fragment },
  ask: PageAsk,
): Promise<Omit<Page<never>, 'rows'> & { features: Uint8Array; numberReturned: number }> {
  const numbered = sql`${source.feature} as feature,
    row_number() over (order by ${keysetOrder(sql, source.keyset)}) as n`;
  const rows = keysetRows(sql, { ...source, columns: numbered }, ask);
  const [page] = await sql`
    select coalesce(json_agg(r.feature order by r.n) filter (where r.n <= ${ask.limit}), '[]')::text,
           count(*) filter (where r.n <= ${ask.limit})::int::text,
           (array_agg(r."pageKey"::text order by r.n) filter (where r.n = ${ask.limit}))[1],
           count(*) > ${ask.limit}
    from (${rows}) r`.raw();
  const [features, returned, lastKey] = page as unknown as [Uint8Array, Uint8Array, Uint8Array];
  const text = (bytes: Uint8Array | null) => (bytes ? Buffer.from(bytes).toString('utf8') : null);
  const more = text(page?.[3] as Uint8Array) === 't';
  return {
    features,
    numberReturned: Number(text(returned)),
    next: more ? (JSON.parse(text(lastKey) as string) as string[]) : null,
    numberMatched: await countOf(sql, source),
  };
}
