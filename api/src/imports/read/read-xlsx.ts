// An XLSX registry read with exceljs, which exposes formulas (GDAL's XLSX driver gives only
// their results): each cell's value, formulas reported on their row, merged titles ignored.
import ExcelJS from 'exceljs';
import { type ReadRefusal, refuse } from './read-refusal';
import type { SheetCell, SheetRow } from './sheet-table';

export type SheetGrid = { sheetName: string; rows: SheetRow[] };

function dateText(date: Date): string {
  const iso = date.toISOString();
  // exceljs gives dates as UTC midnights; a time of day is kept only when there is one.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function plain(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plain(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  if ('result' in value) return plain(value.result as ExcelJS.CellValue);
  return null;
}

/** Pick the sheet asked for, else the first visible sheet that has rows. */
function chooseSheet(workbook: ExcelJS.Workbook, sheet?: string): ExcelJS.Worksheet | ReadRefusal {
  const sheets = workbook.worksheets;
  if (sheet) {
    const found = sheets.find((s) => s.name.trim().toLowerCase() === sheet.trim().toLowerCase());
    return (
      found ??
      refuse(
        422,
        'no-such-sheet',
        `Tệp không có trang tính “${sheet}”. Các trang có: ${sheets.map((s) => s.name).join(', ')}.`,
      )
    );
  }
  const found = sheets.find((s) => s.state === 'visible' && s.actualRowCount > 0);
  return (
    found ??
    refuse(
      422,
      'sheet-empty',
      'Tệp Excel không có trang tính nào có dữ liệu: hãy kiểm tra lại tệp.',
    )
  );
}

export async function readXlsxGrid(
  bytes: Uint8Array,
  sheet?: string,
): Promise<SheetGrid | ReadRefusal> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    );
  } catch {
    return refuse(
      422,
      'unreadable-file',
      'Không đọc được tệp Excel (tệp hỏng hoặc có mật khẩu): hãy mở bằng Excel, lưu lại rồi tải lên lần nữa.',
    );
  }
  const worksheet = chooseSheet(workbook, sheet);
  if ('refused' in worksheet) return worksheet;
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: SheetCell[] = [];
    const formulas: NonNullable<SheetRow['formulas']> = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      // A merged range's other cells repeat its first: a title across the sheet is one cell.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[columnNumber - 1] = plain(cell.value);
      if (cell.type === ExcelJS.ValueType.Formula)
        formulas.push({ column: columnNumber - 1, formula: cell.formula ?? '' });
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    rows.push(formulas.length > 0 ? { rowNumber, cells, formulas } : { rowNumber, cells });
  });
  return { sheetName: worksheet.name, rows };
}
