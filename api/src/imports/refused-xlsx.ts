import { cellValue } from '@ntm/domain/files/table-cell';
import ExcelJS from 'exceljs';
import type { SourceRow } from './contract';

/**
 * The refused rows as the file had them (its own columns, its own row numbers in "Dòng") plus
 * "Lý do", so the officer fixes them in Excel and imports them again. No cell starts a formula.
 */
export async function refusedWorkbook(
  columns: readonly string[],
  rows: ReadonlyArray<{ source: SourceRow | undefined; rowNumber: number; reasons: string[] }>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Dòng bị từ chối');
  sheet.addRow(['Dòng', ...columns.map((c) => cellValue(c)), 'Lý do']).font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      row.rowNumber,
      ...columns.map((c) => cellValue(row.source?.values[c] ?? null)),
      cellValue(row.reasons.join('; ')),
    ]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 8 : i === columns.length + 1 ? 60 : 22;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
