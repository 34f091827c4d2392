import { ApiError } from '../api/geo-client';
import { WriteRefused } from '../api/send';

/** What one attempt to send a record came to. */
export type SendOutcome =
  | { kind: 'sent'; id: number }
  | { kind: 'retry'; reason: string }
  | { kind: 'refused'; message: string };

/**
 * Whether a failed attempt is worth repeating: no answer (offline, the answer lost on the
 * way), a server or rate limit error, or a lost session (the record waits for the next sign-in)
 * are; a refusal of the record itself (4xx with the API's Vietnamese message) is not, and is
 * shown to the person to correct or discard.
 */
export function outcomeOfError(error: unknown): SendOutcome {
  if (error instanceof WriteRefused) {
    const transient = error.status === 401 || error.status === 408 || error.status === 429;
    return transient || (error.status ?? 0) >= 500
      ? { kind: 'retry', reason: error.message }
      : { kind: 'refused', message: error.message };
  }
  if (error instanceof ApiError) {
    return error.kind === 'http' && error.status !== null && error.status < 500
      ? { kind: 'refused', message: error.message }
      : { kind: 'retry', reason: error.message };
  }
  return { kind: 'retry', reason: String(error) };
}
