// zod-only: safe to import from the web bundle.
import { tipCategories, tipChannels, tipStatuses } from '@ntm/db/schema/values';
import { z } from 'zod';
import { idParam, pointGeometry } from './geojson';
import { isoDate, isoInstant } from './instant';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const optionalText = (max: number) => text(1, max).nullable().optional();

/** Who gave the tip: any part may be left out (anonymous by default). */
export const reporterBody = z.strictObject({
  name: optionalText(120),
  phone: z
    .string()
    .regex(/^\+?[0-9 .-]{6,20}$/, 'số điện thoại không hợp lệ')
    .nullable()
    .optional(),
  address: optionalText(300),
  note: optionalText(1000),
});

/** POST /api/tips: where (a point, a business or an address), what, how it came in. */
export const createTipBody = z
  .strictObject({
    receivedAt: isoInstant.optional(),
    channel: z.enum(tipChannels),
    category: z.enum(tipCategories),
    description: text(5, 4000),
    location: pointGeometry.optional(),
    /** The radius the true place lies within; 0 when exact. */
    precisionMeters: z.number().int().min(0).max(5000).default(0),
    address: optionalText(300),
    businessId: idParam.optional(),
    reporter: reporterBody.optional(),
  })
  .refine((b) => b.location || b.businessId || b.address, {
    message: 'Cần vị trí trên bản đồ, cơ sở liên quan hoặc địa chỉ',
    path: ['location'],
  });

/** POST /api/tips/{id}/transitions: one dated, signed and noted step. */
export const transitionBody = z
  .strictObject({
    to: z.enum(tipStatuses),
    note: text(3, 2000),
    /** When it happened, if not now (recorded afterwards); never in the future. */
    at: isoInstant.optional(),
    transferredTo: optionalText(200),
    documentNumber: optionalText(50),
  })
  .refine((b) => b.to !== 'transferred' || (b.transferredTo && b.documentNumber), {
    message: 'Chuyển cơ quan có thẩm quyền cần ghi cơ quan nhận và số văn bản',
    path: ['documentNumber'],
  });

export const extensionBody = z.strictObject({
  reason: text(3, 1000),
  /** The new resolution date; by default the latest allowed (two months after receipt). */
  until: isoDate.optional(),
});

export const duplicateBody = z.strictObject({ of: idParam });

export type CreateTipBody = z.infer<typeof createTipBody>;
