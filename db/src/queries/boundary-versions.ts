// Dated boundaries: a new version of the villages and/or the commune from a
// day. Old versions stay; the versions in force on that day end there; when the day has come,
// the current outlines (villages.geom, communes.geom) follow and every business's village is
// derived again. The caller owns the transaction and the audit (the import's commit).
import type { MultiPolygon } from 'geojson';
import type { Sql } from '../client';
import { villageNameKey, villageSlug } from './village-name-key';

export type BoundaryVillageInput = {
  name: string;
  /** WGS 84. */
  geometry: MultiPolygon;
  population?: number | null;
  /** The former commune's name, when the village came from one (matched like a village name). */
  formerCommune?: string | null;
};

export type AddBoundaryVersionInput = {
  communeCode: string;
  /** YYYY-MM-DD, the first day of the new version. */
  validFrom: string;
  /** The whole new set: a village in force on validFrom and absent here ends on validFrom. */
  villages?: readonly BoundaryVillageInput[];
  commune?: MultiPolygon;
};

export type VillageRef = { id: number; name: string };
export type BoundaryMove = {
  businessId: number;
  name: string;
  fromVillage: string;
  toVillage: string;
};
export type BoundaryVersionResult = {
  validFrom: string;
  /** True when the version is in force today, so the current outlines changed. */
  current: boolean;
  moved: BoundaryMove[];
  ended: VillageRef[];
  added: VillageRef[];
};

export type BoundaryVersionProblem =
  | 'later-version-exists'
  | 'duplicate-village'
  | 'no-villages'
  | 'businesses-outside';

