import { businessTimeline, timelineBusiness } from '@ntm/db/queries/business-timeline';
import {
  deleteBusiness,
  getBusinessGeoJson,
  getBusinessRecord,
  insertBusiness,
  pageBusinessesGeoJson,
  updateBusiness,
} from '@ntm/db/queries/businesses';
import type { BusinessCollection } from '@ntm/db/queries/geojson-layers';
import { countBusinessesByType } from '@ntm/db/queries/tiles';
import { businessStatuses, businessTypes } from '@ntm/db/schema/values';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { rolesSeeingOwners } from '../auth/access-rules';
import { inTransaction } from '../lib/actor';
import { notFound, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { changedFields } from '../lib/changed-fields';
import { patchedRecord } from '../lib/feature-patch';
import { geojson, geojsonPage } from '../lib/geojson-response';
import { pageAsk, pageParams } from '../lib/paging';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { businessRecordOf } from '../proposals/business-record';
import { fileProposal } from '../proposals/file-proposal';
import { assertBusinessInOwnVillage, assertInCommune, notOwnVillage } from '../proposals/places';
import { createBusinessBody, updateBusinessBody } from '../schemas/business';
import { bboxParam, idParam, idPath, listParam } from '../schemas/geojson';
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
  /**
   * The map's whole layer, unless the caller may see more than this many: then no features but
   * the counts and the layer's vector tiles (routes/tiles.ts), one request either way.
   */
  tiledAbove: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** Pages by id. */
  ...pageParams(['int']),
});

/** The answer in place of a layer too large to send whole: draw it from tiles. */
type TiledLayer = {
  type: 'FeatureCollection';
  features: [];
  tiled: { count: number; byType: Record<string, number>; tilejson: string };
};

/** What the signed-in role may see and where it may write. */
function scopeOf(c: Context<AppEnv>) {
  const account = c.get('account');
  const ownVillage = account?.role === 'village' ? account.villageId : null;
  return {
    withOwner: rolesSeeingOwners.includes(account?.role as never),
    /** For a village head: the only village they may read and propose for; else null. */
    ownVillage,
  };
}

/**
 * The registry. Police and culture write directly; a village head's write becomes a proposal
 * (202 Accepted, with the proposal) that police or culture approve or reject.
 */
export const businesses = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { env } = c.get('deps');
    const q = c.req.valid('query');
    const { withOwner, ownVillage } = scopeOf(c);
    if (ownVillage !== null && q.village !== undefined && q.village !== ownVillage)
      throw notOwnVillage();
    const whole =
      !q.bbox && !q.type && !q.status && q.village === undefined && !q.asOf && !q.cursor;
    const { tiledAbove } = q;
    if (tiledAbove !== undefined && whole) {
      const byType = await inTransaction(c, (tx) => countBusinessesByType(tx, env.COMMUNE_CODE));
      const count = Object.values(byType).reduce((sum, n) => sum + n, 0);
      if (count > tiledAbove) {
        const tiled: TiledLayer = {
          type: 'FeatureCollection',
          features: [],
          tiled: { count, byType, tilejson: '/api/tiles/businesses' },
        };
        return c.json(tiled);
      }
    }
    const page = await inTransaction(c, (tx) =>
      pageBusinessesGeoJson(
        tx,
        {
          communeCode: env.COMMUNE_CODE,
          bbox: q.bbox,
          types: q.type,
          statuses: q.status,
          villageId: ownVillage ?? q.village,
          withOwner,
          asOf: q.asOf,
        },
        pageAsk(q),
      ),
    );
    return geojsonPage<BusinessCollection>(c, page);
  })
  .get('/:id', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { withOwner, ownVillage } = scopeOf(c);
    const { id } = c.req.valid('param');
    const body = await inTransaction(c, async (tx) => {
      await assertBusinessInOwnVillage(tx, ownVillage, id);
      return getBusinessGeoJson(tx, { communeCode: env.COMMUNE_CODE, id }, withOwner);
    });
    if (!body) throw notFound('Cơ sở kinh doanh');
    return geojson(c, body);
  })
  // One business's tips and inspections on one line, newest first (tips for police only).
  .get('/:id/timeline', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const withTips = c.get('account')?.role === 'police';
    const body = await inTransaction(c, async (tx) => {
      const business = orNotFound(
        await timelineBusiness(tx, env.COMMUNE_CODE, id),
        'Cơ sở kinh doanh',
      );
      return {
        business,
        entries: await businessTimeline(tx, { communeCode: env.COMMUNE_CODE, id }, withTips),
      };
    });
    return c.json(body);
  })
  .post('/', validate('json', createBusinessBody), async (c) => {
    const source = auditSource(c);
    const record = businessRecordOf(c.req.valid('json'));
    const { withOwner, ownVillage } = scopeOf(c);
    if (ownVillage !== null) {
      return fileProposal(c, { action: 'create', businessId: null, before: null, after: record });
    }
    const body = await inTransaction(c, async (tx) => {
      await assertInCommune(tx, source.communeCode, record.lngLat);
      const id = await insertBusiness(tx, source.communeCode, record);
      await recordAudit(tx, source, 'create', 'business', id, { after: record });
      return orNotFound(
        await getBusinessGeoJson(tx, { communeCode: source.communeCode, id }, withOwner),
        'Cơ sở kinh doanh',
      );
    });
    c.header('Location', `/api/businesses/${JSON.parse(body).id}`);
    return geojson(c, body, 201);
  })
  .patch('/:id', ...rowAndBody(updateBusinessBody), async (c) => {
    const { source, id, body: patch } = rowWrite(c);
    const { withOwner, ownVillage } = scopeOf(c);
    if (ownVillage !== null) {
      return fileProposal(c, { action: 'update', businessId: id, patch });
    }
    const body = await inTransaction(c, async (tx) => {
      const before = orNotFound(
        await getBusinessRecord(tx, { communeCode: source.communeCode, id }),
        'Cơ sở kinh doanh',
      );
      const after = patchedRecord(before, patch);
      if (patch.geometry) await assertInCommune(tx, source.communeCode, after.lngLat);
      const diff = changedFields(before, after);
      if (Object.keys(diff).length > 0) {
        await updateBusiness(tx, { communeCode: source.communeCode, id }, after);
        await recordAudit(tx, source, 'update', 'business', id, diff);
      }
      return orNotFound(
        await getBusinessGeoJson(tx, { communeCode: source.communeCode, id }, withOwner),
        'Cơ sở kinh doanh',
      );
    });
    return geojson(c, body);
  })
  .delete('/:id', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    if (scopeOf(c).ownVillage !== null) {
      return fileProposal(c, { action: 'delete', businessId: id });
    }
    await inTransaction(c, async (tx) => {
      orNotFound(
        await getBusinessRecord(tx, { communeCode: source.communeCode, id }),
        'Cơ sở kinh doanh',
      );
      await deleteBusiness(tx, source.communeCode, id);
      await recordAudit(tx, source, 'delete', 'business', id, null);
    });
    return c.body(null, 204);
  });
