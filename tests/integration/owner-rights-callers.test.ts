// The functions that run with the owner's rights, called straight as the app's role (ntm_app)
// with the settings the API would set: each answers only the roles whose routes use it, and a
// connection without a session gets nothing (issue #16; as ntm_support_counts does).
import { type Actor, asActor } from '@ntm/db/queries/actor';
import type postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { appRolePool } from '../helpers/test-app';

const app = appRolePool(2);
afterAll(() => app.end());

const roles = ['leadership', 'police', 'health', 'culture', 'village', 'admin'];
const as = (role: string): Actor => ({ userId: 1, role, villageId: role === 'village' ? 1 : null });

/** How many rows `query` returns to each role, and to a bare connection (`none`). */
async function rowsByRole(
  query: (sql: postgres.Sql | postgres.TransactionSql) => Promise<readonly unknown[]>,
) {
  const counts: Record<string, number> = {};
  for (const role of roles) counts[role] = (await asActor(app, as(role), query)).length;
  counts.none = (await query(app)).length;
  return counts;
}

function expectOnly(counts: Record<string, number>, allowed: string[]) {
  for (const r of [...roles, 'none']) {
    if (allowed.includes(r)) expect(counts[r], r).toBeGreaterThan(0);
    else expect(counts[r], r).toBe(0);
  }
}

describe('owner-rights functions check their caller', () => {
  it('gives the tip tally to the plan followers only', async () => {
    const counts = await rowsByRole(
      (sql) => sql`select * from ntm_tip_tally('11284', '2020-01-01', '2030-01-01')`,
    );
    expectOnly(counts, ['leadership', 'police', 'health', 'culture']);
  });

  it('gives the risk events, tip positions included, to leadership and police only', async () => {
    const counts = await rowsByRole(
      (sql) => sql`select * from ntm_risk_events('11284', '2020-01-01', '2030-01-01')`,
    );
    expectOnly(counts, ['leadership', 'police']);
  });

  it('gives the risk inputs to leadership and police only', async () => {
    const counts = await rowsByRole(
      (sql) => sql`select * from ntm_risk_inputs('11284', current_date)`,
    );
    expectOnly(counts, ['leadership', 'police']);
  });

  it("tells a plan's done stops to leadership and police only", async () => {
    const [day] = await asActor(
      app,
      as('police'),
      (tx) => tx<[{ day: string; ids: string[] }?]>`
        select to_char(started_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day,
               array_agg(business_id) as ids
          from inspections where status = 'recorded' group by 1 order by 1 desc limit 1`,
    );
    expect(day?.ids.length).toBeGreaterThan(0);
    const counts = await rowsByRole(
      (sql) =>
        sql`select * from ntm_route_plan_done('11284', ${day?.day ?? ''}::date, ${day?.ids ?? []}::bigint[])`,
    );
    expectOnly(counts, ['leadership', 'police']);
  });

  it("names a business's village only to the roles that read businesses", async () => {
    const [business] = await asActor(
      app,
      as('police'),
      (tx) => tx<[{ id: string }?]>`select id from businesses where deleted_at is null limit 1`,
    );
    const villages: Record<string, number | null> = {};
    for (const role of roles) {
      const [row] = await asActor(
        app,
        as(role),
        (tx) =>
          tx<[{ v: number | null }]>`select ntm_village_of_business(${business?.id ?? 0}) as v`,
      );
      villages[role] = row?.v ?? null;
    }
    const [bare] = await app<
      [{ v: number | null }]
    >`select ntm_village_of_business(${business?.id ?? 0}) as v`;
    villages.none = bare?.v ?? null;
    for (const role of ['leadership', 'police', 'culture', 'village']) {
      expect(villages[role], role).toEqual(expect.any(Number));
    }
    for (const role of ['health', 'admin', 'none']) expect(villages[role], role).toBeNull();
  });
});
