// Which cells of an Excel 97–2003 workbook are formulas: GDAL's XLS driver (FreeXL) gives only
// their cached results, so the BIFF8 record stream is walked here for FORMULA records (one per
// formula cell, shared and array formulas included). The container is read with `cfb`.
import CFB from 'cfb';

/** Sheet name → formula cells, 0-based row and column as BIFF stores them. */
export type XlsFormulaCells = Map<string, Array<{ row: number; column: number }>>;

const boundSheet = 0x0085;
const formula = 0x0006;
const endOfFile = 0x000a;

/** The formula cells per sheet, or null when the workbook is not BIFF8 (or not readable). */
export function xlsFormulaCells(bytes: Uint8Array): XlsFormulaCells | null {
  let stream: Uint8Array;
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: 'buffer',
    });
    const entry = CFB.find(container, 'Workbook');
    if (!entry?.content) return null;
    stream = Uint8Array.from(entry.content as ArrayLike<number>);
  } catch {
    return null;
  }
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const records = function* (from: number) {
    for (let at = from; at + 4 <= stream.length; ) {
      const type = view.getUint16(at, true);
      const length = view.getUint16(at + 2, true);
      if (at + 4 + length > stream.length) return;
      yield { type, data: at + 4, length };
      at += 4 + length;
    }
  };
  const sheets: Array<{ name: string; offset: number }> = [];
  for (const record of records(0)) {
    if (record.type === endOfFile) break;
    if (record.type !== boundSheet || record.length < 8) continue;
    const offset = view.getUint32(record.data, true);
    const count = stream[record.data + 6] ?? 0;
    const wide = ((stream[record.data + 7] ?? 0) & 1) === 1;
    const start = record.data + 8;
    const name = wide
      ? new TextDecoder('utf-16le').decode(stream.subarray(start, start + count * 2))
      : new TextDecoder('latin1').decode(stream.subarray(start, start + count));
    sheets.push({ name, offset });
  }
  const cells: XlsFormulaCells = new Map();
  for (const sheet of sheets) {
    const found: Array<{ row: number; column: number }> = [];
    let first = true;
    for (const record of records(sheet.offset)) {
      // The sheet's own BOF is its first record; its EOF ends it.
      if (!first && record.type === endOfFile) break;
      first = false;
      if (record.type === formula && record.length >= 4)
        found.push({
          row: view.getUint16(record.data, true),
          column: view.getUint16(record.data + 2, true),
        });
    }
    cells.set(sheet.name, found);
  }
  return cells;
}
