// The versioning function over the seeded demo (the merger of 1 July 2025 already in it), as the
// admin through the app's own role, each case in a transaction rolled back at the end so the
// shared test database stays as seeded.
import {
  addBoundaryVersion,
  applyBoundariesOn,
  BoundaryVersionError,
} from '@ntm/db/queries/boundary-versions';
import { villagesOn } from '@ntm/db/queries/villages';
import type { MultiPolygon } from 'geojson';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { appRolePool, communeCode } from '../helpers/test-app';

const app = appRolePool(2);
const owner = postgres(inject('databaseUrl'), { max: 2, onnotice: () => {} });
afterAll(() => Promise.all([app.end(), owner.end()]));

const today = '2026-12-07';
class Rollback extends Error {}

/** Runs `body` as the admin (or another role) in a transaction that is always rolled back. */
async function asRole<T>(
  role: string,
  body: (tx: postgres.TransactionSql) => Promise<T>,
  villageId?: number,
): Promise<T> {
  let out: T | undefined;
  await app
    .begin(async (tx) => {
      await tx`select set_config('ntm.role', ${role}, true),
                      set_config('ntm.village_id', ${villageId ? String(villageId) : ''}, true),
                      set_config('ntm.user_id', '', true)`;
      out = await body(tx);
      throw new Rollback();
    })
    .catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return out as T;
}

type Current = { id: number; name: string; geometry: MultiPolygon; population: number | null };

/** Today's villages as the input of a new version (the whole set). */
async function currentSet(tx: postgres.TransactionSql): Promise<Current[]> {
  return tx<Current[]>`
    select id, name, population, ST_AsGeoJSON(geom, 9)::json as geometry
    from villages where commune_code = ${communeCode} and geom is not null order by id`;
}

/** The rest of the transaction reads as the police, who see every business (row-level security). */
const asPolice = (tx: postgres.TransactionSql) => tx`select set_config('ntm.role', 'police', true)`;

/** Two neighbouring villages of today, the one with businesses first (read as the owner). */
async function neighbours(_tx?: postgres.TransactionSql) {
  const tx = owner;
  const [pair] = await tx<
    [{ a: number; b: number; aName: string; bName: string; union: MultiPolygon }]
  >`
    select a.id as a, b.id as b, a.name as "aName", b.name as "bName",
           ST_AsGeoJSON(ST_Multi(ST_CollectionExtract(ST_Union(a.geom, b.geom), 3)), 9)::json as union
    from villages a join villages b on a.id < b.id and ST_Intersects(a.geom, b.geom)
     and ST_Length(ST_Intersection(ST_Boundary(a.geom), ST_Buffer(b.geom, 0.00001))::geography) > 100
    where a.commune_code = ${communeCode} and a.geom is not null and b.geom is not null
      and exists (select from businesses x where x.village_id = a.id)
      and a.id > (select min(id) from villages)
    order by a.id, b.id limit 1`;
  return pair;
}

/** Two neighbours, and today's set with the first merged into the second. */
async function mergedNeighbours(tx: postgres.TransactionSql) {
  const pair = await neighbours(tx);
  const set = (await currentSet(tx))
    .filter((v) => v.id !== pair.a)
    .map((v) => (v.id === pair.b ? { ...v, geometry: pair.union } : v));
  return { pair, set };
}

