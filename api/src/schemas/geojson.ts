// zod-only: safe to import from the web bundle.
import { z } from 'zod';

export const longitude = z.number().finite().min(-180).max(180);
export const latitude = z.number().finite().min(-90).max(90);

/** A GeoJSON Point in WGS84, `[lng, lat]` (an optional altitude is refused: we store 2D). */
export const pointGeometry = z.strictObject({
  type: z.literal('Point'),
  coordinates: z.tuple([longitude, latitude]),
});

/** `minLng,minLat,maxLng,maxLat` as in OGC API Features and RFC 7946. */
export const bboxParam = z.string().transform((value, ctx) => {
  const parts = value.split(',');
  const numbers = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (parts.length !== 4 || numbers.some((n) => !Number.isFinite(n))) {
    ctx.addIssue({ code: 'custom', message: 'bbox phải gồm 4 số: minLng,minLat,maxLng,maxLat' });
    return z.NEVER;
  }
  const [minLng, minLat, maxLng, maxLat] = numbers as [number, number, number, number];
  if (minLng > maxLng || minLat > maxLat) {
    ctx.addIssue({ code: 'custom', message: 'bbox: giá trị nhỏ nhất phải ≤ giá trị lớn nhất' });
    return z.NEVER;
  }
  if (minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90) {
    ctx.addIssue({ code: 'custom', message: 'bbox nằm ngoài phạm vi kinh độ/vĩ độ' });
    return z.NEVER;
  }
  return [minLng, minLat, maxLng, maxLat] as const;
});

export type Bbox = readonly [minLng: number, minLat: number, maxLng: number, maxLat: number];

/**
 * A list of allowed values given as `a,b,c`, each once and in sorted order (so one choice reads
 * one way). With `empty: true`, `key=` is the empty list (none of them) rather than an error.
 */
export const listParam = <T extends readonly [string, ...string[]]>(
  values: T,
  { empty = false }: { empty?: boolean } = {},
) =>
  z
    .string()
    .transform((value) =>
      value === '' && empty ? [] : [...new Set(value.split(',').map((v) => v.trim()))].sort(),
    )
    .pipe(z.array(z.enum(values)).min(empty ? 0 : 1));

/** A database id in a path or query: a positive integer that fits JavaScript numbers. */
export const idParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A path's `/:id`. */
export const idPath = z.object({ id: idParam });
