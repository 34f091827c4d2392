import type { TFunction } from 'i18next';
import { useState } from 'react';
import type { Failure } from '../api/admin-client';
import { failureText } from '../ui/failure-text';

/**
 * What a form says after a write: the API's own message for a refusal it explains (400/409/
 * 422 carry a Vietnamese message), else the general reason.
 */
export function refusalText(failure: Failure, fallback: (failure: Failure) => string): string {
  if (failure.refused && [400, 409, 422].includes(failure.status ?? 0)) {
    const detail = failure.details[0]?.message;
    return failure.status === 400 && detail ? `${failure.message}: ${detail}` : failure.message;
  }
  return fallback(failure);
}

/** What a plan-records form says when a write is refused. */
export const planRefusal = (t: TFunction) => (failure: Failure) =>
  refusalText(failure, (f) => t('planRecords.failed', { reason: failureText(t, f) }));

/** A done or failed message under a form, cleared by the next attempt. */
export function useNotice() {
  return useState<{ kind: 'done' | 'failed'; text: string } | null>(null);
}
