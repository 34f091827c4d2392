// A sheet's grid (XLSX, XLS or CSV) as a SourceTable's columns and rows: the header row found
// under any title rows, columns named, rows numbered as the sheet numbers them, formulas reported.
import type { SourceRow } from '../contract';
import { type ReadRefusal, refuse } from './read-refusal';

export type SheetCell = string | number | null;

export type SheetRow = {
  /** The row number a person sees in the spreadsheet program (1-based). */
  rowNumber: number;
  cells: SheetCell[];
  /** Cells whose value is a formula's result: column index and the formula's text. */
  formulas?: Array<{ column: number; formula: string }>;
};

export type SheetTable = { columns: string[]; rows: SourceRow[] };

/** A, B, …, Z, AA, …: the column letters of Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const filled = (cell: SheetCell) =>
  cell !== null && !(typeof cell === 'string' && cell.trim() === '');
const filledCount = (row: SheetRow) => row.cells.filter(filled).length;

/** How far down a header row is looked for, under titles like "DANH SÁCH CƠ SỞ …". */
const headerSearchRows = 30;

/**
 * The header row: the first row at least 60 % as wide as the widest of the first rows, mostly
 * text. A one-cell title merged across the sheet is never that wide.
 */
function findHeader(rows: readonly SheetRow[]): number {
  const head = rows.slice(0, headerSearchRows);
  const widest = Math.max(0, ...head.map(filledCount));
  return head.findIndex((row) => {
    const cells = row.cells.filter(filled);
    const texts = cells.filter((c) => typeof c === 'string').length;
    return cells.length >= Math.ceil(widest * 0.6) && texts * 2 >= cells.length;
  });
}

function columnNames(header: SheetRow, width: number): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, i) => {
    const cell = header.cells[i];
    const text = filled(cell ?? null)
      ? String(cell).replace(/\s+/g, ' ').trim()
      : `Cột ${columnLetter(i)}`;
    const count = (seen.get(text.toLowerCase()) ?? 0) + 1;
    seen.set(text.toLowerCase(), count);
    return count === 1 ? text : `${text} (${count})`;
  });
}

const shortFormula = (formula: string) =>
  formula.length > 40 ? `${formula.slice(0, 40)}…` : formula;

export function sheetTable(sheetName: string, grid: readonly SheetRow[]): SheetTable | ReadRefusal {
  const rows = grid.filter((row) => filledCount(row) > 0);
  const headerIndex = findHeader(rows);
  const header = rows[headerIndex];
  const data = rows.slice(headerIndex + 1);
  if (!header || data.length === 0)
    return refuse(
      422,
      'sheet-empty',
      `Trang tính “${sheetName}” không có dòng dữ liệu nào dưới dòng tiêu đề: hãy kiểm tra lại tệp.`,
    );
  const width = Math.max(...rows.slice(headerIndex).map((row) => row.cells.length));
  const columns = columnNames(header, width);

  let valueCells = 0;
  let formulaCells = 0;
  const sourceRows = data.map((row): SourceRow => {
    const values: SourceRow['values'] = {};
    columns.forEach((column, i) => {
      const cell = row.cells[i] ?? null;
      values[column] = typeof cell === 'string' ? cell.trim() || null : cell;
      if (filled(cell)) valueCells++;
    });
    const formulas = row.formulas ?? [];
    formulaCells += formulas.length;
    const sourceRow: SourceRow = { rowNumber: row.rowNumber, values, geometry: null };
    if (formulas.length > 0)
      sourceRow.problems = formulas.map(({ column, formula }) => ({
        code: 'formula',
        field: columns[column],
        message: `Ô ${columnLetter(column)}${row.rowNumber} là công thức (=${shortFormula(formula)}), không phải giá trị: hãy dán lại dạng giá trị.`,
      }));
    return sourceRow;
  });
  if (formulaCells > 0 && formulaCells >= valueCells)
    return refuse(
      422,
      'sheet-formulas',
      `Trang tính “${sheetName}” chỉ có công thức, không có giá trị nhập tay: hãy sao chép cả bảng, dán lại bằng “Dán giá trị” (Paste Values) rồi lưu và tải lên lại.`,
    );
  return { columns, rows: sourceRows };
}
