// The commune wall (migration 0005, issue #21): straight to the database as the app's own role,
// for every table under row-level security and every role, rows of another commune are neither
// seen nor written, whatever the table's own policies allow. Another commune is made inside a
// transaction that is rolled back: one row of each table is moved into it (triggers and keys
// off), then the app's role, acting in the test commune, looks for it. The same look with the
// wall's policies dropped must find some, or the test could not fail.
import type postgres from 'postgres';
import postgresClient from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { communeCode } from '../helpers/test-app';

const owner = postgresClient(inject('databaseUrl'), { max: 1, onnotice: () => {} });
afterAll(() => owner.end());

const other = '99999';
const roles = ['leadership', 'police', 'culture', 'health', 'admin', 'village', ''];

/** Every table under row-level security that carries a commune code, as `schema.table`. */
async function walledTables(sql: postgres.Sql | postgres.TransactionSql) {
  const rows = await sql<{ name: string; walled: boolean }[]>`
    select format('%I.%I', n.nspname, c.relname) as name,
           exists (select from pg_policy p where p.polrelid = c.oid
                   and p.polname = 'commune_wall' and not p.polpermissive) as walled
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attname = 'commune_code' and not a.attisdropped
    where c.relkind in ('r', 'p') and c.relrowsecurity and n.nspname in ('public', 'support')
    order by 1`;
  return rows;
}

class Rollback extends Error {}

/**
 * In one transaction that is rolled back: another commune, one row of each table moved into it,
 * then for each role, acting in the test commune, how many of its rows the app's role sees and
 * could update, and whether it could move one of its own rows there. `dropWall`: the same
 * without the wall's policies.
 */
async function otherCommuneSeen(dropWall: boolean) {
  const seen: Array<{ table: string; role: string; rows: number; updated: number; moved: number }> =
    [];
  await owner
    .begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      await tx`insert into communes (commune_code, name, province, geom)
               select ${other}, 'Xã khác', province, geom from communes where commune_code = ${communeCode}`;
      const tables = await walledTables(tx);
      for (const { name } of tables) {
        // The communes table has the other commune's row already.
        if (name !== 'public.communes')
          await tx.unsafe(
            `update ${name} set commune_code = $1 where ctid = (select ctid from ${name} where commune_code = $2 limit 1)`,
            [other, communeCode],
          );
        if (dropWall) await tx.unsafe(`drop policy if exists commune_wall on ${name}`);
      }
      await tx`set local role ntm_app`;
      for (const role of roles) {
        const [user] = await tx<[{ id: number; villageId: number | null } | undefined]>`
          select id::int as id, village_id as "villageId" from users
          where role::text = ${role || 'leadership'} order by id limit 1`;
        for (const { name } of tables) {
          await tx`select set_config('ntm.role', ${role}, true),
                          set_config('ntm.user_id', ${role ? String(user?.id ?? '') : ''}, true),
                          set_config('ntm.village_id', ${String(user?.villageId ?? '')}, true),
                          set_config('ntm.commune_code', ${communeCode}, true)`;
          // After the settings: rolling back to it keeps them.
          await tx`savepoint look`;
          let rows = 0;
          let updated = 0;
          try {
            const [row] = await tx.unsafe(
              `select count(*)::int as n from ${name} where commune_code = $1`,
              [other],
            );
            rows = row?.n ?? 0;
          } catch {
            // No SELECT right on the table for the app role at all: nothing seen either.
          }
          await tx`rollback to savepoint look`;
          await tx`savepoint write`;
          try {
            const result = await tx.unsafe(
              `update ${name} set commune_code = commune_code where commune_code = $1`,
              [other],
            );
            updated = result.count;
          } catch {
            // No UPDATE right, or a policy refused it: nothing written.
          }
          await tx`rollback to savepoint write`;
          let moved = 0;
          try {
            const result = await tx.unsafe(
              `update ${name} set commune_code = $1 where ctid = (select ctid from ${name} limit 1)`,
              [other],
            );
            moved = result.count;
          } catch {
            // Refused: the new row would stand outside the acting commune.
          }
          await tx`rollback to savepoint write`;
          seen.push({ table: name, role: role || 'nobody', rows, updated, moved });
        }
      }
      throw new Rollback();
    })
    .catch((error) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return seen;
}

describe('the commune wall', () => {
  it('stands on every table under row-level security that has a commune', async () => {
    const tables = await walledTables(owner);
    expect(tables.length).toBeGreaterThan(30);
    expect(tables.filter((t) => !t.walled).map((t) => t.name)).toEqual([]);
  });

  it('hides and protects another commune’s rows from every role, on every table', async () => {
    const seen = await otherCommuneSeen(false);
    expect(seen.filter((s) => s.rows > 0 || s.updated > 0 || s.moved > 0)).toEqual([]);
    expect(seen.length).toBe((await walledTables(owner)).length * roles.length);
  });

  it('is what hides them: without it, roles see the other commune’s rows', async () => {
    const seen = await otherCommuneSeen(true);
    const leaking = new Set(seen.filter((s) => s.rows > 0).map((s) => s.table));
    // Businesses, tips, villages, inspections… each leak to some role without the wall.
    for (const table of ['public.businesses', 'public.tips', 'public.villages']) {
      expect(leaking).toContain(table);
    }
    expect(leaking.size).toBeGreaterThan(15);
    // … and some roles could write them.
    expect(seen.filter((s) => s.updated > 0).length).toBeGreaterThan(5);
    expect(seen.filter((s) => s.moved > 0).length).toBeGreaterThan(5);
  });
});
