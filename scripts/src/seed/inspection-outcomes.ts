// What an inspection finds and what the team does about it.

import type {
  inspectionMeasures,
  inspectionResults,
  inspectionViolations,
} from '@ntm/db/schema/values';
import type { Random } from '@ntm/solver/random';

export type InspectionResult = (typeof inspectionResults)[number];
type Measure = (typeof inspectionMeasures)[number];
type Violation = (typeof inspectionViolations)[number];

export const findings: Readonly<Record<InspectionResult, readonly string[]>> = {
  'no-violation': [
    'Cơ sở chấp hành đúng quy định; sổ theo dõi khách ghi đầy đủ.',
    'Không phát hiện dấu hiệu vi phạm.',
    'Giấy phép còn hiệu lực, niêm yết giá và nội quy đúng quy định.',
  ],
  violation: [
    'Không thông báo lưu trú cho khách theo quy định.',
    'Phòng hát có khóa trong, cửa không lắp kính nhìn rõ bên trong.',
    'Nhân viên không có hợp đồng lao động, không xuất trình được giấy tờ tùy thân.',
    'Hoạt động quá giờ quy định.',
    'Không có sổ theo dõi khách ra vào.',
  ],
  suspected: [
    'Phát hiện bao cao su đã qua sử dụng trong phòng, chủ cơ sở không giải trình được.',
    'Nhân viên nữ có biểu hiện mời chào khách; đưa vào diện theo dõi.',
    'Nhiều khách nam ra vào phòng kín, nghi có hoạt động mua bán dâm.',
  ],
  closed: [
    'Cơ sở vi phạm nhiều lần, đề nghị thu hồi giấy phép và đình chỉ hoạt động.',
    'Phát hiện hành vi chứa mại dâm, lập hồ sơ chuyển cơ quan điều tra; cơ sở bị đình chỉ.',
  ],
};
/** What each finding is, in the form's list of violations (the same codes the app records). */
const violationsOfFinding: Readonly<Record<string, readonly Violation[]>> = {
  'Không thông báo lưu trú cho khách theo quy định.': ['no-residence-notice'],
  'Phòng hát có khóa trong, cửa không lắp kính nhìn rõ bên trong.': ['locked-rooms'],
  'Nhân viên không có hợp đồng lao động, không xuất trình được giấy tờ tùy thân.': [
    'unregistered-staff',
  ],
  'Hoạt động quá giờ quy định.': ['over-hours'],
  'Không có sổ theo dõi khách ra vào.': ['no-guest-register'],
  'Cơ sở vi phạm nhiều lần, đề nghị thu hồi giấy phép và đình chỉ hoạt động.': ['other'],
  'Phát hiện hành vi chứa mại dâm, lập hồ sơ chuyển cơ quan điều tra; cơ sở bị đình chỉ.': [
    'solicitation',
  ],
};

export function violationsOf(finding: string): Violation[] {
  return [...(violationsOfFinding[finding] ?? [])];
}

export const finesVnd = [
  2_000_000, 3_000_000, 5_000_000, 7_500_000, 10_000_000, 15_000_000, 20_000_000, 40_000_000,
];

/**
 * The measures taken, as the codes of the inspection form (values.ts `inspectionMeasures`).
 * The draws are the same as when these were written out in words, so the rest of the demo
 * stays as it was.
 */
export function measuresFor(
  random: Random,
  result: InspectionResult,
): { measures: Measure[]; fined: boolean } {
  switch (result) {
    case 'no-violation':
      return { measures: random.chance(0.4) ? ['reminder'] : [], fined: false };
    case 'violation': {
      const fined = random.chance(0.7);
      // Made to put it right in 7 days, or to sign a commitment: both a written commitment.
      random.pick(['7 days', 'commitment']);
      return { measures: fined ? ['fine', 'commitment'] : ['commitment'], fined };
    }
    case 'suspected':
      return { measures: ['monitoring'], fined: false };
    case 'closed':
      return { measures: ['fine', 'closure', 'revoke-licence-proposal'], fined: true };
  }
}
