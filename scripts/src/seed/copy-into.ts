import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type postgres from 'postgres';
import { chunked } from './copy-text';

/**
 * Streams COPY text lines into `table`. `table` and `columns` are constants of the loader, never
 * input. Backpressure comes from the stream pipeline, so memory stays flat however many rows.
 */
export async function copyInto(
  sql: postgres.Sql | postgres.TransactionSql,
  table: string,
  columns: readonly string[],
  lines: Iterable<string>,
): Promise<void> {
  const writable = await sql.unsafe(`copy ${table} (${columns.join(', ')}) from stdin`).writable();
  await pipeline(Readable.from(chunked(lines)), writable);
}
