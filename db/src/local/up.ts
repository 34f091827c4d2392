// Brings the database up: local cluster (unless DATABASE_URL is set), app and test databases,
// migrations. Idempotent; a second run only checks. Run by `npm start`, `npm test`, `npm run db:up`.
import { writeFileSync } from 'node:fs';
import postgres from 'postgres';
import { migrateDatabase } from '../migrate';
import { startCluster } from './cluster';
import { type DatabaseUrls, readDatabaseUrls } from './database-urls';
import { appDatabase, localEnvFile, localPort } from './paths';
import { ensureExtensions, findPostgres } from './postgres-install';

function localUrls(password: string): DatabaseUrls {
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${localPort}`;
  return { app: `${base}/${appDatabase}`, test: `${base}/${appDatabase}_test` };
}

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) {
      await sql`create database ${sql(name)}`;
      console.log(`Created database ${name}.`);
    }
  } finally {
    await sql.end();
  }
}

async function main() {
  let urls: DatabaseUrls;
  if (process.env.DATABASE_URL) {
    urls = readDatabaseUrls() as DatabaseUrls;
  } else {
    const pg = findPostgres();
    ensureExtensions(pg.major);
    urls = localUrls(startCluster(pg));
    const env = `# Written by db/src/local/up.ts for the project-local cluster.\nDATABASE_URL=${urls.app}\nTEST_DATABASE_URL=${urls.test}\n`;
    writeFileSync(localEnvFile, env, { mode: 0o600 });
  }
  for (const url of [urls.app, urls.test]) {
    await ensureDatabase(url);
    await migrateDatabase(url);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
