import type { Sql } from '../client';
import { type Account, accountColumns } from './accounts';

/** `failedLogins`: wrong passwords since the last success, for the admin to notice guessing. */
export type UserInfo = Account & { active: boolean; failedLogins: number };

const userColumns = (sql: Sql) => sql`
  ${accountColumns(sql)}, u.active, u.failed_logins as "failedLogins"`;

/** The accounts of a commune for the admin page; never a password hash. */
export async function listUsers(sql: Sql, communeCode: string): Promise<UserInfo[]> {
  return sql<UserInfo[]>`
    select ${userColumns(sql)} from users u left join villages v on v.id = u.village_id
    where u.commune_code = ${communeCode} order by u.role, u.username`;
}

export async function getUser(sql: Sql, communeCode: string, id: number): Promise<UserInfo | null> {
  const rows = await sql<UserInfo[]>`
    select ${userColumns(sql)} from users u left join villages v on v.id = u.village_id
    where u.commune_code = ${communeCode} and u.id = ${id}`;
  return rows[0] ?? null;
}

export async function usernameTaken(sql: Sql, username: string): Promise<boolean> {
  const rows = await sql`select 1 from users where username = ${username}`;
  return rows.length > 0;
}

/** A village of today's map: an account may not be given one merged away (no outline now). */
export async function villageExists(sql: Sql, communeCode: string, id: number): Promise<boolean> {
  const rows = await sql`
    select 1 from villages where id = ${id} and commune_code = ${communeCode} and geom is not null`;
  return rows.length > 0;
}

export type UserFields = {
  username: string;
  displayName: string;
  role: string;
  villageId: number | null;
  active: boolean;
};

export async function insertUser(
  sql: Sql,
  communeCode: string,
  user: UserFields & { passwordHash: string },
): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into users (commune_code, username, display_name, role, village_id, active, password_hash,
                       must_change_password)
    values (${communeCode}, ${user.username}, ${user.displayName}, ${user.role}, ${user.villageId},
            ${user.active}, ${user.passwordHash}, true)
    returning id`;
  return row.id;
}

export async function updateUser(
  sql: Sql,
  id: number,
  user: Omit<UserFields, 'username'>,
): Promise<void> {
  await sql`
    update users set display_name = ${user.displayName}, role = ${user.role},
                     village_id = ${user.villageId}, active = ${user.active}
    where id = ${id}`;
}

/** A new password also clears a lockout. */
/**
 * A new password. `temporary` (an admin's reset) makes the next login change it; the user's
 * own change clears that.
 */
export async function setPassword(
  sql: Sql,
  id: number,
  passwordHash: string,
  temporary: boolean,
): Promise<void> {
  await sql`
    update users set password_hash = ${passwordHash}, failed_logins = 0,
                     must_change_password = ${temporary}
    where id = ${id}`;
}

/** The stored hash of an active user, to check their current password. */
export async function getPasswordHash(sql: Sql, id: number): Promise<string | null> {
  const [row] = await sql<[{ hash: string | null }?]>`
    select password_hash as hash from users where id = ${id} and active for update`;
  return row?.hash ?? null;
}

/**
 * Ends every session and revokes every token of a user (deactivation, role change, reset), or
 * all but one session (the one changing its own password).
 */
export async function endAccess(
  sql: Sql,
  userId: number,
  now: Date,
  keepSessionIdHash: string | null = null,
): Promise<void> {
  const at = now.toISOString();
  await sql`
    update sessions set ended_at = ${at}
    where user_id = ${userId} and ended_at is null
      ${keepSessionIdHash ? sql`and id_hash <> ${keepSessionIdHash}` : sql``}`;
  await sql`update api_tokens set revoked_at = ${at} where user_id = ${userId} and revoked_at is null`;
}
