// What each business type looks like in the demo: its share, where it sits, its name, licensed
// trade and opening hours. Shares: bar-cafe most, then lodging, karaoke, massage, short-term
// rental, other. A front business (cơ sở trá hình) is a karaoke or massage parlour licensed and
// named for food and drink.

import type { businessTypes as businessTypeEnum } from '@ntm/db/schema/values';
import type { Random } from '@ntm/solver/random';

export type BusinessType = (typeof businessTypeEnum)[number];

/** Most common first; the order the share table is cumulated in. */
export const businessTypes: readonly BusinessType[] = [
  'bar-cafe',
  'lodging',
  'karaoke',
  'massage',
  'short-term-rental',
  'other',
];

/** Shares of the business register, in `businessTypes` order (sum 1). */
export const businessTypeShares: Readonly<Record<BusinessType, number>> = {
  'bar-cafe': 0.32,
  lodging: 0.2,
  karaoke: 0.17,
  massage: 0.12,
  'short-term-rental': 0.11,
  other: 0.08,
};

export type Anchor = 'national' | 'provincial' | 'village' | 'worker-housing';

/** Where each type sets up: mostly on QL38B, then near village centres and worker housing. */
export const anchorWeights: Readonly<Record<BusinessType, Readonly<Record<Anchor, number>>>> = {
  'bar-cafe': { national: 0.35, provincial: 0.15, village: 0.4, 'worker-housing': 0.1 },
  lodging: { national: 0.6, provincial: 0.2, village: 0.1, 'worker-housing': 0.1 },
  karaoke: { national: 0.45, provincial: 0.2, village: 0.25, 'worker-housing': 0.1 },
  massage: { national: 0.5, provincial: 0.15, village: 0.2, 'worker-housing': 0.15 },
  'short-term-rental': { national: 0.2, provincial: 0.1, village: 0.2, 'worker-housing': 0.5 },
  other: { national: 0.3, provincial: 0.2, village: 0.4, 'worker-housing': 0.1 },
};

export const frontShare = 0.16; // of karaoke and massage parlours: about 5 % of all businesses
const foodAndDrinkTrade = 'Dịch vụ ăn uống';

type Naming = ReadonlyArray<{ prefix: string; trade: string }>;

const namings: Readonly<Record<BusinessType, Naming>> = {
  'bar-cafe': [
    { prefix: 'Cà phê', trade: foodAndDrinkTrade },
    { prefix: 'Cafe', trade: foodAndDrinkTrade },
    { prefix: 'Quán giải khát', trade: foodAndDrinkTrade },
    { prefix: 'Bar', trade: 'Kinh doanh dịch vụ quán bar' },
    { prefix: 'Cà phê võng', trade: foodAndDrinkTrade },
  ],
  lodging: [
    { prefix: 'Nhà nghỉ', trade: 'Kinh doanh dịch vụ lưu trú' },
    { prefix: 'Nhà nghỉ', trade: 'Kinh doanh dịch vụ lưu trú' },
    { prefix: 'Khách sạn', trade: 'Kinh doanh dịch vụ lưu trú' },
    { prefix: 'Nhà khách', trade: 'Kinh doanh dịch vụ lưu trú' },
  ],
  karaoke: [{ prefix: 'Karaoke', trade: 'Kinh doanh dịch vụ karaoke' }],
  massage: [
    { prefix: 'Massage', trade: 'Kinh doanh dịch vụ xoa bóp' },
    { prefix: 'Spa & Massage', trade: 'Kinh doanh dịch vụ xoa bóp' },
    { prefix: 'Xông hơi – Massage', trade: 'Kinh doanh dịch vụ xoa bóp' },
  ],
  'short-term-rental': [
    { prefix: 'Homestay', trade: 'Cho thuê phòng lưu trú ngắn hạn' },
    { prefix: 'Căn hộ dịch vụ', trade: 'Cho thuê căn hộ ngắn hạn' },
    { prefix: 'Nhà trọ ngắn ngày', trade: 'Cho thuê phòng lưu trú ngắn hạn' },
  ],
  other: [
    { prefix: 'Quán nhậu', trade: foodAndDrinkTrade },
    { prefix: 'Bia hơi', trade: foodAndDrinkTrade },
    { prefix: 'Cắt tóc gội đầu', trade: 'Dịch vụ cắt tóc, gội đầu' },
    { prefix: 'Tắm hơi', trade: 'Dịch vụ tắm hơi' },
  ],
};

const properNames: Readonly<Record<BusinessType, readonly string[]>> = {
  'bar-cafe': [
    'Mộc',
    'Gió',
    'Phố Cũ',
    'Sân Vườn',
    'Hoa Giấy',
    'Đồng Quê',
    'Góc Nhỏ',
    'Thu Hà',
    'Lá Xanh',
    'Acoustic',
    'Mây',
    'Hoa Hồng',
    'Bên Sông',
    'Cỏ May',
  ],
  lodging: [
    'Minh Anh',
    'Hoa Sữa',
    'Thành Đạt',
    'Bình Minh',
    'Phú Quý',
    'Hương Giang',
    'Ngọc Lan',
    'Quê Hương',
    'Hải Yến',
    'Thanh Bình',
    'An Khang',
    'Trường Xuân',
    'Hoàng Long',
  ],
  karaoke: [
    'Hoàng Gia',
    'Ánh Dương',
    'Sao Việt',
    'Kim Cương',
    'Thiên Đường',
    'Hoa Hồng',
    'Sông Hồng',
    'New Star',
    'Cung Đình',
    'Bốn Mùa',
    'Paradise',
    'Ngọc Trai',
    'Dream',
    'Hải Âu',
  ],
  massage: [
    'Thư Giãn',
    'Hương Sen',
    'Ngọc Lan',
    'Thiên An',
    'Bảo Ngọc',
    'Hoa Mai',
    'Sen Việt',
    'Phúc Khang',
  ],
  'short-term-rental': [
    'An Phát',
    'Sen Hồng',
    'Gia Bảo',
    'Hòa Phát',
    'Bình An',
    'Lộc Phát',
    'Tâm An',
    'Green House',
  ],
  other: ['Hùng Béo', 'Anh Tuấn', 'Thanh Xuân', 'Hải Đăng', 'Cô Lan', 'Đức Thịnh'],
};

/** Name and licensed trade; a front business borrows a café's name and food-and-drink licence. */
export function nameAndTrade(
  random: Random,
  type: BusinessType,
  isFront: boolean,
): { name: string; trade: string } {
  const naming = random.pick(namings[isFront ? 'bar-cafe' : type]);
  const name = `${naming.prefix} ${random.pick(properNames[isFront ? 'bar-cafe' : type])}`;
  return { name, trade: isFront ? foodAndDrinkTrade : naming.trade };
}
