import { useCallback, useState } from 'react';
import type { PageMembers } from './all-pages';

/** One page of a list, its rows taken out of the answer. */
export type RowsPage<Row> = PageMembers & { rows: Row[] };

/**
 * A list shown a page at a time: the first page, then the next one added below at each
 * "Xem thêm", with how many there are in all. `reload` starts again from the first page.
 */
export function useMorePages<Row>(read: (cursor: string | undefined) => Promise<RowsPage<Row>>) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(0);

  const reload = useCallback(async () => {
    const page = await read(undefined);
    setRows(page.rows);
    setNext(page.next);
    setTotal(page.numberMatched);
  }, [read]);

  const more = useCallback(async () => {
    if (!next) return;
    const page = await read(next);
    setRows((before) => [...(before ?? []), ...page.rows]);
    setNext(page.next);
    setTotal(page.numberMatched);
  }, [read, next]);

  return { rows, total, hasMore: next !== null, more, reload };
}
