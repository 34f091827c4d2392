// The four communes merged into Nam Thanh Miện on 1 July 2025, each with the villages (thôn) the
// demo gives it. Village names are plausible, not a survey: only Phù Tải and Đan Giáp (former
// Thanh Giang) are known places. `bearingDegrees` is the compass direction, seen from the
// centre, of the sector whose villages the former commune gets.

export type FormerCommuneSpec = {
  name: string;
  bearingDegrees: number;
  villageNames: readonly string[];
};

/** Clockwise from north, the order in which the sectors are assigned. */
export const formerCommuneSpecs: readonly FormerCommuneSpec[] = [
  {
    name: 'Chi Lăng Bắc',
    bearingDegrees: 0,
    villageNames: ['Bái Hạ', 'Phạm Xá', 'Tiền Lệ', 'Nhân Lý', 'Bằng Sơn', 'Hòa Bình'],
  },
  {
    name: 'Thanh Giang',
    bearingDegrees: 90,
    villageNames: ['Phù Tải', 'Đan Giáp', 'Thanh Kỳ', 'Hội Yên', 'Tào Khê', 'Phương Khê'],
  },
  {
    name: 'Chi Lăng Nam',
    bearingDegrees: 180,
    villageNames: ['Triều Dương', 'Đồng Tâm', 'Lý Đông', 'Lý Tây', 'An Dương', 'Tân Phong'],
  },
  {
    name: 'Hồng Phong',
    bearingDegrees: 270,
    villageNames: ['Hồng Thái', 'Phong Lâm', 'Từ Ô', 'Đông Xá', 'Cao Xá', 'Đoàn Kết'],
  },
];

const villagesPerFormerCommune = 6;
export const villageCount = formerCommuneSpecs.length * villagesPerFormerCommune;
