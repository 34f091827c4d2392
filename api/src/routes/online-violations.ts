import {
  insertOnlineViolation,
  listOnlineViolations,
  pageOnlineViolations,
  setTakedown,
} from '@ntm/db/queries/online-violations';
import { getTip } from '@ntm/db/queries/tips';
import { onlineViolationKinds, takedownStatuses } from '@ntm/db/schema/values';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, illegalTransition, notFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { pageAsk, pageMembers, pageParams } from '../lib/paging';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { idParam, listParam } from '../schemas/geojson';
import { isoInstant } from '../schemas/instant';

type Takedown = (typeof takedownStatuses)[number];

/** Asking a platform to take something down: ask, then it is removed or refused; refused may be asked again. */
const nextTakedown: Record<Takedown, readonly Takedown[]> = {
  'not-requested': ['requested'],
  requested: ['removed', 'refused'],
  refused: ['requested'],
  removed: [],
};

const createBody = z.strictObject({
  foundAt: isoInstant.optional(),
  platform: z.string().trim().min(2).max(60),
  /** The link, or the account's name on the platform. */
  target: z.string().trim().min(2).max(500),
  kind: z.enum(onlineViolationKinds),
  description: z.string().trim().min(1).max(2000).nullable().optional(),
  tipId: idParam.nullable().optional(),
});
const takedownBody = z.strictObject({
  status: z.enum(takedownStatuses),
  note: z.string().trim().min(1).max(1000).nullable().optional(),
});
const listQuery = z.object({
  status: listParam(takedownStatuses).optional(),
  /** Pages newest first (found, then id). */
  ...pageParams(['instant', 'int']),
});

/** Vi phạm trên môi trường mạng (police): adverts and brokers online, and the takedowns asked for. */
export const onlineViolations = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { env } = c.get('deps');
    const q = c.req.valid('query');
    const page = await inTransaction(c, (tx) =>
      pageOnlineViolations(tx, { communeCode: env.COMMUNE_CODE, statuses: q.status }, pageAsk(q)),
    );
    return c.json({ violations: page.rows, ...pageMembers(page) });
  })
  .post('/', validate('json', createBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const now = c.get('deps').now();
    if (body.foundAt && new Date(body.foundAt) > now) {
      throw new ApiError(422, 'in-the-future', 'Thời điểm phát hiện không thể ở tương lai');
    }
    const row = await inTransaction(c, async (tx) => {
      if (body.tipId && !(await getTip(tx, source.communeCode, body.tipId))) {
        throw new ApiError(422, 'unknown-tip', 'Không tìm thấy tin báo liên quan');
      }
      const id = await insertOnlineViolation(tx, {
        communeCode: source.communeCode,
        foundAt: body.foundAt ?? now.toISOString(),
        platform: body.platform,
        target: body.target,
        kind: body.kind,
        description: body.description ?? null,
        tipId: body.tipId ?? null,
        createdBy: source.userId as number,
      });
      await recordAudit(tx, source, 'create', 'online-violation', id, {
        after: { platform: body.platform, kind: body.kind },
      });
      const [created] = await listOnlineViolations(tx, { communeCode: source.communeCode, id });
      return created;
    });
    c.header('Location', `/api/online-violations/${row?.id}`);
    return c.json(row, 201);
  })
  .patch('/:id', ...rowAndBody(takedownBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const { status, note } = body;
    const now = c.get('deps').now();
    const row = await inTransaction(c, async (tx) => {
      const [before] = await listOnlineViolations(tx, {
        communeCode: source.communeCode,
        id,
        forUpdate: true,
      });
      if (!before) throw notFound('Vi phạm trên mạng');
      const from = before.takedownStatus as Takedown;
      if (!nextTakedown[from].includes(status)) {
        throw illegalTransition('Không thể chuyển yêu cầu gỡ bỏ sang trạng thái này', {
          from,
          allowed: nextTakedown[from],
        });
      }
      await setTakedown(tx, id, {
        status,
        note: note ?? null,
        requestedAt: status === 'requested' ? now.toISOString() : null,
      });
      await recordAudit(tx, source, 'update', 'online-violation', id, {
        takedownStatus: [from, status],
      });
      const [after] = await listOnlineViolations(tx, { communeCode: source.communeCode, id });
      return after;
    });
    return c.json(row);
  });
