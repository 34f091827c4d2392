import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';

/** Why an import call failed, in a Vietnamese sentence: the API's own message when it gave one. */
export function importFailureText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.refused) return error.message;
  if (error instanceof ApiError && error.kind === 'network') return t('imports.choose.network');
  if (error instanceof ApiError)
    return t('imports.choose.unreadable', { status: error.status ?? '—' });
  return t('imports.failed', { message: String(error) });
}
