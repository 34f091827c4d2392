import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index';

/** The connection pool. */
export type Pool = postgres.Sql;
/** A connection pool or a transaction: query functions accept either. */
export type Sql = postgres.Sql | postgres.TransactionSql;

/** One pool per process; `max` stays small because the machine and the commune are small. */
export function connect(databaseUrl: string, options: { max?: number } = {}) {
  const sql = postgres(databaseUrl, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: { application_name: 'nam-thanh-mien' },
  });
  return { sql, db: drizzle(sql, { schema }) };
}

export type Database = ReturnType<typeof connect>['db'];