/** Bad input to a new version: a reason the import names, a Vietnamese message, what it concerns. */
export class BoundaryVersionError extends Error {
  constructor(
    readonly reason: BoundaryVersionProblem,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const viDay = (day: string) => day.split('-').reverse().join('/');

/** A new version must start after every version of the same outlines (village or commune). */
async function refuseUnlessLatest(
  sql: Sql,
  table: 'village_boundaries' | 'commune_boundaries',
  code: string,
  day: string,
) {
  const [later] = await sql<{ validFrom: string }[]>`
    select valid_from::text as "validFrom" from ${sql(table)}
    where commune_code = ${code} and valid_from >= ${day}::date
    order by valid_from desc limit 1`;
  if (later) {
    const outlines = table === 'village_boundaries' ? 'thôn' : 'xã';
    throw new BoundaryVersionError(
      'later-version-exists',
      `Đã có phiên bản ranh giới ${outlines} từ ngày ${viDay(later.validFrom)}: phiên bản mới phải bắt đầu sau ngày đó`,
      { validFrom: later.validFrom },
    );
  }
}

/** Today in Vietnam (UTC+7 all year), 'YYYY-MM-DD'. */
const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * A new version of the villages (the whole set) and/or the commune from `validFrom`. Throws
 * BoundaryVersionError (a reason, a Vietnamese message, details) for bad input; the caller's
 * transaction then stores nothing. `today` is the app's clock (tests pass their own).
 */
export async function addBoundaryVersion(
  sql: Sql,
  input: AddBoundaryVersionInput,
  today: string = vietnamToday(),
): Promise<BoundaryVersionResult> {
  const { communeCode: code, validFrom: day } = input;
  const result: BoundaryVersionResult = {
    validFrom: day,
    current: day <= today,
    moved: [],
    ended: [],
    added: [],
  };
  if (input.villages) await addVillageVersions(sql, code, day, input.villages, result);
  if (input.commune) await addCommuneVersion(sql, code, day, input.commune);
  if (result.current) result.moved = await applyBoundariesOn(sql, code, today);
  return result;
}

async function addVillageVersions(
  sql: Sql,
  code: string,
  day: string,
  incoming: readonly BoundaryVillageInput[],
  result: BoundaryVersionResult,
) {
  if (incoming.length === 0) {
    throw new BoundaryVersionError(
      'no-villages',
      'Tệp không có thôn nào: một phiên bản ranh giới phải có ít nhất một thôn',
    );
  }
  const byKey = new Map<string, BoundaryVillageInput>();
  for (const v of incoming) {
    const key = villageNameKey(v.name);
    if (byKey.has(key)) {
      throw new BoundaryVersionError('duplicate-village', `Thôn "${v.name}" có hai lần trong tệp`, {
        name: v.name,
      });
    }
    byKey.set(key, v);
  }
  await refuseUnlessLatest(sql, 'village_boundaries', code, day);

  const known = await sql<{ id: number; name: string; alive: boolean }[]>`
    select v.id, v.name, exists (
             select from village_boundaries b where b.village_id = v.id
                and (b.valid_to is null or b.valid_to >= ${day}::date)) as alive
    from villages v where v.commune_code = ${code}
    order by alive desc, v.id`;
  const formers = await sql<{ id: number; name: string }[]>`
    select id, name from former_communes where commune_code = ${code}`;
  const formerId = (name: string | null | undefined) =>
    name
      ? (formers.find((f) => villageNameKey(f.name) === villageNameKey(name))?.id ?? null)
      : null;

  const inForce = await sql<{ villageId: number; name: string }[]>`
    update village_boundaries set valid_to = ${day}::date
    where commune_code = ${code} and valid_from < ${day}::date and valid_to is null
    returning village_id as "villageId", name`;

  const kept = new Set<number>();
  for (const [key, v] of byKey) {
    let id = known.find((k) => villageNameKey(k.name) === key)?.id;
    if (id === undefined) {
      id = await insertVillage(sql, code, day, v.name);
      result.added.push({ id, name: v.name.trim() });
    } else {
      await sql`update villages set valid_to = null where id = ${id}`;
    }
    kept.add(id);
    await sql`
      insert into village_boundaries
        (commune_code, village_id, name, population, former_commune_id, valid_from, geom)
      values (${code}, ${id}, ${v.name.trim()}, ${v.population ?? null}, ${formerId(v.formerCommune)},
              ${day}::date,
              ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(v.geometry)}), 4326)))`;
  }
  for (const old of inForce) {
    if (kept.has(old.villageId)) continue;
    await sql`update villages set valid_to = ${day}::date where id = ${old.villageId}`;
    result.ended.push({ id: old.villageId, name: old.name });
  }
}

/** A new village from `day`, with a slug no other village of the commune has. */
async function insertVillage(sql: Sql, code: string, day: string, name: string) {
  const base = villageSlug(name) || 'thon';
  const taken = new Set(
    (
      await sql<{ slug: string }[]>`
        select slug from villages where commune_code = ${code} and slug like ${`${base}%`}`
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  const [row] = await sql<[{ id: number }]>`
    insert into villages (commune_code, name, slug, valid_from)
    values (${code}, ${name.trim()}, ${slug}, ${day}::date)
    returning id`;
  return row.id;
}

async function addCommuneVersion(sql: Sql, code: string, day: string, geometry: MultiPolygon) {
  await refuseUnlessLatest(sql, 'commune_boundaries', code, day);
  await sql`
    update commune_boundaries set valid_to = ${day}::date
    where commune_code = ${code} and valid_from < ${day}::date and valid_to is null`;
  await sql`
    insert into commune_boundaries (commune_code, valid_from, geom)
    values (${code}, ${day}::date, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326)))`;
}

/**
 * Makes the current outlines those in force on `today` and derives every business's village
 * again; the businesses that changed village come back. Also what brings a version dated in the
 * future into force once its day has come. A business outside every village of the day is
 * refused (BoundaryVersionError 'businesses-outside' with the businesses), before anything moves.
 */
export async function applyBoundariesOn(
  sql: Sql,
  code: string,
  today: string,
): Promise<BoundaryMove[]> {
  const outside = await sql<{ id: number; name: string }[]>`
    select id::float8 as id, name from ntm_businesses_outside_villages(${code}, ${today}::date)`;
  if (outside.length > 0) {
    throw new BoundaryVersionError(
      'businesses-outside',
      `${outside.length} cơ sở nằm ngoài mọi thôn của phiên bản mới (${outside
        .slice(0, 5)
        .map((b) => b.name)
        .join(', ')}${outside.length > 5 ? ', …' : ''}): mỗi cơ sở phải thuộc một thôn`,
      { businesses: outside },
    );
  }
  await sql`
    update villages v set geom = b.geom, name = b.name,
           population = coalesce(b.population, v.population),
           former_commune_id = coalesce(b.former_commune_id, v.former_commune_id)
    from village_boundaries b
    where b.village_id = v.id and v.commune_code = ${code} and b.valid_from <= ${today}::date
      and (b.valid_to is null or b.valid_to > ${today}::date)
      and (v.geom is null or not ST_Equals(v.geom, b.geom) or v.name <> b.name)`;
  await sql`
    update villages v set geom = null
    where v.commune_code = ${code} and v.geom is not null and not exists (
      select from village_boundaries b where b.village_id = v.id and b.valid_from <= ${today}::date
         and (b.valid_to is null or b.valid_to > ${today}::date))`;
  await sql`
    update communes c set geom = b.geom
    from commune_boundaries b
    where b.commune_code = c.commune_code and c.commune_code = ${code}
      and b.valid_from <= ${today}::date and (b.valid_to is null or b.valid_to > ${today}::date)
      and not ST_Equals(c.geom, b.geom)`;
  return sql<BoundaryMove[]>`
    select m.business_id::float8 as "businessId", m.name,
           f.name as "fromVillage", t.name as "toVillage"
    from ntm_rederive_business_villages(${code}) m
    left join villages f on f.id = m.from_village
    left join villages t on t.id = m.to_village
    order by m.business_id`;
}
