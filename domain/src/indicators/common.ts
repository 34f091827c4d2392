// What every indicator's computation gets, and small helpers they share.
import type { Sql } from '@ntm/db/client';
import type { DeadlineRules } from '../tips/deadlines';
import type { DueItem, Indicator } from './types';

export type IndicatorContext = {
  sql: Sql;
  communeCode: string;
  year: number;
  /** The day the numbers are taken for ('YYYY-MM-DD'). */
  asOf: string;
  /** The instant they are taken at: the end of asOf, or now if earlier (tip deadlines). */
  at: Date;
  rules: DeadlineRules;
  /** The health role reads support numbers exactly; everyone else (and every report) suppressed. */
  exactSupport: boolean;
};

/** The drill-down is cut to this many items; dueCount tells how many there are in all. */
export const maxDueItems = 200;

export const firstDay = (year: number) => `${year}-01-01`;

/** An indicator's fields that are the same for every code unless given. */
export function indicator(
  fields: Pick<Indicator, 'code' | 'name' | 'kind' | 'value' | 'target' | 'status' | 'trend'> &
    Partial<Pick<Indicator, 'numerator' | 'denominator' | 'suppressed'>> & {
      due: DueItem[];
      dueCount?: Indicator['dueCount'];
    },
): Indicator {
  return {
    numerator: null,
    denominator: null,
    suppressed: false,
    ...fields,
    dueCount: fields.dueCount ?? fields.due.length,
    due: fields.due.slice(0, maxDueItems),
  };
}

/** Vietnamese names of the tip states. */
export const tipStatusNames: Record<string, string> = {
  received: 'Mới tiếp nhận',
  verified: 'Đã xác minh',
  classified: 'Đã phân loại',
  handled: 'Đã xử lý',
  transferred: 'Đã chuyển cơ quan có thẩm quyền',
  unfounded: 'Không có căn cứ',
};
