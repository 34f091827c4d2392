import ExcelJS from 'exceljs';
import type postgres from 'postgres';

/** A one-sheet XLSX with a header row and the rows as given (strings and numbers as typed). */
export async function xlsxOf(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The multipart body of POST /api/imports. */
export function importForm(
  bytes: Uint8Array,
  fileName: string,
  fields: Record<string, string>,
): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], fileName));
  return form;
}

/** Row counts of the tables an import may touch, to compare before and after. */
export async function tableCounts(sql: postgres.Sql) {
  const [row] = await sql<Array<Record<string, number>>>`
    select (select count(*)::int from businesses) as businesses,
           (select count(*)::int from businesses where deleted_at is null) as live,
           (select count(*)::int from business_versions) as versions,
           (select count(*)::int from audit_log) as audit,
           (select count(*)::int from unplaced_businesses where placed_at is null and removed_at is null) as unplaced,
           (select count(*)::int from key_areas) as "keyAreas",
           (select count(*)::int from imports) as imports`;
  return row as Record<
    'businesses' | 'live' | 'versions' | 'audit' | 'unplaced' | 'keyAreas' | 'imports',
    number
  >;
}
