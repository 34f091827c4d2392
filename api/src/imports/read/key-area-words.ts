// A key-area layer's "Loại" words → our key-area kinds (db/src/schema/values.ts).
import { keyAreaKinds } from '@ntm/db/schema/values';
import { normaliseHeader } from './column-mapping';

type KeyAreaKind = (typeof keyAreaKinds)[number];

const kindWords: ReadonlyArray<readonly [KeyAreaKind, readonly string[]]> = [
  ['worker-housing', ['nha tro cong nhan', 'khu nha tro', 'cong nhan', 'worker housing']],
  ['military', ['quan su', 'quoc phong', 'military']],
  ['tourist', ['du lich', 'khu du lich', 'diem du lich', 'tourist']],
  ['border', ['giap ranh', 'bien gioi', 'giap gioi', 'border']],
  [
    'traffic-route',
    ['giao thong', 'tuyen giao thong', 'tuyen duong', 'quoc lo', 'tinh lo', 'traffic route'],
  ],
];

/** The kind a "Loại" value names (or our own value, as exports write it), else undefined. */
export function keyAreaKindOf(text: string): KeyAreaKind | undefined {
  const own = keyAreaKinds.find((kind) => kind === text.trim().toLowerCase());
  if (own) return own;
  const words = ` ${normaliseHeader(text)} `;
  for (const [kind, phrases] of kindWords)
    if (phrases.some((phrase) => words.includes(` ${phrase} `))) return kind;
  return undefined;
}
