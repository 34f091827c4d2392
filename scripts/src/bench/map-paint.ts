// `pnpm bench:web`: how long a village head on a phone waits for their map, under Chromium's
// "Slow 4G" network emulation (DevTools' preset: 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s
// up), from pressing "Đăng nhập" until every dataset is drawn and the map is idle
// (window.__mapReady, web/src/map/map-ready.ts). Issue #17: within 4 s. Also what the login
// page pulls before that: its JavaScript as sent (issue #17: at most 170 KB).
//
// The name and password are typed key by key, as a person does on a phone (`typingMs` a key, a
// quick thumb): the login page uses that time to fetch the map's files. Reported too: the wait
// from opening the address to the map drawn, typing included.
//
// A fresh browser profile every run (nothing cached, no service worker), the built web app
// (`pnpm build` first) served by the real app over the app database (`npm start` once, or
// `pnpm seed`). Runs 5 times and prints the median.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '@ntm/api/app';
import { parseEnv } from '@ntm/api/env';
import { connect } from '@ntm/db/client';
import { repoRoot } from '@ntm/db/local/paths';
import { launchChromium } from '../browser/launch-chromium';
import { median } from './median';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
/** `--timeline`: every request of the run, start–end in ms and bytes sent, to see the wait. */
const timeline = process.argv.includes('--timeline');
/** `--no-throttle`: the same run at full speed, to tell the drawing from the network. */
const throttled = !process.argv.includes('--no-throttle');
/** A key every 200 ms: a quick typist on a phone (about 60 words a minute). */
const typingMs = 200;
const username = 'thon-bai-ha';
const password = process.env.DEMO_PASSWORD || 'demo-2026';
/** DevTools' "Slow 4G" (formerly "Fast 3G"), as Chromium's own presets define it. */
const slow4g = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
};

const env = parseEnv();
const { sql } = connect(env.APP_DATABASE_URL, { communeCode: env.COMMUNE_CODE });
const app = createApp({ sql, env }, { webDist: `${repoRoot}web/dist` });
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const browser = await launchChromium();

/** One sign-in on a fresh profile: the login page's script bytes, and the wait for the map. */
async function once() {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    // A first visit: no service worker has kept anything yet. Blocked, too, because Chromium's
    // network emulation slows the page's requests and not the worker's, so a worker's precache
    // would fetch the map's files at full speed and hide what a phone waits for.
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttled) await cdp.send('Network.emulateNetworkConditions', slow4g);
  const scriptBytes = new Map<string, number>();
  let loginDone = false;
  let mapDone = false;
  /** Bytes on the wire, compressed as sent, until the map is drawn: the API's and the files'. */
  const wire = { api: 0, files: 0 };
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.loadingFinished', (event) => {
    if (!loginDone) scriptBytes.set(event.requestId, event.encodedDataLength);
    if (mapDone) return;
    const path = new URL(urls.get(event.requestId) ?? url).pathname;
    wire[path.startsWith('/api/') ? 'api' : 'files'] += event.encodedDataLength;
  });
  const scriptIds = new Set<string>();
  cdp.on('Network.responseReceived', (event) => {
    if (!loginDone && event.type === 'Script') scriptIds.add(event.requestId);
  });
  const opened = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).waitFor();
  loginDone = true;
  const loginScriptKb =
    [...scriptIds].reduce((sum, id) => sum + (scriptBytes.get(id) ?? 0), 0) / 1024;
  await page.getByLabel('Tên đăng nhập').pressSequentially(username, { delay: typingMs });
  await page
    .getByLabel('Mật khẩu', { exact: true })
    .pressSequentially(password, { delay: typingMs });
  const started = Date.now();
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForFunction(
    () => (globalThis as { __mapReady?: boolean }).__mapReady === true,
    null,
    { timeout: 120_000 },
  );
  mapDone = true;
  const paintedMs = Date.now() - started;
  const fromOpenMs = Date.now() - opened;
  if (timeline) {
    const all = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => {
        const r = e as unknown as Record<'startTime' | 'responseEnd' | 'transferSize', number> & {
          name: string;
        };
        return `${Math.round(r.startTime)}-${Math.round(r.responseEnd)} ${r.transferSize} ${r.name.replace(/^https?:\/\/[^/]+/, '')}`;
      }),
    );
    console.log(all.join('\n'));
  }
  await context.close();
  return {
    loginScriptKb,
    paintedMs,
    fromOpenMs,
    apiKb: wire.api / 1024,
    filesKb: wire.files / 1024,
  };
}

const results = [];
for (let i = 0; i < runs; i++) results.push(await once());
await browser.close();
server.close();
await sql.end();

const paint = median(results.map((r) => r.paintedMs));
const fromOpen = median(results.map((r) => r.fromOpenMs));
const script = median(results.map((r) => r.loginScriptKb));
const network = throttled ? 'Slow 4G' : 'no network throttling';
console.log(`village head (${username}) on a phone, ${network}, fresh profile, ${runs} runs`);
console.log(`  login page JavaScript as sent: ${script.toFixed(1)} KB (target ≤ 170)`);
console.log(
  `  sign-in to map painted: median ${(paint / 1000).toFixed(2)} s ` +
    `(runs: ${results.map((r) => (r.paintedMs / 1000).toFixed(2)).join(', ')}; target ≤ 4 s)`,
);
const apiKb = median(results.map((r) => r.apiKb));
const filesKb = median(results.map((r) => r.filesKb));
console.log(
  `  bytes on the wire until the map is drawn, compressed as sent: ${(apiKb + filesKb).toFixed(0)} KB ` +
    `(API answers ${apiKb.toFixed(0)} KB, files ${filesKb.toFixed(0)} KB)`,
);
console.log(
  `  address opened to map painted, typing ${username.length + password.length} keys included: ` +
    `median ${(fromOpen / 1000).toFixed(2)} s`,
);
