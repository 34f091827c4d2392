// CSV as the periodic report writes it (reports/csv.ts): UTF-8 with a byte-order mark so Excel
// reads the Vietnamese right, RFC 4180 quoting, CRLF line ends. Streamed row by row.
import { csvCell } from '@ntm/domain/reports/csv';
import type { ByteSink } from './byte-sink';
import type { ExportFeature } from './export-features';
import type { TableColumn } from './table-columns';

export async function writeCsv(
  features: AsyncIterable<ExportFeature>,
  columnsOf: (first: ExportFeature | undefined) => TableColumn[],
  sink: ByteSink,
): Promise<number> {
  let count = 0;
  let columns: TableColumn[] | null = null;
  for await (const feature of features) {
    if (columns === null) {
      columns = columnsOf(feature);
      await sink.write(`\uFEFF${columns.map((c) => csvCell(c.header)).join(',')}\r\n`);
    }
    await sink.write(`${columns.map((c) => csvCell(c.value(feature))).join(',')}\r\n`);
    count += 1;
  }
  if (columns === null) {
    await sink.write(
      `\uFEFF${columnsOf(undefined)
        .map((c) => csvCell(c.header))
        .join(',')}\r\n`,
    );
  }
  await sink.flush();
  return count;
}
