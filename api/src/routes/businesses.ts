import type { Sql } from '@ntm/db/client';
import { setActor } from '@ntm/db/queries/actor';
import { appendAudit } from '@ntm/db/queries/audit';
import {
  type BusinessRecord,
  deleteBusiness,
  findBusinessesGeoJson,
  getBusinessGeoJson,
  getBusinessRecord,
  insertBusiness,
  type LngLat,
  updateBusiness,
  villageAt,
} from '@ntm/db/queries/businesses';
import { checkPointInCommune } from '@ntm/db/queries/commune';
import { businessStatuses, businessTypes } from '@ntm/db/schema/values';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { rolesSeeingOwners } from '../auth/access-rules';
import { ApiError, notFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource } from '../lib/audit-context';
import { changedFields } from '../lib/changed-fields';
import { geojson } from '../lib/geojson-response';
import { validate } from '../lib/validate';
import { createBusinessBody, updateBusinessBody } from '../schemas/business';
import { bboxParam, idParam, listParam } from '../schemas/geojson';
import { instantParam } from '../schemas/instant';

const listQuery = z.object({
  bbox: bboxParam.optional(),
  type: listParam(businessTypes).optional(),
  status: listParam(businessStatuses).optional(),
  village: idParam.optional(),
  /** The registry as it stood then: a date (its end, Vietnam time) or an ISO instant. */
  asOf: instantParam
    .transform((value) => (value.length === 10 ? `${value}T23:59:59.999+07:00` : value))
    .optional(),
});

const idPath = z.object({ id: idParam });

const placeMessages = {
  'outside-vietnam': 'Vị trí nằm ngoài lãnh thổ Việt Nam',
  'outside-commune': 'Vị trí nằm ngoài địa giới xã',
} as const;

async function assertInCommune(sql: Sql, communeCode: string, lngLat: LngLat) {
  const place = await checkPointInCommune(sql, communeCode, lngLat);
  if (!place.inside) throw new ApiError(422, place.reason, placeMessages[place.reason]);
}

/** What the signed-in role may see and where it may write. */
function scopeOf(c: Context<AppEnv>) {
  const account = c.get('account');
  const ownVillage = account?.role === 'village' ? account.villageId : null;
  return {
    withOwner: rolesSeeingOwners.includes(account?.role as never),
    /** For a village head: the only village they may read and write; null for other roles. */
    ownVillage,
  };
}

const notOwnVillage = () =>
  new ApiError(
    403,
    'outside-own-village',
    'Trưởng thôn chỉ được xem và sửa cơ sở trong thôn của mình',
  );

/** Refuses a village head's write when the position is not in their own village. */
async function assertOwnVillage(
  sql: Sql,
  communeCode: string,
  ownVillage: number | null,
  lngLat: LngLat,
) {
  if (ownVillage === null) return;
  if ((await villageAt(sql, communeCode, lngLat)) !== ownVillage) throw notOwnVillage();
}

export const businesses = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { sql, env } = c.get('deps');
    const q = c.req.valid('query');
    const { withOwner, ownVillage } = scopeOf(c);
    if (ownVillage !== null && q.village !== undefined && q.village !== ownVillage)
      throw notOwnVillage();
    const body = await findBusinessesGeoJson(sql, {
      communeCode: env.COMMUNE_CODE,
      bbox: q.bbox,
      types: q.type,
      statuses: q.status,
      villageId: ownVillage ?? q.village,
      withOwner,
      asOf: q.asOf,
    });
    return geojson(c, body);
  })
  .get('/:id', validate('param', idPath), async (c) => {
    const { sql, env } = c.get('deps');
    const { withOwner, ownVillage } = scopeOf(c);
    const body = await getBusinessGeoJson(
      sql,
      env.COMMUNE_CODE,
      c.req.valid('param').id,
      withOwner,
    );
    if (!body) throw notFound('Cơ sở kinh doanh');
    if (ownVillage !== null && JSON.parse(body).properties.village !== ownVillage)
      throw notOwnVillage();
    return geojson(c, body);
  })
  .post('/', validate('json', createBusinessBody), async (c) => {
    const { sql } = c.get('deps');
    const source = auditSource(c);
    const { geometry, properties: p } = c.req.valid('json');
    const record: BusinessRecord = {
      name: p.name,
      type: p.type,
      address: p.address,
      licensedTrade: p.licensedTrade ?? null,
      licenceNumber: p.licenceNumber ?? null,
      owner: p.owner ?? null,
      phone: p.phone ?? null,
      openingHours: p.openingHours ?? null,
      status: p.status,
      reviewedAt: p.reviewedAt ?? null,
      lngLat: geometry.coordinates,
    };
    const { withOwner, ownVillage } = scopeOf(c);
    const body = await sql.begin(async (tx) => {
      await setActor(tx, source.userId);
      await assertInCommune(tx, source.communeCode, record.lngLat);
      await assertOwnVillage(tx, source.communeCode, ownVillage, record.lngLat);
      const id = await insertBusiness(tx, source.communeCode, record);
      await appendAudit(tx, {
        ...source,
        action: 'create',
        entity: 'business',
        entityId: String(id),
        diff: { after: record },
      });
      return (await getBusinessGeoJson(tx, source.communeCode, id, withOwner)) as string;
    });
    c.header('Location', `/api/businesses/${JSON.parse(body).id}`);
    return geojson(c, body, 201);
  })
  .patch('/:id', validate('param', idPath), validate('json', updateBusinessBody), async (c) => {
    const { sql } = c.get('deps');
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const { withOwner, ownVillage } = scopeOf(c);
    const body = await sql.begin(async (tx) => {
      await setActor(tx, source.userId);
      const before = await getBusinessRecord(tx, source.communeCode, id);
      if (!before) throw notFound('Cơ sở kinh doanh');
      await assertOwnVillage(tx, source.communeCode, ownVillage, before.lngLat);
      const after: BusinessRecord = {
        ...before,
        ...patch.properties,
        lngLat: patch.geometry?.coordinates ?? before.lngLat,
      };
      if (patch.geometry) {
        await assertInCommune(tx, source.communeCode, after.lngLat);
        await assertOwnVillage(tx, source.communeCode, ownVillage, after.lngLat);
      }
      const diff = changedFields(before, after);
      if (Object.keys(diff).length > 0) {
        await updateBusiness(tx, source.communeCode, id, after);
        await appendAudit(tx, {
          ...source,
          action: 'update',
          entity: 'business',
          entityId: String(id),
          diff,
        });
      }
      return (await getBusinessGeoJson(tx, source.communeCode, id, withOwner)) as string;
    });
    return geojson(c, body);
  })
  .delete('/:id', validate('param', idPath), async (c) => {
    const { sql } = c.get('deps');
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const { ownVillage } = scopeOf(c);
    await sql.begin(async (tx) => {
      await setActor(tx, source.userId);
      const before = await getBusinessRecord(tx, source.communeCode, id);
      if (!before) throw notFound('Cơ sở kinh doanh');
      await assertOwnVillage(tx, source.communeCode, ownVillage, before.lngLat);
      await deleteBusiness(tx, source.communeCode, id);
      await appendAudit(tx, {
        ...source,
        action: 'delete',
        entity: 'business',
        entityId: String(id),
        diff: null,
      });
    });
    return c.body(null, 204);
  });
