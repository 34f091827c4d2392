import {
  insertPlanDocument,
  listPlanDocuments,
  planNumberTaken,
} from '@ntm/db/queries/plan-documents';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { Hono } from 'hono';
import { inTransaction } from '../lib/actor';
import { ApiError } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { auditSource, recordAudit } from '../lib/audit-context';
import { yearQuery } from '../lib/plan-year';
import { validate } from '../lib/validate';
import { createPlanDocumentBody } from '../schemas/plan-records';

/** Kế hoạch (indicator a): the commune's plan for a year, its number and day of issue. */
export const planDocuments = new Hono<AppEnv>()
  .get('/', validate('query', yearQuery), async (c) => {
    const { env } = c.get('deps');
    const { year } = c.req.valid('query');
    const documents = await inTransaction(c, (tx) =>
      listPlanDocuments(tx, { communeCode: env.COMMUNE_CODE, year }),
    );
    return c.json({ documents });
  })
  .post('/', validate('json', createPlanDocumentBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const today = vietnamToday(c.get('deps').now());
    if (body.issuedOn > today) {
      throw new ApiError(422, 'in-the-future', 'Ngày ban hành không thể ở tương lai');
    }
    // A year's plan is issued late in the year before at the earliest, or during the year.
    if (body.issuedOn < `${body.year - 1}-01-01` || body.issuedOn > `${body.year}-12-31`) {
      throw new ApiError(
        422,
        'issued-outside-year',
        `Ngày ban hành không khớp với kế hoạch năm ${body.year}`,
      );
    }
    const row = await inTransaction(c, async (tx) => {
      if (await planNumberTaken(tx, source.communeCode, body.year, body.number)) {
        throw new ApiError(
          409,
          'duplicate-number',
          `Đã có văn bản số ${body.number} trong năm ${body.year}`,
        );
      }
      const id = await insertPlanDocument(tx, {
        communeCode: source.communeCode,
        year: body.year,
        number: body.number,
        issuedOn: body.issuedOn,
        title: body.title,
        signedBy: body.signedBy ?? null,
        createdBy: source.userId,
      });
      await recordAudit(tx, source, 'create', 'plan-document', id, {
        after: { year: body.year, number: body.number, issuedOn: body.issuedOn },
      });
      const [created] = await listPlanDocuments(tx, { communeCode: source.communeCode, id });
      return created;
    });
    c.header('Location', `/api/plan-documents/${row?.id}`);
    return c.json(row, 201);
  });
