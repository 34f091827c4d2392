import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { localEnvFile } from './paths';

/**
 * Two roles per database: the owner runs migrations, the seed and `audit:verify`; the app runs
 * as `ntm_app`, which owns nothing and is held by row-level security (ARCHITECTURE.md §4).
 */
export type DatabaseUrls = {
  owner: string;
  /** Null when DATABASE_URL is given without APP_DATABASE_URL: the API refuses to start. */
  app: string | null;
  testOwner: string;
  testApp: string | null;
};

/** `postgres://…/name` → `postgres://…/name_test`, for a test database beside the app's. */
export function testUrlFor(appUrl: string): string {
  const url = new URL(appUrl);
  const name = url.pathname.replace(/^\//, '') || 'postgres';
  url.pathname = `/${name}_test`;
  return url.toString();
}

/**
 * The URLs from the environment (DATABASE_URL, APP_DATABASE_URL, and optionally
 * TEST_DATABASE_URL, TEST_APP_DATABASE_URL), else from the local cluster's `.data/local.env`.
 * Returns null when neither exists yet (the bring-up has not run).
 */
export function readDatabaseUrls(env: NodeJS.ProcessEnv = process.env): DatabaseUrls | null {
  const source = env.DATABASE_URL ? env : readLocalEnv();
  if (!source?.DATABASE_URL) return null;
  const app = source.APP_DATABASE_URL || null;
  return {
    owner: source.DATABASE_URL,
    app,
    testOwner: source.TEST_DATABASE_URL || testUrlFor(source.DATABASE_URL),
    testApp: source.TEST_APP_DATABASE_URL || (app ? testUrlFor(app) : null),
  };
}

function readLocalEnv(): NodeJS.ProcessEnv | null {
  if (!existsSync(localEnvFile)) return null;
  return parseEnv(readFileSync(localEnvFile, 'utf8'));
}
