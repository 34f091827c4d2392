// Imports (issue #14): the stored preview of an upload, its rows' verdicts, commit and undo
// bookkeeping. Row-level security shows each role only its kinds.
import type { Geometry } from 'geojson';
import type { Sql } from '../client';
import { featuresById } from './feature-collection';
import { keysetPage, type PageAsk } from './keyset';
import type { LockableRowKey } from './row-key';

type Json = Record<string, unknown> | unknown[];

export type NewImport = {
  communeCode: string;
  kind: string;
  fileName: string;
  sha256: string;
  format: string;
  crs: Json;
  encoding: Json;
  columns: string[];
  mapping: Json;
  suggestedMapping: Json;
  validFrom: string | null;
  /** What reading left out or put together, in plain Vietnamese. */
  notes: string[];
  /** The file's rows as read: `[{ rowNumber, values, geometry }]`. */
  source: unknown[];
  /** A map file's bytes, kept for reading again in another system; null for sheets. */
  file: Uint8Array | null;
  createdBy: number;
};

const zeroCounts = { new: 0, update: 0, unchanged: 0, refused: 0, unplaced: 0 };

export async function insertImport(sql: Sql, i: NewImport): Promise<number> {
  const [row] = await sql<[{ id: number }]>`
    insert into imports (commune_code, kind, file_name, sha256, format, crs, encoding, columns,
                         mapping, suggested_mapping, valid_from, notes, counts, source, file, created_by)
    values (${i.communeCode}, ${i.kind}, ${i.fileName}, ${i.sha256}, ${i.format}, ${sql.json(i.crs as never)},
            ${sql.json(i.encoding as never)}, ${sql.json(i.columns)}, ${sql.json(i.mapping as never)},
            ${sql.json(i.suggestedMapping as never)}, ${i.validFrom}, ${sql.json(i.notes)}, ${sql.json(zeroCounts)},
            ${sql.json(i.source as never)}, ${i.file ? Buffer.from(i.file.buffer, i.file.byteOffset, i.file.byteLength) : null},
            ${i.createdBy})
    returning id::int as id`;
  return row.id;
}

/** One row of an import as stored (the verdict's outcome plus what reading found). */
export type StoredImportRow = {
  rowNumber: number;
  verdict: string;
  readingProblems: unknown[];
  problems: unknown[];
  name: string | null;
  matchedId: number | null;
  changed: string[];
  values: Record<string, unknown>;
  villageId: number | null;
  geometry: Geometry | null;
};

/** Replaces the rows' verdicts and the import's counts (a preview recomputed, or at commit). */
export async function replaceImportRows(
  sql: Sql,
  communeCode: string,
  importId: number,
  rows: readonly StoredImportRow[],
  counts: Record<string, number>,
): Promise<void> {
  await sql`delete from import_rows where import_id = ${importId}`;
  const input = rows.map((r) => ({
    ...r,
    geometry: r.geometry ? JSON.stringify(r.geometry) : null,
  }));
  // In slices: one parameter of tens of megabytes would hold the whole file in memory twice.
  for (let start = 0; start < input.length; start += 5000) {
    const slice = input.slice(start, start + 5000);
    await sql`
      insert into import_rows (import_id, commune_code, row_number, verdict, reading_problems, problems,
                               name, matched_id, changed, values, village_id, geom)
      select ${importId}, ${communeCode}, r."rowNumber", r.verdict, r."readingProblems", r.problems,
             r.name, r."matchedId", r.changed, r.values, r."villageId",
             case when r.geometry is null then null
                  else ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326) end
      from jsonb_to_recordset(${sql.json(slice as never)}) as r(
        "rowNumber" int, verdict text, "readingProblems" jsonb, problems jsonb, name text,
        "matchedId" bigint, changed jsonb, values jsonb, "villageId" int, geometry text)`;
  }
  await sql`update imports set counts = ${sql.json(counts)} where id = ${importId}`;
}

const summaryColumns = (sql: Sql) => sql`
  i.id::int, i.kind, i.state, i.file_name as "fileName", i.sha256,
  to_json(i.created_at)#>>'{}' as "createdAt", u.display_name as "createdBy",
  to_json(i.committed_at)#>>'{}' as "committedAt", to_json(i.undone_at)#>>'{}' as "undoneAt",
  i.counts`;

