import type { AppType } from '@ntm/api/app';
import { type ClientResponse, hc } from 'hono/client';
import { ApiError, httpError, invalidAnswer, networkError, type Result } from './api-error';
import { reportSessionLost } from './session-expiry';

// The one typed client of the API (the house style's `hc<AppType>`): paths, parameters, bodies
// and answers come from the API's own routes and zod schemas, so a route that changes shape
// fails the web's type check instead of a screen at run time. Every call goes through `answer`
// (throws ApiError) or `settle` (resolves to a Result); nothing else in the web calls fetch on
// /api, apart from the export download (exports/download-export.ts), which streams bytes with
// its progress and reports the same ApiError.

/** The API's routes as functions: `api.tips[':id'].$get({ param: { id: '3' } })`. */
export const api = hc<AppType>('/api', {
  init: { credentials: 'same-origin' },
  headers: { Accept: 'application/json, application/geo+json' },
  fetch: fetchOrNetworkError,
});

async function fetchOrNetworkError(input: RequestInfo | URL, init?: RequestInit) {
  try {
    return await fetch(input, init);
  } catch (cause) {
    if (init?.signal?.aborted) throw cause;
    throw networkError(requestName(input, init));
  }
}

function requestName(input: RequestInfo | URL, init?: RequestInit): string {
  const url = input instanceof Request ? input.url : String(input);
  const path = url.startsWith('http') ? new URL(url).pathname : url.split('?')[0];
  return `${init?.method ?? 'GET'} ${path}`;
}

/** The options that let a read be aborted: `api.villages.$get(args, withSignal(signal))`. */
export const withSignal = (signal?: AbortSignal) => ({ init: { signal } });

/** The success body of an answer: what its handler sends with a 2xx status. */
export type Answer<R> =
  R extends ClientResponse<infer Body, infer Status, infer _Format>
    ? Status extends 200 | 201 | 202 | 204
      ? Body
      : never
    : never;

/** The body a route function's 2xx answer carries: `Body<typeof api.tips.$get>`. */
export type Body<F> = F extends (...args: never[]) => Promise<infer R> ? Answer<R> : never;

interface AnswerOptions {
  /** A 401 here is an answer, not a lost session (the login and session check). */
  unauthorisedIsAnswer?: boolean;
}

/** The answer's JSON (null for a 204), or the API's refusal thrown as an ApiError. */
export async function answer<R extends ClientResponse<unknown, number, string>>(
  pending: Promise<R>,
  options: AnswerOptions = {},
): Promise<Answer<R>> {
  const response = await pending;
  const request = response.url ? new URL(response.url).pathname : '';
  const body: unknown =
    response.status === 204 ? null : await response.json().catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401 && !options.unauthorisedIsAnswer) reportSessionLost();
    throw httpError(request, response.status, body, response.headers.get('Retry-After'));
  }
  if (body === undefined) throw invalidAnswer(request, response.status);
  return body as Answer<R>;
}

/** The same call resolved to a value: the answer, or the ApiError that says why not. */
export async function settle<T>(pending: Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await pending };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, failure: error };
    throw error;
  }
}
