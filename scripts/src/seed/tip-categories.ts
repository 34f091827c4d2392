import type { tipChannels, tipStatuses } from '@ntm/db/schema/values';

// The categories a tip is classified into (the `tips.category` column holds the code). Codes are
// Vietnamese slugs because they name Vietnamese legal notions; labels are for the UI.

export const tipCategories = {
  'nghi-mua-ban-dam': 'Nghi mua bán dâm',
  'co-so-tra-hinh': 'Cơ sở kinh doanh trá hình',
  'quang-cao-truc-tuyen': 'Quảng cáo mua bán dâm trên mạng',
  'moi-gioi': 'Môi giới, dẫn dắt, chứa chấp',
  khac: 'Phản ánh khác liên quan trật tự',
} as const;

export type TipCategory = keyof typeof tipCategories;

export type TipChannel = (typeof tipChannels)[number];
export type TipStatus = (typeof tipStatuses)[number];
