import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const { request } = testApp();

// Odd inputs across every endpoint: whatever they are, the answer is never a 5xx.
const paths = [
  '/api/businesses?bbox=NaN,NaN,NaN,NaN',
  '/api/businesses?bbox=Infinity,0,0,0',
  '/api/businesses?bbox=%00',
  '/api/businesses?bbox=1,2,3,4&bbox=5,6,7,8',
  '/api/businesses?type=',
  '/api/businesses?type=karaoke,,massage',
  '/api/businesses?village=99999999999999999999',
  '/api/businesses?village=1.5',
  '/api/businesses/0',
  '/api/businesses/9007199254740993',
  '/api/businesses/%27%3B%20drop%20table%20businesses',
  '/api/key-areas?kind=border%27--',
  '/api/villages?x=1',
  '/api/risk/grid?cellMeters=1e308',
  '/api/risk/grid?on=%00&cellMeters=-250',
  '/api/hotspots?layer=tips&from=2026-01-01&from=2026-02-01',
  '/api/hotspots?layer=tips,violations',
  '/api/hotspots?layer=tips&neighbourMeters=Infinity',
  '/api/hotspots?layer=violations&cellMeters=2000&neighbourMeters=20000',
];

const bodies: Array<[string, string | undefined]> = [
  ['application/json', 'null'],
  ['application/json', '[]'],
  ['application/json', '"Feature"'],
  ['application/json', '{"type":"Feature","geometry":null,"properties":null}'],
  [
    'application/json',
    '{"type":"Feature","geometry":{"type":"Point","coordinates":[]},"properties":{}}',
  ],
  [
    'application/json',
    '{"type":"Feature","geometry":{"type":"Point","coordinates":[1e308,1e308]},"properties":{}}',
  ],
  ['application/json', '{"__proto__":{"polluted":true}}'],
  ['text/plain', 'hello'],
  ['application/x-www-form-urlencoded', 'a=1'],
  ['application/json', undefined],
];

describe('no input makes the server answer 500', () => {
  it.each(paths)('GET %s', async (path) => {
    expect((await request(path)).status).toBeLessThan(500);
  });

  for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
    it.each(bodies)(`${method} with %s %s`, async (type, body) => {
      const target = method === 'POST' ? '/api/businesses' : '/api/businesses/1';
      const response = await request(target, { method, headers: { 'Content-Type': type }, body });
      expect(response.status).toBeLessThan(500);
    });
  }
});
