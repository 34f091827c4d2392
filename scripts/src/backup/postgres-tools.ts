// pg_dump and pg_restore of the PostgreSQL the local cluster runs (db/src/local finds it), so
// the tools and the server are of one version; the password goes in the environment, not in
// the command line every user of the machine can read.
import { findPostgres } from '@ntm/db/local/postgres-install';
import type postgres from 'postgres';
import { BackupError } from './files';

export type PostgresTool = 'pg_dump' | 'pg_restore';

/** The tool's path; refused when the server is newer than the tools (they could not read it). */
export async function postgresTool(sql: postgres.Sql, tool: PostgresTool): Promise<string> {
  const install = findPostgres();
  const [row] = await sql<{ num: string }[]>`select current_setting('server_version_num') as num`;
  const serverMajor = Math.floor(Number(row?.num) / 10000);
  if (serverMajor > install.major) {
    throw new BackupError(
      `The server runs PostgreSQL ${serverMajor} but the tools here are ${install.major}; install postgresql-client-${serverMajor}.`,
    );
  }
  return `${install.binDir}/${tool}`;
}

/** The URL without its password, and the environment that carries the password instead. */
export function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/** The same server's URL with another database in it. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
