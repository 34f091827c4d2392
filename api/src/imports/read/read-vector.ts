// Shapefile, GeoPackage, GeoJSON and KML read with GDAL: each feature's properties as the row's
// values and its geometry transformed to WGS 84 by ogr2ogr (the same PROJ pipeline as
// gdaltransform; the source system forced to the matched EPSG code, so an ESRI .prj without
// TOWGS84 still gets VN-2000's datum shift), full precision kept.
import type { Geometry } from 'geojson';
import { wgs84 } from '../../geo/crs';
import type { CrsGuess, ImportFormat, SourceRow, SourceTable } from '../contract';
import { checkExtent, checkInVietnam } from './crs-check';
import { GdalFailed, runGdal } from './gdal-process';
import { layerInfo, listLayers } from './layer-info';
import { type ReadRefusal, refuse } from './read-refusal';
import { decodeByteTable, decodeUnicodeTable } from './table-text';
import { vectorCrs } from './vector-crs';

export type VectorInput = {
  /** The file in our temp folder (`cwd`), by its plain name. */
  path: string;
  cwd: string;
  format: Extract<ImportFormat, 'shapefile' | 'gpkg' | 'geojson' | 'kml' | 'kmz'>;
  /** A Shapefile's .cpg text, when it has one. */
  cpg?: string;
  hasPrj?: boolean;
};

type VectorTable = Pick<SourceTable, 'columns' | 'rows' | 'crs' | 'encoding'>;

type Feature = {
  properties: Record<string, string | number | null> | null;
  geometry: Geometry | null;
};

async function readLayer(
  input: VectorInput,
  layer: string,
  epsg: number | null,
): Promise<Feature[]> {
  const transform = epsg === null ? [] : ['-s_srs', `EPSG:${epsg}`, '-t_srs', `EPSG:${wgs84}`];
  const out = await runGdal(
    'ogr2ogr',
    [
      '-f',
      'GeoJSON',
      '/vsistdout/',
      input.path,
      layer,
      '-dim',
      'XY',
      ...transform,
      '-lco',
      'RFC7946=NO',
      '-lco',
      'WRITE_BBOX=NO',
    ],
    { cwd: input.cwd, hide: input.cwd },
  );
  // Latin-1: one character per byte, so a DBF's legacy bytes survive for table-text.ts.
  const collection = JSON.parse(out.toString('latin1')) as { features?: Feature[] };
  return (collection.features ?? []).map((f) => ({
    properties: f.properties,
    // Without a known system the coordinates mean nothing yet: no geometry until the user says.
    geometry: epsg === null ? null : f.geometry,
  }));
}

const unreadable = (error: unknown) =>
  refuse(
    422,
    'unreadable-file',
    `Không đọc được dữ liệu trong tệp${error instanceof GdalFailed && error.message ? ` (GDAL: ${error.message})` : ''}: hãy mở thử bằng QGIS hoặc Google Earth, lưu lại rồi tải lên lần nữa.`,
  );

export async function readVector(
  input: VectorInput,
  options: { crs?: number; layer?: string },
): Promise<VectorTable | ReadRefusal> {
  const where = { cwd: input.cwd, hide: input.cwd };
  try {
    const layers = await listLayers(input.path, where);
    if (layers.length === 0)
      return refuse(422, 'no-layers', 'Tệp không có lớp dữ liệu nào: hãy kiểm tra lại tệp.');
    const isKml = input.format === 'kml' || input.format === 'kmz';
    const asked = options.layer?.trim().toLowerCase();
    const chosen = asked
      ? layers.filter((l) => l.toLowerCase() === asked)
      : isKml
        ? layers
        : layers.slice(0, 1);
    if (chosen.length === 0)
      return refuse(
        422,
        'no-such-layer',
        `Tệp không có lớp “${options.layer}”. Các lớp có trong tệp: ${layers.join(', ')}.`,
      );
    const info = await layerInfo(input.path, chosen[0] as string, where);
    const crs: CrsGuess = await vectorCrs(
      input.format,
      info.srsWkt,
      input.hasPrj ?? false,
      options.crs,
      where,
    );
    const wrongExtent = checkExtent(crs, info.extent);
    if (wrongExtent) return wrongExtent;

    const columns: string[] = [];
    const seen = new Set<string>();
    const rows: SourceRow[] = [];
    for (const layer of chosen) {
      for (const feature of await readLayer(input, layer, crs.epsg)) {
        const values: SourceRow['values'] = {};
        // A KML's folders become layers: the folder is kept as a column when there are several.
        if (chosen.length > 1) values['Thư mục'] = Buffer.from(layer, 'utf8').toString('latin1');
        Object.assign(values, feature.properties ?? {});
        for (const key of Object.keys(values))
          if (!seen.has(key)) {
            seen.add(key);
            columns.push(key);
          }
        rows.push({ rowNumber: rows.length + 1, values, geometry: feature.geometry });
      }
    }
    for (const row of rows) for (const column of columns) row.values[column] ??= null;
    const outside = checkInVietnam(
      crs,
      rows.map((r) => r.geometry),
    );
    if (outside) return outside;
    const decoded =
      input.format === 'shapefile'
        ? decodeByteTable({ columns, rows }, input.cpg)
        : decodeUnicodeTable(fromUtf8Bytes({ columns, rows }));
    return { ...decoded, crs };
  } catch (error) {
    if (error instanceof GdalFailed || error instanceof SyntaxError) return unreadable(error);
    throw error;
  }
}

/** GDAL's output of a UTF-8 format, taken as Latin-1 above, back to the text it is. */
function fromUtf8Bytes(table: { columns: string[]; rows: SourceRow[] }) {
  const utf8 = (s: string) => Buffer.from(s, 'latin1').toString('utf8');
  const columns = table.columns.map(utf8);
  const rows = table.rows.map((row) => {
    const values: SourceRow['values'] = {};
    table.columns.forEach((column, i) => {
      const value = row.values[column] ?? null;
      values[columns[i] as string] = typeof value === 'string' ? utf8(value) : value;
    });
    return { ...row, values };
  });
  return { columns, rows };
}
