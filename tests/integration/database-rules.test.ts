import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-app';

const { sql } = testApp();

/** Runs `statement` in a transaction that is always rolled back; returns the error, if any. */
async function attempt(statement: (tx: typeof sql) => Promise<unknown>) {
  try {
    await sql.begin(async (tx) => {
      await statement(tx as unknown as typeof sql);
      throw new Error('rollback');
    });
  } catch (error) {
    return error as Error & { code?: string; constraint_name?: string };
  }
  throw new Error('unreachable');
}

const insertBusiness = (tx: typeof sql, geom: string, village = sql`null`) => tx`
  insert into businesses (commune_code, name, type, address, village_id, geom)
  values ('11284', 'Thử', 'karaoke', 'Thôn thử', ${village}, ${sql.unsafe(geom)})`;

describe('the database refuses bad geometry on its own', () => {
  it('refuses a geometry of the wrong type', async () => {
    const error = await attempt((tx) =>
      insertBusiness(tx, `ST_GeomFromText('LINESTRING(106.24 20.72, 106.25 20.73)', 4326)`),
    );
    expect(error.message).toMatch(
      /Geometry type \(LineString\) does not match column type \(Point\)/,
    );
  });

  it('refuses a geometry in another SRID', async () => {
    const error = await attempt((tx) =>
      insertBusiness(tx, `ST_GeomFromText('POINT(584000 2291000)', 3405)`),
    );
    expect(error.message).toMatch(/SRID/);
  });

  it('refuses a self-intersecting polygon', async () => {
    const error = await attempt(
      (tx) => tx`insert into key_areas (commune_code, kind, name, geom)
        values ('11284', 'border', 'nơ', ST_GeomFromText('POLYGON((106.23 20.71, 106.25 20.73, 106.25 20.71, 106.23 20.73, 106.23 20.71))', 4326))`,
    );
    expect(error.constraint_name).toBe('key_areas_geom_valid');
  });

  it('refuses a geometry outside Vietnam', async () => {
    const error = await attempt(
      (tx) => tx`insert into key_areas (commune_code, kind, name, geom)
        values ('11284', 'border', 'Paris', ST_GeomFromText('POINT(2.35 48.85)', 4326))`,
    );
    expect(error.constraint_name).toBe('key_areas_geom_in_vietnam');
  });

  it('refuses a business outside every village', async () => {
    const error = await attempt((tx) =>
      insertBusiness(tx, `ST_GeomFromText('POINT(105.85 21.03)', 4326)`),
    );
    expect(error.constraint_name).toBe('businesses_inside_village');
  });

  it('derives the village from the position and ignores a hand-typed one', async () => {
    const [village] = await sql<[{ id: number; other: number; p: string }]>`
      select v.id, (select min(id) from villages where id <> v.id) as other, ST_AsText(ST_PointOnSurface(v.geom)) as p
      from villages v order by v.id desc limit 1`;
    await attempt(async (tx) => {
      const [row] = await tx<[{ village_id: number }]>`
        insert into businesses (commune_code, name, type, address, village_id, geom)
        values ('11284', 'Thử', 'karaoke', 'Thôn thử', ${village.other}, ST_GeomFromText(${village.p}, 4326))
        returning village_id`;
      expect(row.village_id).toBe(village.id);
      const [updated] = await tx<[{ village_id: number }]>`
        update businesses set village_id = ${village.other} where name = 'Thử' returning village_id`;
      expect(updated.village_id).toBe(village.id);
    });
  });

  it('gives a point on a shared boundary to the village with the lower id', async () => {
    const [edge] = await sql<[{ a: number; b: number; p: string }]>`
      select a.id as a, b.id as b, ST_AsText(ST_PointOnSurface(ST_Intersection(a.geom, b.geom))) as p
      from villages a join villages b on a.id < b.id and ST_Relate(a.geom, b.geom, '****1****')
      order by a.id, b.id limit 1`;
    await attempt(async (tx) => {
      const [row] = await tx<[{ village_id: number }]>`
        insert into businesses (commune_code, name, type, address, geom)
        values ('11284', 'Ranh giới', 'other', 'Ranh giới', ST_GeomFromText(${edge.p}, 4326))
        returning village_id`;
      expect(row.village_id).toBe(edge.a);
    });
  });

  it('keeps the audit log append-only', async () => {
    const probe = (tx: typeof sql) =>
      tx`insert into audit_log (commune_code, action, entity, hash) values ('11284', 'create', 'probe', 'x')`;
    const update = await attempt(async (tx) => {
      await probe(tx);
      await tx`update audit_log set action = 'forged'`;
    });
    expect(update.message).toMatch(/append-only/);
    const remove = await attempt(async (tx) => {
      await probe(tx);
      await tx`delete from audit_log`;
    });
    expect(remove.message).toMatch(/append-only/);
  });
});

describe('every row carries its commune code and every geometry a GiST index', () => {
  it('has commune_code on every table but the migration bookkeeping', async () => {
    const missing = await sql`
      select t.table_name from information_schema.tables t
      where t.table_schema = 'public' and t.table_type = 'BASE TABLE' and t.table_name <> 'spatial_ref_sys'
        and not exists (select 1 from information_schema.columns c
                        where c.table_name = t.table_name and c.column_name = 'commune_code')`;
    expect(missing).toEqual([]);
  });

  it('indexes every geometry column with GiST', async () => {
    // Stored columns only: a view (the road network of the baseline's route plans) cannot carry an index;
    // its geometries come from indexed tables.
    const unindexed = await sql`
      select g.f_table_name, g.f_geometry_column from geometry_columns g
      where g.f_table_schema = 'public'
        and (select c.relkind from pg_class c where c.oid = ('public.' || g.f_table_name)::regclass) in ('r', 'p', 'm')
        and not exists (
        select 1 from pg_indexes i where i.tablename = g.f_table_name
          and i.indexdef ilike '%using gist%' and i.indexdef ilike '%' || g.f_geometry_column || '%')`;
    expect(unindexed).toEqual([]);
  });
});
