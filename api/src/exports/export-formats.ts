// The layers and file formats of GET /api/exports/{layer}.{format}. Web-safe (no runtime
// imports): the export picker offers the same lists and builds the same addresses.

export const exportLayers = [
  'villages',
  'commune',
  'key-areas',
  'businesses',
  'tips',
  'inspections',
] as const;
export type ExportLayer = (typeof exportLayers)[number];

export const exportFormats = ['geojson', 'kml', 'kmz', 'csv', 'xlsx', 'gpkg', 'shp.zip'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The export route of a layer as access-rules.ts keys it (`GET /api/exports/:file{tips\\..+}`). */
export const exportRoute = (layer: ExportLayer) => `GET /api/exports/:file{${layer}\\..+}`;

/** Vietnamese names of the layers, as the file names and the picker say them. */
export const exportLayerNames: Record<ExportLayer, string> = {
  villages: 'Thôn',
  commune: 'Địa giới xã',
  'key-areas': 'Địa bàn trọng điểm',
  businesses: 'Cơ sở kinh doanh',
  tips: 'Tin báo',
  inspections: 'Kiểm tra',
};

/** File names start with the layer's name without diacritics: `co-so-kinh-doanh-2026-12-07.kml`. */
export const exportFileStems: Record<ExportLayer, string> = {
  villages: 'thon',
  commune: 'dia-gioi-xa',
  'key-areas': 'dia-ban-trong-diem',
  businesses: 'co-so-kinh-doanh',
  tips: 'tin-bao',
  inspections: 'kiem-tra',
};

export const exportFormatLabels: Record<ExportFormat, string> = {
  geojson: 'GeoJSON',
  kml: 'KML (Google Earth)',
  kmz: 'KMZ (Google Earth, nén)',
  csv: 'CSV (Excel, UTF-8)',
  xlsx: 'Excel (XLSX)',
  gpkg: 'GeoPackage (QGIS)',
  'shp.zip': 'Shapefile nén (.zip)',
};

export const exportContentTypes: Record<ExportFormat, string> = {
  geojson: 'application/geo+json; charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml; charset=utf-8',
  kmz: 'application/vnd.google-earth.kmz',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  gpkg: 'application/geopackage+sqlite3',
  'shp.zip': 'application/zip',
};

/** Formats that carry positions as lng/lat (and X/Y) columns instead of geometries. */
export const tableFormats: readonly ExportFormat[] = ['csv', 'xlsx'];

/** `businesses.shp.zip` → its layer and format; unknown parts come back as null. */
export function parseExportFile(file: string): {
  layer: ExportLayer | null;
  format: ExportFormat | null;
  layerText: string;
  formatText: string;
} {
  const dot = file.indexOf('.');
  const layerText = dot < 0 ? file : file.slice(0, dot);
  const formatText = dot < 0 ? '' : file.slice(dot + 1).toLowerCase();
  const layer = (exportLayers as readonly string[]).includes(layerText)
    ? (layerText as ExportLayer)
    : null;
  const format = (exportFormats as readonly string[]).includes(formatText)
    ? (formatText as ExportFormat)
    : null;
  return { layer, format, layerText, formatText };
}

/** The address of an export, as the web's buttons ask for it. */
export function exportPath(
  layer: ExportLayer,
  format: ExportFormat,
  options: { crs?: number; xy?: number | null } = {},
): string {
  const query = new URLSearchParams();
  if (options.crs !== undefined && options.crs !== 4326) query.set('crs', `EPSG:${options.crs}`);
  if (options.xy) query.set('xy', `EPSG:${options.xy}`);
  const search = query.toString();
  return `/api/exports/${layer}.${format}${search ? `?${search}` : ''}`;
}

/** `co-so-kinh-doanh-2026-12-07.shp.zip`: the layer and the day (Vietnam time) it was taken. */
export const exportFileName = (layer: ExportLayer, format: ExportFormat, day: string) =>
  `${exportFileStems[layer]}-${day}.${format}`;
