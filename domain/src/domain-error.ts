/**
 * A request the domain refuses (a year it has no model for, a period not begun, a commune
 * without a boundary), with the status and code a client sees (ARCHITECTURE.md §3). The HTTP
 * app answers it as it answers its own ApiError; the domain knows nothing of HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}
