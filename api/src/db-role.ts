import type { Pool } from '@ntm/db/client';

/**
 * Row-level security is the second wall only when the app's role cannot step over it: a
 * superuser, a role with BYPASSRLS or the tables' owner (FORCE makes owners obey, but an owner
 * could turn it off) would make every policy moot. Stops the server with the reason.
 */
export async function refuseRowSecurityBypass(sql: Pool): Promise<void> {
  const [role] = await sql<[{ name: string; bypasses: boolean; owns: boolean }]>`
    select r.rolname as name, r.rolsuper or r.rolbypassrls as bypasses,
           exists (select from pg_tables t where t.schemaname = 'public'
                   and pg_has_role(current_user, t.tableowner, 'USAGE')) as owns
    from pg_roles r where r.rolname = current_user`;
  if (role.bypasses || role.owns) {
    await sql.end();
    throw new Error(
      `The app connects as "${role.name}", which ${role.bypasses ? 'bypasses row-level security' : 'owns the tables'}. ` +
        'Set APP_DATABASE_URL to the non-owner role ntm_app (npm run db:up sets it up locally).',
    );
  }
}
