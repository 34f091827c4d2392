// The old migrations are folded into one baseline (db/migrations/0000_baseline.sql): an empty
// database takes it, one the old migrations finished skips it (and takes the migrations written
// since), one they left halfway is refused.
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import journal from '../../db/migrations/meta/_journal.json' with { type: 'json' };
import { migrateDatabase } from '../../db/src/migrate';

const ownerUrl = inject('databaseUrl');
const baselineAt = journal.entries[0]?.when ?? 0;
const allAt = journal.entries.map((entry) => entry.when);
/** What the old migrations left at their end: the baseline's schema, statement by statement. */
const baselineStatements = readFileSync(
  new URL('../../db/migrations/0000_baseline.sql', import.meta.url),
  'utf8',
).split('--> statement-breakpoint');
const made: string[] = [];
/** How many tables every migration together makes (the first test counts them). */
let wholeSchema = 0;

const at = (database: string) => {
  const url = new URL(ownerUrl);
  url.pathname = `/${database}`;
  return url.toString();
};
const server = postgres(at('postgres'), { max: 1, onnotice: () => {} });

/** A new empty database beside the test one; with `journalAt`, a drizzle journal whose last entry is then. */
async function scratch(suffix: string, journalAt?: number) {
  const name = `${new URL(ownerUrl).pathname.slice(1)}_${suffix}`;
  await server`drop database if exists ${server(name)} with (force)`;
  await server`create database ${server(name)}`;
  made.push(name);
  const sql = postgres(at(name), { max: 1, onnotice: () => {} });
  if (journalAt !== undefined) {
    await sql`create schema drizzle`;
    await sql`create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`;
    await sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('old', ${journalAt})`;
  }
  return { url: at(name), sql };
}

const tables = (sql: postgres.Sql) =>
  sql<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname = 'public'`.then(
    ([row]) => row?.n,
  );

afterAll(async () => {
  for (const name of made) await server`drop database if exists ${server(name)} with (force)`;
  await server.end();
});

describe('the migration baseline', () => {
  it('makes the whole schema in an empty database, once', async () => {
    const db = await scratch('baseline_empty');
    await migrateDatabase(db.url);
    wholeSchema = (await tables(db.sql)) ?? 0;
    expect(wholeSchema).toBeGreaterThan(30);
    const [vn2000] = await db.sql`select srid from spatial_ref_sys where srid = 9210`;
    expect(vn2000).toBeDefined();
    await migrateDatabase(db.url);
    const journalRows = await db.sql`select created_at from drizzle.__drizzle_migrations`;
    expect(journalRows.map((row) => Number(row.created_at))).toEqual(allAt);
    await db.sql.end();
  });

  it('is skipped by a database the old migrations brought to their end', async () => {
    const db = await scratch('baseline_done', baselineAt);
    for (const statement of baselineStatements) await db.sql.unsafe(statement);
    const before = await tables(db.sql);
    // Taking the baseline again would stop at its first "already exists".
    await migrateDatabase(db.url);
    const journalRows =
      await db.sql`select created_at from drizzle.__drizzle_migrations order by id`;
    expect(journalRows.map((row) => Number(row.created_at))).toEqual([
      baselineAt,
      ...allAt.slice(1),
    ]);
    expect(before).toBeLessThan(wholeSchema);
    expect(await tables(db.sql)).toBe(wholeSchema);
    await db.sql.end();
  });

  it('refuses a database the old migrations left halfway, and changes nothing', async () => {
    const db = await scratch('baseline_half', baselineAt - 86_400_000);
    await expect(migrateDatabase(db.url)).rejects.toThrow(/stopped partway .*\(1 of 32 applied/);
    expect(await tables(db.sql)).toBe(0);
    await db.sql.end();
  });
});
