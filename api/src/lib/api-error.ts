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

/** A workflow step the record's state does not allow: where it is and where it may go. */
export const illegalTransition = (
  message: string,
  details: { from: string; allowed: readonly string[]; alreadyTaken?: true },
) => new ApiError(409, 'illegal-transition', message, details);

/**
 * The row a query found, or the 404 saying `what` does not exist. A row just written and read
 * back in the same transaction goes through it too: missing, it was hidden from the writer.
 */
export function orNotFound<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw notFound(what);
  return row;
}
