import { describe, expect, it } from 'vitest';
import { loggableUri, readViolations } from './violation-report';

describe('loggableUri', () => {
  it('keeps a URL without its query, fragment and credentials', () => {
    expect(loggableUri('https://user:pw@tiles.example.org/7/1/2.png?key=secret#top')).toBe(
      'https://tiles.example.org/7/1/2.png',
    );
  });

  it.each(['inline', 'eval', 'wasm-eval'])(
    'keeps “%s”, a word browsers write instead of a URL',
    (word) => {
      expect(loggableUri(word)).toBe(word);
    },
  );

  it.each([
    ['data:image/png;base64,AAAA', 'data'],
    ['blob:http://127.0.0.1:8787/5b7e-11', 'blob'],
  ])('names %s by its scheme only', (uri, scheme) => {
    expect(loggableUri(uri)).toBe(scheme);
  });

  it.each(['javascript:alert(1)', 'not a url\n[fake] log line', ''])(
    'logs %j as a dash, so no text a client chose reaches the log',
    (uri) => {
      expect(loggableUri(uri)).toBe('-');
    },
  );
});

describe('readViolations', () => {
  it('reads a report-uri report (application/csp-report)', () => {
    const body = {
      'csp-report': {
        'document-uri': 'http://127.0.0.1:8787/bao-tin/tra-cuu?ma=ABCD-EFGH',
        'violated-directive': 'script-src-elem',
        'effective-directive': 'script-src-elem',
        'original-policy': "default-src 'self'",
        'blocked-uri': 'https://evil.example/x.js?session=1',
        'status-code': 200,
      },
    };
    expect(readViolations(body)).toEqual([
      { directive: 'script-src-elem', blockedUri: 'https://evil.example/x.js' },
    ]);
  });

  it('falls back to the violated directive when the effective one is missing', () => {
    const body = { 'csp-report': { 'violated-directive': 'img-src data:', 'blocked-uri': 'data' } };
    expect(readViolations(body)).toEqual([{ directive: 'img-src', blockedUri: 'data' }]);
  });

  it('reads a Reporting API batch (application/reports+json), csp-violation entries only', () => {
    const body = [
      {
        type: 'csp-violation',
        age: 10,
        url: 'http://127.0.0.1:8787/',
        user_agent: 'Chrome',
        body: {
          documentURL: 'http://127.0.0.1:8787/',
          blockedURL: 'inline',
          effectiveDirective: 'style-src-attr',
          disposition: 'enforce',
        },
      },
      { type: 'deprecation', body: { id: 'x' } },
      { type: 'csp-violation', body: { effectiveDirective: 'connect-src', blockedURL: 42 } },
    ];
    expect(readViolations(body)).toEqual([
      { directive: 'style-src-attr', blockedUri: 'inline' },
      { directive: 'connect-src', blockedUri: '-' },
    ]);
  });

  it('reads at most 20 violations from one batch', () => {
    const entry = {
      type: 'csp-violation',
      body: { effectiveDirective: 'img-src', blockedURL: 'data' },
    };
    expect(readViolations(Array.from({ length: 50 }, () => entry))).toHaveLength(20);
  });

  it('finds nothing in a body of another shape or with a malformed directive', () => {
    expect(readViolations({})).toEqual([]);
    expect(readViolations(null)).toEqual([]);
    expect(readViolations('csp-report')).toEqual([]);
    expect(readViolations({ 'csp-report': [] })).toEqual([]);
    expect(
      readViolations({
        'csp-report': { 'effective-directive': 'Script-Src\n[x]', 'blocked-uri': 'inline' },
      }),
    ).toEqual([]);
  });
});
