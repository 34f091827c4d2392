import { deleteLocalEvent, insertLocalEvent, localEventsOf } from '@ntm/db/queries/local-events';
import { vietnamYear } from '@ntm/domain/clock/vietnam-day';
import { seasonsOf } from '@ntm/domain/seasons/seasons';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { validate } from '../lib/validate';
import { idParam } from '../schemas/geojson';
import { isoDate } from '../schemas/instant';

const firstYear = 2020;
const lastYear = 2035;
const yearParam = z.coerce.number().int().min(firstYear).max(lastYear);
const eventBody = z.strictObject({
  name: z.string().trim().min(3).max(120),
  from: isoDate,
  to: isoDate,
});
const dayMs = 86_400_000;

/** The year in Vietnam time now. */

/**
 * The seasons in which inspections step up, for any year 2020–2035: Tết from the lunar
 * calendar with two weeks either side, Giỗ Tổ Hùng Vương (10/3 lunar), 30/4–1/5, the summer
 * tourist season, 2/9 and the year end; plus the commune's own events, which the admin keeps.
 */
export const seasons = new Hono<AppEnv>()
  .get('/', validate('query', z.object({ year: yearParam.optional() })), async (c) => {
    const { env, now } = c.get('deps');
    const year = c.req.valid('query').year ?? vietnamYear(now());
    const events = await inTransaction(c, (tx) => localEventsOf(tx, env.COMMUNE_CODE, year));
    return c.json({
      year,
      seasons: seasonsOf(year).map((s) => ({ ...s, kind: 'national' as const })),
      events: events.map((e) => ({ ...e, kind: 'local' as const })),
    });
  })
  .post('/events', validate('json', eventBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const from = Date.parse(body.from);
    const to = Date.parse(body.to);
    if (to < from) throw new ApiError(422, 'dates-reversed', 'Ngày kết thúc phải sau ngày bắt đầu');
    if ((to - from) / dayMs > 92) {
      throw new ApiError(422, 'too-long', 'Một sự kiện kéo dài tối đa ba tháng');
    }
    const years = [body.from, body.to].map((d) => Number(d.slice(0, 4)));
    if (years.some((y) => y < firstYear || y > lastYear)) {
      throw new ApiError(422, 'year-out-of-range', `Chỉ nhận năm ${firstYear}–${lastYear}`);
    }
    const id = await inTransaction(c, async (tx) => {
      const created = await insertLocalEvent(tx, {
        communeCode: source.communeCode,
        ...body,
        createdBy: source.userId as number,
      });
      await recordAudit(tx, source, 'create', 'local-event', created, { after: body });
      return created;
    });
    return c.json({ id, ...body, kind: 'local' as const }, 201);
  })
  .delete('/events/:id', validate('param', z.object({ id: idParam })), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    await inTransaction(c, async (tx) => {
      const removed = orNotFound(await deleteLocalEvent(tx, source.communeCode, id), 'Sự kiện');
      await recordAudit(tx, source, 'delete', 'local-event', id, { before: removed });
    });
    return c.body(null, 204);
  });
