import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { localEnvFile } from './paths';

export type DatabaseUrls = { app: string; test: string };

/** `postgres://…/name` → `postgres://…/name_test`, for a test database beside the app's. */
export function testUrlFor(appUrl: string): string {
  const url = new URL(appUrl);
  const name = url.pathname.replace(/^\//, '') || 'postgres';
  url.pathname = `/${name}_test`;
  return url.toString();
}

/**
 * The URLs from the environment, else from the local cluster's `.data/local.env`.
 * Returns null when neither exists yet (the bring-up has not run).
 */
export function readDatabaseUrls(env: NodeJS.ProcessEnv = process.env): DatabaseUrls | null {
  if (env.DATABASE_URL) {
    return { app: env.DATABASE_URL, test: env.TEST_DATABASE_URL ?? testUrlFor(env.DATABASE_URL) };
  }
  if (!existsSync(localEnvFile)) return null;
  const local = parseEnv(readFileSync(localEnvFile, 'utf8'));
  if (!local.DATABASE_URL || !local.TEST_DATABASE_URL) return null;
  return { app: local.DATABASE_URL, test: local.TEST_DATABASE_URL };
}
