// What an inspection finds and what the team does about it.

import type { inspectionResults } from '@ntm/db/schema/values';
import type { Random } from './random';

export type InspectionResult = (typeof inspectionResults)[number];

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
export const finesVnd = [
  2_000_000, 3_000_000, 5_000_000, 7_500_000, 10_000_000, 15_000_000, 20_000_000, 40_000_000,
];

export function measuresFor(
  random: Random,
  result: InspectionResult,
): { measures: string[]; fined: boolean } {
  switch (result) {
    case 'no-violation':
      return {
        measures: random.chance(0.4) ? ['Nhắc nhở, tuyên truyền pháp luật'] : [],
        fined: false,
      };
    case 'violation': {
      const fined = random.chance(0.7);
      return {
        measures: [
          'Lập biên bản vi phạm hành chính',
          ...(fined ? ['Phạt tiền'] : []),
          random.pick(['Yêu cầu khắc phục trong 7 ngày', 'Yêu cầu ký cam kết chấp hành']),
        ],
        fined,
      };
    }
    case 'suspected':
      return {
        measures: ['Đưa vào diện theo dõi', 'Yêu cầu chủ cơ sở làm tường trình'],
        fined: false,
      };
    case 'closed':
      return {
        measures: [
          'Lập biên bản vi phạm hành chính',
          'Phạt tiền',
          'Đình chỉ hoạt động',
          'Đề nghị thu hồi giấy phép',
        ],
        fined: true,
      };
  }
}
