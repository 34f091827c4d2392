// The import pipeline's contract (issue #14), web-safe: types and value lists only.
//
//   file ──read-file──▶ SourceTable ──mapping──▶ MappedRow[] ──verdicts──▶ preview ──commit──▶ layer
//   (GDAL, encodings,     (columns, raw     (fields, WGS 84 positions,   (new, update,    (one transaction,
//    CRS detection)        values, geometry)  reading problems)            unchanged, refused)  undo as a whole)
//
// Reading and mapping live in `api/src/imports/read/`, verdicts, storage, commit and undo in
// `api/src/imports/` and `db/src/queries/imports.ts`; they meet only through these types.
import type { ImportSummaryRow, PreviewRowRecord } from '@ntm/db/queries/imports';
import type { FeatureCollection, Geometry, Point } from 'geojson';

export const importKinds = ['registry', 'villages', 'commune', 'key-areas'] as const;
export type ImportKind = (typeof importKinds)[number];

/** The file formats we read, by what the bytes are (never by the extension alone). */
export const importFormats = [
  'xlsx',
  'xls',
  'csv',
  'shapefile',
  'kml',
  'kmz',
  'geojson',
  'gpkg',
] as const;
export type ImportFormat = (typeof importFormats)[number];

/** Legacy Vietnamese encodings found in old Shapefiles and spreadsheets. */
export const textEncodings = ['utf-8', 'windows-1258', 'tcvn3', 'vni'] as const;
export type TextEncoding = (typeof textEncodings)[number];

/** How the coordinate system was found; the user confirms or overrides it. */
export const crsSources = ['prj', 'file', 'columns', 'magnitude', 'user', 'none'] as const;
export type CrsSource = (typeof crsSources)[number];

export type CrsGuess = {
  /** EPSG code of a system in `api/src/geo/crs.ts`, or null when it could not be told. */
  epsg: number | null;
  source: CrsSource;
  /** Plain Vietnamese: why this system ("tệp .prj ghi VN-2000 / TM-3 105°45′", …). */
  note: string;
  /** Latitude and longitude columns were swapped in the file and have been put right. */
  swappedLatLng?: boolean;
};

/** One row of a sheet or one feature of a layer, as the file holds it (text already Unicode). */
export type SourceRow = {
  /** As a person finds it in the file: the sheet's row number (header is 1), or feature index + 1. */
  rowNumber: number;
  values: Record<string, string | number | null>;
  /**
   * The feature's geometry in the file's own system (`crs.epsg`, or the user's choice when that
   * is null), full precision; the mapping moves it to WGS 84 in PostGIS, so choosing a system
   * later needs no second read. Null for sheets and empty features.
   */
  geometry: Geometry | null;
  /** What reading found wrong with this row (a cell holding a formula), carried into mapping. */
  problems?: RowProblem[];
};

export type SourceTable = {
  fileName: string;
  /** SHA-256 of the uploaded bytes, hex: the audit names the file by it. */
  sha256: string;
  format: ImportFormat;
  columns: string[];
  rows: SourceRow[];
  crs: CrsGuess;
  encoding: { detected: TextEncoding; samples: Array<{ before: string; after: string }> };
  /** Plain Vietnamese notes on what reading left out (KML network links not followed, …). */
  notes?: string[];
};

/** Fields of the registry a column can map to. */
export const registryFields = [
  'name',
  'owner',
  'address',
  'licenceNumber',
  'licensedTrade',
  'type',
  'phone',
  'status',
  'village',
  'lng',
  'lat',
  'x',
  'y',
  'coordinates',
] as const;
export type RegistryField = (typeof registryFields)[number];

/** Fields of a boundary or key-area feature a column can map to. */
export const areaFields = ['name', 'kind', 'note', 'population', 'formerCommune'] as const;
export type AreaField = (typeof areaFields)[number];

/** Field → column name in the file; a field left out is not imported. */
export type ColumnMapping = Partial<Record<RegistryField | AreaField, string>>;

/** Why a row is refused (or, for `no-position` with a village, kept unplaced). */
export const rowProblems = [
  'missing-name',
  'missing-address',
  'unknown-type',
  'unknown-village',
  'bad-coordinates',
  'no-position',
  'outside-commune',
  'outside-vietnam',
  'invalid-geometry',
  'self-intersection',
  'overlap',
  'duplicate-in-file',
  'formula',
  'bad-value',
] as const;
export type RowProblemCode = (typeof rowProblems)[number];
export type RowProblem = { code: RowProblemCode; field?: string; message: string };

