// The end-to-end journeys' check of the Content-Security-Policy can fail: a page that breaks
// the policy, served by the real app in the web app's place, is counted by the shared browser
// helpers (the page's securitypolicyviolation events and Chromium's console lines) and by the
// server's report endpoint (a worker's too), and makes stopE2e fail.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser';
import { cspViolations, watchCspViolations } from '../helpers/csp-violations';
import { stopE2e, type TestServer } from '../helpers/e2e';
import { startTestServer } from '../helpers/test-server';

/** A page with an inline script, an inline style, a foreign image and a worker that fetches away. */
const page = `<!doctype html>
<html lang="vi">
  <head>
    <title>Trang vi phạm</title>
    <script type="module" src="/assets/start-worker.js"></script>
  </head>
  <body>
    <p style="color: red">Chữ đỏ</p>
    <script>document.body.dataset.ran = 'inline';</script>
    <img alt="" src="https://tiles.example.invalid/1/2/3.png?key=bi-mat">
  </body>
</html>`;

let folder: string;
let server: TestServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ntm-csp-page-'));
  mkdirSync(join(folder, 'assets'));
  writeFileSync(join(folder, 'index.html'), page);
  writeFileSync(join(folder, 'assets/start-worker.js'), "new Worker('/assets/worker.js');\n");
  writeFileSync(
    join(folder, 'assets/worker.js'),
    "fetch('https://elsewhere.example.invalid/data?ma=bi-mat').catch(() => {});\n",
  );
  server = await startTestServer({ webDist: folder });
  browser = await launchChromium();
  watchCspViolations(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('a page that breaks the Content-Security-Policy', () => {
  it('is refused, counted by the browser helpers, reported to the server and fails the file', async () => {
    if (!browser || !server) throw new Error('not started');
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}/`);
    const seen = () => cspViolations(browser as Browser).join('\n');
    // The page's own events, with where they happened, and Chromium's console lines.
    await expect.poll(seen).toMatch(/script-src-elem refused inline/);
    await expect.poll(seen).toMatch(/style-src-attr refused inline/);
    await expect.poll(seen).toMatch(/img-src refused https:\/\/tiles\.example\.invalid/);
    await expect.poll(seen).toMatch(/Executing inline script violates the following Content/);
    // The policy held: the inline script never ran.
    expect(await tab.evaluate(() => document.body.dataset.ran ?? null)).toBeNull();

    // The browser reported them (report-uri over plain HTTP), the worker's too, which no page
    // event shows; nothing of a query string is kept.
    const reported = () => (server as TestServer).cspReports.join('\n');
    await expect.poll(reported).toMatch(/script-src-elem refused inline/);
    await expect
      .poll(reported)
      .toMatch(/img-src refused https:\/\/tiles\.example\.invalid\/1\/2\/3\.png$/m);
    await expect
      .poll(reported)
      .toMatch(/connect-src refused https:\/\/elsewhere\.example\.invalid\/data$/m);
    expect(reported()).not.toMatch(/bi-mat|key=/);
    await context.close();

    // The journeys' one check fails on them.
    const stopping = stopE2e(server, browser);
    server = undefined;
    browser = undefined;
    await expect(stopping).rejects.toThrow(/Content-Security-Policy violations/);
  });
});
