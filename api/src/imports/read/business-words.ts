// A registry's "Loại hình", "Ngành nghề" and "Tình trạng" words → our business types and
// statuses (db/src/schema/values.ts). Compared without diacritics or case, as whole words.
import { businessStatuses, businessTypes } from '@ntm/db/schema/values';
import { normaliseHeader } from './column-mapping';

type BusinessType = (typeof businessTypes)[number];
type BusinessStatus = (typeof businessStatuses)[number];

/** Most specific first: "cà phê karaoke" is a karaoke, "nhà trọ theo giờ" lodging. */
const typeWords: ReadonlyArray<readonly [BusinessType, readonly string[]]> = [
  ['karaoke', ['karaoke', 'hat karaoke', 'phong hat', 'ktv']],
  ['massage', ['massage', 'mat xa', 'xoa bop', 'xong hoi', 'tam hoi', 'spa', 'bam huyet']],
  [
    'short-term-rental',
    [
      'homestay',
      'can ho cho thue',
      'can ho dich vu',
      'cho thue ngan ngay',
      'cho thue ngan han',
      'condotel',
      'short term rental',
      'apartment',
    ],
  ],
  [
    'lodging',
    [
      'nha nghi',
      'khach san',
      'nha tro co thu tien theo gio',
      'nha tro theo gio',
      'luu tru',
      'nha khach',
      'motel',
      'hotel',
      'guest house',
      'lodging',
    ],
  ],
  [
    'bar-cafe',
    ['ca phe', 'cafe', 'coffee', 'bar', 'pub', 'giai khat', 'quan nuoc', 'beer', 'bia', 'cafe bar'],
  ],
  ['other', ['khac', 'loai khac', 'other']],
];

/** "Tạm ngừng hoạt động" is suspended before "ngừng hoạt động" is closed. */
const statusWords: ReadonlyArray<readonly [BusinessStatus, readonly string[]]> = [
  [
    'suspended',
    ['tam ngung', 'tam ngung hoat dong', 'tam dung', 'dinh chi', 'tam nghi', 'suspended'],
  ],
  [
    'closed',
    [
      'da dong cua',
      'dong cua',
      'ngung hoat dong',
      'ngung kinh doanh',
      'giai the',
      'thu hoi',
      'da thu hoi',
      'closed',
    ],
  ],
  ['active', ['dang hoat dong', 'hoat dong', 'con hoat dong', 'binh thuong', 'active']],
];

function findWord<T>(table: ReadonlyArray<readonly [T, readonly string[]]>, text: string) {
  const words = ` ${normaliseHeader(text)} `;
  for (const [value, phrases] of table)
    if (phrases.some((phrase) => words.includes(` ${phrase} `))) return value;
  return undefined;
}

/**
 * The business type a "Loại hình" (or, failing that, "Ngành nghề") value names, else undefined:
 * the row is then refused as `unknown-type` unless the value itself says "khác".
 */
export function businessTypeOf(text: string): BusinessType | undefined {
  // Our own values, as the app's exports write them, read back as themselves.
  const own = businessTypes.find((type) => type === text.trim().toLowerCase());
  if (own) return own;
  return findWord(typeWords, text);
}

/** The status a "Tình trạng" value names, else undefined. */
export function businessStatusOf(text: string): BusinessStatus | undefined {
  const own = businessStatuses.find((status) => status === text.trim().toLowerCase());
  if (own) return own;
  return findWord(statusWords, text);
}
