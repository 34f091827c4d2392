import { ApiError } from '../api/api-error';

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
  if (!(error instanceof ApiError)) return { kind: 'retry', reason: String(error) };
  const status = error.status ?? 0;
  const transient = status === 401 || status === 408 || status === 429 || status >= 500;
  if (error.refused) {
    return transient
      ? { kind: 'retry', reason: error.message }
      : { kind: 'refused', message: error.message };
  }
  return error.kind === 'http' && status < 500
    ? { kind: 'refused', message: error.message }
    : { kind: 'retry', reason: error.message };
}
