import type { TFunction } from 'i18next';
import type { Failure } from '../api/admin-client';

/** Why a request failed, as the end of a Vietnamese sentence. */
export function failureText(t: TFunction, failure: Failure): string {
  if (failure.kind === 'network') return t('failure.network');
  if (failure.kind === 'invalid') return t('failure.invalid');
  if (failure.status === 403) return t('failure.forbidden');
  return t('failure.http', { status: failure.status });
}
