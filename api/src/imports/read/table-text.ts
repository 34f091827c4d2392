// A DBF's text in Unicode: its raw bytes (as GDAL gives them with SHAPE_ENCODING empty) decoded
// by the .cpg or by detection over the whole table. Formats that are Unicode already go through
// convert-table-text.ts for TCVN3/VNI typed in old fonts.
import type { SourceRow, SourceTable } from '../contract';
import { decodeBytes } from './legacy-encoding';

type Table = { columns: string[]; rows: SourceRow[] };
type Decoded = Table & { encoding: SourceTable['encoding'] };

/** The table with `convert` applied to its column names and every text value. */
export function mapStrings(table: Table, convert: (text: string) => string): Table {
  const columns = table.columns.map(convert);
  const rows = table.rows.map((row) => {
    const values: SourceRow['values'] = {};
    table.columns.forEach((column, i) => {
      const value = row.values[column] ?? null;
      values[columns[i] as string] = typeof value === 'string' ? convert(value) : value;
    });
    return { ...row, values };
  });
  return { columns, rows };
}

function stringsOf(table: Table): string[] {
  const strings = [...table.columns];
  for (const row of table.rows)
    for (const value of Object.values(row.values))
      if (typeof value === 'string') strings.push(value);
  return strings;
}

/**
 * Strings holding a DBF's raw bytes, one character per byte (GDAL read with SHAPE_ENCODING
 * empty and its output taken as Latin-1): decoded by the .cpg when there is one, else detected
 * over the whole table at once, which tells TCVN3 from VNI far better than one value can.
 */
export function decodeByteTable(table: Table, declared?: string): Decoded {
  const strings = stringsOf(table);
  const decoded = decodeBytes(Buffer.from(strings.join('\n'), 'latin1'), declared);
  const lines = decoded.text.split('\n');
  const byValue = new Map<string, string>();
  if (lines.length === strings.length)
    for (const [i, s] of strings.entries()) byValue.set(s, lines[i] as string);
  const convert = (s: string) =>
    byValue.get(s) ?? decodeBytes(Buffer.from(s, 'latin1'), decoded.encoding).text;
  return {
    ...mapStrings(table, convert),
    encoding: { detected: decoded.encoding, samples: decoded.samples },
  };
}
