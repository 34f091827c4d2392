import type { Context, Next } from 'hono';

/**
 * Hono answers a HEAD request by running the GET handler and dropping its answer's body
 * without reading or cancelling it. A streamed body then waits for a reader that never comes:
 * an export keeps its database transaction (and a pooled connection) open for good, a file
 * download its file handle, a GeoPackage its temporary folder, and a few HEAD requests stop
 * the whole API. Here, for every route, a HEAD answer's body is read to its end and dropped,
 * so its producer finishes as for any client (cancelling instead would rely on every
 * producer's abort path), and the answer goes out with the headers only.
 */
export async function headWithoutBody(c: Context, next: Next) {
  await next();
  if (c.req.method !== 'HEAD' || c.res.body === null) return;
  const { status, headers } = c.res;
  await c.res.body.pipeTo(new WritableStream()).catch(() => undefined);
  c.res = new Response(null, { status, headers });
}
