// The support wall in the database itself: straight to PostgreSQL as the app's own role
// (ntm_app), with the settings the API would set. No grant on schema support for ntm_app;
// switched to ntm_support, row-level security still shows nothing but to a health session.
import type { Actor } from '@ntm/db/queries/actor';
import { afterAll, describe, expect, it } from 'vitest';
import { appRolePool } from '../helpers/test-app';
import { tryAs } from '../helpers/try-as';

const app = appRolePool(2);
afterAll(() => app.end());

const as = (role: string): Actor => ({ userId: 1, role, villageId: role === 'village' ? 1 : null });
const outsiders = ['police', 'culture', 'leadership', 'village', 'admin'];

describe('the support wall as the app role', () => {
  it('denies every role the schema without the switch, health included', async () => {
    for (const role of [...outsiders, 'health']) {
      await expect(
        tryAs(app, as(role), (tx) => tx`select count(*) from support.cases`),
        role,
      ).rejects.toThrow(/permission denied/);
      await expect(
        tryAs(app, as(role), (tx) => tx`select count(*) from support.referrals`),
        role,
      ).rejects.toThrow(/permission denied/);
    }
  });

  it('shows no row and takes no write from a non-health session switched to ntm_support', async () => {
    for (const role of outsiders) {
      const [row] = await tryAs(app, as(role), async (tx) => {
        await tx`set local role ntm_support`;
        return tx`select (select count(*)::int from support.cases) as cases,
                         (select count(*)::int from support.referrals) as referrals`;
      });
      expect(row, role).toEqual({ cases: 0, referrals: 0 });
      await expect(
        tryAs(app, as(role), async (tx) => {
          await tx`set local role ntm_support`;
          return tx`insert into support.cases (commune_code, code, opened_on, needs, eligible)
                    values ('11284', 'HT-WALLTST', '2026-01-01', '{health}', true)`;
        }),
        role,
      ).rejects.toThrow(/row-level security/);
    }
  });

  it('shows the rows to a health session switched to ntm_support', async () => {
    const [row] = await tryAs(app, as('health'), async (tx) => {
      await tx`set local role ntm_support`;
      return tx`select (select count(*)::int from support.cases) as cases,
                       (select count(*)::int from support.referrals) as referrals`;
    });
    expect(row?.cases).toBeGreaterThan(40);
    expect(row?.referrals).toBeGreaterThan(20);
  });

  it('keeps ntm_support away from everything else of public', async () => {
    await expect(
      tryAs(app, as('health'), async (tx) => {
        await tx`set local role ntm_support`;
        return tx`select count(*) from tips`;
      }),
    ).rejects.toThrow(/permission denied/);
    await expect(
      tryAs(app, as('health'), async (tx) => {
        await tx`set local role ntm_support`;
        return tx`select count(*) from users`;
      }),
    ).rejects.toThrow(/permission denied/);
  });

  it('gives every plan follower, unswitched, the counts per village and nothing else', async () => {
    const rows = await tryAs(
      app,
      as('police'),
      (tx) => tx`select * from ntm_support_counts('11284', '2026-01-01', '2026-11-30')`,
    );
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      'connected_by_service',
      'eligible',
      'opened',
      'reached',
      'village_id',
    ]);
    const eligible = rows.reduce((s, r) => s + r.eligible, 0);
    const reached = rows.reduce((s, r) => s + r.reached, 0);
    // The demo is drawn so indicator d sits near its 80% target.
    expect(reached / eligible).toBeGreaterThan(0.7);
    expect(reached / eligible).toBeLessThan(0.9);
  });

  it('gives a village head, the admin and a bare connection no counts at all', async () => {
    for (const role of ['village', 'admin']) {
      const rows = await tryAs(
        app,
        as(role),
        (tx) => tx`select * from ntm_support_counts('11284', '2026-01-01', '2026-11-30')`,
      );
      expect(rows, role).toEqual([]);
    }
    expect(
      await app`select * from ntm_support_counts('11284', '2026-01-01', '2026-11-30')`,
    ).toEqual([]);
  });

  it('lets a switch end with its transaction', async () => {
    await tryAs(app, as('health'), (tx) => tx`set local role ntm_support`);
    const [row] = await app`select current_user as name`;
    expect(row?.name).toBe('ntm_app');
  });
});
