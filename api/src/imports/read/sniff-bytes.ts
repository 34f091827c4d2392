// What a file is by its bytes, never by its name: the first step of reading an upload.

/** What the first bytes say; a zip is told apart further by its entries (zip-layout.ts). */
export type ByteKind =
  | 'empty'
  | 'zip'
  | 'ole2'
  | 'gpkg'
  | 'sqlite'
  | 'shp'
  | 'geojson'
  | 'kml'
  | 'xml'
  | 'csv'
  | 'binary';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/** How much of the start is looked at for text kinds: a KML's root tag comes after its prolog. */
const headBytes = 8192;

export function sniffBytes(bytes: Uint8Array): ByteKind {
  if (bytes.length === 0) return 'empty';
  // Local file header, or an empty archive's end record.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (startsWith(bytes, [...ascii('SQLite format 3'), 0])) {
    // A GeoPackage sets the database's application_id (offset 68) to 'GPKG' (or 'GP10'/'GP11').
    return startsWith(bytes, ascii('GP'), 68) ? 'gpkg' : 'sqlite';
  }
  // A Shapefile's main file: file code 9994, big-endian.
  if (startsWith(bytes, [0x00, 0x00, 0x27, 0x0a])) return 'shp';
  return sniffText(bytes.subarray(0, headBytes));
}

function sniffText(head: Uint8Array): ByteKind {
  const utf16 = startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]);
  if (!utf16 && head.includes(0)) return 'binary';
  if (!utf16 && head.some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a))) return 'binary';
  const text = utf16
    ? new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(head)
    : new TextDecoder('latin1').decode(head);
  const start = text.replace(/^(?:\uFEFF|ï»¿)/, '').trimStart();
  if (start.startsWith('{')) return /"type"\s*:/.test(start) ? 'geojson' : 'binary';
  if (start.startsWith('<')) return /<(?:\w+:)?kml[\s>]/i.test(start) ? 'kml' : 'xml';
  return 'csv';
}
