import type { Sql } from '../client';

/**
 * The commune's data as it stands, as one short text: every counter in layer_versions (one per
 * table the computed answers read, moved on by each write; migrations 0001 and 0002). Equal texts
 * mean nothing those answers read has changed, in this process or any other.
 */
export async function communeDataVersion(sql: Sql, communeCode: string): Promise<string> {
  const [row] = await sql<[{ version: string | null }]>`
    select string_agg(layer || ':' || version, ',' order by layer) as version
    from layer_versions where commune_code = ${communeCode}`;
  return row.version ?? '';
}
