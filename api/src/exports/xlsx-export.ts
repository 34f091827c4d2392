// XLSX with exceljs's streaming writer: each row is committed (written out and forgotten) as it
// comes, so a large layer never sits in memory as a workbook. Numbers stay numbers; texts are
// neutralised like the CSV's (table-cell.ts).
import ExcelJS from 'exceljs';
import type { ByteSink } from './byte-sink';
import type { ExportFeature } from './export-features';
import type { TableColumn } from './table-columns';

/**
 * Texts as inline strings: without shared strings (which would keep every text in memory)
 * exceljs otherwise marks them `t="str"`, a formula's cached result, which some readers (GDAL,
 * and so QGIS) take for a number when it looks like one, dropping a phone's leading zero.
 */
const xlsxValue = (value: string | number | null) =>
  typeof value === 'string' ? { richText: [{ text: value }] } : value;

export async function writeXlsx(
  features: AsyncIterable<ExportFeature>,
  columnsOf: (first: ExportFeature | undefined) => TableColumn[],
  sink: ByteSink,
  sheetName: string,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Bản đồ phòng, chống mại dâm';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  let count = 0;
  let columns: TableColumn[] | null = null;
  const start = (first: ExportFeature | undefined) => {
    const chosen = columnsOf(first);
    sheet.columns = chosen.map((c) => ({
      header: c.header,
      width: Math.min(60, Math.max(10, c.header.length + 2)),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    return chosen;
  };
  for await (const feature of features) {
    columns ??= start(feature);
    sheet.addRow(columns.map((c) => xlsxValue(c.value(feature)))).commit();
    count += 1;
    // Let the client take what is written before making more.
    if (count % 200 === 0) await sink.drained();
  }
  columns ??= start(undefined);
  sheet.commit();
  // The client gone, the commit would wait for good, and the export with it in its transaction.
  await Promise.race([workbook.commit(), sink.whenAborted()]);
  return count;
}
