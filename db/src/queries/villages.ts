import type { Sql } from '../client';
import { featuresById } from './feature-collection';
import type { GeoJsonText, VillageCollection } from './geojson-layers';

// A day's villages are read from their dated outlines (village_boundaries);
// today's are the same rows as villages.geom. `validFrom` is null for "since before the app
// knew" ('-infinity'), `validTo` (exclusive) null while in force.
export const versionsOn = (sql: Sql, communeCode: string, day: string | undefined) => {
  const vietnamToday = sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date`;
  return sql`
  select v.id, coalesce(b.name, v.name) as name, v.slug, coalesce(b.population, v.population) as population,
         ${day ? sql`b.geom` : sql`v.geom`} as geom,
         coalesce(bf.name, f.name) as former_commune,
         case when isfinite(b.valid_from) then b.valid_from::text end as valid_from,
         b.valid_to::text as valid_to
  from villages v
  ${day ? sql`cross join lateral` : sql`left join lateral`} (
    select x.* from village_boundaries x
    where x.village_id = v.id
      and x.valid_from <= coalesce(${day ?? null}::date, ${vietnamToday})
      and (x.valid_to is null or x.valid_to > coalesce(${day ?? null}::date, ${vietnamToday}))
  ) b ${day ? sql`` : sql`on true`}
  left join former_communes bf on bf.id = b.former_commune_id
  left join former_communes f on f.id = v.former_commune_id
  where v.commune_code = ${communeCode} ${day ? sql`` : sql`and v.geom is not null`}`;
};

/** A village's properties as the API gives them, from a row `v` of versionsOn: the one field list. */
export const villageProperties = (sql: Sql) => sql`json_build_object(
  'id', v.id,
  'name', v.name,
  'slug', v.slug,
  'formerCommune', v.former_commune,
  'population', v.population,
  'areaKm2', round((ST_Area(v.geom::geography) / 1e6)::numeric, 3),
  'validFrom', v.valid_from,
  'validTo', v.valid_to
)`;

/**
 * Village polygons of a commune as a GeoJSON FeatureCollection string: those valid on `day`
 * (YYYY-MM-DD), or today's.
 */
export async function findVillagesGeoJson(
  sql: Sql,
  communeCode: string,
  day?: string,
): Promise<GeoJsonText<VillageCollection>> {
  const [row] = await sql<[{ body: string }]>`
    select ${featuresById(sql, {
      id: sql`v.id`,
      geometry: sql`ST_ForcePolygonCCW(v.geom)`,
      properties: villageProperties(sql),
    })} as body
    from (${versionsOn(sql, communeCode, day)}) v`;
  return row.body;
}

export type VillageOnDay = {
  id: number;
  name: string;
  slug: string;
  validFrom: string | null;
  validTo: string | null;
};

/** The villages valid on `day` (YYYY-MM-DD), or today's: ids, names and their version's span. */
export async function villagesOn(sql: Sql, communeCode: string, day?: string) {
  return sql<VillageOnDay[]>`
    select v.id, v.name, v.slug, v.valid_from as "validFrom", v.valid_to as "validTo"
    from (${versionsOn(sql, communeCode, day)}) v
    order by v.id`;
}
