// The second wall: straight to the database as the app's own role, with the settings the API
// would set, row-level security alone refuses what the API refuses (ARCHITECTURE.md §4).
import type { Actor } from '@ntm/db/queries/actor';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appRolePool } from '../helpers/test-app';
import { tryAs } from '../helpers/try-as';

const owner = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} });
const app = appRolePool(2);
afterAll(() => Promise.all([owner.end(), app.end()]));

type Village = { id: number; lngLat: [number, number]; headId: number };
let a: Village;
let b: Village;
let businessInA = 0;
let businessInB = 0;
const headOf = (v: Village): Actor => ({ userId: v.headId, role: 'village', villageId: v.id });

const at = (tx: postgres.TransactionSql, [lng, lat]: [number, number]) =>
  tx`ST_SetSRID(ST_MakePoint(${lng}, ${lat}), 4326)`;
const insertAt = (tx: postgres.TransactionSql, lngLat: [number, number]) => tx`
  insert into businesses (commune_code, name, type, address, geom)
  values ('11284', 'Nhà nghỉ RLS', 'lodging', 'Thôn thử', ${at(tx, lngLat)}) returning id`;

beforeAll(async () => {
  const villages = await owner<{ id: number; lng: number; lat: number; head: number }[]>`
    select v.id, ST_X(p) as lng, ST_Y(p) as lat, u.id as head
    from (select id, ST_PointOnSurface(geom) as p from villages where geom is not null order by id limit 2) v
    join users u on u.village_id = v.id and u.role = 'village'
    order by v.id`;
  [a, b] = villages.map((v) => ({ id: v.id, lngLat: [v.lng, v.lat], headId: v.head })) as [
    Village,
    Village,
  ];
  const ids = await owner<{ village_id: number; id: number }[]>`
    select distinct on (village_id) village_id, id::int from businesses
    where village_id in (${a.id}, ${b.id}) and deleted_at is null order by village_id, id`;
  businessInA = ids.find((r) => r.village_id === a.id)?.id as number;
  businessInB = ids.find((r) => r.village_id === b.id)?.id as number;
});

