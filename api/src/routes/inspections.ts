import type { Sql } from '@ntm/db/client';
import type { LngLat } from '@ntm/db/queries/businesses';
import {
  answeredTips,
  businessPosition,
  cancelScheduled,
  findByIdempotencyKey,
  getInspection,
  type InspectionRow,
  insertInspection,
  linkTips,
  missingTips,
  pageInspections,
  recordScheduled,
} from '@ntm/db/queries/inspections';
import { inspectionKinds, inspectionResults, inspectionStatuses } from '@ntm/db/schema/values';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { arrivalProblem } from '../inspections/arrival';
import { resolveIdempotencyKey } from '../inspections/idempotency';
import { inspectionFeature } from '../inspections/inspection-json';
import { inTransaction } from '../lib/actor';
import { ApiError, orNotFound } from '../lib/api-error';
import type { AppEnv } from '../lib/app-env';
import { type AuditSource, auditSource, recordAudit } from '../lib/audit-context';
import { pageAsk, pageMembers, pageParams } from '../lib/paging';
import { rowAndBody, rowWrite } from '../lib/row-write';
import { validate } from '../lib/validate';
import { assertInCommune } from '../proposals/places';
import { eventFiltersOf, eventListFilters } from '../schemas/event-list';
import { idPath, listParam } from '../schemas/geojson';
import {
  cancelInspectionBody,
  recordInspectionBody,
  recordScheduledBody,
  scheduleInspectionBody,
} from '../schemas/inspection';

const listQuery = z.object({
  ...eventListFilters,
  status: listParam(inspectionStatuses).optional(),
  result: listParam(inspectionResults).optional(),
  kind: listParam(inspectionKinds).optional(),
  /** Pages by start time, then id. */
  ...pageParams(['instant', 'int']),
});

/** What was found and done, as both ways of recording one store it. */
const resultOf = (body: z.infer<typeof recordScheduledBody>) => ({
  result: body.result,
  findings: body.findings ?? null,
  peoplePresent: body.peoplePresent,
  violations: body.violations,
  measures: body.measures,
  fineVnd: body.fineVnd ?? null,
  fineDecisionNumber: body.fineDecisionNumber ?? null,
  followUpOn: body.followUpOn ?? null,
});

const arrivalMessages = {
  'arrival-in-future': 'Thời điểm đến cơ sở không thể ở tương lai',
  'start-after-arrival': 'Thời điểm bắt đầu không thể sau thời điểm đến cơ sở',
  'follow-up-before-arrival': 'Ngày kiểm tra lại không thể trước ngày kiểm tra',
} as const;

const keyReused = () =>
  new ApiError(
    409,
    'idempotency-key-reused',
    'Khóa chống trùng này đã dùng cho một biên bản kiểm tra khác',
  );

/**
 * The inspection this idempotency key already made, or null: a repeat of the same request gets
 * it back; the key used for another business is refused (409).
 */
async function madeByKey(tx: Sql, communeCode: string, key: string, businessId: number) {
  const earlier = await findByIdempotencyKey(tx, communeCode, key);
  if (earlier && earlier.businessId !== businessId) throw keyReused();
  return earlier;
}

/** The record's key from the header or the body; 400 when the two disagree. */
function keyOf(c: Context<AppEnv>, field: string | undefined): string | null {
  const { key, problem } = resolveIdempotencyKey(c.req.header('idempotency-key'), field);
  if (problem) {
    throw new ApiError(
      400,
      'idempotency-key-mismatch',
      'Khóa chống trùng ở tiêu đề và trong dữ liệu khác nhau',
    );
  }
  if (key !== null && !/^[A-Za-z0-9_-]{8,100}$/.test(key)) {
    throw new ApiError(400, 'invalid-idempotency-key', 'Khóa chống trùng không hợp lệ');
  }
  return key;
}

function checkDates(
  c: Context<AppEnv>,
  o: { arrivedAt: string; startedAt?: string | null; followUpOn?: string | null },
) {
  const problem = arrivalProblem(o, c.get('deps').now());
  if (problem) throw new ApiError(422, problem, arrivalMessages[problem]);
}

async function businessOrRefuse(tx: Sql, communeCode: string, id: number): Promise<LngLat> {
  const at = await businessPosition(tx, { communeCode, id });
  if (!at) throw new ApiError(422, 'unknown-business', 'Không tìm thấy cơ sở được kiểm tra');
  return at;
}

