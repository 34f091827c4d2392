import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A domain error with the status and code the client sees (ARCHITECTURE.md §3). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, 'not-found', `${what} không tồn tại`);
