// POST /api/csp-reports: where browsers report what the Content-Security-Policy refused. No
// session, a small body, a rate limit per address; the log gets the directive and the blocked
// URI without its query, and nothing is stored.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectErrorShape, testApp } from '../helpers/test-app';

const browser = testApp({ as: null, withWeb: true });
const { sql } = browser;

const reportUri = (blocked: string, directive = 'script-src-elem') => ({
  'csp-report': {
    'document-uri': 'http://127.0.0.1:8787/bao-tin/tra-cuu?ma=7K3M-Q2P9-XW4D-H8TN',
    referrer: 'http://127.0.0.1:8787/?username=congan',
    'violated-directive': directive,
    'effective-directive': directive,
    'original-policy': "default-src 'self'; report-uri /api/csp-reports",
    'blocked-uri': blocked,
    'source-file': 'http://127.0.0.1:8787/assets/index.js?v=1',
    'script-sample': 'alert(document.cookie)',
    'status-code': 200,
  },
});

const post = (body: string, type = 'application/csp-report', app = browser) =>
  app.app.request('/api/csp-reports', {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });

const logged = () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return () => warn.mock.calls.map((call) => call.join(' ')).join('\n');
};

async function rowCounts() {
  const [row] = await sql<[Record<string, number>]>`
    select (select count(*)::int from audit_log) as audit, (select count(*)::int from tips) as tips`;
  return row;
}

afterEach(() => vi.restoreAllMocks());

describe('POST /api/csp-reports', () => {
  it('takes a report-uri report without a session and logs the directive and the URI without its query', async () => {
    const log = logged();
    const before = await rowCounts();
    const response = await post(
      JSON.stringify(reportUri('https://evil.example/steal.js?session=abc#x')),
    );
    expect(response.status).toBe(204);
    expect(log()).toMatch(
      /csp violation: script-src-elem refused https:\/\/evil\.example\/steal\.js$/,
    );
    // Nothing else the report carries: not the page (a tracking code in its query), the
    // referrer, the source file's query or the script sample.
    expect(log()).not.toMatch(/7K3M|congan|session=|abc|alert|cookie|\?v=1|bao-tin/);
    expect(await rowCounts()).toEqual(before);
  });

  it('takes a Reporting API batch (application/reports+json)', async () => {
    const log = logged();
    const batch = [
      {
        type: 'csp-violation',
        age: 3,
        url: 'http://127.0.0.1:8787/?x=1',
        user_agent: 'Chrome',
        body: {
          documentURL: 'http://127.0.0.1:8787/?x=1',
          blockedURL: 'inline',
          effectiveDirective: 'style-src-attr',
          disposition: 'enforce',
          sample: 'color:red',
        },
      },
      {
        type: 'csp-violation',
        age: 3,
        url: 'http://127.0.0.1:8787/',
        user_agent: 'Chrome',
        body: {
          blockedURL: 'https://tiles.example.org/1/2/3.png?key=k',
          effectiveDirective: 'img-src',
        },
      },
    ];
    const response = await post(JSON.stringify(batch), 'application/reports+json');
    expect(response.status).toBe(204);
    expect(log().split('\n')).toEqual([
      expect.stringMatching(/csp violation: style-src-attr refused inline$/),
      expect.stringMatching(
        /csp violation: img-src refused https:\/\/tiles\.example\.org\/1\/2\/3\.png$/,
      ),
    ]);
  });

  it('refuses a body that is not JSON or holds no violation (400), and logs nothing', async () => {
    const log = logged();
    expect((await expectErrorShape(await post('{"csp-report":'), 400)).code).toBe('invalid-report');
    expect((await expectErrorShape(await post('{}'), 400)).code).toBe('invalid-report');
    expect((await expectErrorShape(await post('[]', 'application/reports+json'), 400)).code).toBe(
      'invalid-report',
    );
    expect(log()).toBe('');
  });

  it('refuses other content types (415): a form post is no report', async () => {
    const body = JSON.stringify(reportUri('inline'));
    expect((await expectErrorShape(await post(body, 'application/xml'), 415)).code).toBe(
      'unsupported-media-type',
    );
    // A text/plain post (what a form or a bare fetch sends) from this origin, past the CSRF check.
    const plain = await browser.app.request('/api/csp-reports', {
      method: 'POST',
      headers: { origin: 'http://localhost' },
      body,
    });
    expect(plain.status).toBe(415);
  });

  it('refuses a body over 16 KB (413), with its length given or not', async () => {
    const log = logged();
    const big = JSON.stringify(reportUri(`https://evil.example/${'a'.repeat(20_000)}`));
    const sized = await browser.app.request('/api/csp-reports', {
      method: 'POST',
      headers: { 'content-type': 'application/csp-report', 'content-length': String(big.length) },
      body: big,
    });
    expect((await expectErrorShape(sized, 413)).code).toBe('payload-too-large');
    expect((await expectErrorShape(await post(big), 413)).code).toBe('payload-too-large');
    const bigBatch = JSON.stringify([
      { type: 'csp-violation', body: { blockedURL: 'x'.repeat(20_000) } },
    ]);
    const unsized = await post(bigBatch, 'application/reports+json');
    expect((await expectErrorShape(unsized, 413)).code).toBe('payload-too-large');
    expect(log()).toBe('');
  });

  it('refuses NUL characters like every route (400)', async () => {
    const response = await post(JSON.stringify(reportUri('inline\u0000')), 'application/json');
    expect((await expectErrorShape(response, 400)).code).toBe('invalid-request');
  });

  it('limits one address to 100 reports per 10 minutes (429 with Retry-After), logging none past it', async () => {
    const own = testApp({ as: null });
    const body = JSON.stringify(reportUri('inline'));
    const log = logged();
    for (let i = 0; i < 100; i += 1) expect((await post(body, undefined, own)).status).toBe(204);
    const refused = await post(body, undefined, own);
    expect((await expectErrorShape(refused, 429)).code).toBe('rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(log().split('\n')).toHaveLength(100);
  });
});
