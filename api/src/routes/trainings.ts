import { unknownOfficers } from '@ntm/db/queries/officers';
import {
  alreadyTrained,
  deleteTraining,
  insertTrainings,
  listTrainings,
} from '@ntm/db/queries/trainings';
import { vietnamToday } from '@ntm/domain/clock/vietnam-day';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import { auditSource, recordAudit } from '../lib/audit-context';
import { listOfYearRoute } from '../lib/plan-year';
import { validate } from '../lib/validate';
import { idPath } from '../schemas/geojson';
import { createTrainingBody } from '../schemas/plan-records';

/**
 * Tập huấn (indicator e): one course attended by several officers is recorded at once, one
 * row per officer, all or nothing.
 */
export const trainings = listOfYearRoute('trainings', listTrainings)
  .post('/', validate('json', createTrainingBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    if (body.heldOn > vietnamToday(c.get('deps').now())) {
      throw new ApiError(422, 'in-the-future', 'Ngày tập huấn không thể ở tương lai');
    }
    if (body.heldOn < '2020-01-01') {
      throw new ApiError(422, 'too-old', 'Ngày tập huấn phải từ năm 2020');
    }
    const rows = await inTransaction(c, async (tx) => {
      const unknown = await unknownOfficers(tx, source.communeCode, body.officerIds);
      if (unknown.length > 0) {
        throw new ApiError(422, 'unknown-officer', 'Có cán bộ không tồn tại hoặc đã nghỉ', {
          officerIds: unknown,
        });
      }
      const twice = await alreadyTrained(tx, source.communeCode, body);
      if (twice.length > 0) {
        throw new ApiError(409, 'already-recorded', 'Có cán bộ đã được ghi nhận ở lớp này', {
          officerIds: twice,
        });
      }
      const ids = await insertTrainings(tx, {
        communeCode: source.communeCode,
        course: body.course,
        heldOn: body.heldOn,
        hours: body.hours ?? null,
        provider: body.provider ?? null,
        officerIds: body.officerIds,
        createdBy: source.userId,
      });
      for (const [i, id] of ids.entries()) {
        await recordAudit(tx, source, 'create', 'training', id, {
          after: { officerId: body.officerIds[i], course: body.course, heldOn: body.heldOn },
        });
      }
      return listTrainings(tx, { communeCode: source.communeCode, ids });
    });
    return c.json({ trainings: rows }, 201);
  })
  .delete('/:id', validate('param', idPath), async (c) => {
    const source = auditSource(c);
    const { id } = c.req.valid('param');
    await inTransaction(c, async (tx) => {
      const before = orNotFound(
        await deleteTraining(tx, { communeCode: source.communeCode, id }),
        'Lượt tập huấn',
      );
      await recordAudit(tx, source, 'delete', 'training', id, { before });
    });
    return c.body(null, 204);
  });
