import { ApiError, errorBodySchema } from './geo-client';
import { reportSessionLost } from './session-expiry';

// One JSON request (or a multipart upload, for files) to the API for the write clients: the answer, or the API's refusal with its
// code and Vietnamese message; a 401 anywhere returns the app to the login page.

/** A refused write: the API's code (e.g. outside-own-village) and Vietnamese message. */
export class WriteRefused extends ApiError {
  constructor(
    path: string,
    status: number,
    readonly code: string,
    message: string,
  ) {
    super('http', path, status, message);
  }
}

export async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    // A FormData body sets its own multipart type with the boundary.
    const form = body instanceof FormData;
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined || form ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError('network', path, null, String(cause));
  }
  return answerOf<T>(response, path);
}

/** The answer's JSON, or the API's refusal as a WriteRefused (a 401 also ends the session). */
async function answerOf<T>(response: Response, path: string): Promise<T> {
  const parsed: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401) reportSessionLost();
    const error = errorBodySchema.safeParse(parsed);
    throw error.success
      ? new WriteRefused(path, response.status, error.data.error.code, error.data.error.message)
      : new ApiError('http', path, response.status, response.statusText);
  }
  return parsed as T;
}