export type ImportSummaryRow = {
  id: number;
  kind: string;
  state: string;
  fileName: string;
  sha256: string;
  createdAt: string;
  createdBy: string;
  committedAt: string | null;
  undoneAt: string | null;
  counts: Record<string, number>;
};

export type ImportRecord = ImportSummaryRow & {
  format: string;
  crs: Record<string, unknown>;
  encoding: Record<string, unknown>;
  columns: string[];
  mapping: Record<string, string>;
  suggestedMapping: Record<string, string>;
  validFrom: string | null;
  notes: string[];
  outcome: Record<string, unknown> | null;
};

/** The imports the role may see, newest first (the undo list). */
/** A page of the commune's imports (of one kind), newest first. */
export const pageImports = (
  sql: Sql,
  communeCode: string,
  kind: string | undefined,
  ask: PageAsk,
) =>
  keysetPage<ImportSummaryRow>(
    sql,
    {
      columns: summaryColumns(sql),
      from: sql`imports i join users u on u.id = i.created_by`,
      where: sql`i.commune_code = ${communeCode} ${kind ? sql`and i.kind = ${kind}` : sql``}`,
      keyset: {
        parts: [
          { expr: sql`i.created_at`, type: 'instant' },
          { expr: sql`i.id`, type: 'int' },
        ],
        descending: true,
      },
    },
    ask,
  );

/** One import without its source rows; `forUpdate` locks it for a commit, an undo or a recompute. */
export async function getImport(sql: Sql, key: LockableRowKey): Promise<ImportRecord | null> {
  const rows = await sql<ImportRecord[]>`
    select ${summaryColumns(sql)}, i.format, i.crs, i.encoding, i.columns, i.mapping,
           i.suggested_mapping as "suggestedMapping", to_char(i.valid_from, 'YYYY-MM-DD') as "validFrom",
           i.notes, i.outcome
    from imports i join users u on u.id = i.created_by
    where i.id = ${key.id} and i.commune_code = ${key.communeCode}
    ${key.forUpdate ? sql`for update of i` : sql``}`;
  return rows[0] ?? null;
}

/** The file's rows as read at upload. */
export async function getImportSource(sql: Sql, id: number): Promise<unknown[]> {
  const [row] = await sql<[{ source: unknown[] }?]>`select source from imports where id = ${id}`;
  return row?.source ?? [];
}

/** A map file's bytes as uploaded (null for sheets). */
export async function getImportFile(sql: Sql, id: number): Promise<Uint8Array | null> {
  const [row] = await sql<[{ file: Buffer | null }?]>`select file from imports where id = ${id}`;
  return row?.file ? new Uint8Array(row.file) : null;
}

/** The file's rows read again (another system) and what reading found. */
export async function replaceImportSource(
  sql: Sql,
  id: number,
  s: { source: unknown[]; crs: Json; encoding: Json; columns: string[]; notes: string[] },
): Promise<void> {
  await sql`
    update imports set source = ${sql.json(s.source as never)}, crs = ${sql.json(s.crs as never)},
                       encoding = ${sql.json(s.encoding as never)}, columns = ${sql.json(s.columns)},
                       notes = ${sql.json(s.notes)}
    where id = ${id}`;
}

/** A new mapping, system or day for a preview. */
export async function updateImportSettings(
  sql: Sql,
  id: number,
  s: { mapping: Json; crs: Json; validFrom: string | null },
): Promise<void> {
  await sql`
    update imports set mapping = ${sql.json(s.mapping as never)}, crs = ${sql.json(s.crs as never)},
                       valid_from = ${s.validFrom}
    where id = ${id}`;
}

/** Every row of an import with its mapped values and shape, in file order. */
export async function getImportRows(sql: Sql, importId: number): Promise<StoredImportRow[]> {
  return sql<StoredImportRow[]>`
    select row_number as "rowNumber", verdict, reading_problems as "readingProblems", problems, name,
           matched_id::int as "matchedId", changed, values, village_id as "villageId",
           ST_AsGeoJSON(geom, 9)::json as geometry
    from import_rows where import_id = ${importId} order by row_number`;
}

