// The app as production runs it (API and built web app) sends its Content-Security-Policy on
// every answer: the web app's on pages and their files, a stricter one on the API's answers.
import { readdirSync } from 'node:fs';
import { repoRoot } from '@ntm/db/local/paths';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const { app } = testApp({ as: null, withWeb: true });

const policyOf = async (url: string) => {
  const response = await app.request(url);
  await response.body?.cancel();
  expect(response.status).toBe(200);
  return response.headers.get('content-security-policy') ?? '';
};

const script = readdirSync(`${repoRoot}web/dist/assets`).find((name) => name.endsWith('.js'));

/** What the web app's policy holds, whatever else it says. */
const webDirectives = [
  "default-src 'self'",
  "script-src 'self';",
  "style-src 'self';",
  "object-src 'none'",
  "frame-ancestors 'none'",
  'report-uri /api/csp-reports',
];

describe('Content-Security-Policy', () => {
  it.each(['/', '/bao-tin', '/bao-tin/tra-cuu', '/kiem-tra', '/sw.js', `/assets/${script}`])(
    'guards %s with the web app’s policy: own scripts and styles only',
    async (path) => {
      const policy = await policyOf(`http://127.0.0.1${path}`);
      for (const directive of webDirectives) expect(policy).toContain(directive);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    },
  );

  it.each(['/api/health', '/api/config', '/api/public/villages'])(
    'lets no answer of the API (%s) run or load anything',
    async (path) => {
      expect(await policyOf(`http://127.0.0.1${path}`)).toBe(
        "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
    },
  );

  it('refuses framing in the older header too, for browsers that read only that', async () => {
    const response = await app.request('http://127.0.0.1/');
    await response.body?.cancel();
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('names the Reporting API endpoint over HTTPS', async () => {
    const response = await app.request('https://gis.example.vn/bao-tin');
    expect(response.headers.get('content-security-policy')).toContain('report-to csp');
    expect(response.headers.get('reporting-endpoints')).toBe('csp="/api/csp-reports"');
  });
});
