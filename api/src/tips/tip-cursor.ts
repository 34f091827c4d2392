import { z } from 'zod';

const exactNumber = /^-?\d{1,15}(\.\d{1,9})?$/;

/** What a tips cursor holds (db/src/queries/tip-pages.ts TipCursor): the last row's sort key. */
const cursorKey = z.tuple([
  z.union([z.literal(0), z.literal(1)]),
  z.string().regex(exactNumber),
  z.string().regex(exactNumber),
  z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
]);

/** A page's `next` as the client sends it back: opaque to it, base64url of the key's JSON. */
export const tipCursorParam = z
  .string()
  .max(200)
  .transform((text, ctx) => {
    try {
      return cursorKey.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'cursor không hợp lệ: hãy dùng liên kết next' });
      return z.NEVER;
    }
  });

export const tipCursorText = (key: z.infer<typeof cursorKey>) =>
  Buffer.from(JSON.stringify(key)).toString('base64url');
