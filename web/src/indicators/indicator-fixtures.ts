import type { Indicator } from '@ntm/domain/indicators/types';
import { quarterData } from '@ntm/domain/reports/fixtures/quarter-2026-q1';

// Fixtures typed by the API's contract, for the dashboard's and the report page's unit tests.

const quarterIndicator = (code: string) => {
  const found = quarterData.indicators.find((i) => i.code === code);
  if (!found) throw new Error(`No indicator ${code} in the quarter's fixture`);
  return found;
};

const months = (values: (number | null)[]) =>
  values.map((value, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, value }));

export const tipsIndicator: Indicator = {
  code: 'đ',
  name: 'Tin báo được tiếp nhận, phân loại, xử lý hoặc chuyển',
  kind: 'share',
  value: 0.935,
  target: 1,
  status: 'behind',
  numerator: 29,
  denominator: 31,
  trend: months([1, 0.9, 0.95, 0.935]),
  due: [
    {
      kind: 'tip',
      id: 123,
      label: 'Tin báo số 123',
      note: 'Đang xác minh',
      since: '2026-03-02',
      deadline: '2026-03-22',
      overdue: true,
    },
    {
      kind: 'tip',
      id: 131,
      label: 'Tin báo số 131',
      note: 'Đã tiếp nhận',
      since: '2026-04-20',
      deadline: '2026-05-10',
      overdue: false,
    },
  ],
  dueCount: 2,
  suppressed: false,
};

/** The support indicator, its counts suppressed ("<5", "hidden"), as the report's fixtures have it. */
export const supportIndicator: Indicator = {
  ...quarterIndicator('d'),
  dueCount: '<5',
};

export const planIndicator: Indicator = {
  code: 'a',
  name: 'Ban hành Kế hoạch của xã năm 2026',
  kind: 'done',
  value: 1,
  target: 1,
  status: 'met',
  numerator: null,
  denominator: null,
  trend: months([1, 1, 1, 1]),
  due: [],
  dueCount: 0,
  suppressed: false,
};

export const communicationIndicator: Indicator = {
  code: 'c',
  name: 'Hoạt động truyền thông',
  kind: 'count',
  value: 3,
  target: 1,
  status: 'met',
  numerator: 3,
  denominator: null,
  trend: months([0, 1, 2, 3]),
  due: [],
  dueCount: 0,
  suppressed: false,
};
