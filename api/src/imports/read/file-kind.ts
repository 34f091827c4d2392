// Whether a file's name agrees with what its bytes are: a KML called .xlsx is refused (415),
// naming both, so the officer knows they picked the wrong file.
import type { ImportFormat } from '../contract';
import { type ReadRefusal, refuse } from './read-refusal';

const accepted: Record<string, { formats: readonly ImportFormat[]; label: string }> = {
  xlsx: { formats: ['xlsx', 'xls'], label: 'tệp Excel' },
  xlsm: { formats: ['xlsx'], label: 'tệp Excel' },
  xls: { formats: ['xls', 'xlsx'], label: 'tệp Excel' },
  csv: { formats: ['csv'], label: 'tệp CSV' },
  tsv: { formats: ['csv'], label: 'tệp CSV' },
  txt: { formats: ['csv'], label: 'tệp văn bản CSV' },
  kml: { formats: ['kml'], label: 'tệp KML' },
  kmz: { formats: ['kmz'], label: 'tệp KMZ' },
  geojson: { formats: ['geojson'], label: 'tệp GeoJSON' },
  json: { formats: ['geojson'], label: 'tệp GeoJSON' },
  gpkg: { formats: ['gpkg'], label: 'tệp GeoPackage' },
  zip: { formats: ['shapefile', 'kmz', 'gpkg', 'geojson'], label: 'tệp nén .zip' },
};

export const formatLabel: Record<ImportFormat, string> = {
  xlsx: 'bảng tính Excel (.xlsx)',
  xls: 'bảng tính Excel 97–2003 (.xls)',
  csv: 'văn bản CSV',
  shapefile: 'Shapefile nén (.zip)',
  kml: 'KML',
  kmz: 'KMZ (KML nén)',
  geojson: 'GeoJSON',
  gpkg: 'GeoPackage',
};

export const extensionOf = (fileName: string) =>
  /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

export const supportedList =
  'Excel (.xlsx, .xls), CSV, Shapefile nén (.zip), KML/KMZ, GeoJSON hoặc GeoPackage';

/** 415 when the extension names one kind of file and the bytes are another; unknown names pass. */
export function checkExtension(fileName: string, format: ImportFormat): ReadRefusal | null {
  const expected = accepted[extensionOf(fileName)];
  if (!expected || expected.formats.includes(format)) return null;
  return refuse(
    415,
    'wrong-extension',
    `Tệp “${fileName}” không phải là ${expected.label}: nội dung của nó là ${formatLabel[format]}. Hãy chọn đúng tệp, hoặc đặt lại đuôi tệp cho khớp với nội dung.`,
  );
}

/** 415 for bytes that are none of the formats we read, naming what the extension promised. */
export function unknownContent(fileName: string, what?: string): ReadRefusal {
  const expected = accepted[extensionOf(fileName)];
  const actually = what ? ` (nội dung là ${what})` : '';
  return refuse(
    415,
    expected ? 'wrong-extension' : 'unsupported-format',
    expected
      ? `Tệp “${fileName}” không phải là ${expected.label}${actually}: hãy chọn đúng tệp ${supportedList}.`
      : `Tệp “${fileName}” không phải là định dạng đọc được${actually}: hãy dùng ${supportedList}.`,
  );
}
