// The coordinate systems of an export from its `crs` and `xy` query parameters, or the 400
// that says what is possible.
import type { ExportSystems } from '@ntm/db/queries/exports';
import { type Crs, parseCrs, supportedCrs, wgs84 } from '../geo/crs';
import { ApiError } from '../lib/api-error';
import { type ExportFormat, tableFormats } from './export-formats';

const choices = supportedCrs.map((c) => ({ epsg: c.epsg, label: c.label }));

function parseSystem(name: 'crs' | 'xy', text: string): Crs {
  const crs = parseCrs(text);
  if (!crs) {
    throw new ApiError(
      400,
      'unsupported-crs',
      `Hệ tọa độ "${text.slice(0, 60)}" không được hỗ trợ: chọn WGS 84 (EPSG:4326), VN-2000 (EPSG:4756), VN-2000 UTM (EPSG:3405, 3406) hoặc VN-2000 TM-3 (EPSG:9205–9218)`,
      { parameter: name, supported: choices },
    );
  }
  return crs;
}

export type ExportCrs = ExportSystems & { crs: Crs; xy: Crs | null };

export function exportSystems(
  format: ExportFormat,
  crsText: string | undefined,
  xyText: string | undefined,
): ExportCrs {
  const crs = crsText ? parseSystem('crs', crsText) : (parseCrs(String(wgs84)) as Crs);
  const xy = xyText ? parseSystem('xy', xyText) : null;
  if ((format === 'kml' || format === 'kmz') && crs.epsg !== wgs84) {
    throw new ApiError(
      400,
      'kml-wgs84-only',
      'KML/KMZ (Google Earth) luôn dùng WGS 84: bỏ tham số crs, hoặc chọn GeoPackage, Shapefile, GeoJSON, CSV hay Excel để có tọa độ VN-2000',
    );
  }
  const table = tableFormats.includes(format);
  if (xy && !table) {
    throw new ApiError(
      400,
      'xy-table-only',
      'Cột X/Y chỉ có trong tệp CSV và Excel; với định dạng này hãy chọn hệ tọa độ bằng tham số crs',
    );
  }
  if (xy && xy.kind !== 'projected') {
    throw new ApiError(
      400,
      'xy-not-projected',
      'Cột X/Y cần một hệ tọa độ phẳng VN-2000 (UTM hoặc TM-3, đơn vị mét), ví dụ EPSG:9210',
      { parameter: 'xy', supported: choices.filter((c) => c.epsg !== 4326 && c.epsg !== 4756) },
    );
  }
  const geographic = crs.kind === 'geographic';
  return {
    crs,
    xy,
    srid: crs.epsg,
    digits: geographic ? 7 : 3,
    // A table's lng/lat are in the asked geographic system, else WGS 84; a projected `crs`
    // for a table gives its X/Y columns when `xy` does not name another.
    lngLatSrid: table && geographic ? crs.epsg : wgs84,
    xySrid: table ? (xy?.epsg ?? (geographic ? null : crs.epsg)) : null,
    output: table ? 'table' : format === 'gpkg' || format === 'shp.zip' ? 'wkt' : 'geojson',
  };
}
