import { mkdirSync } from 'node:fs';
import { repoRoot } from '@ntm/db/local/paths';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser';
import { cspViolations, watchCspViolations } from './csp-violations';
import { startTestServer } from './test-server';

/** Where end-to-end tests keep their screenshots (ignored by git). */
export const artifacts = `${repoRoot}artifacts/e2e`;

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** `database`: made before the server starts (a scratch database), served instead of the test one. */
type E2eOptions = { database?: () => Promise<{ ownerUrl: string; appUrl: string }> };

/**
 * A real server over the test database and a headless Chromium, for one test file. Every page
 * the browser opens is watched for Content-Security-Policy violations, and the server counts
 * what browsers report to it (see stopE2e).
 */
async function startE2e(options: E2eOptions): Promise<{ server: TestServer; browser: Browser }> {
  mkdirSync(artifacts, { recursive: true });
  const server = await startTestServer(
    options.database ? { database: await options.database() } : {},
  );
  const browser = await launchChromium();
  watchCspViolations(browser);
  return { server, browser };
}

/**
 * Closes both, then fails the file if any page refused anything under the app's
 * Content-Security-Policy: the one check for every journey, whatever its tests assert.
 */
export async function stopE2e(server: TestServer | undefined, browser: Browser | undefined) {
  await browser?.close();
  await server?.stop();
  // The pages' own count, and what reached the server's report endpoint (workers included).
  const violations = [...(browser ? cspViolations(browser) : []), ...(server?.cspReports ?? [])];
  expect(violations, 'Content-Security-Policy violations in this file').toEqual([]);
}

/**
 * A server and a browser for the test file that calls this at its top: started before its
 * tests, stopped and checked (stopE2e) after them and after the file's own later afterAll.
 * Read `server` and `browser` inside tests and hooks, once they have been started.
 */
export function e2eSuite(options: E2eOptions = {}): {
  readonly server: TestServer;
  readonly browser: Browser;
} {
  const suite = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    Object.assign(suite, await startE2e(options));
  }, 600_000);
  afterAll(() => stopE2e(suite.server, suite.browser));
  return suite;
}
