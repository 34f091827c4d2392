// What a zip holds, by its entries' names: an XLSX workbook, a KMZ, a zipped Shapefile (maybe
// in a folder), or a zipped GeoPackage or GeoJSON. Only the entries needed are named here, each
// under the plain name it gets in the private temp folder (never the name from the archive).
import type { ImportFormat } from '../contract';
import { isRefusal, type ReadRefusal, refuse } from './read-refusal';
import type { ZipEntry } from './zip-archive';

export type ZipLayout = {
  format: Extract<ImportFormat, 'xlsx' | 'kmz' | 'shapefile' | 'gpkg' | 'geojson'>;
  /** Temp-folder file name → the entry to inflate into it. Empty for XLSX (read whole). */
  parts: Record<string, ZipEntry>;
  /**
   * The Shapefiles' names as the archive spells them (their stems). The first one's parts are
   * `layer.*`, the second's `layer-2.*`, and so on (`shapefilePrefix`).
   */
  layerNames?: string[];
};

/** At most this many Shapefiles of one zip are read together. */
const maxShapefiles = 20;

/** The temp-folder stem of the zip's i-th Shapefile (from 0). */
export const shapefilePrefix = (i: number) => (i === 0 ? 'layer' : `layer-${i + 1}`);

const baseName = (name: string) => name.replace(/\\/g, '/').split('/').pop() ?? '';
const extension = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
const stem = (name: string) => name.replace(/\.[^./]+$/, '');

/** Finder and macOS leftovers that are never data. */
const isNoise = (entry: ZipEntry) =>
  entry.name.endsWith('/') ||
  /(^|\/)__MACOSX\//.test(entry.name) ||
  baseName(entry.name).startsWith('.');

export function zipLayout(entries: readonly ZipEntry[], layer?: string): ZipLayout | ReadRefusal {
  const names = new Set(entries.map((e) => e.name));
  if (names.has('[Content_Types].xml') && entries.some((e) => e.name.startsWith('xl/')))
    return { format: 'xlsx', parts: {} };
  const data = entries.filter((e) => !isNoise(e));
  const byExtension = (ext: string) => data.filter((e) => extension(e.name) === ext);

  // A KMZ: doc.kml first, then the other KML files (LIBKML puts each layer in its own).
  const kmls = byExtension('kml').sort(
    (a, b) => Number(b.name === 'doc.kml') - Number(a.name === 'doc.kml'),
  );
  if (kmls.length > 0)
    return {
      format: 'kmz',
      parts: Object.fromEntries(
        kmls.slice(0, 50).map((e, i) => [i === 0 ? 'doc.kml' : `doc-${i}.kml`, e]),
      ),
    };

  const shps = byExtension('shp');
  if (shps.length > 0) return shapefileLayout(data, shps, layer);
  const shapeParts = data.filter((e) => ['shx', 'dbf'].includes(extension(e.name)));
  if (shapeParts.length > 0)
    return refuse(
      422,
      'shapefile-missing-part',
      `Tệp nén có ${baseName(shapeParts[0]?.name ?? '')} nhưng thiếu tệp .shp (phần hình của Shapefile): hãy nén đủ .shp, .shx, .dbf và .prj rồi tải lại.`,
    );

  const gpkg = byExtension('gpkg')[0];
  if (gpkg) return { format: 'gpkg', parts: { 'layer.gpkg': gpkg } };
  const geojson = byExtension('geojson')[0] ?? byExtension('json')[0];
  if (geojson) return { format: 'geojson', parts: { 'layer.geojson': geojson } };
  return refuse(
    415,
    'zip-no-data',
    'Tệp nén không chứa dữ liệu đọc được: cần Shapefile (.shp, .shx, .dbf, .prj), KML, GeoJSON hoặc GeoPackage.',
  );
}

/**
 * The Shapefile asked for, or else every Shapefile in the zip (a layer that a Shapefile had to
 * split by shape, areas in one and routes in the other, comes back whole).
 */
function shapefileLayout(
  data: readonly ZipEntry[],
  shps: readonly ZipEntry[],
  layer?: string,
): ZipLayout | ReadRefusal {
  const chosen = layer
    ? shps.filter((e) => stem(baseName(e.name)).toLowerCase() === layer.toLowerCase()).slice(0, 1)
    : shps.slice(0, maxShapefiles);
  if (chosen.length === 0)
    return refuse(
      422,
      'shapefile-no-layer',
      `Tệp nén không có lớp “${layer}”. Các lớp có trong tệp: ${shps.map((e) => stem(baseName(e.name))).join(', ')}.`,
    );
  const parts: Record<string, ZipEntry> = {};
  for (const [i, shp] of chosen.entries()) {
    const own = shapefileParts(data, shp, shapefilePrefix(i));
    if (isRefusal(own)) return own;
    Object.assign(parts, own);
  }
  return {
    format: 'shapefile',
    parts,
    layerNames: chosen.map((shp) => stem(baseName(shp.name))),
  };
}

function shapefileParts(
  data: readonly ZipEntry[],
  shp: ZipEntry,
  prefix: string,
): Record<string, ZipEntry> | ReadRefusal {
  const layerName = stem(baseName(shp.name));
  // The sidecars sit beside the .shp, with its stem and any case of extension.
  const sibling = (ext: string) =>
    data.find(
      (e) =>
        stem(e.name).toLowerCase() === stem(shp.name).toLowerCase() && extension(e.name) === ext,
    );
  const parts: Record<string, ZipEntry> = { [`${prefix}.shp`]: shp };
  const missing: string[] = [];
  for (const ext of ['shx', 'dbf']) {
    const entry = sibling(ext);
    if (entry) parts[`${prefix}.${ext}`] = entry;
    else missing.push(`.${ext}`);
  }
  if (missing.length > 0)
    return refuse(
      422,
      'shapefile-missing-part',
      `Shapefile “${layerName}” thiếu tệp ${missing.join(' và ')} (${missing.includes('.shx') ? 'chỉ mục hình' : 'bảng thuộc tính'}): hãy nén đủ ${layerName}.shp, ${layerName}.shx, ${layerName}.dbf và ${layerName}.prj rồi tải lại.`,
    );
  for (const ext of ['prj', 'cpg']) {
    const entry = sibling(ext);
    if (entry) parts[`${prefix}.${ext}`] = entry;
  }
  return parts;
}
