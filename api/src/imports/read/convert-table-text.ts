// The text of a whole table read by another program (a DBF through GDAL as Latin-1, the cells of
// a sheet typed in a .VnTime or VNI-Times font): its encoding told once from every value, then
// every header and text cell converted, with a few values before and after for the preview.
import type { SourceRow, SourceTable, TextEncoding } from '../contract';
import { convertLegacy, detectEncoding, encodingSamples } from './legacy-encoding';

export type ConvertedTable = {
  columns: string[];
  rows: SourceRow[];
  encoding: SourceTable['encoding'];
};

/**
 * Headers and text cells into Unicode NFC. `declared` (a .cpg's or the user's choice) wins over
 * detection; numbers and geometry are left as they are. A column renamed by the conversion is
 * renamed in every row too.
 */
export function convertTableText(
  columns: readonly string[],
  rows: readonly SourceRow[],
  declared?: TextEncoding,
): ConvertedTable {
  const texts: string[] = [...columns];
  for (const row of rows)
    for (const value of Object.values(row.values)) if (typeof value === 'string') texts.push(value);
  const detected = declared ?? detectEncoding(texts).encoding;
  // Villages, types and statuses repeat down a column: convert each distinct value once.
  const seen = new Map<string, string>();
  const convert = (text: string) => {
    let converted = seen.get(text);
    if (converted === undefined) {
      converted = convertLegacy(text, detected);
      seen.set(text, converted);
    }
    return converted;
  };
  const names = new Map(columns.map((column) => [column, convert(column)]));
  const converted = rows.map((row) => ({
    ...row,
    values: Object.fromEntries(
      Object.entries(row.values).map(([column, value]) => [
        names.get(column) ?? convert(column),
        typeof value === 'string' ? convert(value) : value,
      ]),
    ),
  }));
  return {
    columns: columns.map((column) => names.get(column) ?? column),
    rows: converted,
    encoding: { detected, samples: encodingSamples(texts, detected) },
  };
}
