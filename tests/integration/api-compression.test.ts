// The API's JSON and GeoJSON answers go out gzip-compressed to a client that accepts it: the
// map's layers are what a phone on a weak link waits for after signing in.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });

describe('the API, compressed', () => {
  it.each(['/api/businesses', '/api/villages', '/api/roads'])(
    'sends %s gzip-compressed, the same JSON once decoded, to a client that accepts it',
    async (path) => {
      const plain = await police.request(path);
      const plainText = await plain.text();
      expect(plain.headers.get('content-encoding')).toBeNull();
      const zipped = await police.request(path, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(zipped.status).toBe(200);
      expect(zipped.headers.get('content-encoding')).toBe('gzip');
      expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
      const bytes = Buffer.from(await zipped.arrayBuffer());
      expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual(JSON.parse(plainText));
      expect(bytes.length).toBeLessThan(Buffer.byteLength(plainText) / 3);
    },
  );

  it('sends a refusal in the one error shape, compressed as any answer', async () => {
    const refused = await police.request('/api/businesses/999999999', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(refused.status).toBe(404);
    const body = JSON.parse(gunzipSync(Buffer.from(await refused.arrayBuffer())).toString('utf8'));
    expect(body.error.code).toBe('not-found');
  });
});
