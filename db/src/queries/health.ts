import type { Sql } from '../client';

/** The PostGIS version, which also proves the database answers. */
export async function postgisVersion(sql: Sql): Promise<string> {
  const [row] = await sql<[{ version: string }]>`select postgis_lib_version() as version`;
  return row.version;
}
