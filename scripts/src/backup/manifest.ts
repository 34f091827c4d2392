// What an archive says about itself (manifest.json, its first member): enough to check every
// part before anything is restored, and to tell which app version the database belongs to.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type postgres from 'postgres';
import { BackupError } from './files';

/** Raised when the archive's layout changes; a restore refuses a version it does not know. */
export const manifestFormat = 1;

export type ArchivePart = { path: string; sizeBytes: number; sha256: string };

export type Manifest = {
  format: typeof manifestFormat;
  createdAt: string;
  communeCode: string;
  database: string;
  postgres: { server: string; pgDump: string };
  /** The last migration the database had applied (db/migrations/meta/_journal.json tag). */
  migrations: { applied: number; last: string | null };
  /** The custom-format dump, then one part per attachment file (`attachments/ab/ab…`). */
  dump: ArchivePart;
  attachments: ArchivePart[];
  /**
   * The roles the dump grants to (the app's, ntm_support) and the roles they are members of:
   * roles live in the cluster, not the database, so a fresh server gets them from here.
   */
  roles: { name: string; memberOf: string[] }[];
  /** Keys the snapshot's rows name whose file was already gone when the backup ran. */
  missingAttachments: string[];
};

const journalPath = fileURLToPath(
  new URL('../../../db/migrations/meta/_journal.json', import.meta.url),
);

/** The migration level of the database a transaction sees, named by the journal's tag. */
export async function migrationLevel(
  sql: postgres.Sql | postgres.TransactionSql,
): Promise<Manifest['migrations']> {
  const [row] = await sql<{ applied: number; last: string | null }[]>`
    select count(*)::int as applied, max(created_at)::text as last from drizzle.__drizzle_migrations`;
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const last = journal.entries.find((e) => String(e.when) === row?.last)?.tag ?? row?.last ?? null;
  return { applied: row?.applied ?? 0, last };
}

/** The manifest of an unpacked archive, refused when it is not one this code can restore. */
export function readManifest(path: string): Manifest {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    throw new BackupError('The archive has no readable manifest.json: not a backup of this app.');
  }
  if (manifest.format !== manifestFormat) {
    throw new BackupError(
      `The archive's format is ${manifest.format}; this version restores format ${manifestFormat}.`,
    );
  }
  return manifest;
}

/** Every non-superuser role the database's grants and policies name, with its memberships. */
export async function grantedRoles(
  sql: postgres.Sql | postgres.TransactionSql,
): Promise<Manifest['roles']> {
  return sql<Manifest['roles']>`
    with named as (
      select (aclexplode(relacl)).grantee as oid from pg_class where relacl is not null
      union select (aclexplode(nspacl)).grantee from pg_namespace where nspacl is not null
      union select (aclexplode(proacl)).grantee from pg_proc where proacl is not null
      union select unnest(polroles) from pg_policy
    )
    select r.rolname as name,
           array(select b.rolname::text from pg_auth_members m join pg_roles b on b.oid = m.roleid
                 where m.member = r.oid order by 1) as "memberOf"
    from pg_roles r
    where r.oid in (select oid from named) and not r.rolsuper and r.rolname <> current_user
      and r.rolname not like 'pg\\_%'
    order by 1`;
}
