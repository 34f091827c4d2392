// What a tip says, by category; `place` is a business and its village, or a village area.

import type { Random } from '@ntm/solver/random';
import type { TipCategory } from './tip-categories';

const descriptions: Readonly<Record<TipCategory, readonly ((place: string) => string)[]>> = {
  'nghi-mua-ban-dam': [
    (place) =>
      `Người dân phản ánh ${place} có dấu hiệu mua bán dâm, khách ra vào nhiều vào buổi tối.`,
    (place) => `Nghi có hoạt động mua bán dâm tại ${place}, thường sau 22 giờ.`,
    (place) => `Phản ánh nhân viên nữ ở ${place} mời chào khách qua đêm.`,
  ],
  'co-so-tra-hinh': [
    (place) => `${place} đăng ký kinh doanh ăn uống nhưng có phòng kín phía sau, nghi trá hình.`,
    (place) => `${place} treo biển quán nước nhưng hoạt động hát karaoke, xoa bóp đến khuya.`,
  ],
  'quang-cao-truc-tuyen': [
    (place) =>
      `Tài khoản mạng xã hội đăng quảng cáo "tẩm quất, thư giãn" kèm số điện thoại, hẹn gặp ở ${place}.`,
    (place) => `Nhóm Zalo rao "gái gọi" có ảnh chụp tại ${place}.`,
  ],
  'moi-gioi': [
    (place) => `Có đối tượng lạ thường xuyên đứng đón khách, nghi môi giới mại dâm gần ${place}.`,
    (place) => `Xe ôm đưa đón phụ nữ lạ mặt ra vào ${place} nhiều lần trong đêm.`,
  ],
  khac: [
    (place) => `Phản ánh tiếng ồn, tụ tập đông người đến khuya tại ${place}.`,
    (place) => `Phản ánh người lạ thuê phòng theo giờ, không xuất trình giấy tờ tại ${place}.`,
  ],
};

/** A Vietnamese description starting with a capital letter. */
export function describeTip(random: Random, category: TipCategory, place: string): string {
  const text = random.pick(descriptions[category])(place);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
