// zod-only: safe to import from the web bundle (the public form checks the same rules).
import { tipCategories } from '@ntm/db/schema/values';
import { z } from 'zod';
import { pointGeometry } from './geojson';
import { reporterBody } from './tip';

/** The hidden field only bots fill in (the form hides it from people and screen readers). */
export const honeypotField = 'website';

export const publicDescriptionLength = { min: 10, max: 4000 } as const;

/**
 * POST /api/public/tips (ARCHITECTURE.md §3): what happened, where if known, and a contact
 * only when the citizen chose not to stay anonymous.
 */
export const publicTipBody = z
  .strictObject({
    description: z
      .string()
      .trim()
      .min(publicDescriptionLength.min, 'Hãy mô tả sự việc (ít nhất 10 ký tự)')
      .max(publicDescriptionLength.max),
    category: z.enum(tipCategories),
    location: pointGeometry.nullable().optional(),
    anonymous: z.boolean().default(true),
    contact: reporterBody.pick({ name: true, phone: true }).nullable().optional(),
    [honeypotField]: z.string().max(1000).optional(),
  })
  .refine((b) => b.anonymous || Boolean(b.contact?.name || b.contact?.phone), {
    message: 'Hãy để lại tên hoặc số điện thoại, hoặc chọn gửi ẩn danh',
    path: ['contact'],
  });

export type PublicTipBody = z.infer<typeof publicTipBody>;

/** POST /api/public/tips/{code}/additions: more information from the code's holder. */
export const publicAdditionBody = z.strictObject({
  text: z.string().trim().min(3, 'Hãy nhập nội dung bổ sung').max(2000),
});
