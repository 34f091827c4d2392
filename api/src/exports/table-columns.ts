// The columns of a CSV or XLSX export: the layer's properties as the API names them, then the
// position. Points get lng/lat (and X/Y when asked); outlines a WKT column in the file's system.
// Surveyors in Vietnam write X for the northing and Y for the easting; the header says so.

import { cellValue } from '@ntm/domain/files/table-cell';
import { findCrs } from '../geo/crs';
import type { ExportFeature } from './export-features';

export type TableColumn = {
  header: string;
  value: (feature: ExportFeature) => string | number | null;
};

/** `VN-2000 TM-3 105°45′`, `VN-2000 UTM 48N`, `WGS 84`: a system as a header names it. */
export function systemShortName(epsg: number): string {
  if (epsg === 4326) return 'WGS 84';
  if (epsg === 4756) return 'VN-2000';
  if (epsg === 3405) return 'VN-2000 UTM 48N';
  if (epsg === 3406) return 'VN-2000 UTM 49N';
  const meridian = findCrs(epsg)?.centralMeridian ?? 0;
  const degrees = Math.floor(meridian);
  const minutes = Math.round((meridian - degrees) * 60);
  return `VN-2000 TM-3 ${degrees}°${String(minutes).padStart(2, '0')}′`;
}

export type TableSystems = {
  /** The geographic system of lng/lat (4326 or 4756). */
  lngLatEpsg: number;
  /** The projected system of X/Y, or null. */
  xyEpsg: number | null;
  /** The system of the WKT column (outlines). */
  wktEpsg: number;
};

export function tableColumns(
  keys: readonly string[],
  kind: 'point' | 'area',
  systems: TableSystems,
): TableColumn[] {
  const columns: TableColumn[] = keys.map((key) => ({
    header: key,
    value: (f) => cellValue(f.properties[key]),
  }));
  if (kind === 'area') {
    const suffix = systems.wktEpsg === 4326 ? '' : ` (${systemShortName(systems.wktEpsg)})`;
    columns.push({ header: `WKT${suffix}`, value: (f) => f.place.exportWkt });
    return columns;
  }
  const lngLatSuffix =
    systems.lngLatEpsg === 4326 ? '' : ` (${systemShortName(systems.lngLatEpsg)})`;
  columns.push(
    { header: `lat${lngLatSuffix}`, value: (f) => f.place.exportLat },
    { header: `lng${lngLatSuffix}`, value: (f) => f.place.exportLng },
  );
  if (systems.xyEpsg !== null) {
    const name = systemShortName(systems.xyEpsg);
    columns.push(
      { header: `X (${name}, m)`, value: (f) => f.place.exportNorthing },
      { header: `Y (${name}, m)`, value: (f) => f.place.exportEasting },
    );
  }
  return columns;
}
