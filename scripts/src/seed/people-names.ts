// Synthetic Vietnamese personal names: family name, middle name by gender, given name.

import type { Random } from '@ntm/solver/random';

const familyNames = {
  Nguyễn: 30,
  Trần: 11,
  Lê: 9,
  Phạm: 8,
  Hoàng: 5,
  Vũ: 5,
  Đặng: 3,
  Bùi: 3,
  Đỗ: 3,
  Ngô: 2,
  Dương: 2,
  Lý: 1,
  Đào: 2,
  Đinh: 2,
  Lương: 1,
  Mạc: 1,
} as const;

const male = {
  middle: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thành', 'Công'],
  given: [
    'Hùng',
    'Dũng',
    'Tuấn',
    'Nam',
    'Long',
    'Thắng',
    'Hải',
    'Sơn',
    'Cường',
    'Trung',
    'Hiếu',
    'Quân',
    'Phong',
    'Tài',
    'Bình',
    'Khánh',
    'Toàn',
    'Việt',
  ],
};
const female = {
  middle: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Hồng', 'Kim'],
  given: [
    'Hương',
    'Lan',
    'Hà',
    'Mai',
    'Hạnh',
    'Linh',
    'Trang',
    'Nga',
    'Thảo',
    'Hằng',
    'Yến',
    'Huyền',
    'Dung',
    'Phương',
    'Oanh',
    'Nhung',
  ],
};

export function personName(random: Random): string {
  const family = random.weighted(familyNames);
  const parts = random.chance(0.55) ? male : female;
  return `${family} ${random.pick(parts.middle)} ${random.pick(parts.given)}`;
}
