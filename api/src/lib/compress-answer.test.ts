import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressAnswer } from './compress-answer';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0.2', 'gzip'],
    ['*', 'br'],
    ['gzip;q=0, *;q=0.1', 'br'],
    ['identity', null],
    ['br;q=0, gzip;q=0', null],
    ['', null],
  ])('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

const big = JSON.stringify({
  features: Array.from({ length: 400 }, (_, i) => ({ id: i, name: `Cơ sở ${i}` })),
});
const app = new Hono()
  .use(compressAnswer)
  .get('/json', (c) => c.json(JSON.parse(big)))
  .get('/small', (c) =>
    c.body('{"ok":true}', 200, { 'Content-Type': 'application/json', 'Content-Length': '11' }),
  )
  .get('/png', (c) => c.body(new Uint8Array(4096), 200, { 'Content-Type': 'image/png' }))
  .get('/tagged', (c) =>
    c.body(big, 200, { 'Content-Type': 'application/geo+json', ETag: '"v1"' }),
  );

const get = (path: string, encoding?: string) =>
  app.request(path, { headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('compressAnswer', () => {
  it('sends brotli to a client that takes it, and the same JSON comes out', async () => {
    const response = await get('/json', 'gzip, deflate, br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBeLessThan(big.length / 4);
    expect(brotliDecompressSync(bytes).toString()).toBe(big);
  });

  it('sends gzip to a client without brotli', async () => {
    const response = await get('/json', 'gzip');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(big);
  });

  it('leaves alone what gains nothing: small answers, images, clients that take neither', async () => {
    expect((await get('/small', 'br')).headers.get('content-encoding')).toBeNull();
    expect((await get('/png', 'br')).headers.get('content-encoding')).toBeNull();
    const plain = await get('/json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(big);
  });

  it('weakens a strong ETag, as the bytes are no longer the same', async () => {
    const response = await get('/tagged', 'br');
    expect(response.headers.get('etag')).toBe('W/"v1"');
  });
});
