// Shapefile, GeoPackage, GeoJSON and KML read with GDAL: each feature's properties as the row's
// values and its geometry in the file's own system at full precision (contract.ts); the mapping
// moves it to WGS 84 with PostGIS under the matched EPSG code, whose definition carries
// VN-2000's datum shift even when an ESRI .prj has no TOWGS84.
import type { Geometry } from 'geojson';
import type { CrsGuess, ImportFormat, SourceRow, SourceTable } from '../contract';
import { convertTableText } from './convert-table-text';
import { checkExtent, checkInVietnam, samplePositions } from './crs-check';
import { GdalFailed, runGdal } from './gdal-process';
import { layerInfo, listLayers } from './layer-info';
import { type ReadRefusal, refuse } from './read-refusal';
import { decodeByteTable, mapStrings } from './table-text';
import { vectorCrs } from './vector-crs';
import { toWgs84 } from './wgs84-positions';

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

async function readLayer(input: VectorInput, layer: string): Promise<Feature[]> {
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
      '-lco',
      'RFC7946=NO',
      '-lco',
      'WRITE_BBOX=NO',
    ],
    { cwd: input.cwd, hide: input.cwd },
  );
  // Latin-1: one character per byte, so a DBF's legacy bytes survive for table-text.ts.
  const collection = JSON.parse(out.toString('latin1')) as {
    features?: Array<{ properties: Record<string, unknown> | null; geometry: Geometry | null }>;
  };
  return (collection.features ?? []).map((f) => ({
    properties: plainValues(f.properties),
    geometry: f.geometry,
  }));
}

/** Booleans as text, nested objects and lists (GeoJSON allows them) as their JSON. */
function plainValues(properties: Record<string, unknown> | null): Feature['properties'] {
  if (!properties) return null;
  const values: NonNullable<Feature['properties']> = {};
  for (const [key, value] of Object.entries(properties))
    values[key] =
      value === null || typeof value === 'string' || typeof value === 'number'
        ? value
        : typeof value === 'boolean'
          ? String(value)
          : JSON.stringify(value);
  return values;
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
      for (const feature of await readLayer(input, layer)) {
        const values: SourceRow['values'] = {};
        // A KML's folders become layers: the folder is kept as a column when there are several.
        // (In the byte form of every other string here, decoded below with them.)
        if (chosen.length > 1) values[asBytes('Thư mục')] = asBytes(layer);
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
    if (crs.epsg !== null) {
      const positions = await toWgs84(
        samplePositions(rows.map((r) => r.geometry)),
        crs.epsg,
        where,
      );
      const outside = checkInVietnam(crs, positions);
      if (outside) return outside;
    }
    if (input.format === 'shapefile')
      return { ...decodeByteTable({ columns, rows }, input.cpg), crs };
    const unicode = fromUtf8Bytes({ columns, rows });
    return { ...convertTableText(unicode.columns, unicode.rows), crs };
  } catch (error) {
    if (error instanceof GdalFailed || error instanceof SyntaxError) return unreadable(error);
    throw error;
  }
}

/** A string as GDAL's output is read above: one character per UTF-8 byte. */
const asBytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** GDAL's output of a UTF-8 format, taken as Latin-1 above, back to the text it is. */
const fromUtf8Bytes = (table: { columns: string[]; rows: SourceRow[] }) =>
  mapStrings(table, (s) => Buffer.from(s, 'latin1').toString('utf8'));
