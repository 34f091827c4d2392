import {
  getTip,
  insertTipEvent,
  linkDuplicate,
  setTipExtension,
  setTipStatus,
} from '@ntm/db/queries/tips';
import { daysAfter, extensionLimit } from '@ntm/domain/tips/deadlines';
import { tipRules } from '@ntm/domain/tips/tip-rules';
import {
  isClosed,
  mayMove,
  nextStatuses,
  stepAlreadyTaken,
  type TipStatus,
} from '@ntm/domain/tips/workflow';
import { Hono } from 'hono';
import { inTransaction } from '../lib/actor';
import { ApiError, illegalTransition, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { idPath } from '../schemas/geojson';
import { duplicateBody, extensionBody, transitionBody } from '../schemas/tip';
import { notInFuture, statusWords, tipOrNotFound } from '../tips/tip-guards';
import { tipFeature } from '../tips/tip-json';

/** A tip's steps (police): the workflow, the one extension, and linking duplicates. */
export const tipSteps = new Hono<AppEnv>()
  .post('/:id/transitions', ...rowAndBody(transitionBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const { env, now } = c.get('deps');
    const at = notInFuture(c, body.at, 'Thời điểm');
    const tip = await inTransaction(c, async (tx) => {
      const before = await tipOrNotFound(tx, source.communeCode, id, true);
      const from = before.status as TipStatus;
      if (stepAlreadyTaken(from, body.to)) {
        throw illegalTransition(
          `Bước “${statusWords[body.to]}” đã được làm rồi: tin báo đang ở bước “${statusWords[from]}”`,
          { from, allowed: nextStatuses[from], alreadyTaken: true },
        );
      }
      if (!mayMove(from, body.to)) {
        throw illegalTransition(
          `Tin báo đang ở bước “${statusWords[from]}”, không thể chuyển sang “${statusWords[body.to]}”`,
          { from, allowed: nextStatuses[from] },
        );
      }
      const [last] = await tx<[{ at: string }?]>`
        select to_json(max(at))#>>'{}' as at from tip_events where tip_id = ${id}`;
      if (last?.at && new Date(at) < new Date(last.at)) {
        throw new ApiError(422, 'before-last-step', 'Thời điểm không thể trước bước trước đó');
      }
      await setTipStatus(tx, id, {
        status: body.to,
        transferredTo: body.transferredTo ?? null,
        transferDocument: body.documentNumber ?? null,
      });
      await insertTipEvent(tx, {
        communeCode: source.communeCode,
        tipId: id,
        from,
        to: body.to,
        at,
        userId: source.userId as number,
        note: body.note,
      });
      await recordAudit(tx, source, 'update', 'tip', id, {
        status: [from, body.to],
        ...(body.transferredTo
          ? { transferredTo: body.transferredTo, documentNumber: body.documentNumber }
          : {}),
      });
      return orNotFound(await getTip(tx, source.communeCode, id), 'Tin báo');
    });
    return c.json(tipFeature(tip, now(), tipRules(env)));
  })
  .post('/:id/extension', ...rowAndBody(extensionBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const { env, now } = c.get('deps');
    const rules = tipRules(env);
    const tip = await inTransaction(c, async (tx) => {
      const before = await tipOrNotFound(tx, source.communeCode, id, true);
      if (isClosed(before.status as TipStatus)) {
        throw new ApiError(409, 'tip-closed', 'Tin báo đã giải quyết xong, không cần gia hạn');
      }
      if (before.extendedUntil) {
        throw new ApiError(409, 'already-extended', 'Thời hạn giải quyết chỉ được gia hạn một lần');
      }
      const receivedAt = new Date(before.receivedAt);
      const limit = extensionLimit(receivedAt, rules);
      const until = body.until ? daysAfter(new Date(`${body.until}T12:00:00+07:00`), 0) : limit;
      const current = daysAfter(receivedAt, rules.resolveDays);
      if (until <= current || until > limit) {
        throw new ApiError(
          422,
          'extension-out-of-range',
          'Ngày gia hạn phải sau thời hạn hiện tại và không quá hai tháng kể từ ngày tiếp nhận',
          { current: current.toISOString(), limit: limit.toISOString() },
        );
      }
      await setTipExtension(tx, id, {
        until: until.toISOString(),
        reason: body.reason,
        userId: source.userId as number,
      });
      await recordAudit(tx, source, 'update', 'tip', id, {
        extendedUntil: [null, until.toISOString()],
        extensionReason: body.reason,
      });
      return orNotFound(await getTip(tx, source.communeCode, id), 'Tin báo');
    });
    return c.json(tipFeature(tip, now(), rules));
  })
  .put('/:id/duplicate-of', ...rowAndBody(duplicateBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const { of } = body;
    const { env, now } = c.get('deps');
    if (of === id)
      throw new ApiError(422, 'self-duplicate', 'Tin báo không thể trùng với chính nó');
    const tip = await inTransaction(c, async (tx) => {
      const before = await tipOrNotFound(tx, source.communeCode, id, true);
      const target = await getTip(tx, source.communeCode, of);
      if (!target)
        throw new ApiError(422, 'unknown-tip', 'Không tìm thấy tin báo được chọn là bản gốc');
      const root = target.duplicateOf ?? target.id;
      if (root === id)
        throw new ApiError(422, 'self-duplicate', 'Tin báo không thể trùng với chính nó');
      await linkDuplicate(tx, id, root);
      await recordAudit(tx, source, 'update', 'tip', id, {
        duplicateOf: [before.duplicateOf, root],
      });
      return orNotFound(await getTip(tx, source.communeCode, id), 'Tin báo');
    });
    return c.json(tipFeature(tip, now(), tipRules(env)));
  })
  .delete('/:id/duplicate-of', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { env, now } = c.get('deps');
    const { id } = c.req.valid('param');
    const tip = await inTransaction(c, async (tx) => {
      const before = await tipOrNotFound(tx, source.communeCode, id, true);
      if (before.duplicateOf !== null) {
        await linkDuplicate(tx, id, null);
        await recordAudit(tx, source, 'update', 'tip', id, {
          duplicateOf: [before.duplicateOf, null],
        });
      }
      return orNotFound(await getTip(tx, source.communeCode, id), 'Tin báo');
    });
    return c.json(tipFeature(tip, now(), tipRules(env)));
  });