/** 422 for tips that do not exist; 403 for a role that may not see tips at all. */
async function checkTips(c: Context<AppEnv>, tx: Sql, communeCode: string, ids: number[]) {
  if (ids.length === 0) return;
  if (c.get('account')?.role !== 'police') {
    throw new ApiError(403, 'tips-police-only', 'Chỉ Công an xã được gắn tin báo vào kiểm tra');
  }
  const missing = await missingTips(tx, communeCode, ids);
  if (missing.length > 0) {
    throw new ApiError(422, 'unknown-tip', 'Không tìm thấy tin báo được gắn', { missing });
  }
}

const inspectionOrNotFound = async (tx: Sql, communeCode: string, id: number, lock = false) => {
  return orNotFound(await getInspection(tx, communeCode, id, lock), 'Cuộc kiểm tra');
};

/**
 * Inserts a new inspection with its tips and its audit row. When a concurrent request with the
 * same idempotency key committed first, answers with that one's record instead.
 */
async function insertNew(
  tx: Sql,
  source: AuditSource,
  values: Parameters<typeof insertInspection>[1],
  tipIds: number[],
  audited: (row: InspectionRow) => object,
) {
  const { communeCode, businessId, idempotencyKey } = values;
  const id = await insertInspection(tx, values);
  if (id === null) {
    const winner = await madeByKey(tx, communeCode, idempotencyKey as string, businessId);
    if (!winner) throw keyReused();
    return { row: winner, created: false };
  }
  await linkTips(tx, communeCode, id, tipIds);
  const inserted = orNotFound(await getInspection(tx, communeCode, id), 'Cuộc kiểm tra');
  await recordAudit(tx, source, 'create', 'inspection', id, { after: audited(inserted) });
  return { row: inserted, created: true };
}

/**
 * Runs `create` in the request's transaction, unless the phone's idempotency key already made
 * the inspection: then answers that one, not created again (a retry after a lost answer).
 */
function onceByKey(
  c: Context<AppEnv>,
  key: string | null,
  businessId: number,
  create: (tx: Sql) => Promise<{ row: InspectionRow; created: boolean }>,
) {
  return inTransaction(c, async (tx) => {
    const earlier = key && (await madeByKey(tx, c.get('deps').env.COMMUNE_CODE, key, businessId));
    if (earlier) return { row: earlier, created: false };
    return create(tx);
  });
}

/** What a new inspection, recorded or scheduled, takes from its request as it is. */
const fromRequest = (
  source: AuditSource,
  body: Pick<z.infer<typeof scheduleInspectionBody>, 'businessId' | 'kind' | 'team'>,
  key: string | null,
) => ({
  communeCode: source.communeCode,
  businessId: body.businessId,
  kind: body.kind,
  team: body.team,
  idempotencyKey: key,
});

/** What the audit keeps of a record: codes and numbers, no names of the people present. */
const auditedOutcome = (row: InspectionRow) => ({
  businessId: row.businessId,
  kind: row.kind,
  status: row.status,
  result: row.status === 'recorded' ? row.result : null,
  violations: row.violations,
  measures: row.measures,
  fineVnd: row.fineVnd,
  fineDecisionNumber: row.fineDecisionNumber,
  tipIds: row.tipIds,
  idempotencyKey: row.idempotencyKey,
});

/**
 * Inspections (kiểm tra) by the inter-agency team: scheduled ahead (planned or surprise),
 * recorded at the door (often from a phone that was offline: each record carries the phone's
 * idempotency key, so a retry finds the first instead of making a second), or called off.
 * Rows are the police's and culture's (row-level security); tips only the police's.
 */
