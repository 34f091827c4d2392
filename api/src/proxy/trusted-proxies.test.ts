import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env';
import { parseTrustedProxies, requestOrigin, trustNoOne } from './trusted-proxies';

const headers = (values: Record<string, string>) => ({
  get: (name: string) => values[name.toLowerCase()],
});
const nginx = parseTrustedProxies('127.0.0.2, 10.0.0.0/8, fd00::/8');

describe('parseTrustedProxies', () => {
  it('takes addresses and CIDRs, IPv4 and IPv6, and IPv4 seen through an IPv6 socket', () => {
    expect(nginx.has('127.0.0.2')).toBe(true);
    expect(nginx.has('10.200.3.4')).toBe(true);
    expect(nginx.has('::ffff:10.1.1.1')).toBe(true);
    expect(nginx.has('fd12::1')).toBe(true);
    expect(nginx.has('127.0.0.1')).toBe(false);
    expect(nginx.has('fe80::1')).toBe(false);
    expect(nginx.has('not an address')).toBe(false);
  });

  it('trusts no one when empty', () => {
    expect(trustNoOne.has('127.0.0.1')).toBe(false);
    expect(parseTrustedProxies(' , ').list).toEqual([]);
  });

  it('refuses a bad entry by name, and the server does not start with it', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow('"10.0.0.0/33": the prefix length');
    expect(() => parseTrustedProxies('::1/129')).toThrow('0 to 128');
    expect(() => parseTrustedProxies('nginx')).toThrow('"nginx" is not an address or CIDR');
    expect(() => parseTrustedProxies('10.0.0.1/8/8')).toThrow('not an address');
    expect(() =>
      parseEnv({ APP_DATABASE_URL: 'postgres://a@b/c', TRUSTED_PROXIES: '10.0.0.1,localhost' }),
    ).toThrow(/TRUSTED_PROXIES: "localhost" is not an address or CIDR/);
    expect(parseEnv({ APP_DATABASE_URL: 'postgres://a@b/c' }).TRUSTED_PROXIES.list).toEqual([]);
  });
});

describe('requestOrigin', () => {
  it('ignores the forwarding headers a client sends directly', () => {
    const spoofed = headers({
      host: 'app:8787',
      'x-forwarded-for': '203.0.113.9',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'bank.example',
    });
    expect(requestOrigin('198.51.100.7', spoofed, nginx)).toEqual({
      address: '198.51.100.7',
      scheme: 'http',
      host: 'app:8787',
    });
    expect(requestOrigin('127.0.0.2', spoofed, trustNoOne).address).toBe('127.0.0.2');
  });

  it('takes the client, scheme and host from a trusted proxy', () => {
    const forwarded = { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' };
    const seen = requestOrigin(
      '::ffff:127.0.0.2',
      headers({ ...forwarded, host: '127.0.0.1:8787', 'x-forwarded-host': 'gis.example.vn' }),
      nginx,
    );
    expect(seen).toEqual({ address: '198.51.100.7', scheme: 'https', host: 'gis.example.vn' });
  });

  it('walks a chain of proxies from the right; what the client wrote on the left is not believed', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the edge proxy appended the real address,
    // an inner proxy (10.0.0.5) appended the edge's.
    const chain = headers({ 'x-forwarded-for': '1.1.1.1, 198.51.100.7, 10.0.0.5' });
    expect(requestOrigin('10.0.0.9', chain, nginx).address).toBe('198.51.100.7');
    // Several header lines arrive joined with commas: the same walk.
    const all = headers({ 'x-forwarded-for': '10.9.9.9, 10.0.0.5' });
    expect(requestOrigin('10.0.0.9', all, nginx).address).toBe('10.9.9.9');
  });

  it('reads IPv6 clients, with or without brackets and port', () => {
    for (const entry of ['2001:db8::7', '[2001:db8::7]', '[2001:db8::7]:51234']) {
      const forwarded = headers({ 'x-forwarded-for': entry });
      expect(requestOrigin('fd00::1', forwarded, nginx).address).toBe('2001:db8::7');
    }
    expect(
      requestOrigin('10.0.0.1', headers({ 'x-forwarded-for': '198.51.100.7:443' }), nginx).address,
    ).toBe('198.51.100.7');
  });

  it('stops at a malformed entry at the last address known good', () => {
    const cases: [string, string][] = [
      ['garbage', '127.0.0.2'],
      ['198.51.100.7, <script>', '127.0.0.2'],
      ['unknown, 10.0.0.5', '10.0.0.5'],
      ['', '127.0.0.2'],
      [',,', '127.0.0.2'],
      ['999.1.1.1', '127.0.0.2'],
    ];
    for (const [value, client] of cases) {
      const forwarded = headers({ 'x-forwarded-for': value });
      expect(requestOrigin('127.0.0.2', forwarded, nginx).address, value).toBe(client);
    }
  });

  it('takes only http or https, and only a host that makes a URL', () => {
    const odd = headers({
      host: 'app',
      'x-forwarded-proto': 'javascript',
      'x-forwarded-host': 'evil.example/path?',
    });
    expect(requestOrigin('127.0.0.2', odd, nginx)).toMatchObject({ scheme: 'http', host: 'app' });
    const twice = headers({ 'x-forwarded-proto': 'http, HTTPS', 'x-forwarded-host': 'a, b:8443' });
    expect(requestOrigin('127.0.0.2', twice, nginx)).toMatchObject({
      scheme: 'https',
      host: 'b:8443',
    });
  });

  it('has no address without a socket (app.request in tests)', () => {
    expect(requestOrigin(null, headers({ host: 'localhost' }), nginx)).toEqual({
      address: null,
      scheme: 'http',
      host: 'localhost',
    });
  });
});