/** A row of the preview table (the API's contract narrows its verdict and problems). */
export type PreviewRowRecord = {
  rowNumber: number;
  verdict: string;
  problems: unknown[];
  name: string | null;
  /** The existing business or area it updates or repeats. */
  matchedId: number | null;
  /** Field names that would change (for `update`). */
  changed: string[];
  /** WGS 84 [lng, lat] of a point, or of a polygon's label point; null without a position. */
  position: [number, number] | null;
  /** The row's mapped fields as shown in the table. */
  fields: Record<string, string | number | null>;
};

/** A page of rows for the preview table, optionally of one verdict. */
export async function importRowsPage(
  sql: Sql,
  importId: number,
  page: { verdict?: string; offset: number; limit: number },
) {
  const where = sql`import_id = ${importId} ${page.verdict ? sql`and verdict = ${page.verdict}` : sql``}`;
  const [[count], rows] = await Promise.all([
    sql<[{ n: number }]>`select count(*)::int as n from import_rows where ${where}`,
    sql<PreviewRowRecord[]>`
      select row_number as "rowNumber", verdict, problems, name, matched_id::int as "matchedId", changed,
             case when geom is null then null
                  else json_build_array(round(ST_X(p)::numeric, 7), round(ST_Y(p)::numeric, 7)) end as position,
             values as fields
      from import_rows,
           lateral (select case when geom is null then null when ST_Dimension(geom) = 0 then ST_Centroid(geom)
                                else ST_PointOnSurface(ST_MakeValid(geom)) end) q(p)
      where ${where}
      order by row_number offset ${page.offset} limit ${page.limit}`,
  ]);
  return {
    total: count.n,
    rows: rows.map((r) => ({
      ...r,
      position: r.position ? (r.position.map(Number) as [number, number]) : null,
    })),
  };
}

/** The rows that have a shape, as a GeoJSON FeatureCollection (the preview's map). */
export async function importRowsGeoJson(sql: Sql, importId: number): Promise<string> {
  const [row] = await sql<[{ body: string }]>`
    select ${featuresById(sql, {
      id: sql`row_number`,
      geometry: sql`ST_ForcePolygonCCW(geom)`,
      properties: sql`json_build_object('rowNumber', row_number, 'verdict', verdict, 'name', name,
                                          'problems', problems)`,
    })} as body
    from import_rows where import_id = ${importId} and geom is not null`;
  return row.body;
}

/** The refused rows' numbers and reasons, for the XLSX of refused rows. */
export async function refusedRows(sql: Sql, importId: number) {
  return sql<{ rowNumber: number; problems: Array<{ message: string }> }[]>`
    select row_number as "rowNumber", problems
    from import_rows where import_id = ${importId} and verdict = 'refused' order by row_number`;
}

/** What the commit wrote for each row: the id, and what an update replaced (for undo). */
export async function recordWrites(
  sql: Sql,
  importId: number,
  writes: ReadonlyArray<{ rowNumber: number; writtenId: number; before: unknown }>,
): Promise<void> {
  for (let start = 0; start < writes.length; start += 5000) {
    const slice = writes.slice(start, start + 5000);
    await sql`
      update import_rows r set written_id = w."writtenId", before = w.before
      from jsonb_to_recordset(${sql.json(slice as never)}) as w("rowNumber" int, "writtenId" bigint, before jsonb)
      where r.import_id = ${importId} and r.row_number = w."rowNumber"`;
  }
}

/** The rows a commit wrote, with what they replaced. */
export async function writtenRows(sql: Sql, importId: number) {
  return sql<{ rowNumber: number; verdict: string; writtenId: number; before: unknown }[]>`
    select row_number as "rowNumber", verdict, written_id::int as "writtenId", before
    from import_rows where import_id = ${importId} and written_id is not null order by row_number`;
}

/** The import's state moves on, at the transaction's instant. */
export async function markImport(
  sql: Sql,
  id: number,
  state: 'committed' | 'undone',
  outcome?: Json,
): Promise<void> {
  await sql`
    update imports set state = ${state},
      ${state === 'committed' ? sql`committed_at = now()` : sql`undone_at = now()`}
      ${outcome ? sql`, outcome = ${sql.json(outcome as never)}` : sql``}
    where id = ${id}`;
}

export async function setImportOutcome(sql: Sql, id: number, outcome: Json): Promise<void> {
  await sql`update imports set outcome = ${sql.json(outcome as never)} where id = ${id}`;
}
