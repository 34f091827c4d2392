// A tip's path through the workflow, received → verified → classified → handled, transferred
// or unfounded, with a dated, signed, noted event per step. Older tips have gone further:
// everything older than 45 days is closed, the last fortnight is mostly still open.

import type { Random } from '@ntm/solver/random';
import { type TipCategory, type TipChannel, type TipStatus, tipCategories } from './tip-categories';
import { formatWallMinutes } from './wall-clock';

export type TipEvent = {
  fromStatus: TipStatus | null;
  toStatus: TipStatus;
  /** ISO 8601 with +07:00. */
  at: string;
  /** Username of the officer who signed the step. */
  signedBy: string;
  note: string;
};

const tipSigner = 'congan';
const minutesPerDay = 1440;

const receivedNotes: Readonly<Record<TipChannel, string>> = {
  hotline: 'Tiếp nhận tin báo qua đường dây nóng của Công an xã.',
  'in-person': 'Công dân đến trình báo trực tiếp tại trụ sở Công an xã.',
  village: 'Trưởng thôn báo cáo qua điện thoại, đã ghi sổ tiếp nhận.',
  agency: 'Nhận văn bản chuyển đến từ Phòng Văn hóa – Xã hội.',
  'social-network': 'Phát hiện phản ánh trên mạng xã hội (nhóm Zalo, Facebook của địa phương).',
  'public-form': 'Tiếp nhận qua cổng tiếp nhận phản ánh, kiến nghị trực tuyến.',
};
const verifiedNotes = [
  'Đã cử cán bộ xác minh sơ bộ tại địa bàn.',
  'Xác minh qua trưởng thôn và công an viên phụ trách địa bàn.',
  'Đối chiếu thông tin với sổ đăng ký cơ sở kinh doanh và lưu trú.',
];
const closingNotes: Readonly<Record<'handled' | 'transferred' | 'unfounded', readonly string[]>> = {
  handled: [
    'Đã kiểm tra, lập biên bản và xử lý theo quy định.',
    'Đã mời chủ cơ sở lên làm việc, ký cam kết chấp hành.',
    'Đã phối hợp đoàn kiểm tra liên ngành kiểm tra đột xuất, xử lý vi phạm.',
    'Đã nhắc nhở, đưa cơ sở vào diện theo dõi thường xuyên.',
  ],
  transferred: [
    'Chuyển Công an thành phố Hải Phòng (Phòng Cảnh sát hình sự) theo thẩm quyền.',
    'Chuyển Phòng Cảnh sát quản lý hành chính về trật tự xã hội theo thẩm quyền.',
    'Chuyển đơn vị an ninh mạng xử lý nội dung trên không gian mạng.',
  ],
  unfounded: [
    'Xác minh không có căn cứ, kết thúc xử lý.',
    'Thông tin phản ánh không chính xác, đã thông báo kết quả cho người phản ánh.',
  ],
};

type Stage = 'received' | 'verified' | 'classified' | 'closed';

function stageByAge(random: Random, ageDays: number): Stage {
  if (ageDays >= 45) return 'closed';
  if (ageDays >= 21)
    return random.weighted({ closed: 0.7, classified: 0.2, verified: 0.1, received: 0 });
  if (ageDays >= 7)
    return random.weighted({ closed: 0.25, classified: 0.35, verified: 0.3, received: 0.1 });
  return random.weighted({ closed: 0, classified: 0.15, verified: 0.35, received: 0.5 });
}

/**
 * The events of one tip, first to last; the last one's status is the tip's. No event is dated
 * after `untilMinutes` (the end of the generated period).
 */
export function tipTimeline(
  random: Random,
  receivedMinutes: number,
  untilMinutes: number,
  channel: TipChannel,
  category: TipCategory,
): TipEvent[] {
  const stage = stageByAge(random, (untilMinutes - receivedMinutes) / minutesPerDay);
  const closing = random.weighted({ handled: 0.66, transferred: 0.2, unfounded: 0.14 });
  const verifiedAt = receivedMinutes + random.range(0.1, 3) * minutesPerDay;
  const classifiedAt = verifiedAt + random.range(0.1, 3) * minutesPerDay;
  const closedAt =
    (closing === 'unfounded' ? verifiedAt : classifiedAt) + random.range(1, 18) * minutesPerDay;

  const steps: Array<{ status: TipStatus; at: number; note: string }> = [
    { status: 'received', at: receivedMinutes, note: receivedNotes[channel] },
  ];
  if (stage !== 'received') {
    steps.push({ status: 'verified', at: verifiedAt, note: random.pick(verifiedNotes) });
  }
  if ((stage === 'classified' || stage === 'closed') && closing !== 'unfounded') {
    steps.push({
      status: 'classified',
      at: classifiedAt,
      note: `Phân loại: ${tipCategories[category]}.`,
    });
  }
  if (stage === 'closed') {
    // Online advertising goes to the cyber-security unit; the rest to the city police.
    const notes =
      closing !== 'transferred'
        ? closingNotes[closing]
        : category === 'quang-cao-truc-tuyen'
          ? closingNotes.transferred.slice(2)
          : closingNotes.transferred.slice(0, 2);
    steps.push({ status: closing, at: closedAt, note: random.pick(notes) });
  }
  const events: TipEvent[] = [];
  for (const step of steps) {
    if (step.at > untilMinutes) break;
    events.push({
      fromStatus: events[events.length - 1]?.toStatus ?? null,
      toStatus: step.status,
      at: formatWallMinutes(step.at),
      signedBy: tipSigner,
      note: step.note,
    });
  }
  return events;
}
