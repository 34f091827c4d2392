// Excel 97–2003 (.xls) files for the tests. GDAL cannot write .xls and SheetJS's free edition
// writes no formulas, so a formula cell is made by rewriting one NUMBER record of a SheetJS
// workbook as the FORMULA record Excel writes for `=<value>` (cached result, one ptgNum token).
import CFB from 'cfb';
import XLSX from 'xlsx';

/** A BIFF8 workbook of one sheet from rows of values (more than ~4 KB, as FreeXL needs). */
export function xlsFile(sheetName: string, rows: unknown[][]): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheetName);
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'biff8' }));
}

const numberRecord = 0x0203;
const formulaRecord = 0x0006;

/** The workbook with the numeric cells at (row, column), 0-based, turned into formulas. */
export function withFormulaCells(xls: Uint8Array, cells: Array<[number, number]>): Uint8Array {
  const container = CFB.read(Buffer.from(xls), { type: 'buffer' });
  const entry = CFB.find(container, 'Workbook');
  if (!entry) throw new Error('no Workbook stream');
  const stream = Buffer.from(entry.content as Uint8Array);
  const out: Buffer[] = [];
  let changed = 0;
  for (let at = 0; at + 4 <= stream.length; ) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    const record = stream.subarray(at, at + 4 + length);
    const row = type === numberRecord ? stream.readUInt16LE(at + 4) : -1;
    const column = type === numberRecord ? stream.readUInt16LE(at + 6) : -1;
    if (type === numberRecord && cells.some(([r, c]) => r === row && c === column)) {
      const formula = Buffer.alloc(4 + 31);
      formula.writeUInt16LE(formulaRecord, 0);
      formula.writeUInt16LE(31, 2);
      record.copy(formula, 4, 4, 10); // row, column, format index
      record.copy(formula, 10, 10, 18); // the cached value
      formula.writeUInt16LE(0, 18); // grbit
      formula.writeUInt32LE(0, 20); // chn
      formula.writeUInt16LE(9, 24); // cce: one ptgNum
      formula.writeUInt8(0x1f, 26); // ptgNum
      record.copy(formula, 27, 10, 18); // its number
      out.push(formula);
      changed++;
    } else out.push(record);
    at += 4 + length;
  }
  if (changed !== cells.length)
    throw new Error(`found ${changed} of ${cells.length} numeric cells`);
  entry.content = Buffer.concat(out);
  entry.size = entry.content.length;
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}
