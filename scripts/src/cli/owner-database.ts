import { readDatabaseUrls } from '@ntm/db/local/database-urls';
import postgres from 'postgres';

/**
 * Runs a command's `work` on one connection as the database owner: `databaseUrl` (its
 * --database-url flag), else DATABASE_URL or the local cluster. With neither it says so and
 * answers exit code 1; the connection is closed whatever `work` answers or throws.
 */
export async function withOwnerDatabase(
  databaseUrl: string | undefined,
  work: (sql: postgres.Sql) => Promise<number>,
): Promise<number> {
  const url = databaseUrl ?? readDatabaseUrls()?.owner;
  if (!url) {
    console.error('No database: set DATABASE_URL or run `npm run db:up` first.');
    return 1;
  }
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end();
  }
}
