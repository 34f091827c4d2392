// Brings the database up: local cluster (unless DATABASE_URL is set), app and test databases,
// migrations. Idempotent; a second run only checks. Run by `npm start`, `npm test`, `npm run db:up`.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import postgres from 'postgres';
import { migrateDatabase } from '../migrate';
import { startCluster } from './cluster';
import { type DatabaseUrls, readDatabaseUrls } from './database-urls';
import { appDatabase, appPasswordFile, localEnvFile, localPort } from './paths';
import {
  findPostgres,
  installPackages,
  missingExtensions,
  missingPrograms,
} from './postgres-install';

/** The app role's login password: random, made once, kept beside the cluster's. */
function appPassword(): string {
  if (existsSync(appPasswordFile)) return readFileSync(appPasswordFile, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(appPasswordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

function localUrls(ownerPassword: string, appRolePassword: string): Required<DatabaseUrls> {
  const server = `127.0.0.1:${localPort}`;
  const owner = `postgres://postgres:${encodeURIComponent(ownerPassword)}@${server}`;
  const app = `postgres://${appRole}:${encodeURIComponent(appRolePassword)}@${server}`;
  return {
    owner: `${owner}/${appDatabase}`,
    app: `${app}/${appDatabase}`,
    testOwner: `${owner}/${appDatabase}_test`,
    testApp: `${app}/${appDatabase}_test`,
  };
}

const appRole = 'ntm_app';

/** The migrations create the app role without a login; the local cluster gives it one. */
async function enableAppLogin(ownerUrl: string, password: string): Promise<void> {
  const sql = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  try {
    // base64url has no quote or backslash, so the literal is safe; ALTER ROLE takes no $1.
    await sql.unsafe(`alter role ${appRole} with login password '${password}'`);
  } finally {
    await sql.end();
  }
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
  if (process.env.DATABASE_URL) {
    installPackages(missingPrograms());
    // Someone else's server: migrate; the app role's login is theirs to set up.
    const urls = readDatabaseUrls() as DatabaseUrls;
    for (const url of [urls.owner, urls.testOwner]) {
      await ensureDatabase(url);
      await migrateDatabase(url);
    }
    return;
  }
  const pg = findPostgres();
  installPackages([...missingExtensions(pg.major), ...missingPrograms()]);
  const urls = localUrls(startCluster(pg), appPassword());
  for (const url of [urls.owner, urls.testOwner]) {
    await ensureDatabase(url);
    await migrateDatabase(url);
  }
  await enableAppLogin(urls.owner, appPassword());
  const env = [
    '# Written by db/src/local/up.ts for the project-local cluster.',
    `DATABASE_URL=${urls.owner}`,
    `APP_DATABASE_URL=${urls.app}`,
    `TEST_DATABASE_URL=${urls.testOwner}`,
    `TEST_APP_DATABASE_URL=${urls.testApp}`,
    '',
  ].join('\n');
  writeFileSync(localEnvFile, env, { mode: 0o600 });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
