// The API's JSON and GeoJSON answers go out compressed to a client that accepts it, brotli where
// it takes brotli and gzip otherwise: the map's layers are what a phone on a weak link waits for
// after signing in.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { mapLayerReads } from '@ntm/api/app';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const police = testApp({ as: 'congan' });

const decoders = { br: brotliDecompressSync, gzip: gunzipSync };

describe('the API, compressed', () => {
  it.each([
    ['/api/businesses', 'gzip, deflate, br, zstd', 'br'],
    ['/api/villages', 'gzip, deflate, br', 'br'],
    ['/api/roads', 'gzip, br;q=0.5', 'gzip'],
    ['/api/businesses', 'gzip', 'gzip'],
    ['/ogc/collections/businesses/items?limit=200', 'br', 'br'],
  ] as const)(
    'sends %s to "%s" as %s, the same JSON once decoded',
    async (path, accepted, encoding) => {
      const plain = await police.request(path);
      const plainText = await plain.text();
      expect(plain.headers.get('content-encoding')).toBeNull();
      const packed = await police.request(path, { headers: { 'accept-encoding': accepted } });
      expect(packed.status).toBe(200);
      expect(packed.headers.get('content-encoding')).toBe(encoding);
      expect(packed.headers.get('vary')).toMatch(/accept-encoding/i);
      const bytes = Buffer.from(await packed.arrayBuffer());
      const text = decoders[encoding](bytes).toString('utf8');
      const withoutStamp = (json: string) => ({ ...JSON.parse(json), timeStamp: undefined });
      expect(withoutStamp(text)).toEqual(withoutStamp(plainText));
      expect(bytes.length).toBeLessThan(Buffer.byteLength(plainText) / 3);
    },
  );

  it('packs the businesses layer smaller with brotli than with gzip', async () => {
    const size = async (accepted: string) =>
      (
        await (
          await police.request('/api/businesses', { headers: { 'accept-encoding': accepted } })
        ).arrayBuffer()
      ).byteLength;
    expect(await size('br')).toBeLessThan(await size('gzip'));
  });

  it('sends a refusal in the one error shape, compressed as any answer', async () => {
    const refused = await police.request('/api/businesses/999999999', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(refused.status).toBe(404);
    const body = JSON.parse(gunzipSync(Buffer.from(await refused.arrayBuffer())).toString('utf8'));
    expect(body.error.code).toBe('not-found');
  });
});

describe("the map's layers, revalidated", () => {
  it.each(mapLayerReads)(
    'sends %s with an ETag and answers 304 to a client holding it',
    async (path) => {
      const first = await police.request(path, { headers: { 'accept-encoding': 'br' } });
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^W\/"/);
      const again = await police.request(path, {
        headers: { 'accept-encoding': 'br', 'if-none-match': etag as string },
      });
      expect(again.status).toBe(304);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
    },
  );

  it('names a changed layer anew', async () => {
    const before = (await police.request('/api/key-areas')).headers.get('etag');
    await police.sql`update key_areas set name = name || '.' where id = (select min(id) from key_areas)`;
    const after = (await police.request('/api/key-areas')).headers.get('etag');
    await police.sql`update key_areas set name = left(name, -1) where id = (select min(id) from key_areas)`;
    expect(after).not.toBe(before);
    expect((await police.request('/api/key-areas')).headers.get('etag')).toBe(before);
  });
});
