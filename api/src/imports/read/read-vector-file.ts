// A vector upload (bare or from a zip) written into a private temp folder and read by GDAL. A
// KML (or each KML of a KMZ) is made safe first; a KMZ's documents are read one after another.
import type { ImportFormat, SourceRow, SourceTable } from '../contract';
import { kmlVerdict, makeKmlSafe, type SafeKml } from './kml-safety';
import { isRefusal, type ReadRefusal } from './read-refusal';
import { readVector, type VectorInput } from './read-vector';
import { withTempFolder, writePrivate } from './temp-folder';

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

export function readVectorFile(
  format: ImportFormat,
  bytes: Uint8Array,
  zipParts: Record<string, Uint8Array> | undefined,
  options: { crs?: number; sheet?: string },
): Promise<VectorResult | ReadRefusal> {
  return withTempFolder(async (folder) => {
    const name = bareName[format];
    const parts: Record<string, Uint8Array> = zipParts ?? (name ? { [name]: bytes } : {});
    if (format === 'kml' || format === 'kmz') return readKml(folder, parts, options);
    for (const [part, data] of Object.entries(parts)) await writePrivate(folder, part, data);
    const main = Object.keys(parts).find((p) => /\.(shp|gpkg|geojson)$/.test(p));
    if (!main) throw new Error(`no main part for ${format}`);
    const cpg = parts['layer.cpg'];
    const input: VectorInput = {
      path: main,
      cwd: folder,
      format: format as VectorInput['format'],
      cpg: cpg ? new TextDecoder('latin1').decode(cpg).trim() : undefined,
      hasPrj: 'layer.prj' in parts,
    };
    return readVector(input, {
      crs: options.crs,
      layer: format === 'shapefile' ? undefined : options.sheet,
    });
  });
}
