// Vietnamese names for the codes a report's tables carry (business types, violations, tip
// channels …): the shared catalogue (catalogue/vi-names.ts, which the web reads too), and the
// report's own wording where the official document names things as the plan and the forms do.
import {
  businessTypeNames,
  measureNames,
  nameOf,
  onlineKindNames,
  tipCategoryNames,
  tipChannelNames,
  violationNames,
} from '../catalogue/vi-names';
import type { IndicatorStatus } from '../indicators/types';
import type { PeriodicReport } from './report-types';

const supportServices: Record<string, string> = {
  health: 'Dịch vụ y tế',
  social: 'Trợ giúp xã hội',
  vocational: 'Học nghề',
  employment: 'Giới thiệu việc làm',
  'legal-aid': 'Trợ giúp pháp lý',
};

const audiences: Record<string, string> = {
  residents: 'Nhân dân',
  'youth-students': 'Thanh niên, học sinh',
  workers: 'Công nhân',
  'business-owners': 'Chủ cơ sở kinh doanh',
  officers: 'Cán bộ',
  online: 'Trên môi trường mạng',
};

const channels: Record<string, string> = {
  electronic: 'Điện tử',
  paper: 'Văn bản giấy',
};

const labels = {
  businessTypes: businessTypeNames,
  violations: violationNames,
  measures: measureNames,
  tipCategories: tipCategoryNames,
  tipChannels: tipChannelNames,
  supportServices,
  audiences,
  onlineKinds: onlineKindNames,
  channels,
} satisfies Record<string, Readonly<Record<string, string>>>;

/** The Vietnamese name of a code; a code the catalogue does not know is shown as it is. */
export function labelOf(group: keyof typeof labels, code: string): string {
  return nameOf(labels[group], code);
}

export const indicatorStatusLabels: Record<IndicatorStatus, string> = {
  met: 'Đạt',
  'on-track': 'Đúng tiến độ',
  behind: 'Chậm tiến độ',
  'no-data': 'Chưa có số liệu',
};

export const reportStateLabels: Record<PeriodicReport['state'], string> = {
  draft: 'Dự thảo',
  reviewed: 'Đã rà soát',
  approved: 'Đã phê duyệt',
  sent: 'Đã gửi',
};
