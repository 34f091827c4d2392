// What a restore checks around the database it writes: that the target may be replaced, and
// afterwards that the app's role can log in and is still held by row-level security.
import type postgres from 'postgres';
import { BackupError } from './files';
import type { Manifest } from './manifest';

const appRole = 'ntm_app';

/** Tables outside the system and the migration journal that hold at least one row. */
export async function tablesWithRows(sql: postgres.Sql): Promise<string[]> {
  const tables = await sql<{ name: string }[]>`
    select format('%I.%I', n.nspname, c.relname) as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p')
      and n.nspname not in ('pg_catalog', 'information_schema', 'drizzle')
      and n.nspname not like 'pg\\_%'
      -- Tables an extension made (PostGIS's spatial_ref_sys) come with any database.
      and not exists (select 1 from pg_depend d
                      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
    order by 1`;
  const filled: string[] = [];
  for (const { name } of tables) {
    const [row] = await sql<
      { any: boolean }[]
    >`select exists (select from ${sql.unsafe(name)}) as any`;
    if (row?.any) filled.push(name);
  }
  return filled;
}

/**
 * The roles the dump grants to, made first on a server that lacks them (as the migrations make
 * them: no login, no superuser, no bypassing row-level security), and their memberships, so the
 * dump's grants land. A role already there is left as it is.
 */
export async function ensureRoles(sql: postgres.Sql, roles: Manifest['roles']): Promise<string[]> {
  const created: string[] = [];
  for (const { name } of roles) {
    const [found] = await sql`select 1 from pg_roles where rolname = ${name}`;
    if (found) continue;
    await sql`create role ${sql(name)} nologin nosuperuser nobypassrls nocreatedb nocreaterole`;
    created.push(name);
  }
  for (const { name, memberOf } of roles) {
    for (const group of memberOf) {
      const [known] = await sql`select 1 from pg_roles where rolname = ${group}`;
      if (known) await sql`grant ${sql(group)} to ${sql(name)}`;
    }
  }
  return created;
}

/**
 * The app's side after a restore: with its own login when `appUrl` is known, else by SET ROLE
 * from the owner. It must be `ntm_app`, own no table, and see no tip or business without the
 * settings the API sets (the policies came back with the tables).
 */
export async function checkAppRole(owner: postgres.Sql, app: postgres.Sql | null): Promise<string> {
  const [counts] = await owner<{ tips: number; businesses: number; owned: number }[]>`
    select (select count(*)::int from tips) as tips,
           (select count(*)::int from businesses) as businesses,
           (select count(*)::int from pg_class c join pg_roles r on r.oid = c.relowner
             where r.rolname = ${appRole}) as owned`;
  if (counts?.owned)
    throw new BackupError(`The app role owns ${counts.owned} relations after the restore.`);
  const seen = async (sql: postgres.Sql | postgres.TransactionSql) => {
    const [row] = await sql<{ who: string; tips: number; businesses: number }[]>`
      select current_user as who, (select count(*)::int from tips) as tips,
             (select count(*)::int from businesses) as businesses`;
    return row;
  };
  const asApp = app
    ? await seen(app)
    : await owner.begin(async (tx) => {
        await tx.unsafe(`set local role ${appRole}`);
        return seen(tx);
      });
  if (asApp?.who !== appRole || asApp.tips !== 0 || asApp.businesses !== 0) {
    throw new BackupError(
      `Row-level security does not hold after the restore: ${asApp?.who} sees ${asApp?.tips} tips and ${asApp?.businesses} businesses without settings.`,
    );
  }
  const how = app ? 'logs in' : 'exists (no login URL given, checked by SET ROLE)';
  return `The app role ${how} and row-level security holds (it sees 0 of ${counts?.tips} tips and 0 of ${counts?.businesses} businesses without settings).`;
}
