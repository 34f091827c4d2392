import type { tipStatuses } from '@ntm/db/schema/values';

type TipStatus = (typeof tipStatuses)[number];

/**
 * What a citizen may know of their tip's progress: five plain steps, no more. Verification and
 * classification are one step to them ("being checked"), and "unfounded" is only "closed", so
 * the police's assessment is never read out to whoever holds the code.
 */
export const publicStatuses = ['received', 'checking', 'handled', 'transferred', 'closed'] as const;
export type PublicStatus = (typeof publicStatuses)[number];

export const publicStatusOf: Record<TipStatus, PublicStatus> = {
  received: 'received',
  verified: 'checking',
  classified: 'checking',
  handled: 'handled',
  transferred: 'transferred',
  unfounded: 'closed',
};

export const publicStatusWords: Record<PublicStatus, string> = {
  received: 'Đã tiếp nhận',
  checking: 'Đang xác minh',
  handled: 'Đã xử lý',
  transferred: 'Đã chuyển cơ quan có thẩm quyền',
  closed: 'Đã kết thúc',
};
