// Sends one request to a running server over a connection of its own (no keep-alive): a
// pooled socket the server closed after an earlier request would otherwise fail the next,
// innocent request with "other side closed", which says nothing about that request.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export async function sendOverFreshConnection(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<Response> {
  // Encoded as fetch would (a form gets its boundary), then written by hand.
  const encoded = new Request(url, init);
  const body = encoded.body ? Buffer.from(await encoded.arrayBuffer()) : undefined;
  const headers: Record<string, string> = Object.fromEntries(encoded.headers);
  headers.connection = 'close';
  if (body) headers['content-length'] = String(body.length);
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      target,
      { method: encoded.method, headers, agent: false, timeout: timeoutMs },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const status = incoming.statusCode ?? 0;
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            for (const one of Array.isArray(value) ? value : [value ?? ''])
              answerHeaders.append(name, one);
          }
          const empty = status === 204 || status === 304 || encoded.method === 'HEAD';
          resolve(
            new Response(empty ? null : Buffer.concat(chunks), { status, headers: answerHeaders }),
          );
        });
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
