// Which column of a sheet or layer holds which field, from its header: Vietnamese or English,
// with or without diacritics, any case or spacing, DBF's ten-letter names ("TEN_CS", "DIACHI").
// Each field takes at most one column and each column one field; the best-scoring pairs first.
import { withoutMarks } from '@ntm/db/text/without-marks';
import type { AreaField, ColumnMapping, ImportKind, RegistryField } from '../contract';

type Field = RegistryField | AreaField;

/** Each field's header words, most telling first; written as people write them. */
const registryHeaders: Record<RegistryField, readonly string[]> = {
  name: [
    'Tên cơ sở',
    'Tên cơ sở kinh doanh',
    'Tên CSKD',
    'Tên CS',
    'Tên hộ kinh doanh',
    'Tên doanh nghiệp',
    'Tên',
    'Name',
    'Business name',
  ],
  owner: [
    'Chủ cơ sở',
    'Chủ hộ',
    'Chủ hộ kinh doanh',
    'Người đại diện',
    'Người đại diện theo pháp luật',
    'Chủ sở hữu',
    'Họ tên chủ',
    'Owner',
    'Representative',
  ],
  address: ['Địa chỉ', 'Địa chỉ kinh doanh', 'Địa điểm kinh doanh', 'Địa điểm', 'Address'],
  licenceNumber: [
    'Số GCN',
    'Số ĐKKD',
    'Số giấy phép',
    'GCN ĐKKD số',
    'Số GCN ĐKKD',
    'Giấy chứng nhận',
    'Giấy phép',
    'GCN',
    'ĐKKD',
    'Licence no',
    'License no',
    'Licence',
    'License',
    'Licence number',
  ],
  licensedTrade: [
    'Ngành nghề đăng ký',
    'Ngành nghề KD',
    'Ngành nghề kinh doanh',
    'Ngành nghề',
    'Ngành',
    'Trade',
    'Licensed trade',
  ],
  type: [
    'Loại hình',
    'Loại hình kinh doanh',
    'Loại hình cơ sở',
    'Loại cơ sở',
    'Loại',
    'Type',
    'Kind',
    'Category',
  ],
  phone: [
    'Số điện thoại',
    'Điện thoại',
    'SĐT',
    'Số ĐT',
    'ĐT',
    'ĐTDĐ',
    'Di động',
    'Phone',
    'Telephone',
    'Tel',
    'Mobile',
  ],
  status: ['Tình trạng', 'Tình trạng hoạt động', 'Trạng thái', 'Status'],
  village: [
    'Thôn',
    'Thôn/Xóm',
    'Thôn xóm',
    'Xóm',
    'Tên thôn',
    'Thôn, tổ dân phố',
    'Tổ dân phố',
    'Village',
  ],
  lng: ['Kinh độ', 'Lng', 'Lon', 'Long', 'Longitude'],
  lat: ['Vĩ độ', 'Lat', 'Latitude'],
  x: ['X', 'Tọa độ X', 'Toạ độ X', 'X (m)', 'X VN2000', 'Northing'],
  y: ['Y', 'Tọa độ Y', 'Toạ độ Y', 'Y (m)', 'Y VN2000', 'Easting'],
  coordinates: ['Tọa độ', 'Toạ độ', 'Tọa độ GPS', 'Vị trí', 'GPS', 'Coordinates', 'Location'],
};

/** A registry sheet's header row for `fields`, each headed as the importer reads it best. */
export const registryHeader = (fields: readonly RegistryField[]): string[] =>
  fields.map((field) => registryHeaders[field][0] ?? field);

const areaHeaders: Record<AreaField, readonly string[]> = {
  name: ['Tên thôn', 'Tên', 'Tên khu vực', 'Tên địa bàn', 'Tên xã', 'Thôn', 'Name'],
  kind: ['Loại', 'Loại địa bàn', 'Phân loại', 'Loại khu vực', 'Kind', 'Type', 'Category'],
  note: ['Ghi chú', 'Mô tả', 'Note', 'Notes', 'Description'],
  population: ['Dân số', 'Số dân', 'Số nhân khẩu', 'Nhân khẩu', 'Population'],
  formerCommune: ['Xã cũ', 'Thuộc xã cũ', 'Xã trước sáp nhập', 'Đơn vị cũ', 'Former commune'],
};

/** Headers that name a date or place of issue, never the number itself ("Ngày cấp GCN"). */
const notAValue = /\b(ngay|date|noi cap|co quan cap|thoi gian|nam)\b/;

/** Lower case, no diacritics, đ as d, words split on anything that is not a letter or digit. */
export function normaliseHeader(header: string): string {
  return withoutMarks(header)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export type ColumnMatch = {
  field: Field;
  column: string;
  /** The header word it matched, as written in the list above. */
  matched: string;
  /** Whole header equal to the word (else the word is inside the header). */
  exact: boolean;
  score: number;
};

/** `h`: a normalised header; `w`: a normalised header word. */
function scoreHeader(h: string, w: string, rank: number): number {
  if (!h || !w) return 0;
  // A whole header equal to a word: the word's place in its list decides ("Note" before the
  // KML's generic "Description"), not its length.
  if (h === w) return 1000 + 50 - rank;
  // DBF names drop the spaces: "DIACHI", "TENCOSO", "SO_DT".
  const hCompact = h.replace(/ /g, '');
  const wCompact = w.replace(/ /g, '');
  if (hCompact === wCompact) return 900 + w.length;
  if (` ${h} `.includes(` ${w} `)) return 500 + 10 * w.length;
  if (wCompact.length >= 4 && hCompact.includes(wCompact)) return 300 + 10 * w.length;
  return 0;
}

/** Each field's words with their normalised form, computed once. */
const normalisedWords = (headers: Record<string, readonly string[]>) =>
  Object.entries(headers).map(
    ([field, words]) =>
      [field as Field, words.map((word) => [word, normaliseHeader(word)] as const)] as const,
  );
const registryWords = normalisedWords(registryHeaders);
const areaWords = normalisedWords(areaHeaders);

/** Every column paired with its best field, best pairs first, each field and column once. */
export function matchColumns(kind: ImportKind, columns: readonly string[]): ColumnMatch[] {
  const candidates: Array<ColumnMatch & { index: number }> = [];
  columns.forEach((column, index) => {
    const header = normaliseHeader(column);
    const isDateLike = notAValue.test(header);
    for (const [field, words] of kind === 'registry' ? registryWords : areaWords) {
      let best: ColumnMatch | undefined;
      for (const [rank, [word, normalised]] of words.entries()) {
        const score = scoreHeader(header, normalised, rank);
        if (score > (best?.score ?? 0))
          best = { field, column, matched: word, exact: score >= 900, score };
      }
      // "Ngày cấp GCN" is not the licence number, "Năm thành lập" not the name.
      if (best && !(isDateLike && !best.exact)) candidates.push({ ...best, index });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);
  const fields = new Set<Field>();
  const taken = new Set<string>();
  const matches: ColumnMatch[] = [];
  for (const { index: _index, ...match } of candidates) {
    if (fields.has(match.field) || taken.has(match.column)) continue;
    fields.add(match.field);
    taken.add(match.column);
    matches.push(match);
  }
  return matches.sort((a, b) => columns.indexOf(a.column) - columns.indexOf(b.column));
}

/** Field → column, as the headers suggest; fields no header names are left out. */
export function suggestMapping(kind: ImportKind, columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const match of matchColumns(kind, columns)) mapping[match.field] = match.column;
  return mapping;
}
