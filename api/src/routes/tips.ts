import { pageTips } from '@ntm/db/queries/tip-pages';
import {
  countTips,
  duplicateCandidates,
  getReporter,
  getTip,
  insertReporter,
  insertTip,
  insertTipEvent,
  listTipEvents,
} from '@ntm/db/queries/tips';
import { tipCategories, tipChannels, tipStatuses } from '@ntm/db/schema/values';
import { tipRules } from '@ntm/domain/tips/tip-rules';
import { closedStatuses } from '@ntm/domain/tips/workflow';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { pageAsk, pageMembers, pageParams } from '../lib/paging';
import { validate } from '../lib/validate';
import { assertInCommune } from '../proposals/places';
import { eventFiltersOf, eventListFilters } from '../schemas/event-list';
import { idPath, listParam } from '../schemas/geojson';
import { createTipBody } from '../schemas/tip';
import { notInFuture, tipOrNotFound } from '../tips/tip-guards';
import { tipFeature } from '../tips/tip-json';
import { tipSummary } from '../tips/tip-summary';

const dueStates = ['overdue', 'due-soon', 'on-time'] as const;

const listQuery = z.object({
  ...eventListFilters,
  status: listParam(tipStatuses).optional(),
  category: listParam(tipCategories).optional(),
  channel: listParam(tipChannels).optional(),
  due: listParam(dueStates).optional(),
  /** Pages due first: open by deadline, then closed newest first (db/src/queries/tip-pages.ts). */
  ...pageParams(['int', 'numeric', 'numeric', 'int']),
  /**
   * The map's whole layer, unless the caller may see more than this many: then no features but
   * the count and the layer's vector tiles (routes/tiles.ts), as the businesses' list does.
   */
  tiledAbove: z.coerce.number().int().min(1).max(1_000_000).optional(),
});
const summaryQuery = z.object({ year: z.coerce.number().int().min(2020).max(2035).optional() });

/**
 * Tips (tin báo, tố giác, phản ánh): police hold them; culture and village heads take them in
 * and follow their own. Reporters are police-only and every read of one is audited.
 */
export const tips = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { env, now } = c.get('deps');
    const q = c.req.valid('query');
    const rules = tipRules(env);
    const filter = {
      communeCode: env.COMMUNE_CODE,
      ...eventFiltersOf(q),
      statuses: q.status,
      categories: q.category,
      channels: q.channel,
    };
    const unfiltered = Object.entries(q).every(([key, value]) => key === 'tiledAbove' || !value);
    if (q.tiledAbove !== undefined && unfiltered) {
      const count = await inTransaction(c, (tx) => countTips(tx, env.COMMUNE_CODE));
      if (count > q.tiledAbove) {
        return c.json({
          type: 'FeatureCollection' as const,
          features: [],
          tiled: { count, dueSoonDays: rules.dueSoonDays, tilejson: '/api/tiles/tips' },
        });
      }
    }
    const at = now();
    const page = await inTransaction(c, (tx) =>
      pageTips(tx, {
        ...filter,
        rules: { ...rules, closedStatuses },
        now: at.toISOString(),
        due: q.due,
        ...pageAsk(q),
      }),
    );
    return c.json({
      type: 'FeatureCollection' as const,
      features: page.rows.map((row) => tipFeature(row, at, rules)),
      ...pageMembers(page),
    });
  })
  .get('/summary', validate('query', summaryQuery), async (c) => {
    const { env, now } = c.get('deps');
    const at = now();
    const year = c.req.valid('query').year ?? Number(at.toISOString().slice(0, 4));
    return c.json(await inTransaction(c, (tx) => tipSummary(tx, env, year, at)));
  })
  .get('/:id', validate('param', idPath), async (c) => {
    const { env, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const { tip, events } = await inTransaction(c, async (tx) => ({
      tip: await tipOrNotFound(tx, env.COMMUNE_CODE, id),
      events: await listTipEvents(tx, id),
    }));
    return c.json({ ...tipFeature(tip, now(), tipRules(env)), events });
  })
  .get('/:id/reporter', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    const reporter = await inTransaction(c, async (tx) => {
      await tipOrNotFound(tx, source.communeCode, id);
      const found = await getReporter(tx, id);
      await recordAudit(tx, source, 'read-sensitive', 'tip-reporter', id, null);
      return found;
    });
    return c.json({ reporter });
  })
  .get('/:id/duplicates', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const candidates = await inTransaction(c, async (tx) => {
      const tip = await tipOrNotFound(tx, env.COMMUNE_CODE, id);
      return duplicateCandidates(tx, {
        communeCode: env.COMMUNE_CODE,
        excludeId: id,
        businessId: tip.businessId,
        lngLat: tip.lngLat,
        receivedAt: tip.receivedAt,
        description: tip.description,
      });
    });
    return c.json({ candidates });
  })
  .post('/', validate('json', createTipBody), async (c) => {
    const source = auditSource(c);
    const { env, now } = c.get('deps');
    const body = c.req.valid('json');
    const receivedAt = notInFuture(c, body.receivedAt, 'Thời điểm tiếp nhận');
    const account = c.get('account');
    const police = account?.role === 'police';
    const result = await inTransaction(c, async (tx) => {
      let lngLat = body.location?.coordinates ?? null;
      if (body.businessId !== undefined) {
        const [business] = await tx<[{ lng: number; lat: number }?]>`
          select ST_X(geom) as lng, ST_Y(geom) as lat from businesses
          where id = ${body.businessId} and commune_code = ${source.communeCode} and deleted_at is null`;
        if (!business)
          throw new ApiError(422, 'unknown-business', 'Không tìm thấy cơ sở liên quan');
        lngLat ??= [business.lng, business.lat];
      }
      if (lngLat) await assertInCommune(tx, source.communeCode, lngLat);
      const id = await insertTip(tx, {
        communeCode: source.communeCode,
        receivedAt,
        channel: body.channel,
        category: body.category,
        description: body.description,
        businessId: body.businessId ?? null,
        lngLat,
        precisionMeters: body.precisionMeters,
        address: body.address ?? null,
        createdBy: account?.id as number,
      });
      await insertTipEvent(tx, {
        communeCode: source.communeCode,
        tipId: id,
        from: null,
        to: 'received',
        at: receivedAt,
        userId: account?.id as number,
        note: `Tiếp nhận qua kênh ${body.channel}`,
      });
      const reporter = body.reporter;
      const hasReporter = reporter && Object.values(reporter).some((v) => v);
      if (hasReporter) {
        await insertReporter(tx, source.communeCode, id, {
          name: reporter.name ?? null,
          phone: reporter.phone ?? null,
          address: reporter.address ?? null,
          note: reporter.note ?? null,
        });
      }
      // The audit records that a reporter was given, never who.
      await recordAudit(tx, source, 'create', 'tip', id, {
        after: {
          channel: body.channel,
          category: body.category,
          businessId: body.businessId ?? null,
        },
        reporter: hasReporter ? 'given' : 'anonymous',
      });
      const tip = orNotFound(await getTip(tx, source.communeCode, id), 'Tin báo');
      // Only police may see other tips, so only they get the possible duplicates.
      const candidates = police
        ? await duplicateCandidates(tx, {
            communeCode: source.communeCode,
            excludeId: id,
            businessId: tip.businessId,
            lngLat: tip.lngLat,
            receivedAt: tip.receivedAt,
            description: tip.description,
          })
        : [];
      return { tip, candidates };
    });
    c.header('Location', `/api/tips/${result.tip.id}`);
    return c.json(
      { ...tipFeature(result.tip, now(), tipRules(env)), duplicates: result.candidates },
      201,
    );
  });
