// The small map tables, inserted row by row with RETURNING id: the commune (marked synthetic),
// the former communes (each the ST_Union of its villages, turned counter-clockwise as RFC 7946
// wants, since GEOS returns unions clockwise), villages, users, roads, key areas.

import { hashPassword } from '@ntm/api/auth/passwords';
import type postgres from 'postgres';
import { demoCommune } from './demo-geography';
import type { Demo } from './generate-demo';
import { mergerDay } from './village-mergers';

type Tx = postgres.TransactionSql;
const code = demoCommune.communeCode;

/** Returns user ids by username, for the rows that are signed or recorded by someone. */
export async function loadMap(
  tx: Tx,
  demo: Demo,
  password: string,
): Promise<{ userIds: Map<string, number> }> {
  const { geography } = demo;
  const [existing] = await tx`select 1 from communes where commune_code = ${code}`;
  if (existing) throw new Error(`commune ${code} is already in the database: seed with --reset`);
  await tx`
    insert into communes (commune_code, name, province, synthetic, formed_on, geom)
    values (${code}, ${demoCommune.name}, ${demoCommune.province}, true, ${demoCommune.formedOn},
            ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geography.commune.geometry)}), 4326)))`;

  const villageIds = new Map<string, number>();
  for (const former of geography.formerCommunes) {
    const members = geography.villages.features.filter(
      (v) => v.properties.formerCommune === former.name,
    );
    const [formerRow] = await tx<[{ id: number }]>`
      insert into former_communes (commune_code, name, geom)
      select ${code}, ${former.name},
             ST_ForcePolygonCCW(ST_Multi(ST_CollectionExtract(ST_Union(ST_SetSRID(ST_GeomFromGeoJSON(g), 4326)), 3)))
      from unnest(${tx.array(members.map((v) => JSON.stringify(v.geometry)))}::text[]) as g
      returning id`;
    for (const village of members) {
      const { name, slug, population } = village.properties;
      const [row] = await tx<[{ id: number }]>`
        insert into villages (commune_code, former_commune_id, name, slug, population, geom)
        values (${code}, ${formerRow?.id ?? null}, ${name}, ${slug}, ${population},
                ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(village.geometry)}), 4326))
        returning id`;
      villageIds.set(slug, row?.id as number);
    }
  }

  await loadBoundaryVersions(tx, demo, villageIds);

  const userIds = new Map<string, number>();
  // One argon2id hash per account (each with its own salt), computed in parallel.
  const hashes = await Promise.all(demo.users.map(() => hashPassword(password)));
  for (const [i, user] of demo.users.entries()) {
    const villageId = user.villageSlug ? (villageIds.get(user.villageSlug) ?? null) : null;
    const [row] = await tx<[{ id: number }]>`
      insert into users (commune_code, username, display_name, role, village_id, password_hash)
      values (${code}, ${user.username}, ${user.displayName}, ${user.role}, ${villageId}, ${hashes[i] as string})
      returning id`;
    userIds.set(user.username, row?.id as number);
  }

  const roads = geography.roads.features;
  await tx`
    insert into roads (commune_code, class, name, geom)
    select ${code}, c::road_class, n, ST_SetSRID(ST_GeomFromGeoJSON(g), 4326)
    from unnest(${tx.array(roads.map((r) => r.properties.roadClass))}::text[],
                ${tx.array(roads.map((r) => r.properties.name))}::text[],
                ${tx.array(roads.map((r) => JSON.stringify(r.geometry)))}::text[]) as t(c, n, g)`;

  const areas = geography.keyAreas.features;
  await tx`
    insert into key_areas (commune_code, kind, name, note, geom)
    select ${code}, k::key_area_kind, n, note, ST_SetSRID(ST_GeomFromGeoJSON(g), 4326)
    from unnest(${tx.array(areas.map((a) => a.properties.kind))}::text[],
                ${tx.array(areas.map((a) => a.properties.name))}::text[],
                ${tx.array(areas.map((a) => a.properties.note))}::text[],
                ${tx.array(areas.map((a) => JSON.stringify(a.geometry)))}::text[]) as t(k, n, note, g)`;
  return { userIds };
}

/**
 * The dated boundaries: every village of the tiling until the day before the
 * merger of 1 July 2025, then the merged set, each survivor on the union of its parts; the parts
 * end that day and have no current outline. The commune's outline is one version throughout
 * (the four former communes covered the same ground).
 */
async function loadBoundaryVersions(tx: Tx, demo: Demo, villageIds: Map<string, number>) {
  const id = (slug: string) => villageIds.get(slug) as number;
  await tx`
    insert into commune_boundaries (commune_code, valid_from, geom)
    select commune_code, '-infinity', geom from communes where commune_code = ${code}`;
  await tx`
    insert into village_boundaries
      (commune_code, village_id, name, population, former_commune_id, valid_from, valid_to, geom)
    select commune_code, id, name, population, former_commune_id, '-infinity', ${mergerDay}, geom
    from villages where commune_code = ${code}`;
  const parts = demo.mergers.flatMap((m) => m.parts.map(id));
  for (const m of demo.mergers) {
    await tx`
      update villages v set geom = u.geom, population = u.population
      from (select ST_ForcePolygonCCW(ST_Multi(ST_CollectionExtract(ST_Union(geom), 3))) as geom,
                   sum(population)::int as population
            from villages where id in ${tx([id(m.into), ...m.parts.map(id)])}) u
      where v.id = ${id(m.into)}`;
  }
  await tx`
    insert into village_boundaries
      (commune_code, village_id, name, population, former_commune_id, valid_from, geom)
    select commune_code, id, name, population, former_commune_id, ${mergerDay}, geom
    from villages where commune_code = ${code} and id <> all(${parts}::int[])`;
  await tx`update villages set geom = null, valid_to = ${mergerDay} where id = any(${parts}::int[])`;
}
