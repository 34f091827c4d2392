import type { LngLat } from '@ntm/db/queries/businesses';
import {
  type CommunicationRecord,
  deleteCommunication,
  findCommunicationGeoJson,
  getCommunicationGeoJson,
  getCommunicationRecord,
  insertCommunication,
  updateCommunication,
} from '@ntm/db/queries/communication-activities';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { type Context, Hono } from 'hono';
import { inTransaction } from '../lib/actor';
import { ApiError, notFound, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { changedFields } from '../lib/changed-fields';
import { patchedRecord } from '../lib/feature-patch';
import { geojson } from '../lib/geojson-response';
import { yearQuery } from '../lib/plan-year';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { assertInCommune } from '../proposals/places';
import { idPath } from '../schemas/geojson';
import { createCommunicationBody, updateCommunicationBody } from '../schemas/plan-records';

/** 422 for a day in the future or before the years the model knows. */
function assertHeldOn(c: Context<AppEnv>, heldOn: string) {
  if (heldOn > vietnamToday(c.get('deps').now())) {
    throw new ApiError(422, 'in-the-future', 'Ngày tổ chức không thể ở tương lai');
  }
  if (heldOn < '2020-01-01') throw new ApiError(422, 'too-old', 'Ngày tổ chức phải từ năm 2020');
}

/**
 * Truyền thông (indicator c): talks at village halls and schools (a point on the map, its
 * village derived from it), broadcasts and online posts (no point). Every signed-in role may
 * see them; culture and health record them.
 */
export const communicationActivities = new Hono<AppEnv>()
  .get('/', validate('query', yearQuery), async (c) => {
    const { env } = c.get('deps');
    const { year } = c.req.valid('query');
    const body = await inTransaction(c, (tx) =>
      findCommunicationGeoJson(tx, { communeCode: env.COMMUNE_CODE, year }),
    );
    return geojson(c, body);
  })
  .post('/', validate('json', createCommunicationBody), async (c) => {
    const source = auditSource(c);
    const { geometry, properties: p } = c.req.valid('json');
    assertHeldOn(c, p.heldOn);
    const record: CommunicationRecord = {
      ...p,
      lngLat: geometry ? (geometry.coordinates as LngLat) : null,
    };
    const body = await inTransaction(c, async (tx) => {
      if (record.lngLat) await assertInCommune(tx, source.communeCode, record.lngLat);
      const id = await insertCommunication(tx, source.communeCode, record, source.userId);
      await recordAudit(tx, source, 'create', 'communication-activity', id, { after: record });
      return orNotFound(
        await getCommunicationGeoJson(tx, { communeCode: source.communeCode, id }),
        'Hoạt động truyền thông',
      );
    });
    c.header('Location', `/api/communication-activities/${JSON.parse(body).id}`);
    return geojson(c, body, 201);
  })
  .patch('/:id', ...rowAndBody(updateCommunicationBody), async (c) => {
    const { source, id, body: patch } = rowWrite(c);
    if (patch.properties?.heldOn) assertHeldOn(c, patch.properties.heldOn);
    const body = await inTransaction(c, async (tx) => {
      const before = orNotFound(
        await getCommunicationRecord(tx, { communeCode: source.communeCode, id }),
        'Hoạt động truyền thông',
      );
      const after = patchedRecord(before, patch);
      if (after.lngLat && patch.geometry) {
        await assertInCommune(tx, source.communeCode, after.lngLat);
      }
      await updateCommunication(tx, { communeCode: source.communeCode, id }, after);
      await recordAudit(
        tx,
        source,
        'update',
        'communication-activity',
        id,
        changedFields(before, after),
      );
      return orNotFound(
        await getCommunicationGeoJson(tx, { communeCode: source.communeCode, id }),
        'Hoạt động truyền thông',
      );
    });
    return geojson(c, body);
  })
  .delete('/:id', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    await inTransaction(c, async (tx) => {
      const before = await getCommunicationRecord(tx, { communeCode: source.communeCode, id });
      if (!before || !(await deleteCommunication(tx, { communeCode: source.communeCode, id }))) {
        throw notFound('Hoạt động truyền thông');
      }
      await recordAudit(tx, source, 'delete', 'communication-activity', id, { before });
    });
    return c.body(null, 204);
  });
