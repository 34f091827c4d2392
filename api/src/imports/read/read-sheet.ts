// A registry sheet (XLSX, XLS or CSV) as a table. Sheets hold no geometry: their coordinates
// are columns, and the mapping step tells their system from names and magnitudes.
import { findCrs } from '../../geo/crs';
import type { CrsGuess, SourceTable } from '../contract';
import { csvRows } from './csv-rows';
import { decodeBytes } from './legacy-encoding';
import { isRefusal, type ReadRefusal } from './read-refusal';
import { readXlsGrid } from './read-xls';
import { readXlsxGrid, type SheetGrid } from './read-xlsx';
import { sheetTable } from './sheet-table';
import { decodeUnicodeTable } from './table-text';
import { withTempFolder, writePrivate } from './temp-folder';

type SheetResult = Pick<SourceTable, 'columns' | 'rows' | 'crs' | 'encoding'>;

function sheetCrs(userEpsg?: number): CrsGuess {
  if (userEpsg !== undefined)
    return { epsg: userEpsg, source: 'user', note: `Bạn đã chọn ${findCrs(userEpsg)?.label}` };
  return {
    epsg: null,
    source: 'none',
    note: 'Bảng tính: hệ tọa độ nhận ra từ tên và độ lớn các cột tọa độ',
  };
}

/** CSV text: UTF-16 as Excel's "Unicode text" saves it, else UTF-8 or a legacy encoding. */
function csvText(bytes: Uint8Array): { text: string; encoding: SourceTable['encoding'] } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    return { text: text.normalize('NFC'), encoding: { detected: 'utf-8', samples: [] } };
  }
  const decoded = decodeBytes(bytes);
  return { text: decoded.text, encoding: { detected: decoded.encoding, samples: decoded.samples } };
}

export async function readSheet(
  format: 'xlsx' | 'xls' | 'csv',
  bytes: Uint8Array,
  options: { sheet?: string; crs?: number },
): Promise<SheetResult | ReadRefusal> {
  if (format === 'csv') {
    const { text, encoding } = csvText(bytes);
    const table = sheetTable('CSV', csvRows(text));
    return isRefusal(table) ? table : { ...table, crs: sheetCrs(options.crs), encoding };
  }
  const grid: SheetGrid | ReadRefusal =
    format === 'xlsx'
      ? await readXlsxGrid(bytes, options.sheet)
      : await withTempFolder(async (folder) =>
          readXlsGrid(await writePrivate(folder, 'sheet.xls', bytes), folder, options.sheet),
        );
  if (isRefusal(grid)) return grid;
  const table = sheetTable(grid.sheetName, grid.rows);
  if (isRefusal(table)) return table;
  return { ...decodeUnicodeTable(table), crs: sheetCrs(options.crs) };
}
