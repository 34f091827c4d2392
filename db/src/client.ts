import postgres from 'postgres';

/** The connection pool. */
export type Pool = postgres.Sql;
/** A connection pool or a transaction: query functions accept either. */
export type Sql = postgres.Sql | postgres.TransactionSql;

/**
 * One pool per process; `max` stays small because the machine and the commune are small.
 * Plain postgres.js, no drizzle() over it: drizzle's postgres-js driver rewrites the client's
 * own serializers (jsonb passed through unserialised, timestamps left as text), which broke
 * every `sql.json(...)` write. The queries are SQL in db/src/queries; the drizzle schema serves
 * drizzle-kit's migrations only. The tests connect through here too, so they run the same client.
 *
 * `communeCode`: the commune the app's connections act in unless a transaction names another
 * (`ntm.commune_code`, the commune wall of migration 0005). The app's role sees no row without it.
 */
export function connect(
  databaseUrl: string,
  options: { max?: number; connectTimeoutSeconds?: number; communeCode?: string } = {},
) {
  const sql = postgres(databaseUrl, {
    max: options.max ?? 10,
    connect_timeout: options.connectTimeoutSeconds ?? 30,
    onnotice: () => {},
    connection: {
      application_name: 'nam-thanh-mien',
      ...(options.communeCode && { 'ntm.commune_code': options.communeCode }),
    },
  });
  return { sql };
}