describe("row-level security as the app role with village A's settings", () => {
  it('connects as a role that owns nothing and cannot bypass the policies', async () => {
    const [role] = await app`
      select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user`;
    expect(role).toEqual({ name: 'ntm_app', rolsuper: false, rolbypassrls: false });
    await expect(app`alter table businesses disable row level security`).rejects.toThrow(
      /must be owner/,
    );
  });

  it('shows nothing sensitive to a transaction without settings', async () => {
    const [row] = await app`
      select (select count(*)::int from businesses) as businesses,
             (select count(*)::int from tips) as tips,
             (select count(*)::int from inspections) as inspections`;
    expect(row).toEqual({ businesses: 0, tips: 0, inspections: 0 });
  });

  it("reads only A's businesses", async () => {
    const villages = await tryAs(
      app,
      headOf(a),
      (tx) => tx`select distinct village_id from businesses`,
    );
    expect(villages.map((r) => r.village_id)).toEqual([a.id]);
  });

  it('refuses a new business in B and allows one in A', async () => {
    await expect(tryAs(app, headOf(a), (tx) => insertAt(tx, b.lngLat))).rejects.toThrow(
      /row-level security/,
    );
    const [row] = await tryAs(app, headOf(a), (tx) => insertAt(tx, a.lngLat));
    expect(row?.id).toBeDefined();
  });

  it("refuses moving A's business into B", async () => {
    await expect(
      tryAs(
        app,
        headOf(a),
        (tx) => tx`update businesses set geom = ${at(tx, b.lngLat)} where id = ${businessInA}`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("changes or deletes nothing of B's", async () => {
    const closed = await tryAs(
      app,
      headOf(a),
      (tx) =>
        tx`update businesses set status = 'closed', deleted_at = now() where id = ${businessInB}`,
    );
    expect(closed.count).toBe(0);
    await expect(
      tryAs(app, headOf(a), (tx) => tx`delete from businesses where id = ${businessInB}`),
    ).rejects.toThrow(/permission denied/);
    const [still] =
      await owner`select status, deleted_at from businesses where id = ${businessInB}`;
    expect(still?.deleted_at).toBeNull();
  });

  it('files proposals only for positions in A, old and new', async () => {
    const file = (
      tx: postgres.TransactionSql,
      before: [number, number] | null,
      after: [number, number],
    ) => tx`
      insert into proposals (commune_code, action, village_id, proposed_by, before_geom, after_geom)
      values ('11284', 'update', ${a.id}, ${a.headId},
              ${before ? at(tx, before) : null}, ${at(tx, after)})`;
    await expect(tryAs(app, headOf(a), (tx) => file(tx, a.lngLat, b.lngLat))).rejects.toThrow(
      /row-level security/,
    );
    await expect(tryAs(app, headOf(a), (tx) => file(tx, b.lngLat, a.lngLat))).rejects.toThrow(
      /row-level security/,
    );
    const ok = await tryAs(app, headOf(a), (tx) => file(tx, a.lngLat, a.lngLat));
    expect(ok.count).toBe(1);
  });

  it('gives a point on a boundary shared by two villages to the lower id, in both walls', async () => {
    // A vertex both villages share: on the boundary of each, so both "cover" it.
    const [shared] = await owner<[{ low: number; high: number; lng: number; lat: number }]>`
      select v1.id as low, v2.id as high, ST_X(p.geom) as lng, ST_Y(p.geom) as lat
      from villages v1 join villages v2 on v1.id < v2.id and ST_Touches(v1.geom, v2.geom),
           lateral ST_DumpPoints(v1.geom) p
      where ST_Intersects(p.geom, v2.geom)
      order by v1.id, v2.id limit 1`;
    const heads = await owner<{ id: number; village_id: number }[]>`
      select id, village_id from users where role = 'village' and village_id in (${shared.low}, ${shared.high})`;
    const head = (village: number): Actor => ({
      userId: heads.find((h) => h.village_id === village)?.id as number,
      role: 'village',
      villageId: village,
    });
    const lngLat: [number, number] = [shared.lng, shared.lat];
    const [row] = await tryAs(app, head(shared.low), (tx) => insertAt(tx, lngLat));
    expect(row?.id).toBeDefined();
    await expect(tryAs(app, head(shared.high), (tx) => insertAt(tx, lngLat))).rejects.toThrow(
      /row-level security/,
    );
  });

  it('keeps tip rows from every role but police', async () => {
    for (const role of ['leadership', 'culture', 'health', 'village', 'admin']) {
      const [row] = await tryAs(
        app,
        { userId: 1, role, villageId: role === 'village' ? a.id : null },
        (tx) => tx`select count(*)::int as n from tips`,
      );
      expect(row?.n, role).toBe(0);
    }
    const [police] = await tryAs(
      app,
      { userId: 1, role: 'police', villageId: null },
      (tx) => tx`select count(*)::int as n from tips`,
    );
    expect(police?.n).toBeGreaterThan(0);
  });

  it('keeps the public form’s codes from the app entirely, and citizens’ additions and online violations to police', async () => {
    const police: Actor = { userId: 1, role: 'police', villageId: null };
    await expect(tryAs(app, police, (tx) => tx`select * from public_tip_codes`)).rejects.toThrow(
      /permission denied/,
    );
    for (const role of ['leadership', 'culture', 'village']) {
      const actor = { userId: 1, role, villageId: role === 'village' ? a.id : null };
      const [row] = await tryAs(
        app,
        actor,
        (tx) =>
          tx`select (select count(*)::int from tip_additions) + (select count(*)::int from online_violations) as n`,
      );
      expect(row?.n, role).toBe(0);
      await expect(
        tryAs(
          app,
          actor,
          (tx) => tx`insert into online_violations (commune_code, found_at, platform, target, kind)
                                values ('11284', now(), 'Zalo', 'x', 'advertising')`,
        ),
        role,
      ).rejects.toThrow(/row-level security/);
    }
  });

  it('cannot change or remove audit rows', async () => {
    const police: Actor = { userId: 1, role: 'police', villageId: null };
    await expect(tryAs(app, police, (tx) => tx`update audit_log set action = 'x'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(tryAs(app, police, (tx) => tx`delete from audit_log`)).rejects.toThrow(
      /permission denied/,
    );
  });
});
