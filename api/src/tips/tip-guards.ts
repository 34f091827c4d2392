import type { Sql } from '@ntm/db/client';
import { getTip } from '@ntm/db/queries/tips';
import type { TipStatus } from '@ntm/domain/tips/workflow';
import type { Context } from 'hono';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';

// What the tip routes check before they write, and how they name the steps.

export const statusWords: Record<TipStatus, string> = {
  received: 'tiếp nhận',
  verified: 'xác minh',
  classified: 'phân loại',
  handled: 'xử lý xong',
  transferred: 'chuyển cơ quan có thẩm quyền',
  unfounded: 'kết luận không có căn cứ',
};

export const tipOrNotFound = async (tx: Sql, communeCode: string, id: number, lock = false) => {
  const tip = orNotFound(await getTip(tx, communeCode, id, lock), 'Tin báo');
  return tip;
};

export function notInFuture(c: Context<AppEnv>, iso: string | undefined, what: string): string {
  const now = c.get('deps').now();
  if (!iso) return now.toISOString();
  if (new Date(iso) > now)
    throw new ApiError(422, 'in-the-future', `${what} không thể ở tương lai`);
  return new Date(iso).toISOString();
}