export const inspections = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { env } = c.get('deps');
    const q = c.req.valid('query');
    const page = await inTransaction(c, (tx) =>
      pageInspections(
        tx,
        {
          ...eventFiltersOf(q),
          communeCode: env.COMMUNE_CODE,
          kinds: q.kind,
          results: q.result,
          statuses: q.status,
        },
        pageAsk(q),
      ),
    );
    return c.json({
      type: 'FeatureCollection' as const,
      features: page.rows.map(inspectionFeature),
      ...pageMembers(page),
    });
  })
  .get('/:id', validate('param', idPath), async (c) => {
    const { env } = c.get('deps');
    const { id } = c.req.valid('param');
    const police = c.get('account')?.role === 'police';
    const { row, tips } = await inTransaction(c, async (tx) => {
      const found = await inspectionOrNotFound(tx, env.COMMUNE_CODE, id);
      return { row: found, tips: police ? await answeredTips(tx, id) : null };
    });
    return c.json({ ...inspectionFeature(row), tips });
  })
  .post('/', validate('json', recordInspectionBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const key = keyOf(c, body.idempotencyKey);
    const { row, created } = await onceByKey(c, key, body.businessId, async (tx) => {
      checkDates(c, body);
      const businessAt = await businessOrRefuse(tx, source.communeCode, body.businessId);
      const lngLat = body.location?.coordinates ?? businessAt;
      if (body.location) await assertInCommune(tx, source.communeCode, lngLat);
      await checkTips(c, tx, source.communeCode, body.tipIds);
      const values = {
        ...fromRequest(source, body, key),
        status: 'recorded' as const,
        startedAt: body.startedAt ?? body.arrivedAt,
        arrivedAt: body.arrivedAt,
        ...resultOf(body),
        recordedBy: source.userId,
        lngLat,
      };
      return insertNew(tx, source, values, body.tipIds, auditedOutcome);
    });
    c.header('Location', `/api/inspections/${row.id}`);
    return c.json(inspectionFeature(row), created ? 201 : 200);
  })
  .post('/schedule', validate('json', scheduleInspectionBody), async (c) => {
    const source = auditSource(c);
    const body = c.req.valid('json');
    const key = keyOf(c, body.idempotencyKey);
    const { row, created } = await onceByKey(c, key, body.businessId, async (tx) => {
      const businessAt = await businessOrRefuse(tx, source.communeCode, body.businessId);
      await checkTips(c, tx, source.communeCode, body.tipIds);
      const values = {
        ...fromRequest(source, body, key),
        status: 'scheduled' as const,
        startedAt: body.plannedAt,
        arrivedAt: null,
        // The column is NOT NULL; a scheduled inspection's result is not read until recorded.
        result: 'no-violation',
        findings: body.note ?? null,
        peoplePresent: [],
        violations: [],
        measures: [],
        fineVnd: null,
        fineDecisionNumber: null,
        followUpOn: null,
        recordedBy: null,
        lngLat: businessAt,
      };
      return insertNew(tx, source, values, body.tipIds, (row) => ({
        ...auditedOutcome(row),
        plannedAt: row.startedAt,
      }));
    });
    c.header('Location', `/api/inspections/${row.id}`);
    return c.json(inspectionFeature(row), created ? 201 : 200);
  })
  .post('/:id/record', ...rowAndBody(recordScheduledBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const key = keyOf(c, body.idempotencyKey);
    const row = await inTransaction(c, async (tx) => {
      // Locked: two phones recording the same visit at once take turns, and the second
      // finds it recorded.
      const before = await inspectionOrNotFound(tx, source.communeCode, id, true);
      if (key) {
        const earlier = await findByIdempotencyKey(tx, source.communeCode, key);
        if (earlier && earlier.id !== id) throw keyReused();
        if (earlier) return earlier;
      }
      if (before.status === 'cancelled') {
        throw new ApiError(409, 'inspection-cancelled', 'Cuộc kiểm tra này đã bị hủy');
      }
      if (before.status === 'recorded') {
        throw new ApiError(409, 'already-recorded', 'Cuộc kiểm tra này đã được ghi kết quả');
      }
      checkDates(c, body);
      const lngLat = body.location?.coordinates ?? before.lngLat;
      if (body.location) await assertInCommune(tx, source.communeCode, lngLat);
      await checkTips(c, tx, source.communeCode, body.tipIds);
      await recordScheduled(tx, id, {
        arrivedAt: body.arrivedAt,
        team: body.team ?? before.team,
        ...resultOf(body),
        recordedBy: source.userId,
        lngLat,
        idempotencyKey: key,
      });
      await linkTips(tx, source.communeCode, id, body.tipIds);
      const after = orNotFound(await getInspection(tx, source.communeCode, id), 'Cuộc kiểm tra');
      await recordAudit(tx, source, 'update', 'inspection', id, {
        before: { status: before.status },
        after: auditedOutcome(after),
      });
      return after;
    });
    return c.json(inspectionFeature(row));
  })
  .post('/:id/cancel', ...rowAndBody(cancelInspectionBody), async (c) => {
    const { source, id, body } = rowWrite(c);
    const { reason } = body;
    const row = await inTransaction(c, async (tx) => {
      const before = await inspectionOrNotFound(tx, source.communeCode, id, true);
      if (before.status !== 'scheduled') {
        throw new ApiError(
          409,
          'not-scheduled',
          before.status === 'recorded'
            ? 'Cuộc kiểm tra đã được ghi kết quả, không thể hủy'
            : 'Cuộc kiểm tra đã bị hủy trước đó',
        );
      }
      await cancelScheduled(tx, id, reason);
      await recordAudit(tx, source, 'update', 'inspection', id, {
        status: ['scheduled', 'cancelled'],
        reason,
      });
      return orNotFound(await getInspection(tx, source.communeCode, id), 'Cuộc kiểm tra');
    });
    return c.json(inspectionFeature(row));
  });
