// What a zip holds, by its entries' names: an XLSX workbook, a KMZ, a zipped Shapefile (maybe
// in a folder), or a zipped GeoPackage or GeoJSON. Only the entries needed are named here, each
// under the plain name it gets in the private temp folder (never the name from the archive).
import type { ImportFormat } from '../contract';
import { type ReadRefusal, refuse } from './read-refusal';
import type { ZipEntry } from './zip-archive';

export type ZipLayout = {
  format: Extract<ImportFormat, 'xlsx' | 'kmz' | 'shapefile' | 'gpkg' | 'geojson'>;
  /** Temp-folder file name → the entry to inflate into it. Empty for XLSX (read whole). */
  parts: Record<string, ZipEntry>;
  /** The layer's name as the archive spells it (a Shapefile's stem). */
  layerName?: string;
};

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

function shapefileLayout(
  data: readonly ZipEntry[],
  shps: readonly ZipEntry[],
  layer?: string,
): ZipLayout | ReadRefusal {
  const shp = layer
    ? shps.find((e) => stem(baseName(e.name)).toLowerCase() === layer.toLowerCase())
    : shps[0];
  if (!shp)
    return refuse(
      422,
      'shapefile-no-layer',
      `Tệp nén không có lớp “${layer}”. Các lớp có trong tệp: ${shps.map((e) => stem(baseName(e.name))).join(', ')}.`,
    );
  const layerName = stem(baseName(shp.name));
  // The sidecars sit beside the .shp, with its stem and any case of extension.
  const sibling = (ext: string) =>
    data.find(
      (e) =>
        stem(e.name).toLowerCase() === stem(shp.name).toLowerCase() && extension(e.name) === ext,
    );
  const parts: Record<string, ZipEntry> = { 'layer.shp': shp };
  const missing: string[] = [];
  for (const ext of ['shx', 'dbf']) {
    const entry = sibling(ext);
    if (entry) parts[`layer.${ext}`] = entry;
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
    if (entry) parts[`layer.${ext}`] = entry;
  }
  return { format: 'shapefile', parts, layerName };
}
