// The app behind a real nginx, started from deploy/nginx/ntm.conf with a self-signed
// certificate. nginx connects to the app from 127.0.0.2, the only address the app trusts; the
// test's clients come from 127.0.0.1 and 127.0.0.3, as two people on the commune's network.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../helpers/nginx';
import { demoPassword } from '../helpers/test-app';
import { startTestServer } from '../helpers/test-server';

type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};
type Call = {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The client's own address (a second person: 127.0.0.3). */
  from?: string;
};

let app: Awaited<ReturnType<typeof startTestServer>>;
let nginx: Awaited<ReturnType<typeof startNginx>>;
const webDist = mkdtempSync(join(tmpdir(), 'ntm-web-'));
// A hashed asset with no precompressed twin: nginx is the one to gzip it.
const asset = `export const rows = [${Array.from({ length: 400 }, (_, i) => `"row ${i}"`).join(',')}];\n`;

beforeAll(async () => {
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>NTM</title>');
  writeFileSync(join(webDist, 'assets', 'app-1a2b3c4d.js'), asset);
  app = await startTestServer({
    webDist,
    trustedProxies: '127.0.0.2',
    loginLimit: { max: 3, windowMs: 10 * 60_000 },
  });
  nginx = await startNginx(app.port);
}, 30_000);

afterAll(async () => {
  await nginx?.stop();
  await app?.stop();
  rmSync(webDist, { recursive: true, force: true });
});

/** A request to nginx over https (its certificate checked), or over plain http to `port`. */
function call(path: string, options: Call & { port?: number; tls?: boolean } = {}) {
  const tls = options.tls ?? true;
  const send = tls ? httpsRequest : httpRequest;
  return new Promise<Answer>((resolve, reject) => {
    const outgoing = send(
      {
        host: '127.0.0.1',
        port: options.port ?? nginx.httpsPort,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.from ?? '127.0.0.1',
        ...(tls ? { ca: nginx.ca } : {}),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const login = (username: string, options: Call & { port?: number; tls?: boolean } = {}) =>
  call('/api/auth/login', {
    ...options,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: options.tls === false ? app.url : nginx.origin,
      ...options.headers,
    },
    body: JSON.stringify({ username, password: demoPassword }),
  });

/** One sign-in through nginx for the reads below (logins count against the limit). */
let cookie: Promise<string> | undefined;
const session = () => {
  cookie ??= login('congan').then(
    (answer) => String(answer.headers['set-cookie']).split(';')[0] as string,
  );
  return cookie;
};

const json = (answer: Answer) =>
  JSON.parse(
    (answer.headers['content-encoding'] === 'gzip'
      ? gunzipSync(answer.body)
      : answer.body
    ).toString(),
  );

describe('behind nginx', () => {
  it('sends plain http to https', async () => {
    const answer = await call('/ban-do?x=1', { port: nginx.httpPort, tls: false });
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('https://127.0.0.1/ban-do?x=1');
  });

  it('signs in over https with a Secure cookie and HSTS', async () => {
    const answer = await login('congan');
    expect(answer.status).toBe(200);
    const cookie = String(answer.headers['set-cookie']);
    expect(cookie).toMatch(/^ntm_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('keeps plain http as it was for whoever reaches the app directly, forged headers or not', async () => {
    const answer = await login('congan', {
      port: app.port,
      tls: false,
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.50' },
    });
    expect(answer.status).toBe(200);
    expect(String(answer.headers['set-cookie'])).not.toMatch(/Secure/);
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });

  it('names the public https origin in /ogc links and TileJSON', async () => {
    const landing = json(await call('/ogc', { headers: { accept: 'application/json' } }));
    const hrefs: string[] = landing.links.map((link: { href: string }) => link.href);
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect(href.startsWith(`${nginx.origin}/ogc`), href).toBe(true);
    const cookie = await session();
    const tileJson = json(await call('/api/tiles/businesses', { headers: { cookie } }));
    expect(tileJson.tiles[0]).toMatch(
      new RegExp(`^${nginx.origin.replaceAll('.', '\\.')}/api/tiles/businesses/\\{z\\}`),
    );
  });

  it('gzips an asset once (nginx) and an API answer once (the app), and caches the asset', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    const first = await call('/assets/app-1a2b3c4d.js', { headers: gzip });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(first.body).toString()).toBe(asset);
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const second = await call('/assets/app-1a2b3c4d.js', { headers: gzip });
    expect(second.headers['x-cache-status']).toBe('HIT');
    const cookie = await session();
    const collections = await call('/ogc/collections', {
      headers: { ...gzip, cookie, accept: 'application/json' },
    });
    expect(collections.headers['content-encoding']).toBe('gzip');
    expect(json(collections).collections.length).toBeGreaterThan(0);
  });

  it('counts login attempts per forwarded client, and a forged X-Forwarded-For buys nothing', async () => {
    const wrong = (options: Call & { port?: number; tls?: boolean } = {}) =>
      call('/api/auth/login', {
        ...options,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...options.headers },
        body: JSON.stringify({ username: 'nobody-here', password: 'wrong-password' }),
      });
    // 3 attempts per address in this file; 127.0.0.4 has not tried yet.
    const from = '127.0.0.4';
    for (let attempt = 1; attempt <= 3; attempt++) expect((await wrong({ from })).status).toBe(401);
    expect((await wrong({ from })).status).toBe(429);
    // Naming someone else through nginx: nginx appends the real address, the app reads that.
    const named = await wrong({ from, headers: { 'x-forwarded-for': '198.51.100.23' } });
    expect(named.status).toBe(429);
    // Another person behind the same nginx has a bucket of their own.
    expect((await wrong({ from: '127.0.0.3' })).status).toBe(401);
    // Straight to the app with forged headers: the peer is not a trusted proxy, its own address
    // counts (and it is the one already limited).
    const direct = await wrong({
      from,
      port: app.port,
      tls: false,
      headers: { 'x-forwarded-for': '198.51.100.24' },
    });
    expect(direct.status).toBe(429);
  });
});
