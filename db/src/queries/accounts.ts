import type { Sql } from '../client';
import type { userRoles } from '../schema/values';

// Instants go to PostgreSQL as ISO strings: postgres.js cannot bind a Date whose parameter type
// it has not inferred (inside CASE, or before the statement is described).

export type Account = {
  id: number;
  username: string;
  displayName: string;
  role: (typeof userRoles)[number];
  villageId: number | null;
  villageName: string | null;
  /** The commune the account belongs to: its transactions act there (the commune wall). */
  communeCode: string;
  /** A temporary password is in use: everything but changing it is refused. */
  mustChangePassword: boolean;
};

type AccountWithSecret = Account & {
  passwordHash: string | null;
};

/** The columns of `Account`, from `users u left join villages v`. */
export const accountColumns = (sql: Sql) => sql`
  u.id, u.username, u.display_name as "displayName", u.role, u.village_id as "villageId",
  v.name as "villageName", u.commune_code as "communeCode",
  u.must_change_password as "mustChangePassword"`;

/** An active account by username, with what a login needs to check. */
export async function findAccountForLogin(
  sql: Sql,
  communeCode: string,
  username: string,
): Promise<AccountWithSecret | null> {
  const rows = await sql<AccountWithSecret[]>`
    select ${accountColumns(sql)}, u.password_hash as "passwordHash"
    from users u left join villages v on v.id = u.village_id
    where u.username = ${username} and u.commune_code = ${communeCode} and u.active
    for update of u`;
  return rows[0] ?? null;
}

/**
 * Counts a wrong password, for the admin's view; it never locks the account (a lock anyone can
 * set by guessing is a weapon: the delays are per name and address, api/src/auth/login-throttle.ts).
 */
export async function recordFailedLogin(sql: Sql, userId: number): Promise<void> {
  await sql`update users set failed_logins = failed_logins + 1 where id = ${userId}`;
}

export async function clearFailedLogins(sql: Sql, userId: number): Promise<void> {
  await sql`update users set failed_logins = 0 where id = ${userId}`;
}

export async function createSession(
  sql: Sql,
  session: { idHash: string; communeCode: string; userId: number; now: Date; expiresAt: Date },
): Promise<void> {
  await sql`
    insert into sessions (id_hash, commune_code, user_id, created_at, last_seen_at, expires_at)
    values (${session.idHash}, ${session.communeCode}, ${session.userId}, ${session.now.toISOString()},
            ${session.now.toISOString()}, ${session.expiresAt.toISOString()})`;
}

/** Times in epoch milliseconds. */
export type SessionAccount = Account & { lastSeenMs: number; expiresMs: number };

/** The account behind a live session (not ended, not past its absolute expiry), or null. */
export async function findSession(sql: Sql, idHash: string): Promise<SessionAccount | null> {
  const rows = await sql<SessionAccount[]>`
    select ${accountColumns(sql)},
           (extract(epoch from s.last_seen_at) * 1000)::float8 as "lastSeenMs",
           (extract(epoch from s.expires_at) * 1000)::float8 as "expiresMs"
    from sessions s
    join users u on u.id = s.user_id and u.active
    left join villages v on v.id = u.village_id
    where s.id_hash = ${idHash} and s.ended_at is null`;
  return rows[0] ?? null;
}

export async function touchSession(sql: Sql, idHash: string, now: Date): Promise<void> {
  await sql`update sessions set last_seen_at = ${now.toISOString()} where id_hash = ${idHash}`;
}

export async function endSession(sql: Sql, idHash: string, now: Date): Promise<void> {
  await sql`update sessions set ended_at = ${now.toISOString()} where id_hash = ${idHash} and ended_at is null`;
}
