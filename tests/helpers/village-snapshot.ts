// Boundary imports have no undo (a version is a fact of its day), but the test database is shared
// by every test of the run: a test that commits village versions takes this snapshot first and
// puts the outlines, the versions and the premises' villages back exactly afterwards.
import type postgres from 'postgres';

export async function snapshotVillages(sql: postgres.Sql, communeCode: string) {
  const [{ lastVersion, lastCommuneVersion }] = await sql<
    [{ lastVersion: number; lastCommuneVersion: number }]
  >`select coalesce((select max(id) from village_boundaries), 0) as "lastVersion",
           coalesce((select max(id) from commune_boundaries), 0) as "lastCommuneVersion"`;
  await sql`create table if not exists test_village_snapshot as
              select id, geom from villages with no data`;
  await sql`delete from test_village_snapshot`;
  await sql`insert into test_village_snapshot select id, geom from villages where commune_code = ${communeCode}`;
  await sql`create table if not exists test_version_snapshot as
              select id, valid_to from village_boundaries with no data`;
  await sql`delete from test_version_snapshot`;
  await sql`insert into test_version_snapshot select id, valid_to from village_boundaries`;

  return async function restore() {
    await sql.begin(async (tx) => {
      await tx`delete from village_boundaries where id > ${lastVersion}`;
      await tx`delete from commune_boundaries where id > ${lastCommuneVersion}`;
      await tx`update village_boundaries b set valid_to = s.valid_to
                 from test_version_snapshot s where s.id = b.id`;
      await tx`update villages v set geom = s.geom from test_village_snapshot s where s.id = v.id`;
      await tx`select * from ntm_rederive_business_villages(${communeCode})`;
      await tx`drop table test_village_snapshot, test_version_snapshot`;
    });
  };
}
