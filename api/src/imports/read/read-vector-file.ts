// A vector upload (bare or from a zip) written into a private temp folder and read by GDAL. A
// KML (or each KML of a KMZ) is made safe first; a KMZ's documents are read one after another.
import type { ImportFormat, SourceRow, SourceTable } from '../contract';
import { kmlVerdict, makeKmlSafe, type SafeKml } from './kml-safety';
import { isRefusal, type ReadRefusal, refuse } from './read-refusal';
import { readVector, type VectorInput } from './read-vector';
import { withTempFolder, writePrivate } from './temp-folder';
import { shapefilePrefix } from './zip-layout';

type VectorResult = Pick<SourceTable, 'columns' | 'rows' | 'crs' | 'encoding' | 'notes'>;

const bareName: Partial<Record<ImportFormat, string>> = {
  geojson: 'layer.geojson',
  gpkg: 'layer.gpkg',
  kml: 'doc.kml',
};

/** The KML documents after one another, rows numbered on, columns in order of appearance. */
function concatenate(tables: VectorResult[]): VectorResult {
  const [first] = tables as [VectorResult];
  const columns = [...new Set(tables.flatMap((t) => t.columns))];
  const rows: SourceRow[] = tables
    .flatMap((t) => t.rows)
    .map((row, i) => ({
      ...row,
      rowNumber: i + 1,
      values: Object.fromEntries(columns.map((c) => [c, row.values[c] ?? null])),
    }));
  const samples = tables.flatMap((t) => t.encoding.samples).slice(0, 5);
  const legacy = tables.find((t) => t.encoding.detected !== 'utf-8');
  return {
    ...first,
    columns,
    rows,
    encoding: { detected: legacy?.encoding.detected ?? 'utf-8', samples },
  };
}

async function readKml(
  folder: string,
  parts: Record<string, Uint8Array>,
  options: { crs?: number; sheet?: string },
): Promise<VectorResult | ReadRefusal> {
  const documents: Array<[string, SafeKml]> = [];
  for (const [name, bytes] of Object.entries(parts)) {
    const safe = makeKmlSafe(new TextDecoder('utf-8').decode(bytes));
    if (isRefusal(safe)) return safe;
    documents.push([name, safe]);
  }
  const verdict = kmlVerdict(documents.map(([, d]) => d));
  if (isRefusal(verdict)) return verdict;
  const tables: VectorResult[] = [];
  for (const [name, document] of documents) {
    if (!document.hasPlacemarks) continue;
    await writePrivate(folder, name, new TextEncoder().encode(document.text));
    const table = await readVector(
      { path: name, cwd: folder, format: 'kml' },
      { crs: options.crs, layer: options.sheet },
    );
    if (isRefusal(table)) return table;
    tables.push(table);
  }
  const table = concatenate(tables);
  return verdict.notes.length > 0 ? { ...table, notes: verdict.notes } : table;
}

/**
 * The Shapefiles of one zip after one another, each read with its own .prj and .cpg; a "Lớp"
 * column names each row's Shapefile when there are several. They must share one system.
 */
async function readShapefiles(
  folder: string,
  parts: Record<string, Uint8Array>,
  layerNames: readonly string[],
  options: { crs?: number },
): Promise<VectorResult | ReadRefusal> {
  const tables: VectorResult[] = [];
  for (const [i, layerName] of layerNames.entries()) {
    const prefix = shapefilePrefix(i);
    const cpg = parts[`${prefix}.cpg`];
    const table = await readVector(
      {
        path: `${prefix}.shp`,
        cwd: folder,
        format: 'shapefile',
        cpg: cpg ? new TextDecoder('latin1').decode(cpg).trim() : undefined,
        hasPrj: `${prefix}.prj` in parts,
      },
      { crs: options.crs },
    );
    if (isRefusal(table)) return table;
    if (layerNames.length > 1)
      for (const row of table.rows) row.values = { Lớp: layerName, ...row.values };
    tables.push({
      ...table,
      columns: layerNames.length > 1 ? ['Lớp', ...table.columns] : table.columns,
    });
  }
  const systems = [...new Set(tables.map((t) => t.crs.epsg))];
  if (systems.length > 1)
    return refuse(
      422,
      'shapefile-systems-differ',
      `Các Shapefile trong tệp nén (${layerNames.join(', ')}) dùng hệ tọa độ khác nhau: hãy nén từng lớp riêng, hoặc chuyển chúng về cùng một hệ rồi tải lại.`,
    );
  if (tables.length === 1) return tables[0] as VectorResult;
  const table = concatenate(tables);
  const counts = tables.map((t, i) => `${layerNames[i]} (${t.rows.length})`).join(', ');
  return {
    ...table,
    notes: [
      ...(table.notes ?? []),
      `Đã đọc ${tables.length} lớp Shapefile trong tệp nén: ${counts}.`,
    ],
  };
}

export function readVectorFile(
  format: ImportFormat,
  bytes: Uint8Array,
  zip: { parts: Record<string, Uint8Array>; layerNames?: string[] } | undefined,
  options: { crs?: number; sheet?: string },
): Promise<VectorResult | ReadRefusal> {
  return withTempFolder(async (folder) => {
    const name = bareName[format];
    const parts: Record<string, Uint8Array> = zip?.parts ?? (name ? { [name]: bytes } : {});
    if (format === 'kml' || format === 'kmz') return readKml(folder, parts, options);
    for (const [part, data] of Object.entries(parts)) await writePrivate(folder, part, data);
    if (format === 'shapefile')
      return readShapefiles(folder, parts, zip?.layerNames ?? ['layer'], options);
    const main = Object.keys(parts).find((p) => /\.(gpkg|geojson)$/.test(p));
    if (!main) throw new Error(`no main part for ${format}`);
    const input: VectorInput = { path: main, cwd: folder, format: format as VectorInput['format'] };
    return readVector(input, { crs: options.crs, layer: options.sheet });
  });
}
