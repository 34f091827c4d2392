// Global setup: a fresh test database for each run (schema rebuilt, demo data seeded with a
// fixed seed), so tests never depend on what an earlier run or the app database holds.

import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { readDatabaseUrls } from '../../db/src/local/database-urls';
import { migrateDatabase } from '../../db/src/migrate';
import { seedDemo } from '../../scripts/src/seed/seed-demo';

export const testSeed = 42;

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test database as its owner (superuser locally): for checks behind the app's back. */
    databaseUrl: string;
    /** The test database as the app's own role, held by row-level security. */
    appDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const urls = readDatabaseUrls();
  if (!urls) throw new Error('No test database: run `npm test` (it brings the database up).');
  if (!urls.testApp) {
    throw new Error('DATABASE_URL is set without APP_DATABASE_URL: the tests need both roles.');
  }
  const sql = postgres(urls.testOwner, { max: 2, onnotice: () => {} });
  try {
    await sql`drop schema if exists drizzle cascade`;
    await sql`drop schema if exists support cascade`;
    await sql`drop schema public cascade`;
    await sql`create schema public`;
    await migrateDatabase(urls.testOwner);
    await seedDemo(sql, { seed: testSeed });
  } finally {
    await sql.end();
  }
  project.provide('databaseUrl', urls.testOwner);
  project.provide('appDatabaseUrl', urls.testApp);
}
