import type { Sql } from '../client';

/** One row of rate_windows: whose windows, which limit, and the key's HMAC. */
export type WindowKey = { scope: string; communeCode: string; limiter: string; keyHash: string };

/** A window as it stands: its hits, when it ends and any delay set on it (epoch ms). */
export type RateWindow = { hits: number; endsMs: number; blockedUntilMs: number | null };

const windowColumns = (sql: Sql) => sql`
  hits, round(extract(epoch from ends_at) * 1000)::float8 as "endsMs",
  round(extract(epoch from blocked_until) * 1000)::float8 as "blockedUntilMs"`;

/**
 * One more hit, in one statement, so hits from every process add up with none lost: a window
 * that has ended (or none) starts again at `at` and lasts `windowMs`. With `extend`, each hit
 * moves the end to `at + windowMs` (the login throttle forgets failures after a quiet day).
 */
export async function hitWindow(
  sql: Sql,
  key: WindowKey,
  at: Date,
  windowMs: number,
  extend: boolean,
): Promise<RateWindow> {
  const now = at.toISOString();
  const endsAt = new Date(at.getTime() + windowMs).toISOString();
  const [row] = await sql<RateWindow[]>`
    insert into rate_windows as w (scope, commune_code, limiter, key_hash, hits, ends_at)
    values (${key.scope}, ${key.communeCode}, ${key.limiter}, ${key.keyHash}, 1, ${endsAt})
    on conflict (scope, commune_code, limiter, key_hash) do update set
      hits = case when w.ends_at <= ${now} then 1 else w.hits + 1 end,
      ends_at = case when w.ends_at <= ${now} or ${extend} then excluded.ends_at else w.ends_at end,
      blocked_until = case when w.ends_at <= ${now} then null else w.blocked_until end
    returning ${windowColumns(sql)}`;
  return row as RateWindow;
}

/** The window still open at `at`, or null. */
export async function readWindow(sql: Sql, key: WindowKey, at: Date): Promise<RateWindow | null> {
  const [row] = await sql<RateWindow[]>`
    select ${windowColumns(sql)} from rate_windows
    where scope = ${key.scope} and commune_code = ${key.communeCode}
      and limiter = ${key.limiter} and key_hash = ${key.keyHash} and ends_at > ${at.toISOString()}`;
  return row ?? null;
}

/** Holds the key off until `until`, or longer if a hit elsewhere already asked for longer. */
export async function blockWindow(sql: Sql, key: WindowKey, until: Date): Promise<void> {
  await sql`
    update rate_windows set blocked_until = greatest(blocked_until, ${until.toISOString()})
    where scope = ${key.scope} and commune_code = ${key.communeCode}
      and limiter = ${key.limiter} and key_hash = ${key.keyHash}`;
}

export async function clearWindow(sql: Sql, key: WindowKey): Promise<void> {
  await sql`
    delete from rate_windows
    where scope = ${key.scope} and commune_code = ${key.communeCode}
      and limiter = ${key.limiter} and key_hash = ${key.keyHash}`;
}

/** Deletes the scope's windows that ended by `at`; the scope's own clock decides (tests run others). */
export async function pruneWindows(sql: Sql, scope: string, at: Date): Promise<number> {
  const deleted = await sql`
    delete from rate_windows where scope = ${scope} and ends_at <= ${at.toISOString()}`;
  return deleted.count;
}
