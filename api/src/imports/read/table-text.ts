// The text of a table in Unicode, whatever encoding its file used: a DBF's bytes decoded by its
// .cpg or by detection; the strings of Unicode formats checked for TCVN3/VNI typed in old fonts.
import type { SourceRow, SourceTable } from '../contract';
import { convertLegacy, decodeBytes, detectEncoding, encodingSamples } from './legacy-encoding';

type Table = { columns: string[]; rows: SourceRow[] };
type Decoded = Table & { encoding: SourceTable['encoding'] };

function mapStrings(table: Table, convert: (text: string) => string): Table {
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

/** Strings already in Unicode (XLSX, XLS, GeoJSON, KML, GeoPackage, a decoded CSV). */
export function decodeUnicodeTable(table: Table): Decoded {
  const strings = stringsOf(table);
  const { encoding } = detectEncoding(strings);
  if (encoding === 'utf-8')
    return {
      ...mapStrings(table, (s) => s.normalize('NFC')),
      encoding: { detected: 'utf-8', samples: [] },
    };
  return {
    ...mapStrings(table, (s) => convertLegacy(s, encoding)),
    encoding: { detected: encoding, samples: encodingSamples(strings, encoding) },
  };
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
