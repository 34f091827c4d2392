import { createHash } from 'node:crypto';

/**
 * A weak ETag of what an answer says, hashed where the answer is made: cheaper than hashing the
 * sent bytes again after a stream copy (hono/etag, which then only answers If-None-Match), and
 * it can leave out what changes without the content changing (a page's timeStamp).
 */
export function weakTag(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part);
  return `W/"${hash.digest('base64url')}"`;
}