describe('addBoundaryVersion', () => {
  it('merges a village into its neighbour from a past day: closes, inserts, moves its businesses and lists them', async () => {
    const out = await asRole('admin', async (tx) => {
      const { pair, set } = await mergedNeighbours(tx);
      const before = await owner<{ id: number; name: string }[]>`
        select id::float8 as id, name from businesses where village_id = ${pair.a} and deleted_at is null order by id`;
      const result = await addBoundaryVersion(
        tx,
        { communeCode, validFrom: '2026-10-01', villages: set },
        today,
      );
      const versions = await tx<{ villageId: number; validTo: string | null }[]>`
        select village_id as "villageId", valid_to::text as "validTo" from village_boundaries
        where commune_code = ${communeCode} and valid_from = '2025-07-01' and village_id in (${pair.a}, ${pair.b})`;
      const added = await tx<[{ n: number }]>`
        select count(*)::int as n from village_boundaries where valid_from = '2026-10-01'`;
      const [a] = await tx<[{ geom: string | null; validTo: string | null }]>`
        select geom, valid_to::text as "validTo" from villages where id = ${pair.a}`;
      await asPolice(tx);
      const [left] = await tx<[{ n: number }]>`
        select count(*)::int as n from businesses where village_id = ${pair.a}`;
      return { pair, set, before, result, versions, added: added[0].n, a, left: left.n };
    });
    expect(out.result.current).toBe(true);
    expect(out.result.ended).toEqual([{ id: out.pair.a, name: out.pair.aName }]);
    expect(out.result.added).toEqual([]);
    expect(out.before.length).toBeGreaterThan(0);
    expect(out.result.moved).toEqual(
      out.before.map((b) => ({
        businessId: b.id,
        name: b.name,
        fromVillage: out.pair.aName,
        toVillage: out.pair.bName,
      })),
    );
    // Old versions stay, ended on the new version's first day; one new version per village.
    expect(out.versions).toHaveLength(2);
    for (const v of out.versions) expect(v.validTo).toBe('2026-10-01');
    expect(out.added).toBe(out.set.length);
    expect(out.a).toEqual({ geom: null, validTo: '2026-10-01' });
    expect(out.left).toBe(0);
  });

  it('gives a new name a new village and ends the old one', async () => {
    const out = await asRole('admin', async (tx) => {
      const set = await currentSet(tx);
      const renamed = set[3] as Current;
      const next = set.map((v) => (v === renamed ? { ...v, name: `Thôn ${v.name} Mới` } : v));
      const result = await addBoundaryVersion(
        tx,
        { communeCode, validFrom: '2026-11-01', villages: next },
        today,
      );
      await asPolice(tx);
      const [n] = await tx<[{ n: number }]>`
        select count(*)::int as n from businesses where village_id = ${renamed.id}`;
      return { renamed, result, left: n.n };
    });
    expect(out.result.ended).toEqual([{ id: out.renamed.id, name: out.renamed.name }]);
    expect(out.result.added).toHaveLength(1);
    expect(out.result.added[0]?.name).toBe(`Thôn ${out.renamed.name} Mới`);
    expect(out.left).toBe(0);
    for (const m of out.result.moved) {
      expect(m).toMatchObject({
        fromVillage: out.renamed.name,
        toVillage: `Thôn ${out.renamed.name} Mới`,
      });
    }
  });

  it('matches names without diacritics, case or the word thôn: same village, no move', async () => {
    const out = await asRole('admin', async (tx) => {
      const set = (await currentSet(tx)).map((v) => ({
        ...v,
        name: `thon ${v.name
          .normalize('NFD')
          .replace(/\p{Mark}/gu, '')
          .replace(/[đĐ]/g, 'd')}`,
      }));
      return addBoundaryVersion(tx, { communeCode, validFrom: '2026-11-15', villages: set }, today);
    });
    expect(out.ended).toEqual([]);
    expect(out.added).toEqual([]);
    expect(out.moved).toEqual([]);
  });

  it('keeps a future version waiting: today’s outlines and businesses unchanged until its day is applied', async () => {
    const out = await asRole('admin', async (tx) => {
      const { pair, set } = await mergedNeighbours(tx);
      const result = await addBoundaryVersion(
        tx,
        { communeCode, validFrom: '2027-01-01', villages: set },
        today,
      );
      await asPolice(tx);
      const [still] = await tx<[{ geom: boolean; n: number }]>`
        select (select geom is not null from villages where id = ${pair.a}) as geom,
               (select count(*)::int from businesses where village_id = ${pair.a} and deleted_at is null) as n`;
      const todays = await villagesOn(tx, communeCode, today);
      const then = await villagesOn(tx, communeCode, '2027-01-01');
      await tx`select set_config('ntm.role', 'admin', true)`;
      const moved = await applyBoundariesOn(tx, communeCode, '2027-01-01');
      return { pair, result, still, todays, then, moved };
    });
    expect(out.result.current).toBe(false);
    expect(out.result.moved).toEqual([]);
    expect(out.result.ended.map((v) => v.id)).toEqual([out.pair.a]);
    expect(out.still.geom).toBe(true);
    expect(out.still.n).toBeGreaterThan(0);
    expect(out.todays.map((v) => v.id)).toContain(out.pair.a);
    expect(out.then.map((v) => v.id)).not.toContain(out.pair.a);
    expect(out.then.find((v) => v.id === out.pair.b)?.validFrom).toBe('2027-01-01');
    expect(out.moved).toHaveLength(out.still.n);
    for (const m of out.moved) expect(m.toVillage).toBe(out.pair.bName);
  });

  it('refuses a set that leaves a business outside every village, naming it', async () => {
    const error = await asRole('admin', async (tx) => {
      const pair = await neighbours(tx);
      const set = (await currentSet(tx)).filter((v) => v.id !== pair.a);
      return addBoundaryVersion(tx, { communeCode, validFrom: '2026-10-01', villages: set }, today)
        .then(() => null)
        .catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(BoundaryVersionError);
    const e = error as BoundaryVersionError;
    expect(e.reason).toBe('businesses-outside');
    expect(e.message).toMatch(/nằm ngoài mọi thôn/);
    expect((e.details as { businesses: unknown[] }).businesses.length).toBeGreaterThan(0);
  });

  it('refuses a version dated before the latest one, and a village twice in the set', async () => {
    const [early, twice] = await asRole('admin', async (tx) => {
      const set = await currentSet(tx);
      const early = await addBoundaryVersion(
        tx,
        { communeCode, validFrom: '2025-03-01', villages: set },
        today,
      ).catch((e: unknown) => e);
      const twice = await addBoundaryVersion(
        tx,
        {
          communeCode,
          validFrom: '2026-10-01',
          villages: [...set, { ...(set[0] as Current), name: `THÔN ${set[0]?.name}` }],
        },
        today,
      ).catch((e: unknown) => e);
      return [early, twice];
    });
    expect((early as BoundaryVersionError).reason).toBe('later-version-exists');
    expect((early as BoundaryVersionError).message).toContain('01/07/2025');
    expect((twice as BoundaryVersionError).reason).toBe('duplicate-village');
  });

  it('keeps a village head’s account working when their village gets a new outline', async () => {
    const [pair, account] = await asRole('admin', async (tx) => {
      const pair = await neighbours(tx);
      const [account] = await tx<[{ username: string }]>`
        select username from users where village_id = ${pair.b} and role = 'village' limit 1`;
      return [pair, account];
    });
    expect(account?.username).toBeTruthy();
    const seen = await asRole('admin', async (tx) => {
      const set = (await currentSet(tx))
        .filter((v) => v.id !== pair.a)
        .map((v) => (v.id === pair.b ? { ...v, geometry: pair.union } : v));
      await addBoundaryVersion(tx, { communeCode, validFrom: '2026-10-01', villages: set }, today);
      // The same transaction, now as the village head of the village that grew.
      await tx`select set_config('ntm.role', 'village', true),
                        set_config('ntm.village_id', ${String(pair.b)}, true)`;
      const [n] = await tx<[{ visible: number; inVillage: number }]>`
          select count(*)::int as visible,
                 count(*) filter (where village_id = ${pair.b})::int as "inVillage"
          from businesses where deleted_at is null`;
      const [head] = await tx<[{ villageId: number }]>`
          select village_id as "villageId" from users where username = ${account.username}`;
      return { ...n, head };
    });
    const [expected] = await owner<[{ n: number }]>`
      select count(*)::int as n from businesses
      where deleted_at is null and village_id in (${pair.a}, ${pair.b})`;
    expect(seen.head.villageId).toBe(pair.b);
    expect(seen.visible).toBe(expected.n);
    expect(seen.inVillage).toBe(expected.n);
  });

  it('is the admin’s: another role may not write boundaries', async () => {
    const error = await asRole('police', async (tx) => {
      const set = await currentSet(tx);
      return addBoundaryVersion(tx, { communeCode, validFrom: '2026-10-01', villages: set }, today)
        .then(() => null)
        .catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(BoundaryVersionError);
    expect(String((error as Error).message)).toMatch(/row-level security|permission/);
  });

  it('replaces the commune outline from a day and answers both by day', async () => {
    const out = await asRole('admin', async (tx) => {
      const [c] = await tx<[{ geometry: MultiPolygon }]>`
        select ST_AsGeoJSON(geom, 9)::json as geometry from communes where commune_code = ${communeCode}`;
      await addBoundaryVersion(
        tx,
        { communeCode, validFrom: '2026-10-01', commune: c.geometry },
        today,
      );
      return tx<{ validFrom: string; validTo: string | null }[]>`
        select valid_from::text as "validFrom", valid_to::text as "validTo"
        from commune_boundaries where commune_code = ${communeCode} order by valid_from`;
    });
    expect(out).toEqual([
      { validFrom: '-infinity', validTo: '2026-10-01' },
      { validFrom: '2026-10-01', validTo: null },
    ]);
  });
});
