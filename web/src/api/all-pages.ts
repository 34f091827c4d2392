// Every list of the API comes in pages (api/src/lib/paging.ts): at most 1,000 rows, with the
// `next` page's cursor. Screens that need a whole list (the demo commune's premises, a day's
// inspections) follow `next` here; panels that can grow long show the first page and a
// "Xem thêm" button instead (use-more-pages.ts).

/** What every page answer carries beside its rows. */
export type PageMembers = {
  /** null when more than 10,000 match (the API counts no further). */
  numberMatched: number | null;
  numberReturned: number;
  next: string | null;
};

/** The keys of a page whose values are its rows. */
type RowsKey<P> = { [K in keyof P]: P[K] extends readonly unknown[] ? K : never }[keyof P];

/**
 * The whole list: the first page, then each `next` in turn, its rows (`page[key]`) joined into
 * one answer shaped as a page that holds them all.
 */
export async function allPages<P extends object>(
  read: (cursor: string | undefined) => Promise<P>,
  key: RowsKey<NoInfer<P>>,
): Promise<P> {
  const nextOf = (page: P) => (page as Partial<PageMembers>).next;
  const first = await read(undefined);
  // One page held it all (or the answer is not a page: a layer handed to the tiles).
  if (!nextOf(first)) return first;
  const rows = [...(first[key] as readonly unknown[])];
  let next = nextOf(first);
  while (next) {
    const page = await read(next);
    rows.push(...(page[key] as readonly unknown[]));
    next = nextOf(page);
  }
  return { ...first, [key]: rows, numberReturned: rows.length, next: null };
}

/** The cursor as a query member: none on the first page. */
export const cursorQuery = (cursor: string | undefined) => (cursor ? { cursor } : {});
