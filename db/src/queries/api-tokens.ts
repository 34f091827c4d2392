import type { Sql } from '../client';
import { type Account, accountColumns } from './accounts';

export type ApiTokenInfo = {
  id: number;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

const infoColumns = (sql: Sql) => sql`
  id, name, to_json(created_at)#>>'{}' as "createdAt", to_json(expires_at)#>>'{}' as "expiresAt",
  to_json(last_used_at)#>>'{}' as "lastUsedAt", to_json(revoked_at)#>>'{}' as "revokedAt"`;

export async function createApiToken(
  sql: Sql,
  token: {
    communeCode: string;
    userId: number;
    name: string;
    tokenHash: string;
    now: Date;
    expiresAt: Date;
  },
): Promise<ApiTokenInfo> {
  const [row] = await sql<[ApiTokenInfo]>`
    insert into api_tokens (commune_code, user_id, name, token_hash, created_at, expires_at)
    values (${token.communeCode}, ${token.userId}, ${token.name}, ${token.tokenHash},
            ${token.now.toISOString()}, ${token.expiresAt.toISOString()})
    returning ${infoColumns(sql)}`;
  return row;
}

/** A user's own tokens, newest first; never the hash. */
export async function listApiTokens(sql: Sql, userId: number): Promise<ApiTokenInfo[]> {
  return sql<ApiTokenInfo[]>`
    select ${infoColumns(sql)} from api_tokens where user_id = ${userId} order by id desc`;
}

/** Revokes one of the user's own tokens; false when there is no such live token. */
export async function revokeApiToken(
  sql: Sql,
  userId: number,
  id: number,
  now: Date,
): Promise<boolean> {
  const rows = await sql`
    update api_tokens set revoked_at = ${now.toISOString()}
    where id = ${id} and user_id = ${userId} and revoked_at is null
    returning id`;
  return rows.length > 0;
}

/** The account behind a live token (not revoked, not expired); marks it used, once a minute. */
export async function findTokenAccount(
  sql: Sql,
  tokenHash: string,
  now: Date,
): Promise<Account | null> {
  const at = now.toISOString();
  const rows = await sql<Account[]>`
    with token as (
      update api_tokens set last_used_at = ${at}
      where token_hash = ${tokenHash} and revoked_at is null and expires_at > ${at}
        and (last_used_at is null or last_used_at < ${at}::timestamptz - interval '1 minute')
      returning user_id
    ), live as (
      select user_id from token
      union
      select user_id from api_tokens
      where token_hash = ${tokenHash} and revoked_at is null and expires_at > ${at}
    )
    select ${accountColumns(sql)}
    from live join users u on u.id = live.user_id and u.active
    left join villages v on v.id = u.village_id`;
  return rows[0] ?? null;
}
