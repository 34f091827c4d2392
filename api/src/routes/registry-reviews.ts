import {
  insertRegistryReview,
  markBusinessReviewed,
  pageRegistryReviews,
  registryReviewKey,
  reviewTarget,
} from '@ntm/db/queries/registry-reviews';
import { addDays, vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { Hono } from 'hono';
import { z } from 'zod';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { recordAudit } from '../lib/audit-context';
import { modelDay } from '../lib/day-params';
import { pageAsk, pageMembers, pageParams } from '../lib/paging';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { registryReviewBody } from '../schemas/plan-records';

/** `from` inclusive, `to` exclusive (as for tips); by default this year in Vietnam. */
const listQuery = z
  .object({
    from: modelDay.optional(),
    to: modelDay.optional(),
    ...pageParams(registryReviewKey),
  })
  .refine((q) => !q.from || !q.to || q.from < q.to, {
    message: 'from phải trước to',
    path: ['to'],
  });

/**
 * Rà soát danh sách cơ sở (indicator b): police and culture record that they checked a
 * premises' entry; every plan reader sees the list in pages (lib/paging.ts), the names through
 * a narrow SQL function, so health and leadership still cannot read business rows.
 */
export const registryReviews = new Hono<AppEnv>()
  .get('/registry-reviews', validate('query', listQuery), async (c) => {
    const { env, now } = c.get('deps');
    const q = c.req.valid('query');
    const year = vietnamToday(now()).slice(0, 4);
    const fromOn = q.from ?? `${year}-01-01`;
    const toOn = q.to ?? `${Number(year) + 1}-01-01`;
    const page = await inTransaction(c, (tx) =>
      pageRegistryReviews(tx, { communeCode: env.COMMUNE_CODE, fromOn, toOn }, pageAsk(q)),
    );
    return c.json({ from: fromOn, to: toOn, reviews: page.rows, ...pageMembers(page) });
  })
  .post('/businesses/:id/reviews', ...rowAndBody(registryReviewBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const today = vietnamToday(c.get('deps').now());
    const reviewedOn = body.reviewedOn ?? today;
    if (reviewedOn > today) {
      throw new ApiError(422, 'in-the-future', 'Ngày rà soát không thể ở tương lai');
    }
    if (reviewedOn < '2020-01-01') {
      throw new ApiError(422, 'too-old', 'Ngày rà soát phải từ năm 2020');
    }
    const row = await inTransaction(c, async (tx) => {
      const business = orNotFound(
        await reviewTarget(tx, source.communeCode, id),
        'Cơ sở kinh doanh',
      );
      if (business.status === 'closed') {
        throw new ApiError(
          422,
          'business-closed',
          'Cơ sở đã đóng cửa, không còn trong danh sách cần rà soát',
        );
      }
      const reviewId = await insertRegistryReview(tx, {
        communeCode: source.communeCode,
        businessId: id,
        reviewedOn,
        reviewedBy: source.userId,
        outcome: body.outcome,
        note: body.note ?? null,
      });
      const foundClosed = body.outcome === 'closed-found';
      await markBusinessReviewed(tx, id, reviewedOn, foundClosed);
      await recordAudit(tx, source, 'create', 'registry-review', reviewId, {
        after: { businessId: id, reviewedOn, outcome: body.outcome },
        ...(foundClosed ? { businessStatus: [business.status, 'closed'] } : {}),
      });
      // The new review as the list gives it: the first of its day after the key just past it.
      const { rows } = await pageRegistryReviews(
        tx,
        { communeCode: source.communeCode, fromOn: reviewedOn, toOn: addDays(reviewedOn, 1) },
        { limit: 1, after: [reviewedOn, String(reviewId + 1)] },
      );
      return rows.find((r) => r.id === reviewId);
    });
    return c.json(row, 201);
  });
