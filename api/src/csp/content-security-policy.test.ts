import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../lib/app-env';
import { apiPolicy, contentSecurityPolicy, webPolicy } from './content-security-policy';

/** `{ directive: [values] }` of a policy header. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('webPolicy', () => {
  const policy = directives(webPolicy({ reportTo: false }));

  it('runs scripts and styles only from the app’s own files', () => {
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
  });

  it('has the directives a strict policy needs, and no framing', () => {
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
    expect(policy['worker-src']).toEqual(["'self'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy['connect-src']).toEqual(["'self'"]);
  });

  it('reports to the app’s own endpoint, by report-to only when asked', () => {
    expect(policy['report-uri']).toEqual(['/api/csp-reports']);
    expect(policy['report-to']).toBeUndefined();
    expect(directives(webPolicy({ reportTo: true }))['report-to']).toEqual(['csp']);
  });

  it('lets the map reach a configured online basemap’s origin, nothing more', () => {
    const withBasemap = directives(
      webPolicy({ basemapUrl: 'https://tile.example.org/{z}/{x}/{y}.png?key=k', reportTo: false }),
    );
    expect(withBasemap['connect-src']).toEqual(["'self'", 'https://tile.example.org']);
    expect(withBasemap['img-src']).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://tile.example.org',
    ]);
    expect(withBasemap['script-src']).toEqual(["'self'"]);
  });
});

describe('contentSecurityPolicy', () => {
  const app = new Hono<AppEnv>()
    // What proxy/behind-proxy.ts sets: here the request's own URL stands for a trusted proxy's word.
    .use((c, next) => {
      c.set('origin', new URL(c.req.url).origin);
      return next();
    })
    .use(contentSecurityPolicy({}))
    .get('/api/attachments/1', (c) =>
      c.body('x', 200, { 'Content-Security-Policy': "default-src 'none'; sandbox" }),
    )
    .get('/api/health', (c) => c.json({ status: 'ok' }))
    .get('*', (c) => c.html('<!doctype html><title>x</title>'));

  it('gives pages the web policy and API answers the API’s', async () => {
    const page = await app.request('http://127.0.0.1/ban-do');
    expect(page.headers.get('content-security-policy')).toBe(webPolicy({ reportTo: false }));
    expect(page.headers.get('reporting-endpoints')).toBeNull();
    const api = await app.request('http://127.0.0.1/api/health');
    expect(api.headers.get('content-security-policy')).toBe(apiPolicy);
    expect(directives(apiPolicy)['default-src']).toEqual(["'none'"]);
    expect(directives(apiPolicy)['frame-ancestors']).toEqual(["'none'"]);
  });

  it('keeps a stricter policy an answer brings itself', async () => {
    const file = await app.request('http://127.0.0.1/api/attachments/1');
    expect(file.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('names the Reporting API endpoint over HTTPS only', async () => {
    const page = await app.request('https://gis.example.vn/');
    expect(page.headers.get('content-security-policy')).toBe(webPolicy({ reportTo: true }));
    expect(page.headers.get('reporting-endpoints')).toBe('csp="/api/csp-reports"');
  });
});
