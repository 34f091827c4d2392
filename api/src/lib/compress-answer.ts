// Answers compressed as the client asks: brotli where it takes it (a fifth smaller again than
// gzip on GeoJSON), gzip otherwise. Hono's own compress middleware knows only gzip and deflate
// (the web CompressionStream has no brotli in Node 20), so this one runs node:zlib's streams.
// Images, zips, GeoPackages and tiles (already gzip) pass as they are.
import { Duplex } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { createMiddleware } from 'hono/factory';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

type Encoding = 'br' | 'gzip';

/** Below this a compressed answer saves less than its headers cost. */
const threshold = 1024;

/** How much the Accept-Encoding header wants `encoding` (its q-value, `*` standing in): 0 for not at all. */
export function weightOf(header: string | undefined, encoding: string): number {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    const value = weight ? Number(weight[1]) : 1;
    if (name) q.set(name, Number.isFinite(value) ? value : 0);
  }
  return q.get(encoding) ?? q.get('*') ?? 0;
}

/**
 * The encoding the Accept-Encoding header prefers among brotli and gzip (its q-values, then
 * brotli first on a tie), or null when it takes neither.
 */
export function chooseEncoding(header: string | undefined): Encoding | null {
  const [br, gzip] = [weightOf(header, 'br'), weightOf(header, 'gzip')];
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? 'br' : 'gzip';
}

function compressor(encoding: Encoding, size: number | null) {
  if (encoding === 'gzip') return createGzip({ level: 6 });
  return createBrotliCompress({
    params: {
      // Quality 5: most of brotli's gain at a gzip-like cost; 11, the default, is for files
      // compressed once at build, not for answers compressed per request.
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      ...(size !== null && { [constants.BROTLI_PARAM_SIZE_HINT]: size }),
    },
  });
}

export const compressAnswer = createMiddleware(async (c, next) => {
  await next();
  const res = c.res;
  const length = res.headers.get('Content-Length');
  const type = res.headers.get('Content-Type') ?? '';
  if (
    !res.body ||
    c.req.method === 'HEAD' ||
    res.status === 204 ||
    res.status === 206 ||
    res.status === 304 ||
    res.headers.has('Content-Encoding') ||
    (length !== null && Number(length) < threshold) ||
    !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) ||
    /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(res.headers.get('Cache-Control') ?? '')
  ) {
    return;
  }
  const vary = res.headers.get('Vary');
  if (vary !== '*' && !/(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(vary ?? '')) {
    res.headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  }
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
  if (!encoding) return;
  const stream = Duplex.toWeb(compressor(encoding, length === null ? null : Number(length)));
  c.res = new Response(
    res.body.pipeThrough(stream as unknown as TransformStream<Uint8Array, Uint8Array>),
    res,
  );
  c.res.headers.delete('Content-Length');
  c.res.headers.set('Content-Encoding', encoding);
  const etag = c.res.headers.get('ETag');
  if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
});