/** A registry row after mapping: WGS 84, our enum values, nothing stored yet. */
export type MappedBusinessRow = {
  rowNumber: number;
  business: {
    name: string | null;
    type: string | null;
    address: string | null;
    licenceNumber: string | null;
    licensedTrade: string | null;
    owner: string | null;
    phone: string | null;
    status: 'active' | 'suspended' | 'closed';
  };
  /** The village named in the file (for rows without a position), as written. */
  villageName: string | null;
  position: Point | null;
  problems: RowProblem[];
};

/** A boundary or key-area feature after mapping, in WGS 84. */
export type MappedAreaRow = {
  rowNumber: number;
  name: string | null;
  kind: string | null;
  note: string | null;
  population: number | null;
  formerCommune: string | null;
  geometry: Geometry | null;
  problems: RowProblem[];
};

export const rowVerdicts = ['new', 'update', 'unchanged', 'refused'] as const;
export type RowVerdict = (typeof rowVerdicts)[number];

// ─── HTTP shapes (ARCHITECTURE.md §3, extended) ──────────────────────────────────────────────
//
// POST  /api/imports                 multipart: file, kind, crs? (EPSG code), validFrom? (YYYY-MM-DD,
//                                    boundaries) → 201 ImportPreview; nothing stored in the layer
// GET   /api/imports?kind=           → { imports: ImportSummary[] } newest first (the undo list)
// GET   /api/imports/{id}            → ImportPreview
// PATCH /api/imports/{id}            { mapping?, crs?, validFrom? } → ImportPreview, recomputed
//                                    (409 unless state is `preview`)
// GET   /api/imports/{id}/rows?verdict=&offset=&limit=  → { total, rows: PreviewRow[] }
// GET   /api/imports/{id}/rows.geojson                  → FeatureCollection of the rows that have a
//                                    geometry, properties { rowNumber, verdict, name, problems }
// GET   /api/imports/{id}/refused.xlsx                  → the refused rows as in the file + "Lý do"
// POST  /api/imports/{id}/commit     → ImportPreview (state `committed`, `moved` for boundaries)
// POST  /api/imports/{id}/undo       → ImportPreview (state `undone`); 409 when a later change
//                                    touched what the import wrote
// GET   /api/businesses/unplaced?village=  → rows kept without a position, for the village head's
//                                    list "cần đặt lên bản đồ"

export const importStates = ['preview', 'committed', 'undone'] as const;
export type ImportState = (typeof importStates)[number];

export type ImportCounts = Record<RowVerdict, number> & {
  /** Of `new`: kept without a position, to be placed by the village head. */
  unplaced: number;
};

export type ImportSummary = Omit<ImportSummaryRow, 'kind' | 'state' | 'counts'> & {
  kind: ImportKind;
  state: ImportState;
  counts: ImportCounts;
};

export type ImportPreview = ImportSummary & {
  format: ImportFormat;
  crs: CrsGuess;
  encoding: SourceTable['encoding'];
  columns: string[];
  mapping: ColumnMapping;
  /** What the columns' headers suggested, before the user's edits. */
  suggestedMapping: ColumnMapping;
  /** Boundaries: the day the new version takes effect. */
  validFrom: string | null;
  /** What reading left out or put together (SourceTable['notes']), to show with the preview. */
  notes: string[];
  /** After committing boundaries: businesses whose village changed. */
  moved?: Array<{ businessId: number; name: string; fromVillage: string; toVillage: string }>;
  /** Villages: parts of the commune no village of the file covers (reported, not refused), largest first. */
  gaps?: Array<{ areaM2: number; position: [number, number] }>;
};

/** GET /api/imports/{id}/rows: a page of the preview table. */
export type RowsPage = { total: number; rows: PreviewRow[] };

/** GET /api/imports/{id}/rows.geojson: the rows that have a geometry, for the preview map. */
export type RowFeatures = FeatureCollection<
  Geometry,
  { rowNumber: number; verdict: RowVerdict; name: string | null; problems: RowProblem[] }
>;

export type PreviewRow = Omit<PreviewRowRecord, 'verdict' | 'problems'> & {
  verdict: RowVerdict;
  /** The reading problems and the verdict's own reasons. */
  problems: RowProblem[];
};
