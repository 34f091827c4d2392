import type { TFunction } from 'i18next';
import { ApiError } from '../api/api-error';
import type { SafeCount } from '../api/support-client';
import { formatInteger } from '../i18n/format';

/** The API's own Vietnamese reason when it gave one, else what went wrong in general. */
export function problemText(cause: unknown): string {
  if (cause instanceof ApiError && cause.refused) return cause.message;
  return cause instanceof Error ? cause.message : String(cause);
}

/** A count that may have been suppressed: "<5", "ẩn" or the number in vi-VN. */
export function safeCountText(count: SafeCount): string {
  if (count === '<5') return '<5';
  if (count === 'hidden') return 'ẩn';
  return formatInteger(count);
}

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 0 });
export const formatShare = (share: number) => percent.format(share);

/** Today in Vietnam time, 'YYYY-MM-DD' (what the API checks dates against). */

export type T = TFunction;
