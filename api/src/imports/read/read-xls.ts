// An Excel 97–2003 workbook read with GDAL's XLS driver (FreeXL): every row, headers found by
// sheet-table.ts like the XLSX's. FreeXL gives formulas' cached results without saying which
// cells are formulas, so an .xls cannot report them (save as .xlsx for that).
import { GdalFailed, runGdal } from './gdal-process';
import { listLayers } from './layer-info';
import { type ReadRefusal, refuse } from './read-refusal';
import type { SheetGrid } from './read-xlsx';
import type { SheetCell, SheetRow } from './sheet-table';

/** A number GDAL gave as text in a text column; a phone's leading zero keeps it text. */
const numeric = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

export async function readXlsGrid(
  path: string,
  cwd: string,
  sheet?: string,
): Promise<SheetGrid | ReadRefusal> {
  const where = { cwd, hide: cwd };
  try {
    const sheets = await listLayers(path, where);
    const name = sheet
      ? sheets.find((s) => s.trim().toLowerCase() === sheet.trim().toLowerCase())
      : sheets[0];
    if (!name)
      return refuse(
        422,
        sheet ? 'no-such-sheet' : 'sheet-empty',
        sheet
          ? `Tệp không có trang tính “${sheet}”. Các trang có: ${sheets.join(', ')}.`
          : 'Tệp Excel không có trang tính nào có dữ liệu: hãy kiểm tra lại tệp.',
      );
    // Headers off: the first row is data like any other; sheet-table.ts finds the header.
    const out = await runGdal('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', path, name], {
      ...where,
      config: { OGR_XLS_HEADERS: 'DISABLE' },
    });
    const collection = JSON.parse(out.toString('utf8')) as {
      features: Array<{ properties: Record<string, SheetCell> | null }>;
    };
    const rows: SheetRow[] = collection.features.map((feature, i) => {
      const cells: SheetCell[] = [];
      for (const [key, value] of Object.entries(feature.properties ?? {})) {
        const column = Number(/^Field(\d+)$/.exec(key)?.[1] ?? 0) - 1;
        if (column < 0) continue;
        cells[column] =
          typeof value === 'string' && numeric.test(value.trim()) ? Number(value) : value;
      }
      for (let c = 0; c < cells.length; c++) cells[c] ??= null;
      return { rowNumber: i + 1, cells };
    });
    return { sheetName: name, rows };
  } catch (error) {
    if (!(error instanceof GdalFailed) && !(error instanceof SyntaxError)) throw error;
    return refuse(
      422,
      'unreadable-file',
      'Không đọc được tệp Excel 97–2003 (.xls) này (tệp hỏng, có mật khẩu hoặc quá nhỏ để là tệp Excel thật): hãy mở bằng Excel, lưu thành .xlsx rồi tải lên.',
    );
  }
}
