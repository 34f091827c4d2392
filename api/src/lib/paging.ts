// Every list of the API in pages, one way (db/src/queries/keyset.ts): `limit` and `cursor` in
// the query, `numberMatched`, `numberReturned` and `next` in the answer, as OGC API – Features
// names them. No list answers more than a page, so none grows with the commune's data.
import { isKeyText, type KeyType, type PageAsk, type PageKey } from '@ntm/db/queries/keyset';
import { z } from 'zod';

/** The most one page holds: 1,000 Features of the map are about 300 KB of GeoJSON. */
export const maxPage = 1000;

/**
 * A page when the client names none: the largest, so that a village's premises and every list
 * of the demo commune come in one page (the map draws a whole commune of 1,000,000 premises
 * from tiles instead), and no answer is unbounded.
 */
export const defaultPage = maxPage;

/** A cursor as the client sends it back: opaque to it, base64url of the key's JSON. */
export const cursorText = (key: PageKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

const badCursor = 'cursor không hợp lệ: hãy dùng liên kết next';

/** The `cursor` of a list whose key has these parts. */
export const cursorParam = (types: readonly KeyType[]) =>
  z
    .string()
    .max(2000)
    .transform((text, ctx): PageKey => {
      let key: unknown;
      try {
        key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
      } catch {
        key = null;
      }
      const fits =
        Array.isArray(key) &&
        key.length === types.length &&
        key.every((part, i) => typeof part === 'string' && isKeyText(types[i] as KeyType, part));
      if (!fits) {
        ctx.addIssue({ code: 'custom', message: badCursor });
        return z.NEVER;
      }
      return key as PageKey;
    });

/** The paging members of a list's query schema (spread into its z.object). */
export const pageParams = (types: readonly KeyType[]) => ({
  /** At most this many (1 to 1,000; 1,000 when not given). */
  limit: z.coerce.number().int().min(1).max(maxPage).optional(),
  /** The `next` of the page before; none for the first page. */
  cursor: cursorParam(types).optional(),
});

/** The page a list's validated query asks for. */
export const pageAsk = (q: { limit?: number; cursor?: PageKey }): PageAsk => ({
  limit: q.limit ?? defaultPage,
  ...(q.cursor ? { after: q.cursor } : {}),
});

/** The members every page answer carries beside its rows. */
export type PageMembers = {
  /** How many match in all; null when more than 10,000 (db/src/queries/keyset.ts countCap). */
  numberMatched: number | null;
  numberReturned: number;
  next: string | null;
};

/** Those members for a page of rows. */
export const pageMembers = (page: {
  rows: readonly unknown[];
  numberMatched: number | null;
  next: PageKey | null;
}): PageMembers => ({
  numberMatched: page.numberMatched,
  numberReturned: page.rows.length,
  next: page.next && cursorText(page.next),
});
