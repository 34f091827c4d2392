import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * When the baseline was made. The 32 migrations written while the app was built were folded into
 * 0000_baseline.sql, dated as the last of them: drizzle applies a migration only when it is newer
 * than the last one a database recorded, so a database those migrations made skips the baseline,
 * and an empty one runs it.
 */
function baselineMillis(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const baseline = journal.entries.find((entry) => entry.tag === '0000_baseline');
  if (!baseline) throw new Error('db/migrations/meta/_journal.json has no 0000_baseline entry.');
  return baseline.when;
}

/**
 * A database the old migrations made only in part would skip the baseline too and miss the rest;
 * it is refused, with what to do, before anything runs.
 */
async function refuseHalfMigrated(sql: postgres.Sql): Promise<void> {
  const [journal] = await sql<{ name: string | null }[]>`
    select to_regclass('drizzle.__drizzle_migrations')::text as name`;
  if (!journal?.name) return;
  const [last] = await sql<{ at: string | null; count: number }[]>`
    select max(created_at)::text as at, count(*)::int as count from drizzle.__drizzle_migrations`;
  if (!last?.at || Number(last.at) >= baselineMillis()) return;
  throw new Error(
    `This database stopped partway through the old migrations (${last.count} of 32 applied, ` +
      `the last from ${new Date(Number(last.at)).toISOString().slice(0, 10)}). They are now one ` +
      'baseline, which it cannot take on top of them. Bring it to the end of the old ones with ' +
      'the app as of commit 785eeca (`git worktree add ../ntm-785eeca 785eeca`, then ' +
      '`pnpm db:migrate` there), or start it afresh (drop the database, `pnpm db:migrate`, ' +
      '`pnpm seed`).',
  );
}

/** Applies the pending migrations; a second run only checks. */
export async function migrateDatabase(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await refuseHalfMigrated(sql);
    await migrate(drizzle(sql), { migrationsFolder });
  } finally {
    await sql.end();
  }
}
