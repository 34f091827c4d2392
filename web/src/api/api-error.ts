import { z } from 'zod';
import { i18next } from '../i18n/i18n';
import { retryAfterSeconds } from './retry-after';

// The one error every API call reports, whichever screen made it: no answer ('network'), the
// API's refusal or another HTTP error ('http'), or an answer the app cannot read ('invalid').
// Its message is always a Vietnamese sentence a screen can show as it is: the API's own when
// it sent one (ARCHITECTURE.md §3 error shape), otherwise the app's words for the kind.

export type ApiErrorKind = 'network' | 'http' | 'invalid';

/** One field the API refused, as its 400 lists them (`path` like "team.0.name"). */
export interface FieldProblem {
  path: string;
  message: string;
}

const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
/** A 400's details list the fields; other refusals carry details of their own kind (ignored). */
const fieldProblemsSchema = z.array(z.object({ path: z.string(), message: z.string() }));

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    /** What was asked, e.g. "POST /api/tips". */
    readonly request: string,
    readonly status: number | null,
    message: string,
    /** The API's error code (e.g. "outside-own-village"); null when it sent none. */
    readonly code: string | null = null,
    readonly details: readonly FieldProblem[] = [],
    /** From a 429's Retry-After: how long to wait before trying again. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  /** The API looked at the request and said no in its own words (a code and a message). */
  get refused(): boolean {
    return this.code !== null;
  }
}

/** What a call that resolves to a value instead of throwing gives back. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: ApiError };

/** The app's words for a failure (failure.* end a sentence; standing alone they start one). */
const sentence = (text: string) => text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);

export function networkError(request: string): ApiError {
  return new ApiError('network', request, null, sentence(i18next.t('failure.network')));
}

export function invalidAnswer(request: string, status: number | null): ApiError {
  return new ApiError('invalid', request, status, sentence(i18next.t('failure.invalid')));
}

/** The error for a non-2xx answer, from its status, Retry-After header and (parsed) body. */
export function httpError(
  request: string,
  status: number,
  body: unknown,
  retryAfter: string | null,
): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  const wait = retryAfterSeconds(retryAfter, Date.now());
  if (!parsed.success) {
    const message =
      status === 403
        ? sentence(i18next.t('failure.forbidden'))
        : sentence(i18next.t('failure.http', { status }));
    return new ApiError('http', request, status, message, null, [], wait);
  }
  const { code, message, details } = parsed.data.error;
  const fields = fieldProblemsSchema.safeParse(details);
  return new ApiError('http', request, status, message, code, fields.data ?? [], wait);
}
