import { mkdirSync } from 'node:fs';
import { repoRoot } from '@ntm/db/local/paths';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startTestServer } from './test-server';

/** Where end-to-end tests keep their screenshots (ignored by git). */
export const artifacts = `${repoRoot}artifacts/e2e`;

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/** A real server over the test database and a headless Chromium, for one test file. */
export async function startE2e(): Promise<{ server: TestServer; browser: Browser }> {
  mkdirSync(artifacts, { recursive: true });
  const server = await startTestServer();
  const browser = await launchChromium();
  return { server, browser };
}

export async function stopE2e(server: TestServer | undefined, browser: Browser | undefined) {
  await browser?.close();
  await server?.stop();
}
