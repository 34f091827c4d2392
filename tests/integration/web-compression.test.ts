// The built web app goes out compressed as the build wrote it (web/build/precompress.ts): the
// first page's JavaScript is what a village head's phone waits for on a weak connection.
import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { repoRoot } from '@ntm/db/local/paths';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const { app } = testApp({ as: null, withWeb: true });
const dist = `${repoRoot}web/dist`;
const html = readFileSync(`${dist}/index.html`, 'utf8');
/** The entry script and what index.html preloads with it: what the login page pulls. */
const firstPageScripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map(
  (m) => m[1] as string,
);

const fetchWith = async (path: string, acceptEncoding: string | null) => {
  const response = await app.request(`http://127.0.0.1${path}`, {
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });
  return {
    status: response.status,
    encoding: response.headers.get('content-encoding'),
    vary: response.headers.get('vary'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
};

describe('the web app, compressed as built', () => {
  it.each(firstPageScripts.filter((p) => !p.includes('runtime')))(
    'sends %s as brotli to a browser that takes it, the same bytes once decoded',
    async (path) => {
      const sent = await fetchWith(path, 'gzip, deflate, br, zstd');
      expect(sent.status).toBe(200);
      expect(sent.encoding).toBe('br');
      expect(sent.vary).toContain('Accept-Encoding');
      expect(brotliDecompressSync(sent.bytes)).toEqual(readFileSync(`${dist}${path}`));
    },
  );

  it('sends gzip to a browser without brotli, and the plain file to one that asks for neither', async () => {
    const [path] = firstPageScripts.filter((p) => !p.includes('runtime'));
    const gzip = await fetchWith(path as string, 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(gunzipSync(gzip.bytes)).toEqual(readFileSync(`${dist}${path}`));
    const plain = await fetchWith(path as string, null);
    expect(plain.encoding).toBeNull();
    expect(plain.bytes).toEqual(readFileSync(`${dist}${path}`));
  });

  it('sends the page itself compressed on every client-side address', async () => {
    for (const path of ['/', '/kiem-tra', '/bao-tin']) {
      const sent = await fetchWith(path, 'br');
      expect(sent.encoding, path).toBe('br');
      expect(brotliDecompressSync(sent.bytes).toString('utf8'), path).toBe(html);
    }
  });

  it('keeps the first page under 170 KB of JavaScript as sent, no map and no chart in it', () => {
    const sent = firstPageScripts.reduce((sum, path) => {
      const file = `${dist}${path}`;
      return sum + readFileSync(existsSync(`${file}.br`) ? `${file}.br` : file).length;
    }, 0);
    expect(sent).toBeLessThan(170 * 1024);
    expect(firstPageScripts.join(' ')).not.toMatch(/maplibre|chart/i);
  });
});
